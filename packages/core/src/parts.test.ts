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
    expect(run('Doctors said 40 of those injured were children.')).toEqual(['figure-unsourced 40']);
    expect(run('Among the injured were three children.')).toEqual(['figure-unsourced three']);
    expect(run('The injured were 1,400 people.')).toEqual(['figure-contradicted 1,400']);
  });

  it('is checked when the group is not the record\u2019s: "2,000 of its jobs", "83 of the 90 people"', () => {
    const cuts: Fact = { ...injured, id: 'cuts', terms: ['cut'], value: 1500 };
    const index2 = new FactIndex([cuts]);
    const kinds = (text: string) =>
      check(text, extract(text), index2, { all: true }).map((f) => `${f.kind} ${f.text}`);
    expect(kinds('The carmaker will cut 2,000 of its jobs.')).toEqual([
      'figure-contradicted 2,000',
    ]);
    expect(kinds('The carmaker will cut 83 of the 90 people.')).toContain('figure-contradicted 83');
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
