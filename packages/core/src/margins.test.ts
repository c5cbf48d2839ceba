import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const points: Fact = {
  id: 'points',
  kind: 'figure',
  subject: "Arsenal's league points",
  terms: ['points', 'Arsenal'],
  value: 32,
  unit: 'point',
  source: { name: 'Premier League table' },
};
const kinds = (text: string, facts: Fact[] = [points]) =>
  check(text, extract(text), new FactIndex(facts)).map((f) => `${f.kind} ${f.text}`);

describe('a gap between two figures', () => {
  it('is not contradicted by the record of a total', () => {
    expect(kinds('Arsenal moved three points clear at the top.')).toEqual([
      'figure-unsourced three points',
    ]);
    expect(kinds('Arsenal have a lead of 5 points.')).toEqual(['figure-unsourced 5 points']);
  });

  it('reads a comparison after a figure ("1,500 fewer than in 2019") as a gap', () => {
    const officers: Fact = {
      ...points,
      id: 'officers',
      subject: 'Sworn officers',
      terms: ['sworn officers'],
      value: 11700,
      unit: 'count',
    };
    expect(
      kinds('It has 11,700 sworn officers, about 1,500 fewer than in 2019.', [officers]),
    ).toEqual(['figure-unsourced about 1,500']);
    expect(kinds('It has 1,500 more sworn officers than in 2019.', [officers])).toEqual([
      'figure-unsourced 1,500',
    ]);
    expect(kinds('It has more than 1,500 sworn officers.', [officers])).toEqual([
      'figure-understated more than 1,500',
    ]);
  });

  it('reads a difference of age, length or price ("11 years younger than") as a gap', () => {
    const age: Fact = {
      ...points,
      id: 'age',
      subject: 'Median age of the population',
      terms: ['median age'],
      value: 38.1,
      unit: 'year',
    };
    const text = 'By median age, Maori are more than 11 years younger than the population.';
    expect(kinds(text, [age])).toEqual(['figure-unsourced more than 11 years']);
    expect(kinds('The median age is more than 11 years.', [age])).toEqual([
      'figure-understated more than 11 years',
    ]);
  });

  it('holds a change over time ("244 fewer than in 2019") against no record of a majority', () => {
    const majority: Fact = {
      ...points,
      id: 'majority',
      subject: 'Labour majority in Hartlepool',
      terms: ['majority'],
      value: 3595,
      unit: 'count',
    };
    expect(kinds('Its majority of 3,350 was 244 fewer than in 2019.', [majority])).toEqual([
      'figure-contradicted 3,350',
      'figure-unsourced 244',
    ]);
    expect(kinds('Its majority was 244 fewer than last year.', [majority])).toEqual([
      'figure-unsourced 244',
    ]);
    expect(kinds('Its majority was 3,000 more than Reform got.', [majority])).toEqual([
      'figure-contradicted 3,000',
    ]);
  });

  it('is held against a record of the gap, and a total is still checked', () => {
    const lead: Fact = { ...points, id: 'lead', subject: "Arsenal's lead at the top", value: 3 };
    expect(kinds('Arsenal moved four points clear at the top.', [lead])).toEqual([
      'figure-contradicted four points',
    ]);
    expect(kinds('Arsenal are on 30 points.')).toEqual(['figure-contradicted 30 points']);
  });
});
