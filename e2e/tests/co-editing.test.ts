import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineFindings,
  openEditor,
  panelRows,
  type ShownFinding,
  selectText,
  storyText,
  typeAtEnd,
  until,
} from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

const sorted = (list: ShownFinding[]) =>
  list.map((f) => `${f.kind}|${f.severity}|${f.text}|${f.id}`).sort();

describe('two people co-editing one story', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('shows both of them the same text, the same warnings and each other', async () => {
    const story = 'co-editing';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);

    await typeAtEnd(ana.page, 'The ministry said 800 people were evacuated.');
    await until(
      'Ben to see Ana’s sentence',
      () => storyText(ben.page),
      (t) => t.includes('800 people were evacuated.'),
    );

    await ben.page.keyboard.press('Control+End');
    await typeAtEnd(ben.page, ' About 300,000 people died in the war.');
    await until(
      'Ana to see Ben’s sentence',
      () => storyText(ana.page),
      (t) => t.endsWith('300,000 people died in the war.'),
    );
    expect(await storyText(ana.page)).toBe(await storyText(ben.page));

    const anaFindings = await until(
      'two findings for Ana',
      () => inlineFindings(ana.page),
      (l) => l.filter((f) => f.kind === 'figure-contradicted').length === 2,
    );
    const benFindings = await until(
      'two findings for Ben',
      () => inlineFindings(ben.page),
      (l) => l.filter((f) => f.kind === 'figure-contradicted').length === 2,
    );
    expect(sorted(anaFindings)).toEqual(sorted(benFindings));
    const errors = anaFindings.filter((f) => f.kind === 'figure-contradicted');
    expect(errors.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(errors.some((f) => f.text.includes('800'))).toBe(true);
    expect(errors.some((f) => f.text.includes('300,000'))).toBe(true);

    // The panel lists exactly the inline findings, in both windows.
    for (const p of [ana, ben]) {
      const shown = await inlineFindings(p.page);
      expect((await panelRows(p.page)).sort()).toEqual(shown.map((f) => f.id).sort());
      const errorCount = p.page.locator(
        '[data-factdesk-panel] .panel__count--error .panel__count-n',
      );
      expect(await errorCount.textContent()).toBe(
        String(shown.filter((f) => f.severity === 'error').length),
      );
    }

    // Each sees the other: in the list of who is here and as a named cursor.
    await until(
      'Ana to list Ben',
      () => ana.page.locator('[data-presence-name="Ben"]').count(),
      (n) => n === 1,
    );
    await until(
      'Ben to list Ana',
      () => ben.page.locator('[data-presence-name="Ana"]').count(),
      (n) => n === 1,
    );
    await until(
      'Ana to see Ben’s cursor',
      () => ana.page.locator('.ProseMirror-yjs-cursor', { hasText: 'Ben' }).count(),
      (n) => n === 1,
    );
    expect([...ana.errors, ...ben.errors]).toEqual([]);
  });
  it('keeps Ana typing in her place while Ben splits and joins her paragraph', async () => {
    const story = 'co-editing-cursor';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    await typeAtEnd(ana.page, 'Officials said 400 homes were lost.');
    await until(
      'Ben to see Ana’s sentence',
      () => storyText(ben.page),
      (t) => t.includes('homes were lost.'),
    );
    const paragraphs = (page: typeof ana.page) =>
      page.evaluate(() => window.factdesk.view.state.doc.childCount as number);
    // Ana's cursor just after "400"; Ben's after "said", where he presses Enter.
    await selectText(ana.page, '400');
    await ana.page.keyboard.press('ArrowRight');
    await selectText(ben.page, 'said');
    await ben.page.keyboard.press('ArrowRight');
    await ben.page.keyboard.press('Enter');
    await until(
      'Ana to get the split',
      () => paragraphs(ana.page),
      (n) => n === 2,
    );
    await ana.page.keyboard.type('X');
    await until(
      'Ben to get Ana’s letter',
      () => storyText(ben.page),
      (t) => t.includes('X'),
    );
    expect(await storyText(ana.page)).toBe('Officials said 400X homes were lost.');
    // Ben joins the paragraphs again; Ana's next letter still follows hers.
    await ben.page.keyboard.press('Backspace');
    await until(
      'Ana to get the join',
      () => paragraphs(ana.page),
      (n) => n === 1,
    );
    await ana.page.keyboard.type('Y');
    await until(
      'Ben to get Ana’s second letter',
      () => storyText(ben.page),
      (t) => t.includes('Y'),
    );
    expect(await storyText(ana.page)).toBe('Officials said 400XY homes were lost.');
    expect(await storyText(ben.page)).toBe(await storyText(ana.page));
  });
});
