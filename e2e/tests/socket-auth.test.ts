import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

/**
 * Connects a second Hocuspocus provider from inside the page with `token`, and reports whether
 * the server let it sync and what text of the story it received.
 */
function connectWith(page: Page, story: string, token: string | null) {
  return page.evaluate(
    async ({ story, token }) => {
      const { HocuspocusProvider, Y, collabUrl } = window.factdesk.lib;
      const doc = new Y.Doc();
      const events: string[] = [];
      const provider = new HocuspocusProvider({
        url: collabUrl(),
        name: story,
        document: doc,
        token,
        onAuthenticationFailed: ({ reason }: { reason: string }) =>
          events.push(`denied: ${reason}`),
        onSynced: () => events.push('synced'),
      });
      // The first verdict (denied or synced), then a moment for anything that would follow it.
      for (let i = 0; i < 50 && events.length === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500));
      const text = doc.getXmlFragment('prosemirror').toString();
      provider.destroy();
      return { events, text };
    },
    { story, token },
  );
}

describe('the collaboration socket', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('refuses a connection without a valid token and gives it nothing of the story', async () => {
    const story = 'socket-auth';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    await typeAtEnd(ana.page, 'A secret draft line.');
    await until(
      'the edit to be saved',
      () => ana.page.evaluate(() => window.factdesk.provider.hasUnsyncedChanges),
      (u) => u === false,
    );

    for (const token of [
      null,
      '',
      'not-a-token',
      `${(await ana.page.evaluate(() => window.factdesk.session.token)).slice(0, -4)}AAAA`,
    ]) {
      const result = await connectWith(ana.page, story, token);
      expect(result.events.some((e) => e.startsWith('denied'))).toBe(true);
      expect(result.events).not.toContain('synced');
      expect(result.text).not.toContain('secret');
    }
    // The real session still works, and the refused sockets changed nothing.
    const ok = await connectWith(
      ana.page,
      story,
      await ana.page.evaluate(() => window.factdesk.session.token),
    );
    expect(ok.events).toContain('synced');
    expect(ok.text).toContain('A secret draft line.');
    expect(await storyText(ana.page)).toContain('A secret draft line.');
  });
});
