import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineFindings,
  openEditor,
  storyText,
  typeAtEnd,
  until,
  waitSynced,
} from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

const saved = (page: import('playwright-core').Page) =>
  until(
    'every edit to be acknowledged',
    () => page.evaluate(() => window.factdesk.provider.hasUnsyncedChanges),
    (u) => u === false,
  );

describe('a server restart', () => {
  let suite: Suite;
  beforeAll(async () => {
    // Compaction far in the future: only the per-update log can keep the edits over a crash.
    suite = await startSuite({ env: { STORE_DEBOUNCE_MS: '600000' } });
  });
  afterAll(() => suite?.close());

  it('keeps the story intact, whether the server crashed or stopped, and open editors reconnect', async () => {
    const story = 'restart';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    await typeAtEnd(ana.page, 'Before the crash, 800 people were evacuated.');
    await saved(ana.page);
    const before = await storyText(ana.page);

    // A crash: SIGKILL, then the same data directory and port.
    suite.server = await suite.server.restart('SIGKILL');
    const fresh = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    expect(await storyText(fresh.page)).toBe(before);
    // Facts survived too: the warning is back in the new window.
    await until(
      'the warning in the new window',
      () => inlineFindings(fresh.page),
      (l) => l.some((f) => f.text === '800'),
    );

    // Ana's open editor reconnects by itself and keeps editing the same story.
    await until(
      'Ana to reconnect',
      () => ana.page.locator('[data-factdesk-status]').getAttribute('data-connection'),
      (c) => c === 'connected',
      30_000,
    );
    await waitSynced(ana.page);
    await typeAtEnd(ana.page, ' After it, the desk checked.');
    await saved(ana.page);
    await until(
      'Ben to get it',
      () => storyText(fresh.page),
      (t) => t.endsWith('After it, the desk checked.'),
    );

    // A clean stop (SIGTERM) keeps everything as well.
    const all = await storyText(ana.page);
    suite.server = await suite.server.restart('SIGTERM');
    const third = await openEditor(suite.browser, suite.server.url, 'Cy', story);
    expect(await storyText(third.page)).toBe(all);
    expect(all).toContain('Before the crash, 800 people were evacuated.');
  });
});
