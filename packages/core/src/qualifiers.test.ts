import { describe, expect, it } from 'vitest';
import { QUALIFIERS, qualifiedInterval } from './qualifiers';

describe('qualifiedInterval', () => {
  it('reads "about n" as n ± 10%', () => {
    expect(qualifiedInterval('approx', 400)).toEqual({ min: 360, max: 440 });
  });
  it('reads "nearly n" as [0.9 n, n)', () => {
    expect(qualifiedInterval('nearly', 500)).toEqual({ min: 450, max: 500, maxExclusive: true });
  });
  it('reads "more than n" as (n, ∞) and "at least n" as [n, ∞)', () => {
    expect(qualifiedInterval('above', 400)).toEqual({ min: 400, minExclusive: true });
    expect(qualifiedInterval('atLeast', 400)).toEqual({ min: 400 });
  });
  it('reads "fewer than n" as (-∞, n) and "up to n" as (-∞, n]', () => {
    expect(qualifiedInterval('below', 20)).toEqual({ max: 20, maxExclusive: true });
    expect(qualifiedInterval('atMost', 700)).toEqual({ max: 700 });
  });
  it('reads "exactly n" as n', () => {
    expect(qualifiedInterval('exact', 422)).toEqual({ min: 422, max: 422 });
  });
});

describe('QUALIFIERS', () => {
  it('keys every phrase by its first word, the longest phrase first', () => {
    const more = QUALIFIERS.get('more')!;
    expect(more[0].rest.length).toBeGreaterThanOrEqual(more[more.length - 1].rest.length);
    expect(more.some((p) => p.rest.join(' ') === 'than' && p.kind === 'above')).toBe(true);
  });
});
