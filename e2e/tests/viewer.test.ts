import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, openEditor, storyText, typeAtEnd, until } from '../src/browser';
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

  it('is offered no edit: no formatting, no suggestion to apply, no dismissal', async () => {
    const story = 'viewer-offers';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const vic = await openEditor(suite.browser, suite.server.url, 'Vic', story, 'viewer');
    await typeAtEnd(ana.page, 'Officials said 522 people were evacuated overnight.');
    const shown = await until(
      'Vic to see the wrong figure flagged',
      () => inlineFindings(vic.page),
      (l) => l.some((f) => f.kind === 'figure-contradicted'),
    );
    const flagged = shown.find((f) => f.kind === 'figure-contradicted')!;
    const buttons = vic.page.locator('.toolbar__button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const b of await buttons.all()) expect(await b.isDisabled()).toBe(true);
    // The tooltip, opened by the pointer, reads the record but offers no edit.
    await vic.page.locator(`.ProseMirror [data-finding-id="${flagged.id}"]`).first().hover();
    const tip = vic.page.locator('.factdesk-tooltip:not([hidden])');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('422');
    expect(await tip.locator('[data-factdesk-action="apply"]').count()).toBe(0);
    expect(await tip.locator('[data-factdesk-action="dismiss"]').count()).toBe(0);
    expect(await tip.locator('[data-factdesk-action="next"]').count()).toBe(1);
    // Ana, a reporter, is offered them.
    await ana.page.locator(`.ProseMirror [data-finding-id="${flagged.id}"]`).first().hover();
    const hers = ana.page.locator('.factdesk-tooltip:not([hidden])');
    await hers.waitFor();
    expect(await hers.locator('[data-factdesk-action="apply"]').count()).toBe(1);
  });
});
