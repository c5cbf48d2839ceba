// The figures of a paragraph, read as intervals (contract section 2): a small
// grammar over the tokens of `tokenize`, one pass, one Map lookup per word.

import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, megaCode } from './currencies';
import { compound } from './durations';
import { markEarlier } from './earlier';
import { phoneEnd } from './phones';
import {
  postfix,
  QUALIFIERS,
  type QualifierKind,
  type QualifierPhrase,
  qualifiedInterval,
  readBound,
} from './qualifiers';
import { MINUS, type Quantity, readQuantity } from './quantity';
import { plainInterval } from './rounding';
import { Scan } from './tokenize';
import type { FigureClaim, Interval, Unit } from './types';
import { readVague, VAGUE_FIRST } from './vague';

// "a 3-1 win", "a 5-4 vote": a hyphenated pair before these words is a score or a tally.
// biome-ignore format: a table
const SCORE_WORDS = new Set([
  'win', 'wins', 'victory', 'loss', 'defeat', 'vote', 'votes', 'decision', 'ruling', 'lead',
  'draw', 'tie', 'majority', 'margin', 'score', 'scoreline', 'record', 'split',
]);

// "rose from 5% to 7%": before "from", these words make "a to b" a change (two figures, what it
// was and what it became), not a range.
// biome-ignore format: a list
const CHANGES = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen',
  'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreases',
  'decreasing', 'grew', 'grow', 'grows', 'growing', 'grown', 'growth', 'climbed', 'climb',
  'climbs', 'climbing', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines',
  'declining', 'jumped', 'jump', 'jumps', 'soared', 'surged', 'slumped', 'plunged', 'plummeted',
  'tumbled', 'shrank', 'shrunk', 'shrinks', 'expanded', 'doubled', 'tripled', 'halved', 'went',
  'gone', 'moved', 'changed', 'raised', 'lowered', 'cut', 'cuts', 'reduced', 'boosted', 'revised',
  'up', 'down',
]);

/** True when the figure starting at token `i` follows a word of change ("fell 12p", "rose sharply by"). */
function changeBefore(scan: Scan, i: number): boolean {
  let k = scan.low(i - 1) === 'by' ? i - 2 : i - 1;
  if (scan.low(k).endsWith('ly')) k--;
  return scan.tokens[k]?.kind === 'word' && CHANGES.has(scan.low(k));
}

/** True when the "from" at `i` follows a word of change, perhaps with an adverb ("rose sharply from"). */
function changeFrom(scan: Scan, i: number): boolean {
  return scan.low(i) === 'from' && changeBefore(scan, i);
}

// What a word can start, as bit flags, so that the scan costs one Map lookup
// per word and skips ordinary words at once.
const QUALIFIER = 1;
const RANGE = 2;
const VAGUE_WORD = 4;
const NUMBER = 8;
const FIRST = new Map<string, number>();
const flag = (word: string, bit: number) => FIRST.set(word, (FIRST.get(word) ?? 0) | bit);
for (const w of QUALIFIERS.keys()) flag(w, QUALIFIER);
for (const w of ['between', 'from']) flag(w, RANGE);
for (const w of VAGUE_FIRST) flag(w, VAGUE_WORD);
// biome-ignore format: a table
for (const w of [
  'a', 'an', 'half', 'quarter', 'zero', 'nought', 'naught', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'minus', 'negative', 'u', 'rs', ...DOLLAR_PREFIXES.keys(),
]) flag(w, NUMBER);

// A prefilter before the Map: which (first letter, length) pairs start a word
// of FIRST. Most words of a paragraph fail it and cost no hashing at all.
const SHAPES = new Uint8Array(128 * 32);
const shape = (w: string) => ((w.charCodeAt(0) & 127) << 5) | Math.min(w.length, 31);
for (const w of FIRST.keys()) SHAPES[shape(w)] = 1;

/** The state of one `extractFigures` call. */
interface Ctx {
  scan: Scan;
  out: FigureClaim[];
}

