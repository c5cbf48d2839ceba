import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineFindings,
  openEditor,
  selectText,
  storyText,
  typeAtEnd,
  until,
} from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('typing a wrong figure', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('raises a warning in every open editor, and correcting it clears them', async () => {
    const story = 'typing-warning';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);

    await typeAtEnd(ana.page, 'Officials said 422 people were evacuated overnight.');
    await until(
      'Ben to get the sentence',
      () => storyText(ben.page),
      (t) => t.includes('overnight.'),
    );
    // The record agrees: once its fact has arrived, nothing is flagged anywhere.
    for (const p of [ana, ben]) {
      await until(
        `${p.name} to flag nothing`,
        () => inlineFindings(p.page),
        (l) => l.length === 0,
      );
    }

    await selectText(ana.page, '422');
    await ana.page.keyboard.type('522');
    for (const p of [ana, ben]) {
      const findings = await until(
        `a warning on 522 for ${p.name}`,
        () => inlineFindings(p.page),
        (l) => l.some((f) => f.text === '522'),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        kind: 'figure-contradicted',
        severity: 'error',
        text: '522',
      });
      await until(
        `${p.name}'s panel to list it`,
        () => p.page.locator('[data-factdesk-panel] [data-finding-id]').allTextContents(),
        (rows) => rows.length === 1 && rows[0].includes('522'),
      );
    }

    // Ben corrects it; the warning goes in both windows.
    await selectText(ben.page, '522');
    await ben.page.keyboard.type('422');
    for (const p of [ana, ben]) {
      await until(
        `${p.name}'s warning to clear`,
        () => inlineFindings(p.page),
        (l) => l.length === 0,
      );
    }
    expect([...ana.errors, ...ben.errors]).toEqual([]);
  });
});
