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
});
