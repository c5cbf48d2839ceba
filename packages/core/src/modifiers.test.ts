import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const facts: Fact[] = [
  {
    id: 'gdp',
    kind: 'figure',
    subject: 'GDP growth in the third quarter',
    terms: ['growth'],
    value: 0.3,
    unit: 'percent',
    source: { name: 'ONS' },
  },
  {
    id: 'cpi',
    kind: 'figure',
    subject: 'UK CPI inflation',
    terms: ['inflation'],
    value: 2.1,
    unit: 'percent',
    source: { name: 'ONS' },
  },
];
const index = new FactIndex(facts);
const run = (text: string) =>
  check(text, extract(text), index, { all: true }).map((f) => `${f.kind} ${f.text}`);

describe('a term after a noun the record does not name', () => {
  it('names another thing: "wage growth", "core inflation"', () => {
    expect(run('Wage growth slowed to 4.5%.')).toEqual(['figure-unsourced 4.5%']);
    expect(run('Core inflation rose to 3.5% and food inflation to 4%.')).toEqual([
      'figure-unsourced 3.5%',
      'figure-unsourced 4%',
    ]);
  });

  it('is still the record after an adjective, a word the record names or a function word', () => {
    expect(run('Economic growth slowed to 0.5%.')).toEqual(['figure-contradicted 0.5%']);
    expect(run('GDP growth slowed to 0.3%.')).toEqual(['figure-confirmed 0.3%']);
    expect(run('CPI inflation was 2.1%.')).toEqual(['figure-confirmed 2.1%']);
    expect(run('The growth of 0.3% was weak.')).toEqual(['figure-confirmed 0.3%']);
    expect(run('UK growth slowed to 0.5%.')).toEqual(['figure-contradicted 0.5%']);
    const smith = new FactIndex([
      {
        id: 'smith',
        kind: 'figure',
        subject: 'Smith vote share',
        terms: ['Smith'],
        value: 52.4,
        unit: 'percent',
        source: { name: 'Electoral Commission' },
      },
    ]);
    const text = 'Jane Smith won with 52% of the vote.';
    expect(check(text, extract(text), smith).map((f) => f.kind)).toEqual(['figure-contradicted']);
  });
});
