import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const revenue: Fact = {
  id: 'revenue',
  kind: 'figure',
  subject: 'Quarterly revenue',
  terms: ['revenue'],
  value: 12.4e9,
  unit: 'USD',
  source: { name: 'Earnings release' },
};
const run = (text: string) =>
  check(text, extract(text), new FactIndex([revenue]), { all: true }).map(
    (f) => `${f.kind} ${f.text}`,
  );

describe('a figure someone expects', () => {
  it('is not contradicted by what happened', () => {
    expect(run('Analysts had expected revenue of $12.9bn.')).toEqual(['figure-unsourced $12.9bn']);
    expect(run('Economists had expected the quarterly revenue figure to rise to $12.9bn.')).toEqual(
      ['figure-unsourced $12.9bn'],
    );
    expect(run('Shares rose more than expected after revenue came in at $12.9bn.')).toEqual([
      'figure-contradicted $12.9bn',
    ]);
    expect(run('Revenue is forecast to reach $13bn next year.')).toEqual([
      'figure-unsourced $13bn',
    ]);
  });

  it('is confirmed when it came true, and a figure of what happened is still checked', () => {
    expect(run('Analysts had expected revenue of $12.4bn.')).toEqual(['figure-confirmed $12.4bn']);
    expect(run('Revenue fell to $12.9bn, as analysts expected.')).toEqual([
      'figure-contradicted $12.9bn',
    ]);
    expect(run('Revenue was a better-than-expected $12.9bn.')).toEqual([
      'figure-contradicted $12.9bn',
    ]);
    expect(run('Revenue is expected to come in at $13bn.')).toEqual(['figure-unsourced $13bn']);
  });

  it('is held against a record that is itself a forecast or a target', () => {
    const forecast: Fact = { ...revenue, id: 'forecast', subject: 'Revenue forecast', value: 13e9 };
    const index = new FactIndex([forecast]);
    const text = 'Revenue is forecast to reach $14bn.';
    expect(check(text, extract(text), index).map((f) => `${f.kind} ${f.text}`)).toEqual([
      'figure-contradicted $14bn',
    ]);
  });

  it('reads a target as an expectation: the record of what happened leaves it alone', () => {
    const ae: Fact = {
      id: 'ae',
      kind: 'figure',
      subject: 'A&E patients seen within four hours',
      terms: ['A&E'],
      value: 74.2,
      unit: 'percent',
      source: { name: 'NHS England' },
    };
    const index = new FactIndex([ae]);
    const kinds = (text: string) =>
      check(text, extract(text), index, { all: true }).map((f) => `${f.kind} ${f.text}`);
    expect(kinds('In A&E, 75.1% were seen within four hours, short of the 78% target.')).toEqual([
      'figure-contradicted 75.1%',
      'figure-unsourced four hours',
      'figure-unsourced 78%',
    ]);
    expect(kinds('In A&E, against a target of 78%, 74.2% were seen within four hours.')).toEqual([
      'figure-unsourced 78%',
      'figure-confirmed 74.2%',
      'figure-unsourced four hours',
    ]);
    const strikes: Fact = {
      ...ae,
      id: 'strikes',
      // A record of targets: "120 targets" counts none of another record's things.
      subject: 'Targets struck in attacks',
      terms: ['struck', 'attacks'],
      value: 90,
      unit: 'count',
    };
    const counts = new FactIndex([strikes]);
    for (const text of ['Jets struck 120 targets overnight.', 'It was the target of 14 attacks.'])
      expect(
        check(text, extract(text), counts).map((f) => f.kind),
        text,
      ).toEqual(['figure-contradicted']);
    const standard: Fact = { ...ae, id: 'standard', subject: 'A&E four-hour standard', value: 78 };
    const text2 = 'Trusts have been set an A&E target of 76% by March.';
    expect(check(text2, extract(text2), new FactIndex([standard])).map((f) => f.kind)).toEqual([
      'figure-contradicted',
    ]);
    const target: Fact = { ...ae, id: 'target', subject: 'A&E four-hour target', value: 78 };
    const both = new FactIndex([target]);
    const text = 'A&E missed its 76% target.';
    expect(check(text, extract(text), both).map((f) => `${f.kind} ${f.text}`)).toEqual([
      'figure-contradicted 76%',
    ]);
  });
});
