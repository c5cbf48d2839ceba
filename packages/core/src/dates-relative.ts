// Relative dates ("yesterday", "next month", "seven years ago") resolved against a reference
// date, and the guard that keeps every resolved date inside the years 1000–9999: the years a
// fact file, `--date` and the verdicts read (`isFactDate`, `dayRange`).

import { readSpelled } from './numbers';
import type { Scan } from './tokenize';

/**
 * True when a resolved date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) has a four-digit year from 1000
 * to 9999. A date that would fall outside ("+010000-01-01", "999", "-8000") is not emitted.
 */
export const inYearRange = (value: string): boolean => /^[1-9]\d{3}(?:-|$)/.test(value);

/** `d` as `YYYY-MM-DD`, or `''` when it falls outside the years 1000–9999 or is no date. */
export function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // toISOString writes "+010000-01-01" past 9999 and throws on an invalid date ("1e12 days ago").
  return y >= 1000 && y <= 9999 ? d.toISOString().slice(0, 10) : '';
}

/** `d` moved by `n` days. */
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

/** A relative date read at a token: its tokens, its value and, for a week, its last day. */
export interface Relative {
  from: number;
  end: number;
  value: string;
  /** The Sunday of a week (`DateClaim.through`). */
  through?: string;
}

/**
 * The Monday-to-Sunday week that holds `d`, as a relative date over tokens `from`–`end`. A
 * Sunday past 9999-12-31 is cut to it; a Monday before 1000-01-01 gives `''` (dropped).
 */
function weekOf(d: Date, from: number, end: number): Relative {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
  const sunday = addDays(monday, 6);
  const through = iso(sunday) || (sunday.getUTCFullYear() > 9999 ? '9999-12-31' : '');
  return { from, end, value: iso(monday), through };
}

/**
 * "yesterday", "today", "tomorrow", "last week", "seven years ago" at token `j`, resolved
 * against `r`. A week ("last week", "two weeks ago": the week that holds the day 14 days
 * before `r`) is Monday through Sunday. The value may fall outside the years 1000–9999 (`''`,
 * "10000"): the caller drops it with `inYearRange`, still skipping the words it spans.
 */
export function readRelative(scan: Scan, r: Date, j: number): Relative | undefined {
  const { tokens, n } = scan;
  const w = scan.low(j);
  if (w === 'yesterday') return { from: j, end: j + 1, value: iso(addDays(r, -1)) };
  if (w === 'today') return { from: j, end: j + 1, value: iso(r) };
  if (w === 'tomorrow') return { from: j, end: j + 1, value: iso(addDays(r, 1)) };
  if ((w === 'last' || w === 'this' || w === 'next') && tokens[j + 1]?.kind === 'word') {
    const unit = scan.low(j + 1);
    const shift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    if (unit === 'week') return weekOf(addDays(r, 7 * shift), j, j + 2);
    if (unit === 'month') {
      const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + shift, 1));
      return { from: j, end: j + 2, value: iso(d).slice(0, 7) };
    }
    if (unit === 'year') return { from: j, end: j + 2, value: String(r.getUTCFullYear() + shift) };
    return undefined;
  }
  // "seven years ago", "3 years ago", "a year ago"
  let amount: number | undefined;
  let k = j;
  if (tokens[j].kind === 'number' && /^\d+$/.test(tokens[j].text)) {
    amount = Number(tokens[j].text);
    k = j + 1;
  } else if (w === 'a' || w === 'one') {
    amount = 1;
    k = j + 1;
  } else {
    const s = readSpelled(scan, j);
    if (s) {
      amount = s.value;
      k = s.end;
    }
  }
  if (
    amount === undefined ||
    tokens[k]?.kind !== 'word' ||
    scan.low(k + 1 < n ? k + 1 : k) !== 'ago'
  ) {
    return undefined;
  }
  const unit = scan.low(k);
  if (unit === 'year' || unit === 'years') {
    return { from: j, end: k + 2, value: String(r.getUTCFullYear() - amount) };
  }
  if (unit === 'month' || unit === 'months') {
    const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() - amount, 1));
    return { from: j, end: k + 2, value: iso(d).slice(0, 7) };
  }
  if (unit === 'week' || unit === 'weeks') return weekOf(addDays(r, -7 * amount), j, k + 2);
  if (unit === 'day' || unit === 'days') {
    return { from: j, end: k + 2, value: iso(addDays(r, -amount)) };
  }
  return undefined;
}
