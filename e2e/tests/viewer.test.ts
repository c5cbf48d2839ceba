import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('a viewer', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('reads the story live but cannot change it, even by scripting the page', async () => {
    const story = 'viewer';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const vic = await openEditor(suite.browser, suite.server.url, 'Vic', story, 'viewer');
    await typeAtEnd(ana.page, 'Only reporters write here.');
    await until(
      'Vic to read it',
      () => storyText(vic.page),
      (t) => t.includes('Only reporters write here.'),
    );
    expect(await vic.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');

    // Past the read-only editor: a transaction dispatched by script reaches Vic's Y.Doc only.
    await vic.page.evaluate(() => {
      const { view } = window.factdesk;
      view.dispatch(view.state.tr.insertText(' Vic was here.', 1));
    });
    expect(await storyText(vic.page)).toContain('Vic was here.');
    await typeAtEnd(ana.page, ' Later line.');
    await until(
      'Vic to get Ana’s later line',
      () => storyText(vic.page),
      (t) => t.includes('Later line.'),
    );
    expect(await storyText(ana.page)).not.toContain('Vic was here.');

    // A newcomer gets the stored story: the server never took Vic's edit.
    const cy = await openEditor(suite.browser, suite.server.url, 'Cy', story);
    expect(await storyText(cy.page)).toContain('Later line.');
    expect(await storyText(cy.page)).not.toContain('Vic was here.');
  });
});
