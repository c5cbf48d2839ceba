import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, openEditor, selectText, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('formatting a story', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('works from the toolbar, the keys and input rules, and a fix keeps the formatting', async () => {
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'formatting');
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', 'formatting');
    const { page } = ana;
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('## Evacuation\n', { delay: 5 });
    await page.keyboard.type('- first item\n', { delay: 5 });
    await page.keyboard.press('Enter'); // an empty item ends the list
    await page.keyboard.type('> 800 people were evacuated.', { delay: 5 });
    await selectText(page, '800 people');
    await page.getByRole('button', { name: 'Bold (Ctrl-B)' }).click();
    expect(
      await page.getByRole('button', { name: 'Bold (Ctrl-B)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await selectText(page, 'evacuated');
    await page.keyboard.press('Control+i');

    // ProseMirror's own notation of Ben's document: node types, marks and text.
    const docOf = () => ben.page.evaluate(() => String(window.factdesk.view.state.doc));
    const shape = await until('Ben to get the formatted story', docOf, (h) =>
      h.includes('em("evacuated")'),
    );
    expect(shape).toBe(
      'doc(heading("Evacuation"), bullet_list(list_item(paragraph("first item"))), ' +
        'blockquote(paragraph(strong("800 people"), " were ", em("evacuated"), ".")))',
    );

    // The finding sits inside bold text; applying the record's figure keeps it bold.
    const finding = (
      await until(
        'the error on 800',
        () => inlineFindings(page),
        (l) => l.some((f) => f.kind === 'figure-contradicted'),
      )
    ).find((f) => f.kind === 'figure-contradicted')!;
    // Yjs groups edits less than 500 ms apart into one undo step: let the typing's step close.
    await page.waitForTimeout(600);
    await page.locator(`[data-factdesk-panel] [data-finding-id="${finding.id}"]`).click();
    await page.locator('.factdesk-tooltip [data-factdesk-action="apply"]').click();
    const fixed = await until('Ben to get the fix', docOf, (h) => h.includes('422'));
    expect(fixed).toContain('strong("422 people")');

    // Undo from the toolbar takes the fix back.
    await page.getByRole('button', { name: 'Undo (Ctrl-Z)' }).click();
    await until('Ben to see 800 again', docOf, (h) => h.includes('800') && !h.includes('422'));
    expect([...ana.errors, ...ben.errors]).toEqual([]);
  });
});
