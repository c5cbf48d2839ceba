import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factSchema, parseFactFile } from './schema';

const example = JSON.parse(
  readFileSync(new URL('../../../examples/white-helmets/facts.json', import.meta.url), 'utf8'),
);

const figure = {
  id: 'evacuated-total',
  kind: 'figure',
  subject: 'Evacuated',
  terms: ['evacuated'],
  value: 422,
  source: { name: 'Safadi' },
};
const file = (...facts: unknown[]) => ({ schema: 'factdesk.facts/v1', facts });
const problems = (input: unknown) => {
  const r = parseFactFile(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parseFactFile', () => {
  it('accepts the white-helmets example', () => {
    const r = parseFactFile(example);
    expect(r.ok).toBe(true);
  });

  it('names a bad interval end by its JSON path', () => {
    expect(
      problems(file(figure, figure, figure, { ...figure, id: 'x', value: { min: 'many' } })),
    ).toContain('facts[3].value.min: expected a number');
  });

  it('lists every problem of a file, not just the first', () => {
    const list = problems(
      file(
        { ...figure, id: 'Bad Id' },
        { ...figure, id: 'a', kind: 'guess' },
        { ...figure, id: 'b', terms: undefined },
        { ...figure, id: 'c', kind: 'date', value: '2018-02-30' },
        { id: 'd', kind: 'quote', subject: 'Q', source: { name: 'S' }, text: 'Hi' },
        { ...figure, id: 'e', source: { name: 'S', url: 'not a url' } },
        { ...figure, id: 'f', value: { min: 5, max: 1 } },
        { ...figure, id: 'g', value: { min: 5, max: 5, minExclusive: true } },
      ),
    );
    expect(list).toEqual([
      'facts[0].id: expected an id of a-z, 0-9, ".", "_" or "-" (like "war-deaths")',
      'facts[1].kind: expected kind to be one of figure, date, quote, statement',
      'facts[2].terms: expected a list of words or phrases',
      'facts[3].value: expected a date as YYYY-MM-DD, YYYY-MM or YYYY',
      'facts[4].speaker: expected an object { name, aliases? }',
      'facts[5].source.url: expected a URL',
      'facts[6].value: expected min to be at most max',
      'facts[7].value: expected an interval that holds a number: min equals max, so neither end may be exclusive',
    ]);
  });

  it('rejects duplicate ids and a supersededBy naming no fact', () => {
    expect(problems(file(figure, { ...figure, supersededBy: 'nowhere' }))).toEqual([
      'facts[1].id: duplicate id "evacuated-total" (also facts[0])',
      'facts[1].supersededBy: no fact has the id "nowhere"',
    ]);
  });

  it('lets a supersededBy name a fact outside the file only when told to', () => {
    const input = file({ ...figure, supersededBy: 'in-the-store' });
    expect(problems(input)).toEqual(['facts[0].supersededBy: no fact has the id "in-the-store"']);
    expect(parseFactFile(input, { outside: true }).ok).toBe(true);
    const self = parseFactFile(file({ ...figure, supersededBy: figure.id }), { outside: true });
    expect(self.ok).toBe(false);
  });

  it('requires terms of figures, dates and statements but not of quotes', () => {
    const quote = {
      id: 'q',
      kind: 'quote',
      subject: 'Q',
      source: { name: 'S' },
      speaker: { name: 'A' },
      text: 'Hi.',
    };
    const statement = {
      id: 's',
      kind: 'statement',
      subject: 'S',
      source: { name: 'S' },
      speaker: { name: 'A' },
    };
    expect(problems(file(quote))).toEqual([]);
    expect(problems(file(statement))).toEqual([
      'facts[0].terms: expected a list of words or phrases',
    ]);
    expect(problems(file({ ...figure, terms: [] }))).toEqual([
      'facts[0].terms: expected at least one term',
    ]);
  });

  it('rejects a wrong schema name and a document that is not an object', () => {
    expect(problems({ schema: 'facts/v0', facts: [] })).toEqual([
      'schema: expected "factdesk.facts/v1"',
    ]);
    expect(problems([1])).toEqual(['(root): expected an object { schema, story?, facts }']);
  });

  it('accepts dates of day, month or year precision', () => {
    for (const value of ['2018-07-21', '2018-07', '2011'])
      expect(problems(file({ ...figure, kind: 'date', value }))).toEqual([]);
    expect(problems(file({ ...figure, kind: 'date', value: '21/07/2018' }))).toHaveLength(1);
  });
});