/**
 * Finds the figures of a paragraph (contract section 2): numerals,
 * spelled-out and scaled numbers, currencies, percentages, durations,
 * measurements, ranges, vague quantities, each with its qualifier, read as
 * an interval. A pure function of `text`; offsets are indices into it.
 *
 * Decisions where the contract is silent:
 * - A qualifier replaces the round-number looseness and applies to the
 *   stated number: "about 400" is [360, 440], "more than 400" is (400, ∞).
 *   A bound written after it wins ("about 500 or more" is [500, ∞)), and so
 *   does a range ("about 30 to 40" is [30, 40]).
 * - "estimated" qualifies only the number right after it ("an estimated
 *   3,000"); "estimated to be an additional 3,000" is a plain round 3,000.
 * - "a dozen" is exactly 12; other spelled-out numbers are round (loose).
 * - "under" bounds a duration as it bounds any number (contract section 2);
 *   "over" before a duration takes in the number itself, [3, ∞) for "over
 *   three years": it means "during" as often as "more than" ("$2bn over three
 *   years"), and neither reading of a record of three years is contradicted.
 * - "one" alone is a pronoun or determiner, not a figure ("one of the
 *   members"); "one year" and "one million" are figures. "a" alone never is.
 * - Not figures: ages ("Smith, 54,", "a woman, 51,", "54-year-old"), four-digit years
 *   unless qualified or counting ("more than 2000", "2000 troops"), ordinals,
 *   dates and times, phone and reference numbers ("No. 5"), numbers in
 *   names ("Apollo 11"), the two numbers of a ratio ("one in five"),
 *   fractions of a whole ("two thirds"), numbers inside words ("COVID-19"), an amount
 *   converted to another currency in brackets after it ("3.4 billion yuan ($470m)").
 * - A glued "m" is million ("5m"), "pounds" is sterling, "50 cents" is USD 0.5.
 * - "from a to b" after a word of change ("rose from 5% to 7%", "a rise from") is two
 *   figures, what it was (marked `was`) and what it became; elsewhere it is a range.
 * - A figure given for an earlier time ("had been 4.1% in the previous quarter", "compared with
 *   3.9% a year earlier") is marked `was` too (`earlier.ts`).
 */
export function extractFigures(text: string): FigureClaim[] {
  const scan = Scan.of(text);
  const { tokens, n } = scan;
  const c: Ctx = { scan, out: [] };
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const w = scan.low(i);
      const f = SHAPES[shape(w)] === 1 ? FIRST.get(w) : undefined;
      if (f === undefined) {
        // Only an upper-case code of three or four letters can still start a figure ("USD 5").
        const code = t.text.length <= 4 && t.text.charCodeAt(0) <= 90;
        if (!code || (!CURRENCY_CODES.has(t.text) && !megaCode(t.text))) {
          i++;
          continue;
        }
      } else {
        if (f & QUALIFIER) {
          const end = qualified(c, i, QUALIFIERS.get(w)!);
          if (end > i) {
            i = end;
            continue;
          }
        }
        if (f & RANGE) {
          const end = range(c, i, w === 'between' ? 'and' : 'to');
          if (end > i) {
            i = end;
            continue;
          }
        }
        if (f & VAGUE_WORD) {
          const v = readVague(scan, i);
          if (v) {
            emit(c, i, v.end, v.value, v.unit);
            i = v.end;
            continue;
          }
        }
        if (!(f & NUMBER)) {
          i++;
          continue;
        }
      }
    } else if (t.kind === 'punct' && !MINUS.has(t.text) && !CURRENCY_SYMBOLS.has(t.text)) {
      // "> 30", "<= 100"; not "<>30" or "=>30".
      const prev = tokens[i - 1];
      const glued = prev?.kind === 'punct' && prev.to === t.from;
      const phrases = glued ? undefined : QUALIFIERS.get(t.text);
      const end = phrases ? qualified(c, i, phrases) : i;
      i = end > i ? end : i + 1;
      continue;
    }
    if (t.kind === 'number') {
      const end = phoneEnd(scan, i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    const q = readQuantity(scan, i, false);
    if (!q) {
      i++;
      continue;
    }
    if (!q.skip) {
      const was = changeFrom(scan, q.start - 1);
      const end = was ? 0 : rangeAfter(c, q);
      // "fell 26,000 to 861,000": the size of the change, then where it ended.
      const change = end < 0;
      if (end > 0) {
        i = end;
        continue;
      }
      const two = compound(scan, q);
      if (two) {
        emit(c, q.start, two.end, { min: two.value, max: two.value }, two.unit, two.value);
        i = two.end;
        continue;
      }
      const emitted = c.out.length;
      const post = postfix(scan, q.end);
      if (post) {
        emit(
          c,
          q.start,
          post.end,
          qualifiedInterval(post.kind, q.value),
          q.unit,
          q.value,
          post.text,
        );
        if (was && c.out.length > emitted) c.out[emitted].was = true;
        i = post.end;
        continue;
      }
      emit(c, q.start, q.end, plainInterval(q.value, q.loose), q.unit, q.value);
      if (was && c.out.length > emitted) c.out[emitted].was = true;
      if (change && c.out.length > emitted) c.out[emitted].change = true;
    }
    i = q.end;
  }
  markEarlier(scan, c.out);
  dropConversions(text, c.out);
  return c.out;
}

