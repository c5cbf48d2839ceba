import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until, waitSynced } from '../src/browser';
import { startServer } from '../src/server';
import { type Suite, startSuite } from '../src/suite';

describe('editing while the server is away', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('shows the editor offline, keeps the edits and sends them when the server is back', async () => {
    const story = 'offline';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    await typeAtEnd(ana.page, 'Filed before the outage.');
    await until(
      'Ben to get it',
      () => storyText(ben.page),
      (t) => t.includes('outage.'),
    );

    const status = ana.page.locator('[data-factdesk-status]');
    await suite.server.stop('SIGTERM');
    await until(
      'Ana’s editor to show it is offline',
      () => status.getAttribute('data-connection'),
      (c) => c !== 'connected',
    );
    expect(await status.textContent()).toMatch(/Offline|Connecting/);

    // Both keep writing while the server is down.
    await typeAtEnd(ana.page, ' Ana wrote this offline.');
    await typeAtEnd(ben.page, ' Ben too.');

    suite.server = await startServer({
      dataDir: suite.server.dataDir,
      port: suite.server.port,
      env: { SEED_DIR: '' },
    });
    for (const p of [ana, ben]) {
      await until(
        `${p.name} to reconnect`,
        () => p.page.locator('[data-factdesk-status]').getAttribute('data-connection'),
        (c) => c === 'connected',
        30_000,
      );
      await waitSynced(p.page);
    }
    const merged = (t: string) => t.includes('Ana wrote this offline.') && t.includes('Ben too.');
    const anaText = await until(
      'Ana to have both offline edits',
      () => storyText(ana.page),
      merged,
    );
    await until(
      'Ben to have the same text',
      () => storyText(ben.page),
      (t) => t === anaText,
    );
    await until(
      'every edit to be acknowledged',
      () => ana.page.evaluate(() => window.factdesk.provider.hasUnsyncedChanges),
      (u) => u === false,
    );
    expect(await status.textContent()).toContain('All changes saved');
    expect([...ana.errors, ...ben.errors]).toEqual([]);
  });
});
