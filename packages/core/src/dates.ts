// Dates in prose: explicit ("Saturday, July 21", "21 July 2018", "July 2018",
// "in 2017") and relative ("Sunday", "in March", "last week", "seven years
// ago", "yesterday"), resolved against a reference date.

import {
  daysIn,
  MONTHS,
  pad,
  parseReference,
  resolveDay,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from './calendar';
import { datelineEnd } from './dateline';
import { addDays, inYearRange, iso, readRelative } from './dates-relative';
import { inName } from './day-names';
import { isNumberWord } from './numbers';
import { forwardBefore } from './tense';
import { Scan, type Token } from './tokenize';
import type { DateClaim } from './types';
import { onWeekday, weekdayAfter } from './weekday-after';

// The words that can start a date.
// "Saturday's election": a weekday's possessive, read as the day (full names only).
const POSSESSIVES = new Map<string, number>(
  [...WEEKDAYS]
    .filter(([w]) => w.length > 5)
    .flatMap(([w, d]) => [
      [`${w}'s`, d],
      [`${w}’s`, d],
    ]),
);
const DATE_FIRST = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...POSSESSIVES.keys(),
  ...['in', 'since', 'during', 'by', 'until', 'yesterday', 'today', 'tomorrow', 'last', 'this'],
  ...['next', 'a', 'one'],
]);

// A prefilter before the Set: the (first letter, length) pairs of the words
// that can start a date, number words included ("seven years ago").
const SHAPES = new Uint8Array(128 * 32);
const shape = (w: string) => ((w.charCodeAt(0) & 127) << 5) | Math.min(w.length, 31);
for (const w of DATE_FIRST) SHAPES[shape(w)] = 1;
// biome-ignore format: a list
for (const w of ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']) SHAPES[shape(w)] = 1;

// Words before a year that make it a date ("in 2017"), and before a month ("in March").
const BEFORE_YEAR = new Set(['in', 'since', 'during', 'by', 'until']);
const BEFORE_MONTH = new Set([...BEFORE_YEAR, 'last', 'next', 'this', 'early', 'late', 'mid']);

// "March 15 next year": the year a date without one is in.
const SHIFTS = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);

/** A four-digit year token in 1000–2199 (no separators). */
function yearOf(t: Token | undefined): number | undefined {
  if (t?.kind !== 'number' || t.text.length !== 4) return undefined;
  const y = Number(t.text);
  return y >= 1000 && y < 2200 ? y : undefined;
}

/** A day of month token ("21", "21st"), with the index after it. */
function dayOf(tokens: readonly Token[], i: number): { day: number; end: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'number' || t.text.length > 2) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && next.from === t.to && /^(st|nd|rd|th)$/i.test(next.text)) {
    return { day, end: i + 2 };
  }
  if (next && next.kind === 'word' && next.from === t.to) return undefined;
  return { day, end: i + 1 };
}

/**
 * Finds the dates of a paragraph. `reference` (`YYYY-MM-DD`, the story's
 * date) resolves relative dates and dates without a year; without it those
 * are skipped, and so are those that would fall outside the years 1000–9999
 * (a reference before 1000 counts as none). Rules (contract section 2):
 * - "July 21" (no year): the most recent July 21 on or before the reference,
 *   or the next one when the tense points forward ("next", "will").
 * - "in March": the most recent March on or before the reference (`YYYY-MM`).
 * - "Sunday": the nearest Sunday on or before the reference, unless the tense
 *   points forward ("next Sunday", "will … on Sunday").
 * - "last week": the week before the reference's week, Monday (`value`) through
 *   Sunday (`through`); "this week", "next week" likewise; "two weeks ago" the
 *   week that holds the day 14 days before the reference.
 * - "seven years ago": the year (`YYYY`); "a year ago" too.
 * - "yesterday", "today", "tomorrow": the day.
 * - A weekday written with an explicit date that does not fall on it sets
 *   `weekdayExpected` to the date's real weekday.
 */
