import { describe, expect, it } from 'vitest';
import { factdesk, scratchFile } from './run.testing';

const figure = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'figure',
  subject: 'Length of the road',
  terms: ['road'],
  value: 12,
  source: { name: 'Ministry' },
  ...extra,
});
const factFile = (facts: unknown[], story?: unknown) =>
  scratchFile('facts.json', JSON.stringify({ schema: 'factdesk.facts/v1', story, facts }));

describe('factdesk facts validate and check, fact files', () => {
  it('accepts extension fields of the story and of an interval, dropping them', () => {
    const facts = factFile([figure('road', { value: { min: 5, approx: true } })], {
      id: 'x',
      date: '2018-07-22',
      title: 'White Helmets',
    });
    const r = factdesk(['facts', 'validate', facts]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${facts}: ok, 1 fact\n`);
  });

  it('lists every problem of a fact whose kind is wrong, not only its kind', () => {
    const facts = factFile([{ id: 'A', kind: 'figur', subject: '', source: {} }]);
    const r = factdesk(['facts', 'validate', facts]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${facts}:facts[0].kind: expected kind to be one of figure, date, quote, statement`,
      `${facts}:facts[0].id: expected an id of a-z, 0-9, ".", "_" or "-" (like "war-deaths")`,
      `${facts}:facts[0].subject: must not be empty`,
      `${facts}:facts[0].source.name: expected a string`,
    ]);
  });

  it('refuses supersededBy in a circle and units no figure can tie to, by JSON path', () => {
    const facts = factFile([
      figure('a', { supersededBy: 'b' }),
      figure('b', { supersededBy: 'a' }),
      figure('c', { unit: 'years' }),
      figure('d', { unit: 'usd' }),
    ]);
    const r = factdesk(['facts', 'validate', facts]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${facts}:facts[2].unit: expected a singular unit: "year", not "years"`,
      `${facts}:facts[3].unit: expected a currency code in upper case: "USD", not "usd"`,
      `${facts}:facts[0].supersededBy: supersededBy runs in a circle ("a" → "b" → "a"): one of them must be the newest, superseded by none`,
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('ties "15 kilometres" to a fact whose unit is written "kilometre"', () => {
    const facts = factFile([figure('road', { unit: 'kilometre' })]);
    const r = factdesk(
      ['check', '-', '--facts', facts, '--json'],
      'The road is 15 kilometres long.',
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings).toMatchObject([
      { kind: 'figure-contradicted', text: '15 kilometres', factId: 'road' },
    ]);
  });
});

describe('factdesk check, a draft with a byte order mark', () => {
  it('places a figure at the start of the first line at 1:1, offsets counted after the mark', () => {
    const draft = scratchFile(
      'bom.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Nearly 500 made it.\n')]),
    );
    const facts = 'examples/white-helmets/facts.json';
    const human = factdesk(['check', draft, '--facts', facts]);
    expect(human.stdout).toContain(`${draft}:1:1  error    figure-contradicted  "Nearly 500"`);
    const json = JSON.parse(factdesk(['check', draft, '--facts', facts, '--json']).stdout);
    expect(json.findings[0]).toMatchObject({ from: 0, to: 10, text: 'Nearly 500' });
  });
});