const CONVERTED_BEFORE =
  /^\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost|~|≈)?\s*$/i;
const CONVERTED_AFTER =
  /^\s*(?:at\s+(?:current|today['’]s|the\s+current)\s+(?:exchange\s+)?rates?)?\s*\)/i;
const isMoney = (unit: Unit) => /^[A-Z]{3}$/.test(unit);

// "3.4 billion yuan ($470m)": the amount in another currency, alone in brackets after it, is an
// aid to the reader; the record holds the amount as it was given, and that is what is checked.
function dropConversions(text: string, out: FigureClaim[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1];
    const b = out[k];
    if (!isMoney(a.unit) || !isMoney(b.unit) || a.unit === b.unit) continue;
    if (
      CONVERTED_BEFORE.test(text.slice(a.to, b.from)) &&
      CONVERTED_AFTER.test(text.slice(b.to, b.to + 41))
    )
      out.splice(k, 1);
  }
}

function emit(
  c: Ctx,
  a: number,
  b: number,
  value: Interval,
  unit: Unit,
  amount?: number,
  qualifier?: string,
): void {
  // Past Number.MAX_VALUE a number is Infinity, which JSON writes as null: no figure.
  if (!finite(value.min) || !finite(value.max) || !finite(amount)) return;
  const { tokens, text } = c.scan;
  const from = tokens[a].from;
  const to = tokens[b - 1].to;
  const claim: FigureClaim = { from, to, text: text.slice(from, to), value, unit };
  if (amount !== undefined) claim.amount = amount;
  if (qualifier !== undefined) claim.qualifier = qualifier;
  c.out.push(claim);
}

const finite = (x: number | undefined) => x === undefined || Number.isFinite(x);

const LOWER = new Set<QualifierKind>(['above', 'atLeast']);
const UPPER = new Set<QualifierKind>(['below', 'atMost']);

/** "more than 400": returns the index after the figure, or `i` if none. */
function qualified(c: Ctx, i: number, phrases: readonly QualifierPhrase[]): number {
  const { scan } = c;
  const b = readBound(scan, i, phrases);
  if (b === undefined) return i;
  if (typeof b === 'number') return b;
  // "more than 10 and less than 40", "at most 100 and at least 20": one range.
  const joiner = scan.low(b.end);
  const second =
    joiner === 'and' || joiner === 'but' ? QUALIFIERS.get(scan.low(b.end + 1)) : undefined;
  const b2 = second && readBound(scan, b.end + 1, second);
  if (b2 && typeof b2 !== 'number') {
    const lo = LOWER.has(b.kind) ? b : LOWER.has(b2.kind) ? b2 : undefined;
    const hi = UPPER.has(b.kind) ? b : UPPER.has(b2.kind) ? b2 : undefined;
    if (lo && hi && lo !== hi && lo.q.value < hi.q.value && sameUnit(lo.q, hi.q)) {
      const value: Interval = { min: lo.q.value, max: hi.q.value };
      if (lo.kind === 'above') value.minExclusive = true;
      if (hi.kind === 'below') value.maxExclusive = true;
      emit(c, i, b2.end, value, hi.q.unitWritten ? hi.q.unit : lo.q.unit);
      return b2.end;
    }
  }
  // "about 30 to 40": the range says more than the approximation.
  const r = b.kind === 'approx' && b.end === b.q.end ? rangeAfter(c, b.q, i) : 0;
  if (r > 0) return r;
  emit(c, i, b.end, qualifiedInterval(b.kind, b.q.value), b.q.unit, b.q.value, b.qualifier);
  return b.end;
}

function sameUnit(a: Quantity, b: Quantity): boolean {
  return !a.unitWritten || !b.unitWritten || a.unit === b.unit;
}

/** "between 30 and 40", "from 200 to 300". */
function range(c: Ctx, i: number, joiner: string): number {
  const { scan } = c;
  const { n } = scan;
  if (joiner === 'to' && changeFrom(scan, i)) return i;
  // Not qualified: "between 2015 and 2018" is a span of years, not a figure.
  const a = readQuantity(scan, i + 1, false);
  if (!a || a.skip || a.end >= n || scan.low(a.end) !== joiner) return i;
  const b = readQuantity(scan, a.end + 1, true);
  if (!b || b.skip) return i;
  const pair = combine(a, b);
  if (!pair) return i;
  let [lo, hi] = pair;
  if (lo > hi) {
    if (joiner === 'to') return i; // "fell from 300 to 200" is a change, not a range
    [lo, hi] = [hi, lo];
  }
  emit(c, i, b.end, { min: lo, max: hi }, b.unitWritten ? b.unit : a.unit);
  return b.end;
}

/**
 * "30 to 40", "30-40" after a read quantity: returns the index after the range, 0 for none, or
 * -1 when the first number is the size of a change and the second where it ended ("fell 12p to
 * 345p", "by 26,000 to 861,000").
 */
function rangeAfter(c: Ctx, a: Quantity, from = a.start): number {
  const { scan } = c;
  const { tokens, n } = scan;
  const mid = tokens[a.end];
  if (!mid) return 0;
  const dash = mid.text === '-' || mid.text === '–' || mid.text === '~';
  if (
    !dash &&
    !(mid.kind === 'word' && (scan.low(a.end) === 'to' || scan.low(a.end) === 'through'))
  )
    return 0;
  // "555-1234" and "555-0199" are telephone numbers: three digits, a hyphen, four digits.
  const four = tokens[a.end + 1];
  const phone =
    mid.text === '-' &&
    a.end - a.start === 1 &&
    !a.unitWritten &&
    /^\d{3}$/.test(tokens[a.start].text) &&
    /^\d{4}$/.test(four?.text ?? '') &&
    mid.from === tokens[a.start].to &&
    four.from === mid.to;
  if (phone) return a.end + 2;
  const b = readQuantity(scan, a.end + 1, true, dash);
  if (!b || b.skip) return 0;
  const pair = combine(a, b);
  const after = b.end < n && tokens[b.end].kind === 'word' ? scan.low(b.end) : '';
  if (dash && (!pair || pair[0] >= pair[1] || SCORE_WORDS.has(after))) {
    // A score or a tally ("a 3-1 win"): neither number is a figure.
    return !a.unitWritten && !b.unitWritten ? b.end : 0;
  }
  if (!pair || pair[0] >= pair[1]) return 0;
  // "fell 12p to 345p", "rose $2 to $85": after a word of change, a first number far below the
  // second is by how much, the second where it ended; "cut 25 to 30 jobs" is a range.
  if (!dash && pair[1] >= 4 * pair[0] && (changeBefore(scan, from) || scan.low(from - 1) === 'by'))
    return -1;
  // "rose by 8 points to 12 points", "up by 2% to 5%": by how much, then where it ended; "rose by
  // 2 to 3 per cent" is a range of the change.
  if (
    !dash &&
    a.unitWritten &&
    b.unitWritten &&
    scan.low(from - 1) === 'by' &&
    changeBefore(scan, from)
  )
    return -1;
  emit(c, from, b.end, { min: pair[0], max: pair[1] }, b.unitWritten ? b.unit : a.unit);
  return b.end;
}

/** The two ends of a range, the first taking the second's scale ("5 to 10 million"). */
function combine(a: Quantity, b: Quantity): [number, number] | undefined {
  if (a.unitWritten && b.unitWritten && a.unit !== b.unit) return undefined;
  // "rose 1.2 percent to 4,200 points" is a change; "$5-10 million" is a range.
  if (a.unitWritten && !b.unitWritten && !/^[A-Z]{3}$/.test(a.unit)) return undefined;
  let lo = a.value;
  if (a.scale === 1 && b.scale > 1 && a.value < b.value / b.scale) lo = a.value * b.scale;
  return [lo, b.value];
}
