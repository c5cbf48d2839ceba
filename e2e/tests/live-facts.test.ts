import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineFindings,
  openEditor,
  person,
  signIn,
  storyText,
  typeAtEnd,
  until,
} from '../src/browser';
import { api } from '../src/server';
import { type Suite, startSuite } from '../src/suite';

describe('a fact changed at the fact desk', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('updates the warnings of open editors without a reload', async () => {
    const story = 'live-facts';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    await typeAtEnd(ana.page, '422 people were evacuated. About 90 people were injured.');
    await until(
      'Ben to get the text',
      () => storyText(ben.page),
      (t) => t.includes('injured.'),
    );
    // "422" agrees with the record; "About 90" has none yet (an info note, not a warning).
    const notes = (l: { severity: string }[]) => l.filter((f) => f.severity !== 'info');
    expect(notes(await inlineFindings(ana.page))).toEqual([]);
    // Nothing a reload would reset: the pages must not navigate during the test.
    const loads = { ana: 0, ben: 0 };
    ana.page.on('load', () => loads.ana++);
    ben.page.on('load', () => loads.ben++);

    // The desk edits the figure in the fact desk page: both editors flag the now-wrong 422.
    const desk = await person(suite.browser, suite.server.url, 'Dee', '/desk.html');
    await signIn(desk.page, 'Dee', 'desk');
    await desk.page.locator('#fact-search').fill('evacuated');
    const row = desk.page.locator('[data-fact-id="evacuated-total"]');
    await row.click();
    const editor = desk.page.locator('#fact-json');
    await until(
      'the fact to load',
      () => editor.inputValue(),
      (v) => v.includes('"evacuated-total"'),
    );
    const fact = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...fact, value: 1200 }, null, 2));
    await desk.page.getByRole('button', { name: 'Save' }).click();
    await until(
      'the desk to confirm',
      () => desk.page.locator('.fact__saved').textContent(),
      (t) => t === 'Saved.',
    );

    for (const p of [ana, ben]) {
      const findings = await until(
        `${p.name} to flag 422`,
        () => inlineFindings(p.page),
        (l) => l.some((f) => f.text === '422'),
      );
      expect(findings.find((f) => f.text === '422')?.kind).toBe('figure-contradicted');
    }
    // The history at the desk shows the change and who made it.
    await until(
      'the history to show the update',
      () => desk.page.locator('.history__entry').allTextContents(),
      (entries) =>
        entries.some((e) => e.includes('update') && e.includes('Dee') && e.includes('1200')),
    );

    // A fact whose terms no longer fit the sentence lets go of it: the warning goes.
    await api(suite.server.url, 'PUT', '/api/facts/evacuated-total', {
      token: suite.desk,
      body: { ...fact, value: 1200, terms: ['relocated'] },
    });
    for (const p of [ana, ben]) {
      await until(
        `${p.name} to drop the warning on 422`,
        () => inlineFindings(p.page),
        (l) => !l.some((f) => f.text === '422' && f.severity !== 'info'),
      );
    }

    // A fact added through the API for words already in the draft is picked up too.
    await api(suite.server.url, 'POST', '/api/facts', {
      token: suite.desk,
      body: {
        id: 'injured-total',
        kind: 'figure',
        subject: 'People injured',
        terms: ['injured'],
        value: 40,
        unit: 'count',
        source: { name: 'Hospital statement' },
      },
    });
    for (const p of [ana, ben]) {
      await until(
        `${p.name} to flag about 90`,
        () => inlineFindings(p.page),
        (l) => l.some((f) => f.text.includes('90') && f.kind === 'figure-contradicted'),
      );
    }

    // Deleting it and restoring the first fact clears every warning.
    await api(suite.server.url, 'DELETE', '/api/facts/injured-total', { token: suite.desk });
    await api(suite.server.url, 'PUT', '/api/facts/evacuated-total', {
      token: suite.desk,
      body: fact,
    });
    for (const p of [ana, ben]) {
      await until(
        `${p.name}'s warnings to clear`,
        () => inlineFindings(p.page),
        (l) => notes(l).length === 0,
      );
    }
    expect(loads).toEqual({ ana: 0, ben: 0 });
    expect([...ana.errors, ...ben.errors, ...desk.errors]).toEqual([]);
  });
});
