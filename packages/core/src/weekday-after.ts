// A weekday written after its date: "May 14, 2019, a Monday", "July 21 (a Saturday)", "21 July
// 2018, which was a Saturday".

import { otherYear, WEEKDAY_NAMES, WEEKDAYS, weekdayOf, ymd } from './calendar';
import type { Explicit } from './dates';
import type { Scan } from './tokenize';
import type { DateClaim } from './types';

// After the weekday: what may close the aside ("a Monday morning").
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * The weekday (0 = Sunday) written after a date that ends before token `end` of `scan`, and the
 * index after it (after its closing parenthesis too), if any. Not "by July 27, a Friday
 * deadline": the weekday must close the aside.
 */
export function weekdayAfter(
  scan: Scan,
  end: number,
): { weekday: number; end: number } | undefined {
  const { tokens } = scan;
  const open = tokens[end]?.text;
  if (open !== ',' && open !== '(') return undefined;
  let k = end + 1;
  if (
    open === ',' &&
    (scan.low(k) === 'which' || scan.low(k) === 'that') &&
    scan.low(k + 1) === 'was'
  )
    k += 2;
  const weekday = scan.low(k) === 'a' ? WEEKDAYS.get(scan.low(k + 1)) : undefined;
  const next = tokens[k + 2];
  if (weekday === undefined || tokens[k + 1].text.charCodeAt(0) >= 97) return undefined;
  if (next?.kind === 'word' && !DAY_PARTS.has(scan.low(k + 2))) return undefined;
  return { weekday, end: open === '(' && next?.text === ')' ? k + 3 : k + 2 };
}

/**
 * `exp` written with weekday `wd` ("Saturday, July 21" or "July 21, a Saturday"): the claim's
 * weekday, and the date's real one when it differs. A date without a year that falls on another
 * weekday moves to the other year near the reference `ref` when that one falls on `wd`.
 */
export function onWeekday(ref: Date | undefined, exp: Explicit, wd: number): Partial<DateClaim> {
  let [y, m, day] = exp.value.split('-').map(Number);
  let real = weekdayOf(y, m, day);
  // "Tuesday, December 8" without a year, read back to a Monday last year: the next
  // December 8, a Tuesday and nearer, is the one meant.
  const other = exp.yearless && ref && real !== wd ? otherYear(y, m, day, ref) : undefined;
  if (other !== undefined && weekdayOf(other, m, day) === wd) {
    y = other;
    real = wd;
    exp.value = ymd(y, m, day);
  }
  const extra: Partial<DateClaim> = { weekday: WEEKDAY_NAMES[wd] };
  if (real !== wd) extra.weekdayExpected = WEEKDAY_NAMES[real];
  return extra;
}
