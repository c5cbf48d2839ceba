import { describe, expect, it } from 'vitest';
import type { DateFact, FigureClaim, FigureFact, Interval } from './types';
import { dateVerdict, figureVerdict, inside, overlaps } from './verdict';

const fact = (value: number | Interval): FigureFact => ({
  id: 'f',
  kind: 'figure',
  subject: 's',
  terms: ['t'],
  value,
  source: { name: 'n' },
});
const claim = (value: Interval, amount?: number): FigureClaim => ({
  from: 0,
  to: 1,
  text: 'x',
  value,
  unit: 'count',
  ...(amount !== undefined ? { amount } : {}),
});

describe('intervals', () => {
  it('respects exclusive ends', () => {
    expect(overlaps({ min: 1, max: 2, maxExclusive: true }, { min: 2, max: 3 })).toBe(false);
    expect(overlaps({ min: 1, max: 2 }, { min: 2, max: 3 })).toBe(true);
    expect(inside({ min: 5, minExclusive: true }, { min: 5, minExclusive: true })).toBe(true);
    expect(inside({ min: 5 }, { min: 5, minExclusive: true })).toBe(false);
    expect(inside({ min: 3, max: 3 }, {})).toBe(true);
  });
});

describe('figureVerdict', () => {
  it('confirms when the record lies inside the prose interval', () => {
    expect(figureVerdict(claim({ min: 400, minExclusive: true }, 400), fact(422))).toBe(
      'confirmed',
    );
    expect(figureVerdict(claim({ min: 114500, max: 115500 }), fact(115000))).toBe('confirmed');
  });

  it('contradicts when they do not overlap', () => {
    expect(figureVerdict(claim({ min: 450, max: 500, maxExclusive: true }, 500), fact(422))).toBe(
      'contradicted',
    );
  });

  it('is unconfirmed when they overlap but the record does not imply the prose', () => {
    expect(figureVerdict(claim({ min: 420, max: 424 }), fact({ min: 400, max: 440 }))).toBe(
      'unconfirmed',
    );
  });

  it('is understated when a lower bound is at most half the record', () => {
    expect(figureVerdict(claim({ min: 400, minExclusive: true }, 400), fact(1200))).toBe(
      'understated',
    );
    expect(figureVerdict(claim({ min: 400 }, 400), fact(800))).toBe('understated');
    expect(figureVerdict(claim({ min: 400, minExclusive: true }, 400), fact(799))).toBe(
      'confirmed',
    );
  });
});

describe('dateVerdict', () => {
  const date = (value: string): DateFact => ({
    id: 'd',
    kind: 'date',
    subject: 's',
    terms: ['t'],
    value,
    source: { name: 'n' },
  });
  it('confirms any day inside a fact of month or year precision', () => {
    expect(dateVerdict('2018-06-19', date('2018-06'))).toBe('confirmed');
    expect(dateVerdict('2011', date('2011-03'))).toBe('confirmed');
    expect(dateVerdict('2018-07-21', date('2018'))).toBe('confirmed');
  });
  it('contradicts a day outside it', () => {
    expect(dateVerdict('2018-07-01', date('2018-06'))).toBe('contradicted');
    expect(dateVerdict('2018-07-20', date('2018-07-21'))).toBe('contradicted');
  });
  it('confirms any day of a week claim ("last week") and contradicts a day outside the week', () => {
    const lastWeek = { value: '2018-07-09', through: '2018-07-15' };
    expect(dateVerdict(lastWeek, date('2018-07-12'))).toBe('confirmed');
    expect(dateVerdict(lastWeek, date('2018-07-15'))).toBe('confirmed');
    expect(dateVerdict(lastWeek, date('2018-07'))).toBe('confirmed');
    expect(dateVerdict(lastWeek, date('2018-07-16'))).toBe('contradicted');
    expect(dateVerdict(lastWeek, date('2018-07-08'))).toBe('contradicted');
    expect(dateVerdict({ value: '2018-07-09' }, date('2018-07-12'))).toBe('contradicted');
  });
});
