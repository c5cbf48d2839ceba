import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, openEditor, panelRows, typeAtEnd, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('the findings panel', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('counts and filters findings, and leads to each one by mouse or keyboard', async () => {
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'findings-panel');
    const { page } = ana;
    await typeAtEnd(page, '800 people were evacuated. About 300,000 people died. 12 ships docked.');
    const settled = (l: { kind: string }[]) =>
      l.filter((f) => f.kind === 'figure-contradicted').length === 2 &&
      l.filter((f) => f.kind === 'figure-unsourced').length === 1;
    const findings = await until('two errors and a note', () => inlineFindings(page), settled);
    const panel = page.locator('[data-factdesk-panel]');
    const count = (severity: string) =>
      panel.locator(`.panel__count--${severity} .panel__count-n`).textContent();
    expect([await count('error'), await count('warning'), await count('info')]).toEqual([
      '2',
      '0',
      '1',
    ]);
    expect(await panelRows(page)).toEqual(findings.map((f) => f.id));

    // Severity toggles and the kind filter narrow the list; clearing them restores it.
    await panel.locator('.panel__count--error').click();
    expect(await panel.locator('.panel__count--error').getAttribute('aria-pressed')).toBe('true');
    const errorIds = findings.filter((f) => f.severity === 'error').map((f) => f.id);
    expect(await panelRows(page)).toEqual(errorIds);
    await panel.locator('.panel__count--error').click();
    await panel.locator('.panel__kind').selectOption('figure-unsourced');
    const note = findings.find((f) => f.kind === 'figure-unsourced')!;
    expect(await panelRows(page)).toEqual([note.id]);
    await panel.locator('.panel__kind').selectOption('');
    expect(await panelRows(page)).toHaveLength(3);

    // Keyboard: arrows move through the list, Enter selects the finding in the text.
    await panel.locator('.panel__list').focus();
    const selectedRow = () =>
      panel.locator('[aria-selected="true"]').getAttribute('data-finding-id');
    expect(await selectedRow()).toBe(findings[0].id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await selectedRow()).toBe(findings[1].id);
    await page.keyboard.press('Enter');
    const selection = () =>
      page.evaluate(() => {
        const { view } = window.factdesk;
        const { from, to } = view.state.selection;
        return view.state.doc.textBetween(from, to) as string;
      });
    expect(await selection()).toBe(findings[1].text);
    const tooltip = page.locator('.factdesk-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(findings[1].text);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });

    // A click on a row does the same.
    await panel.locator(`[data-finding-id="${findings[2].id}"]`).click();
    expect(await selection()).toBe(findings[2].text);
    expect(await selectedRow()).toBe(findings[2].id);
    expect(ana.errors).toEqual([]);
  });
});