export function extractDates(text: string, reference?: string): DateClaim[] {
  const scan = Scan.of(text);
  const { tokens, n } = scan;
  const ref = parseReference(reference);
  const c: Ctx = { scan, ref, out: [], ago: text.indexOf('ago') >= 0 };

  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind === 'number') {
      // "21 July 2018", "2018-07-22"
      const exp = readExplicit(c, i);
      if (exp) {
        pushExplicit(c, i, exp);
        i = exp.end;
        continue;
      }
      const iso8601 = readIso(scan.text, tokens, i);
      if (iso8601) {
        push(c, i, i + 5, iso8601);
        i += 5;
        continue;
      }
      const rel = pushRelative(c, i);
      if (rel >= 0) {
        i = rel;
        continue;
      }
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const w = scan.low(i);
    // A table read and at most one lookup skip the ordinary words.
    if (SHAPES[shape(w)] !== 1 || (!DATE_FIRST.has(w) && !(c.ago && isNumberWord(w)))) {
      i++;
      continue;
    }
    const wd = WEEKDAYS.get(w) ?? POSSESSIVES.get(w);
    const month = MONTHS.get(w);
    if (wd !== undefined) {
      const owner = POSSESSIVES.has(w);
      // "Saturday, July 21" / "Saturday July 21, 2018" / "Saturday 21 July"
      let j = i + 1;
      if (tokens[j]?.text === ',') j++;
      const exp = owner ? undefined : readExplicit(c, j);
      if (exp) {
        const extra = onWeekday(c.ref, exp, wd);
        push(c, i, exp.end, exp.value, extra);
        i = exp.end;
        continue;
      }
      if (ref && t.text.charCodeAt(0) < 97 && !inName(scan, i)) {
        const prev = i > 0 ? scan.low(i - 1) : '';
        const forward = prev === 'next' || prev === 'coming' || forwardAt(scan, i);
        // "last Sunday" on a Sunday is a week ago.
        const back = (ref.getUTCDay() - wd + 7) % 7 || (prev === 'last' ? 7 : 0);
        const date = forward
          ? addDays(ref, (wd - ref.getUTCDay() + 7) % 7 || 7)
          : addDays(ref, -back);
        const fromTok = prev === 'next' || prev === 'last' || prev === 'this' ? i - 1 : i;
        push(c, fromTok, i + 1, iso(date), { weekday: WEEKDAY_NAMES[wd] });
      }
      i++;
      continue;
    }
    if (
      month !== undefined &&
      t.text.charCodeAt(0) < 97 &&
      // "May" is a month before a day or after "in"; else the verb or a name.
      (w !== 'may' || tokens[i + 1]?.kind === 'number' || BEFORE_MONTH.has(scan.low(i - 1)))
    ) {
      const exp = readExplicit(c, i);
      if (exp) {
        pushExplicit(c, i, exp);
        i = exp.end;
        continue;
      }
      // "in March", "by the end of March": month precision, the most recent such month.
      const before = BEFORE_MONTH.has(scan.low(i - 1)) || partOfMonth(scan, i);
      if (ref && (w.length > 3 || w === 'may') && before) {
        let y = ref.getUTCFullYear();
        // "in January last year", "in March next year": the year named.
        const shift = scan.low(i + 2) === 'year' ? SHIFTS.get(scan.low(i + 1)) : undefined;
        if (shift !== undefined) {
          push(c, i, i + 3, `${y + shift}-${pad(month)}`);
          i += 3;
          continue;
        }
        const prev = scan.low(i - 1);
        const forward = prev === 'next' || forwardAt(scan, i);
        if (forward ? month <= ref.getUTCMonth() + 1 : month > ref.getUTCMonth() + 1)
          y += forward ? 1 : -1;
        push(c, i, i + 1, `${y}-${pad(month)}`);
      }
      i++;
      continue;
    }
    // "in 2017", "since 1989"
    if (BEFORE_YEAR.has(w) && yearOf(tokens[i + 1])) {
      // Not "in 2017%" nor "in the 1990s" ("1990" + glued "s").
      const after = tokens[i + 2];
      if (
        !(
          after &&
          (after.text === '%' || (after.kind === 'word' && after.from === tokens[i + 1].to))
        )
      ) {
        push(c, i + 1, i + 2, tokens[i + 1].text);
        i += 2;
        continue;
      }
    }
    const rel = pushRelative(c, i);
    if (rel >= 0) {
      i = rel;
      continue;
    }
    i++;
  }
  // A wire dateline's date says when the story was filed.
  const filed = datelineEnd(text);
  const out = filed ? c.out.filter((d) => d.from >= filed) : c.out;
  return out.filter((d, i) => !narrowed(text, d, out[i + 1]));
}

/**
 * True when week `d` is narrowed to a day of it by the date right after it: "next week, on
 * Wednesday, August 20" claims the Wednesday, not any day of the week.
 */
function narrowed(text: string, d: DateClaim, next: DateClaim | undefined): boolean {
  if (!d.through || !next || next.value.length !== 10) return false;
  if (!/^,?\s*(?:on\s+)?$/.test(text.slice(d.to, next.from))) return false;
  return d.value <= next.value && next.value <= d.through;
}

/** The state of one `extractDates` call. */
interface Ctx {
  scan: Scan;
  ref: Date | undefined;
  out: DateClaim[];
  /** The text holds "ago": only then can a number start a relative date. */
  ago: boolean;
}

// "the end of March", "early in March" is read by BEFORE_MONTH; these name a part of the month.
const MONTH_PARTS = new Set(['end', 'start', 'beginning', 'middle', 'close']);

/** True when the month at token `i` follows "end of", "start of", "the middle of". */
function partOfMonth(scan: Scan, i: number): boolean {
  return scan.low(i - 1) === 'of' && MONTH_PARTS.has(scan.low(i - 2));
}

