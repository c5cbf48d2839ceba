// The round-number rule of the contract (section 2): a round number is read as
// ± half its rounding step, never wider than ± 5% of the number.

import { clean } from './numbers';
import type { Interval } from './types';

/**
 * The rounding step of a number as the contract defines it: one unit of its
 * last non-zero digit, scale included ("115,000": 1,000; "1.2 million":
 * 100,000; "half a million": 100,000). Equal to the largest power of ten
 * that divides the value; 0 for a non-integer or zero.
 */
export function roundingStep(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 0;
  let step = 1;
  const v = Math.abs(value);
  while (step < 1e15 && v % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * The interval of a plain figure (no qualifier): exact, except that a round
 * number (trailing zeros, or `loose` for scaled and spelled-out forms) is
 * read as ± half its rounding step, never wider than ± 5% of the number.
 */
export function plainInterval(value: number, loose: boolean): Interval {
  const step = roundingStep(value);
  if (step === 0 || (step === 1 && !loose)) return { min: value, max: value };
  const half = Math.min(step / 2, Math.abs(value) * 0.05);
  return { min: clean(value - half), max: clean(value + half) };
}
