import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, openEditor, storyText, typeAtEnd, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('applying a suggestion and dismissing a finding', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('show up in the other window', async () => {
    const story = 'shared-actions';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);

    await typeAtEnd(ana.page, 'In all, 800 people were evacuated.');
    await ana.page.keyboard.press('Enter');
    await ana.page.keyboard.type('About 300,000 people died in the war.', { delay: 5 });
    const both = (l: { kind: string }[]) =>
      l.filter((f) => f.kind === 'figure-contradicted').length === 2;
    await until('Ana to see two errors', () => inlineFindings(ana.page), both);
    const benFindings = await until('Ben to see two errors', () => inlineFindings(ben.page), both);
    const evacuated = benFindings.find((f) => f.text.includes('800'))!;
    const deaths = benFindings.find((f) => f.text.includes('300,000'))!;

    // Ana opens the first finding from her panel and applies the record's figure.
    // (Yjs groups edits less than 500 ms apart into one undo step: let the typing's step close.)
    await ana.page.waitForTimeout(600);
    await ana.page.locator(`[data-factdesk-panel] [data-finding-id="${evacuated.id}"]`).click();
    const tooltip = ana.page.locator('.factdesk-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain('422');
    await tooltip.locator('[data-factdesk-action="apply"]').click();
    await until(
      'Ben to get the corrected figure',
      () => storyText(ben.page),
      (t) => t.includes('In all, 422 people were evacuated.'),
    );
    await until(
      'the error on it to go for Ben',
      () => inlineFindings(ben.page),
      (l) => !l.some((f) => f.id === evacuated.id),
    );

    // Ben dismisses the other one; Ana sees it leave her live list and enter the dismissed one.
    await ben.page.locator(`[data-factdesk-panel] [data-finding-id="${deaths.id}"]`).click();
    const benTip = ben.page.locator('.factdesk-tooltip');
    await benTip.waitFor({ state: 'visible' });
    await benTip.locator('[data-factdesk-action="dismiss"]').click();
    await until(
      'Ana to lose the dismissed finding',
      () => inlineFindings(ana.page),
      (l) => l.length === 0,
    );
    await until(
      'Ana’s panel to show it dismissed by Ben',
      () => ana.page.locator('[data-factdesk-panel] .panel__dismissed-row').allTextContents(),
      (rows) => rows.length === 1 && rows[0].includes('300,000') && rows[0].includes('Ben'),
    );
    expect(await ana.page.locator('[data-factdesk-panel] [data-finding-id]').count()).toBe(0);

    // Restoring it in Ana's window brings it back for Ben.
    await ana.page.locator('[data-factdesk-panel] .panel__dismissed summary').click();
    await ana.page.locator('[data-factdesk-panel] .panel__restore').click();
    await until(
      'Ben to see it again',
      () => inlineFindings(ben.page),
      (l) => l.some((f) => f.text.includes('300,000')),
    );

    // Undo is per person: Ana's undo takes back her fix, not Ben's dismissal.
    await ana.page.locator('.ProseMirror').click();
    await ana.page.keyboard.press('Control+z');
    await until(
      'Ben to see the fix undone',
      () => storyText(ben.page),
      (t) => t.includes('In all, 800 people'),
    );
    expect([...ana.errors, ...ben.errors]).toEqual([]);
  });
});