/** `forwardBefore` from the weekday of "Friday, February 12": "opens on Friday, February 12". */
function forwardAt(scan: Scan, at: number): boolean {
  let i = at;
  if (WEEKDAYS.has(scan.low(i - 1))) i -= 1;
  else if (scan.low(i - 1) === ',' && WEEKDAYS.has(scan.low(i - 2))) i -= 2;
  return forwardBefore(scan, i);
}

/** Pushes the relative date at token `i` ("last Sunday", "two days ago"); the index after it, or -1. */
function pushRelative(c: Ctx, i: number): number {
  const rel = c.ref ? readRelative(c.scan, c.ref, i) : undefined;
  if (!rel) return -1;
  push(c, rel.from, rel.end, rel.value, rel.through ? { through: rel.through } : undefined);
  return rel.end;
}

function push(
  c: Ctx,
  fromTok: number,
  endTok: number,
  value: string,
  extra?: Partial<DateClaim>,
): void {
  // "+010000-01-01" or "999": no fact file, verdict or reader takes it; say nothing instead.
  if (!inYearRange(value)) return;
  const { tokens, text } = c.scan;
  const from = tokens[fromTok].from;
  const to = tokens[endTok - 1].to;
  c.out.push({ from, to, text: text.slice(from, to), value, ...extra });
}

/**
 * "July 21", "July 21, 2018", "July 2018", "21 July 2018" starting at token j; `yearless` when
 * the year was not written.
 */
function readExplicit(c: Ctx, j: number): Explicit | undefined {
  const { scan, ref } = c;
  const { tokens } = scan;
  const t = tokens[j];
  if (!t) return undefined;
  if (t.kind === 'word') {
    const m = MONTHS.get(scan.low(j));
    if (m === undefined) return undefined;
    let k = j + 1;
    if (tokens[k]?.text === '.' && tokens[k].from === t.to) k++;
    const year = yearOf(tokens[k]);
    if (year !== undefined) return { value: `${year}-${pad(m)}`, end: k + 1 };
    const d = dayOf(tokens, k);
    if (!d || d.day > daysIn(2000, m)) return undefined;
    let end = d.end;
    let y: number | undefined;
    if (tokens[end]?.text === ',' && yearOf(tokens[end + 1]) !== undefined) {
      y = yearOf(tokens[end + 1]);
      end += 2;
    } else if (yearOf(tokens[end]) !== undefined) {
      y = yearOf(tokens[end]);
      end += 1;
    } else if (ref && scan.low(end + 1) === 'year' && SHIFTS.has(scan.low(end))) {
      // "March 15 next year"
      y = ref.getUTCFullYear() + SHIFTS.get(scan.low(end))!;
      end += 2;
    } else if (
      ref &&
      tokens[end]?.text === ',' &&
      scan.low(end + 2) === 'year' &&
      SHIFTS.has(scan.low(end + 1))
    ) {
      // "on Friday, October 13, last year"
      y = ref.getUTCFullYear() + SHIFTS.get(scan.low(end + 1))!;
      end += 3;
    }
    const v = resolveDay(y, m, d.day, ref, forwardAt(scan, j));
    return v ? { value: v, end, yearless: y === undefined } : undefined;
  }
  const d = dayOf(tokens, j);
  if (!d) return undefined;
  // "21 July 2018", "the 21st of July"
  const at = scan.low(d.end) === 'of' && d.end > j + 1 ? d.end + 1 : d.end;
  const m = tokens[at]?.kind === 'word' ? MONTHS.get(scan.low(at)) : undefined;
  if (m === undefined || (m === 5 && tokens[at].text.charCodeAt(0) >= 97)) return undefined;
  const y = yearOf(tokens[at + 1]);
  const v = resolveDay(y, m, d.day, ref, forwardAt(scan, j));
  return v
    ? { value: v, end: y !== undefined ? at + 2 : at + 1, yearless: y === undefined }
    : undefined;
}

/** An explicit date read from token `i`. */
export type Explicit = { value: string; end: number; yearless?: boolean };

/**
 * Pushes the explicit date `exp` that starts at token `i`, with the weekday written after it
 * when there is one (`weekdayAfter`): the claim then runs to the weekday.
 */
function pushExplicit(c: Ctx, i: number, exp: Explicit): void {
  const after = exp.value.length === 10 ? weekdayAfter(c.scan, exp.end) : undefined;
  if (!after) {
    push(c, i, exp.end, exp.value);
    return;
  }
  const extra = onWeekday(c.ref, exp, after.weekday);
  exp.end = after.end;
  push(c, i, after.end, exp.value, extra);
}

/** "YYYY-MM-DD" as five tokens (number - number - number). */
function readIso(text: string, tokens: readonly Token[], i: number): string | undefined {
  const t = tokens.slice(i, i + 5);
  if (t.length < 5 || t[0].text.length !== 4 || t[1].text !== '-' || t[3].text !== '-')
    return undefined;
  if (t[4].to - t[0].from !== 10) return undefined;
  const y = Number(t[0].text);
  const m = Number(t[2].text);
  const d = Number(t[4].text);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return undefined;
  return text.slice(t[0].from, t[4].to);
}
