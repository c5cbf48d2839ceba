import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const source = { name: 'AFAD' };
const facts: Fact[] = [
  {
    id: 'deaths',
    kind: 'figure',
    subject: 'Deaths in the earthquake',
    terms: ['killed'],
    value: 63,
    unit: 'count',
    source,
  },
  {
    id: 'day',
    kind: 'date',
    subject: 'Day of the earthquake',
    terms: ['quake'],
    value: '2026-11-28',
    source,
  },
];
const index = new FactIndex(facts);
const date = '2026-11-30';
const run = (text: string, on: string | null = date) =>
  check(text, extract(text, { date }), index, { date: on ?? undefined }).map(
    (f) => `${f.kind} ${f.text}`,
  );

describe('a sentence that opens on an earlier year', () => {
  it('is background: the records of the story do not contradict it', () => {
    expect(run('In 2011, a quake near the city of Van killed 604 people.')).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('Back in 2020 a smaller quake killed 12.')).toEqual(['figure-unsourced 12']);
  });

  it('is read as of now without the story date, in the story year, or with the year later on', () => {
    expect(run('In 2011, a quake near the city of Van killed 604 people.', null)).toEqual([
      'date-contradicted 2011',
      'figure-contradicted 604',
    ]);
    expect(run('In 2026, the quake killed 70 people.')).toEqual(['figure-contradicted 70']);
    expect(run('The quake killed 70 people, more than in 2011.')).toEqual([
      'figure-contradicted 70',
      'date-contradicted 2011',
    ]);
  });
});
