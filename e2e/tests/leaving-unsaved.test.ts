import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until, waitSynced } from '../src/browser';
import { startServer } from '../src/server';
import { type Suite, startSuite } from '../src/suite';

describe('leaving with edits the server does not have', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('asks before signing out, says once that the link went and came back, and loses nothing', async () => {
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'leaving-unsaved');
    const news = ana.page.locator('.status__news');
    // Every dialog is dismissed (see `person`): declined.
    const { dialogs } = ana;
    // Typing with the server there: saved as it goes, and nothing is read out.
    await typeAtEnd(ana.page, 'Filed before the outage.');
    expect(await news.textContent()).toBe('');

    await suite.server.stop('SIGTERM');
    await until(
      'the status to read out that the link went',
      () => news.textContent(),
      (t) => /Offline|Connecting/.test(t ?? ''),
    );
    await typeAtEnd(ana.page, ' Written offline.');
    await ana.page.getByRole('button', { name: 'Sign out' }).click();
    expect(dialogs).toEqual([expect.stringMatching(/^confirm: .*not reached the server/)]);
    // Declined: still signed in, the edit still there.
    expect(await storyText(ana.page)).toContain('Written offline.');
    expect(await ana.page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    suite.server = await startServer({
      dataDir: suite.server.dataDir,
      port: suite.server.port,
      env: { SEED_DIR: '' },
    });
    await waitSynced(ana.page, 30_000);
    await until(
      'every edit to be acknowledged',
      () => ana.page.evaluate(() => window.factdesk.provider.hasUnsyncedChanges),
      (u) => u === false,
    );
    await until(
      'the status to read out that the link is back',
      () => news.textContent(),
      (t) => t === 'Connected again.',
    );
    // Nothing left to lose: signing out asks nothing.
    await ana.page.getByRole('button', { name: 'Sign out' }).click();
    await ana.page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'detached' });
    expect(dialogs).toHaveLength(1);
    expect(ana.errors).toEqual([]);
  });
});
