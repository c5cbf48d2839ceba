import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until, waitSynced } from '../src/browser';
import { startServer } from '../src/server';
import { type Suite, startSuite } from '../src/suite';

/** Tokens that last 20 seconds: a shift, shortened, with room for a slow restart. */
const env = { TOKEN_TTL_SECONDS: '20' };

describe('an editor open longer than its first token lasts', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite({ env });
  });
  afterAll(() => suite?.close());

  it('keeps its links to the story and the facts after a reconnect', {
    timeout: 90_000,
  }, async () => {
    const story = 'long-session';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const first = await ana.page.evaluate(() => window.factdesk.session.token);
    await typeAtEnd(ana.page, 'Filed at the start of the shift.');
    // Past the first token's life.
    await new Promise((resolve) => setTimeout(resolve, 21_000));
    expect(await ana.page.evaluate(() => window.factdesk.session.token)).not.toBe(first);

    // A restart makes every link connect again, with the token the page holds now.
    await suite.server.stop('SIGTERM');
    suite.server = await startServer({
      dataDir: suite.server.dataDir,
      port: suite.server.port,
      env: { SEED_DIR: '', ...env },
    });
    await waitSynced(ana.page, 30_000);
    await typeAtEnd(ana.page, ' Officials said 522 people were evacuated overnight.');
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    await until(
      'Ben to get what Ana wrote after the reconnect',
      () => storyText(ben.page),
      (t) => t.includes('evacuated overnight.'),
    );
    // Facts asked for after the reconnect still come: the figure is checked.
    await until(
      'Ana’s editor to flag the figure',
      () => ana.page.locator('.ProseMirror .factdesk-finding--error').count(),
      (n) => n > 0,
    );
    const status = ana.page.locator('[data-factdesk-status]');
    expect(await status.getAttribute('data-connection')).toBe('connected');
    expect(await status.getAttribute('data-facts')).toBe('live');
    expect(ana.errors).toEqual([]);
  });
});
