// Calendar arithmetic for dates in prose: month and weekday names, days in a month, the year a
// day without one is in.

import { iso } from './dates-relative';

/** Month names and abbreviations, lowercased, to month numbers 1–12. */
// biome-ignore format: a table
export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names (and common abbreviations), lowercased, to 0 = Sunday … 6 = Saturday. */
// biome-ignore format: a table
export const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4],
  ['friday', 5], ['saturday', 6],
]);

/** The weekdays' names, 0 = Sunday. */
// biome-ignore format: a table
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `n` with a leading zero below 10. */
export const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** Year, month and day as `YYYY-MM-DD`. */
export const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** The number of days of month `m` (1–12) of year `y`. */
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The weekday (0 = Sunday) of a day. */
export const weekdayOf = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDay();

let lastReference: [string, Date | undefined] | undefined;

/** The reference date `YYYY-MM-DD` as a UTC date; undefined when it is none. */
export function parseReference(ref: string | undefined): Date | undefined {
  // Before the year 1000 a reference is no reference: its relative dates are not YYYY-MM-DD.
  if (!ref || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(ref)) return undefined;
  if (lastReference?.[0] === ref) return lastReference[1];
  const d = new Date(`${ref}T00:00:00Z`);
  lastReference = [ref, Number.isNaN(d.getTime()) ? undefined : d];
  return lastReference[1];
}

/**
 * The year of the month and day nearest `ref` on its other side from year `y` ("December 8" read
 * back to last year: this year's, if nearer and within two months), or undefined.
 */
export function otherYear(y: number, m: number, d: number, ref: Date): number | undefined {
  const at = Date.UTC(y, m - 1, d);
  const other = at <= ref.getTime() ? y + 1 : y - 1;
  // Within two months of the reference: "Tuesday, December 8" read in late November, not "the
  // plant closed on Saturday, May 29", a wrong weekday half a year either way.
  const gap = Math.abs(Date.UTC(other, m - 1, d) - ref.getTime());
  const near = gap < Math.abs(at - ref.getTime()) && gap <= 61 * 86400000;
  return near && d <= daysIn(other, m) ? other : undefined;
}

/** A month and day, with or without a year, as `YYYY-MM-DD`. */
export function resolveDay(
  year: number | undefined,
  month: number,
  day: number,
  ref: Date | undefined,
  forward: boolean,
): string | undefined {
  if (year !== undefined) return day <= daysIn(year, month) ? ymd(year, month, day) : undefined;
  if (!ref) return undefined;
  let y = ref.getUTCFullYear();
  const candidate = ymd(y, month, day);
  const refIso = iso(ref);
  if (forward ? candidate < refIso : candidate > refIso) y += forward ? 1 : -1;
  return day <= daysIn(y, month) ? ymd(y, month, day) : undefined;
}
