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

    // Every text read out from here on.
    await ana.page.evaluate(() => {
      const news = document.querySelector('.status__news')!;
      const said: string[] = [];
      Object.assign(window, { said });
      new MutationObserver(() => said.push(news.textContent ?? '')).observe(news, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await suite.server.stop('SIGTERM');
    await until(
      'the status to read out that the link went',
      () => ana.page.evaluate(() => (window as unknown as { said: string[] }).said),
      (said) => said.some((t) => /^Link to the server lost/.test(t)),
    );
    // The provider retries meanwhile: nothing more is read out.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
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
    const said = await ana.page.evaluate(() => (window as unknown as { said: string[] }).said);
    // The lost link once, however often the provider retried; the fact stream, which may drop
    // before it and come back after it, at most on either side; then its return.
    expect(said.filter((t) => /^Link to the server lost/.test(t))).toHaveLength(1);
    expect(said.filter((t) => /^Facts offline/.test(t)).length).toBeLessThanOrEqual(2);
    expect(said[said.length - 1]).toBe('Connected again.');
    expect(said.every((t, i) => t !== said[i - 1])).toBe(true);
    expect(said.length).toBeLessThanOrEqual(4);
    // Nothing left to lose: signing out asks nothing.
    await ana.page.getByRole('button', { name: 'Sign out' }).click();
    await ana.page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'detached' });
    expect(dialogs).toHaveLength(1);
    expect(ana.errors).toEqual([]);
  });
});
