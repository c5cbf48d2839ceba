import { describe, expect, it } from 'vitest';
import { plainInterval, roundingStep } from './rounding';

describe('roundingStep and plainInterval', () => {
  it('takes one unit of the last non-zero digit as the step', () => {
    expect(roundingStep(115000)).toBe(1000);
    expect(roundingStep(1200000)).toBe(100000);
    expect(roundingStep(422)).toBe(1);
    expect(roundingStep(3.7)).toBe(0);
  });
  it('reads "115,000" as 114,500 to 115,500 and "422" exactly', () => {
    expect(plainInterval(115000, false)).toEqual({ min: 114500, max: 115500 });
    expect(plainInterval(422, false)).toEqual({ min: 422, max: 422 });
  });
  it('never reads wider than 5% of the number ("$1 billion": $0.95bn to $1.05bn)', () => {
    expect(plainInterval(1e9, true)).toEqual({ min: 0.95e9, max: 1.05e9 });
    expect(plainInterval(500000, true)).toEqual({ min: 475000, max: 525000 });
  });
});
