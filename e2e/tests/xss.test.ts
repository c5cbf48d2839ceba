import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, openEditor, person, signIn, typeAtEnd, until } from '../src/browser';
import { api } from '../src/server';
import { type Suite, startSuite } from '../src/suite';

const img = '<img src=x onerror="window.__xss=(window.__xss||0)+1;alert(1)">';
const script = '<script>window.__xss=(window.__xss||0)+1</script>';
const svg = '<svg onload="window.__xss=(window.__xss||0)+1">';

/** Elements and effects the payloads would create if any of them were parsed as HTML. */
function injected(page: Page) {
  return page.evaluate(() => ({
    ran: window.__xss ?? 0,
    imgs: document.querySelectorAll('img').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) =>
      s.textContent?.includes('__xss'),
    ).length,
  }));
}

describe('an XSS payload in a fact', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('stays text in the editor, the tooltip, the panel and the fact desk', async () => {
    await api(suite.server.url, 'POST', '/api/facts', {
      token: suite.desk,
      body: {
        id: 'xss-figure',
        kind: 'figure',
        subject: `Rescued ${img}`,
        terms: ['rescued'],
        value: 12,
        unit: 'count',
        source: { name: `Agency ${script}`, url: 'javascript:alert(2)' },
        note: svg,
      },
    });
    // A person whose name is a payload: shown in others' presence lists and cursor labels.
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'xss');
    const mallory = await openEditor(suite.browser, suite.server.url, img, 'xss');
    await typeAtEnd(ana.page, 'Rescuers said 40 people were rescued.');
    const findings = await until(
      'the error on 40 (once the fact has arrived)',
      () => inlineFindings(ana.page),
      (l) => l.some((f) => f.text === '40' && f.kind === 'figure-contradicted'),
    );
    const finding = findings.find((f) => f.text === '40' && f.kind === 'figure-contradicted')!;

    await ana.page.locator(`[data-factdesk-panel] [data-finding-id="${finding.id}"]`).click();
    const tooltip = ana.page.locator('.factdesk-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const shown = `${await tooltip.textContent()}${await ana.page.locator('[data-factdesk-panel]').textContent()}`;
    expect(shown).toContain('<script>');
    await until(
      'Ana to list the payload name as text',
      () => ana.page.locator('.presence').textContent(),
      (t) => !!t?.includes('<img src=x'),
    );

    const desk = await person(suite.browser, suite.server.url, 'Dee', '/desk.html');
    await signIn(desk.page, 'Dee', 'desk');
    await desk.page.locator('#fact-search').fill('rescued');
    await desk.page.locator('[data-fact-id="xss-figure"]').click();
    await until(
      'the desk to show the fact',
      () => desk.page.locator('.facts').textContent(),
      (t) => !!t?.includes('<img src=x'),
    );
    await until(
      'the fact JSON to load',
      () => desk.page.locator('#fact-json').inputValue(),
      (v) => v.includes('onerror'),
    );

    // Give a payload every chance to run (image errors and handlers fire asynchronously).
    await ana.page.waitForTimeout(500);
    for (const p of [ana, mallory, desk]) {
      expect(await injected(p.page)).toEqual({ ran: 0, imgs: 0, svgs: 0, jsLinks: 0, scripts: 0 });
      expect(p.dialogs).toEqual([]);
      expect(p.errors).toEqual([]);
    }
  });
});
