import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, signIn, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

describe('the fact desk page', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => suite?.close());

  it('searches, adds, edits, deletes and imports facts, with problems shown by JSON path', async () => {
    const dee = await person(suite.browser, suite.server.url, 'Dee', '/desk.html');
    await signIn(dee.page, 'Dee', 'desk');
    const { page } = dee;
    const ids = () =>
      page
        .locator('[data-fact-id]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.factId));
    await until('the fixture facts', ids, (l) => l.length === 2);
    await page.locator('#fact-search').fill('deaths');
    await until('the search to narrow', ids, (l) => l.join() === 'war-deaths');
    await page.locator('#fact-search').fill('');
    await until('the full list again', ids, (l) => l.length === 2);

    // Add a fact that breaks the rules: every problem is listed by its path, nothing is written.
    await page.getByRole('button', { name: 'New fact' }).click();
    const json = page.locator('#fact-json');
    await json.fill(
      JSON.stringify({
        id: 'Bad Id',
        kind: 'figure',
        subject: 'x',
        terms: ['x'],
        value: { min: 'ten' },
        source: { name: 'y' },
      }),
    );
    await page.getByRole('button', { name: 'Save' }).click();
    const paths = () =>
      page
        .locator('.fact__problems [data-problem-path]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.problemPath));
    const problems = await until('problems by path', paths, (l) => l.length > 0);
    expect(problems).toEqual(expect.arrayContaining(['id']));
    expect(problems.some((p) => p?.startsWith('value'))).toBe(true);
    expect(await ids()).toHaveLength(2);

    // A JSON syntax error is reported before anything is sent.
    await json.fill('{ "id": ');
    await page.getByRole('button', { name: 'Save' }).click();
    await until(
      'the syntax error',
      () => page.locator('.fact__problems').textContent(),
      (t) => !!t?.includes('not valid JSON'),
    );

    // A valid one is created, then edited; the history lists both with who did them.
    const fact = {
      id: 'rescued-total',
      kind: 'figure',
      subject: 'People rescued',
      terms: ['rescued'],
      value: 12,
      unit: 'count',
      source: { name: 'Civil defence' },
    };
    await json.fill(JSON.stringify(fact));
    await page.getByRole('button', { name: 'Save' }).click();
    await until('the new fact in the list', ids, (l) => l.includes('rescued-total'));
    await until(
      'its JSON loaded',
      () => json.inputValue(),
      (v) => v.includes('"rescued-total"'),
    );
    await json.fill(JSON.stringify({ ...fact, value: 14 }));
    await page.getByRole('button', { name: 'Save' }).click();
    const history = await until(
      'two history entries',
      () => page.locator('.history__entry').allTextContents(),
      (l) => l.length === 2,
    );
    expect(history[0]).toContain('update');
    expect(history[0]).toContain('Dee');
    expect(history[0]).toMatch(/12.*→.*14/);
    expect(history[1]).toContain('create');

    // Deleting takes two clicks.
    const del = page.locator('.button--danger');
    await del.click();
    expect(await ids()).toContain('rescued-total');
    await del.click();
    await until('the fact to go', ids, (l) => !l.includes('rescued-total'));

    // Importing a broken file lists its problems by path; a good one loads.
    const input = page.locator('#fact-import');
    const bad = {
      schema: 'factdesk.facts/v1',
      facts: [
        {
          id: 'ok-one',
          kind: 'date',
          subject: 's',
          terms: ['t'],
          value: 'July',
          source: { name: 'n' },
        },
      ],
    };
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const importPaths = await until(
      'import problems',
      () =>
        page
          .locator('.desk__import-status [data-problem-path]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.problemPath)),
      (l) => l.length > 0,
    );
    expect(importPaths[0]).toMatch(/^facts\[0\]\.value/);
    const good = { ...bad, facts: [{ ...bad.facts[0], value: '2018-07-21' }] };
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await until('the imported fact', ids, (l) => l.includes('ok-one'));
    expect(dee.errors).toEqual([]);
  });

  it('is read only for a reporter', async () => {
    const rita = await person(suite.browser, suite.server.url, 'Rita', '/desk.html');
    await signIn(rita.page, 'Rita', 'reporter');
    await until(
      'the facts',
      () => rita.page.locator('[data-fact-id]').count(),
      (n) => n > 0,
    );
    expect(await rita.page.getByRole('button', { name: 'New fact' }).isDisabled()).toBe(true);
  });
});
