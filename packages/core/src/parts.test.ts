import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const injured: Fact = {
  id: 'injured',
  kind: 'figure',
  subject: 'People injured in the earthquake',
  terms: ['injured', 'killed'],
  value: 1320,
  unit: 'count',
  source: { name: 'AFAD' },
};
const index = new FactIndex([injured]);
const run = (text: string) =>
  check(text, extract(text), index, { all: true }).map((f) => `${f.kind} ${f.text}`);

describe('a count of some of a group', () => {
  it('is not contradicted by the record of the group', () => {
    expect(run('The minister said 87 of the injured were in critical condition.')).toEqual([
      'figure-unsourced 87',
    ]);
    expect(run('Some 250 of them have been killed.')).toEqual(['figure-unsourced Some 250']);
  });

  it('is confirmed by a record it agrees with, and the group is still checked', () => {
    expect(run('All 1,320 of the injured were treated.')).toEqual(['figure-confirmed 1,320']);
    expect(run('Of the 1,400 injured, most were treated.')).toEqual(['figure-contradicted 1,400']);
  });

  it('leaves a percentage of a group to be checked as a rate', () => {
    const rate: Fact = { ...injured, id: 'rate', value: 12, unit: 'percent' };
    const text = 'About 15% of the injured were children.';
    expect(check(text, extract(text), new FactIndex([rate])).map((f) => f.kind)).toEqual([
      'figure-contradicted',
    ]);
  });
});
