import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, type Person } from './browser';
import { api, type ServerOptions, type ServerProcess, startServer, token } from './server';

/** The fact file the browser tests import into a fresh server. */
export const fixtureFacts = JSON.parse(
  readFileSync(new URL('../fixtures/facts.json', import.meta.url), 'utf8'),
) as { facts: { id: string }[] };

/** What a test file works with: a real server with the fixture facts, a browser, a desk token. */
export interface Suite {
  server: ServerProcess;
  browser: Browser;
  /** A token of the `desk` role, for API writes. */
  desk: string;
  /** People opened by the test; closed by `close`. */
  people: Person[];
  /** Stops the browser and the server and removes the server's data. */
  close(): Promise<void>;
}

/**
 * Starts a server process with no seed story (each test writes its own story) and the fixture
 * facts imported through the API, and a headless Chromium.
 */
export async function startSuite(options: ServerOptions = {}): Promise<Suite> {
  const server = await startServer({ ...options, env: { SEED_DIR: '', ...options.env } });
  const desk = await token(server.url, 'Desk', 'desk');
  await api(server.url, 'POST', '/api/facts/import', { token: desk, body: fixtureFacts });
  const browser = await launchBrowser();
  const suite: Suite = {
    server,
    browser,
    desk,
    people: [],
    async close() {
      await browser.close().catch(() => {});
      await suite.server.dispose();
    },
  };
  return suite;
}
