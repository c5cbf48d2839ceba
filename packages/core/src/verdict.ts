// Verdicts of contract section 2: a prose figure against a recorded one, both read as intervals,
// and a prose date against a recorded one, both read as ranges of days.
import type { DateClaim, DateFact, FigureClaim, FigureFact, Interval } from './types';

/** How a tied figure compares with its fact. */
export type FigureVerdict = 'confirmed' | 'contradicted' | 'unconfirmed' | 'understated';

/** A fact's value as an interval: a number `n` is `[n, n]`. */
export function intervalOf(value: number | Interval): Interval {
  return typeof value === 'number' ? { min: value, max: value } : value;
}

/** True when every number of `inner` is in `outer` (open ends and exclusivity respected). */
export function inside(inner: Interval, outer: Interval): boolean {
  if (outer.min !== undefined) {
    if (inner.min === undefined || inner.min < outer.min) return false;
    if (inner.min === outer.min && outer.minExclusive && !inner.minExclusive) return false;
  }
  if (outer.max !== undefined) {
    if (inner.max === undefined || inner.max > outer.max) return false;
    if (inner.max === outer.max && outer.maxExclusive && !inner.maxExclusive) return false;
  }
  return true;
}

/** True when the two intervals share at least one number. */
export function overlaps(a: Interval, b: Interval): boolean {
  const lo = lower(a, b);
  const hi = upper(a, b);
  if (lo.v === undefined || hi.v === undefined) return true;
  if (lo.v !== hi.v) return lo.v < hi.v;
  return !lo.open && !hi.open;
}

function lower(a: Interval, b: Interval): { v?: number; open: boolean } {
  if (a.min === undefined) return { v: b.min, open: !!b.minExclusive };
  if (b.min === undefined || a.min > b.min) return { v: a.min, open: !!a.minExclusive };
  if (b.min > a.min) return { v: b.min, open: !!b.minExclusive };
  return { v: a.min, open: !!(a.minExclusive || b.minExclusive) };
}

function upper(a: Interval, b: Interval): { v?: number; open: boolean } {
  if (a.max === undefined) return { v: b.max, open: !!b.maxExclusive };
  if (b.max === undefined || a.max < b.max) return { v: a.max, open: !!a.maxExclusive };
  if (b.max < a.max) return { v: b.max, open: !!b.maxExclusive };
  return { v: a.max, open: !!(a.maxExclusive || b.maxExclusive) };
}

/** The unit of a fact, `count` when it has none. */
export function unitOf(fact: FigureFact): string {
  return fact.unit ?? 'count';
}

/**
 * The verdict on a prose figure tied to a fact: `confirmed` when the fact's interval lies inside
 * the prose interval, `contradicted` when they do not overlap, `understated` when a lower-bound
 * phrasing ("more than 400") is at most half the record, `unconfirmed` otherwise.
 */
export function figureVerdict(claim: FigureClaim, fact: FigureFact): FigureVerdict {
  const record = intervalOf(fact.value);
  if (!overlaps(claim.value, record)) return 'contradicted';
  const n = claim.amount ?? claim.value.min;
  const lowerBound = claim.value.min !== undefined && claim.value.max === undefined;
  if (lowerBound && n !== undefined && n > 0 && record.min !== undefined && record.min >= 2 * n)
    return 'understated';
  return inside(record, claim.value) ? 'confirmed' : 'unconfirmed';
}

const dayMs = 86_400_000;

/** The first and last day (as days since 1970-01-01) of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function dayRange(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / dayMs;
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1) / dayMs, Date.UTC(y, mo + 1, 1) / dayMs - 1];
  }
  return [Date.UTC(y, 0, 1) / dayMs, Date.UTC(y + 1, 0, 1) / dayMs - 1];
}

/**
 * The verdict on a prose date tied to a date fact: `claim` is the `DateClaim` (or its
 * `value` alone). Dates nest (a day lies in its month and year), so they either share a day
 * or are disjoint: a fact of month or year precision is confirmed by any day inside it, and
 * "in June" is confirmed by a record of June 20. A claim with `through` ("last week") spans
 * the days from its value through that day: a record on any of them confirms it.
 */
export function dateVerdict(
  claim: string | Pick<DateClaim, 'value' | 'through'>,
  fact: DateFact,
): 'confirmed' | 'contradicted' {
  const value = typeof claim === 'string' ? claim : claim.value;
  const through = typeof claim === 'string' ? undefined : claim.through;
  const a = dayRange(value);
  const last = through === undefined ? a : dayRange(through);
  const b = dayRange(fact.value);
  if (!a || !last || !b) return 'contradicted';
  return a[0] <= b[1] && b[0] <= last[1] ? 'confirmed' : 'contradicted';
}
