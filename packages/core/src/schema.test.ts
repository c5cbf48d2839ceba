import { readFileSync } from 'node:fs';
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

describe('factSchema', () => {
  it('validates one fact on its own', () => {
    expect(factSchema.safeParse(figure).success).toBe(true);
    expect(factSchema.safeParse({ ...figure, unit: 'Dollars!' }).success).toBe(false);
  });
});
