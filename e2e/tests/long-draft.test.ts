import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, panelRows, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

const paragraphs = 300;

/** The indexes of the paragraphs that show an inline warning. */
function flaggedParagraphs(page: Page): Promise<number[]> {
  return page.$$eval('.ProseMirror > p', (ps) =>
    ps.flatMap((p, i) => (p.querySelector('.factdesk-finding') ? [i] : [])),
  );
}

describe('a long draft', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('shows the warnings where the reader looks and lists them all', async () => {
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'long-draft');
    const { page } = ana;
    // 300 paragraphs, each with a figure the record (422 evacuated) contradicts.
    await page.evaluate((count) => {
      const { view, lib } = window.factdesk;
      const { schema } = view.state;
      const nodes = Array.from({ length: count }, (_, i) =>
        schema.node('paragraph', null, [
          schema.text(`Officials said only ${(i % 20) + 1}0 people were evacuated that night.`),
        ]),
      );
      const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, nodes);
      view.dispatch(tr.setSelection(lib.TextSelection.atStart(tr.doc)));
      window.scrollTo(0, 0);
    }, paragraphs);

    // The panel lists every warning; the page draws those around the cursor and on screen.
    await until(
      'the panel to list every warning',
      () => panelRows(page),
      (rows) => rows.length === paragraphs,
    );
    const top = await until(
      'warnings at the top',
      () => flaggedParagraphs(page),
      (l) => l.includes(0),
    );
    expect(top.length).toBeLessThan(paragraphs / 2);
    expect(top).not.toContain(paragraphs - 1);

    // Scrolling to the end draws the warnings there; the cursor's stay drawn.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = await until(
      'warnings at the end after scrolling',
      () => flaggedParagraphs(page),
      (l) => l.includes(paragraphs - 1),
    );
    expect(end).toContain(0);
    expect(end.length).toBeLessThan(paragraphs / 2);

    // Moving the cursor to the end by keyboard and typing there keeps every warning exact.
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' More than 900 people were evacuated.', { delay: 5 });
    await until(
      'a warning on the typed figure',
      () => panelRows(page),
      (rows) => rows.length === paragraphs + 1,
    );
    const drawn = await page.$$eval('.ProseMirror .factdesk-finding', (els) =>
      (els as HTMLElement[]).map((e) => e.textContent),
    );
    expect(drawn).toContain('More than 900');
    expect(ana.errors).toEqual([]);
  });
});
