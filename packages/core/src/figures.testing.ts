import { expect } from 'vitest';
import { extractFigures } from './figures';
import type { FigureClaim, Interval } from './types';

/** The one figure in `text`; fails the test when there is not exactly one. */
export const one = (text: string): FigureClaim => {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};

/** Infinity, for the open end of an interval. */
export const inf = Number.POSITIVE_INFINITY;

/** [min, max] with `(`/`)` for exclusive ends, ±∞ for open ends. */
export const iv = (min: number, max: number, minEx = false, maxEx = false): Interval => {
  const v: Interval = {};
  if (min !== -inf) v.min = min;
  if (max !== inf) v.max = max;
  if (minEx) v.minExclusive = true;
  if (maxEx) v.maxExclusive = true;
  return v;
};