describe('parseFactFile, extensions and cross-fact rules', () => {
  it('accepts and drops unknown fields of the story and of an interval value', () => {
    const r = parseFactFile({
      schema: 'factdesk.facts/v1',
      story: { id: 'x', date: '2018-07-22', title: 'White Helmets' },
      facts: [{ ...figure, value: { min: 5, approx: true } }],
    });
    expect(r.ok && r.file.story).toEqual({ id: 'x', date: '2018-07-22' });
    expect(r.ok && r.file.facts[0]).toMatchObject({ value: { min: 5 } });
    expect(r.ok && r.file.facts[0].kind === 'figure' && r.file.facts[0].value).toEqual({ min: 5 });
  });

  it('lists the bad id, empty subject and missing source name of a fact whose kind is wrong', () => {
    expect(problems(file({ id: 'A', kind: 'figur', subject: '', source: {} }))).toEqual([
      'facts[0].kind: expected kind to be one of figure, date, quote, statement',
      'facts[0].id: expected an id of a-z, 0-9, ".", "_" or "-" (like "war-deaths")',
      'facts[0].subject: must not be empty',
      'facts[0].source.name: expected a string',
    ]);
  });

  it('refuses supersededBy chains that run in a circle, once per circle', () => {
    const fact = (id: string, supersededBy: string) => ({ ...figure, id, supersededBy });
    expect(problems(file(fact('a', 'b'), fact('b', 'a')))).toEqual([
      'facts[0].supersededBy: supersededBy runs in a circle ("a" → "b" → "a"): one of them must be the newest, superseded by none',
    ]);
    expect(problems(file(fact('x', 'a'), fact('a', 'b'), fact('b', 'c'), fact('c', 'a')))).toEqual([
      'facts[1].supersededBy: supersededBy runs in a circle ("a" → "b" → "c" → "a"): one of them must be the newest, superseded by none',
    ]);
    expect(problems(file(fact('a', 'a')))).toEqual([
      'facts[0].supersededBy: a fact cannot supersede itself',
    ]);
    expect(parseFactFile(file(fact('a', 'b'), fact('b', 'a')), { outside: true }).ok).toBe(false);
    expect(problems(file(fact('a', 'b'), fact('b', 'c'), { ...figure, id: 'c' }))).toEqual([]);
  });

  it('lists 30,000 supersededBy circles without overflowing the call stack', () => {
    // A node with a fifth of the default stack stands in for a file of 300,000 facts: the
    // problems were once pushed as the arguments of one call.
    const schema = fileURLToPath(new URL('./schema.ts', import.meta.url));
    const script = join(mkdtempSync(join(tmpdir(), 'factdesk-schema-')), 'circles.mjs');
    writeFileSync(
      script,
      `import { parseFactFile } from ${JSON.stringify(schema)};
const facts = [];
const base = ${JSON.stringify(figure)};
const fact = (id, to) => ({ ...base, id, supersededBy: to });
for (let i = 0; i < 60000; i += 2) facts.push(fact('a' + i, 'a' + (i + 1)), fact('a' + (i + 1), 'a' + i));
const r = parseFactFile({ schema: 'factdesk.facts/v1', facts });
process.stdout.write(String(r.ok ? 0 : r.problems.length));`,
    );
    const r = spawnSync(process.execPath, ['--stack-size=200', '--import', 'tsx', script], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('30000');
  });
});

describe('parseFactFile, units', () => {
  const withUnit = (...units: string[]) =>
    file(...units.map((unit, i) => ({ ...figure, id: `f${i}`, unit })));

  it('refuses units no figure can ever tie to, naming each by its path', () => {
    expect(problems(withUnit('count', 'years', 'usd', 'kilometres', 'XYZ', 'm²'))).toEqual([
      'facts[1].unit: expected a singular unit: "year", not "years"',
      'facts[2].unit: expected a currency code in upper case: "USD", not "usd"',
      'facts[3].unit: expected a singular unit: "km", not "kilometres"',
      'facts[4].unit: expected an ISO 4217 currency code (like "USD"), not "XYZ"',
      'facts[5].unit: expected count, percent, an ISO 4217 currency code (USD), a duration (year, month, week, day, hour) or a measurement unit as a singular lowercase word (km, mile, kg, ton, acre), not "m²"',
    ]);
  });

  it('stores a singular measurement word as the unit the extractor writes for it', () => {
    const r = parseFactFile(
      withUnit('kilometre', 'kilometer', 'tonne', 'hectare', 'year', 'percent', 'USD', 'PLN'),
    );
    expect(r.ok && r.file.facts.map((f) => f.kind === 'figure' && f.unit)).toEqual([
      'km',
      'km',
      'tonne',
      'hectare',
      'year',
      'percent',
      'USD',
      'PLN',
    ]);
  });
});

describe('factSchema', () => {
  it('validates one fact on its own', () => {
    expect(factSchema.safeParse(figure).success).toBe(true);
    expect(factSchema.safeParse({ ...figure, unit: 'Dollars!' }).success).toBe(false);
  });
});
