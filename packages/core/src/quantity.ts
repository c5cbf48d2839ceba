// A quantity: a number as written with its currency, scale and unit
// ("$2.5bn", "three months", "45-acre"), and the places where a number is
// not a figure at all (dates, years, ages, ordinals, codes).

import { MONTHS, WEEKDAYS } from './dates';
import {
  chained,
  clean,
  decimals,
  fraction,
  numeralTail,
  parseNumeral,
  readSpelled,
  SCALES,
  SPACED_SCALES,
} from './numbers';
import type { Scan, Token } from './tokenize';
import type { Unit } from './types';
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  currencyBefore,
  PERCENT_WORDS,
  perHour,
  subunit,
  UNIT_WORDS,
  unitAfter,
  unitAt,
} from './units';

/** A quantity read at a token: a number with its scale and unit. */
export interface Quantity {
  /** The index of its first token. */
  start: number;
  /** The index after its last token. */
  end: number;
  /** The number as stated, scale and currency subunit applied. */
  value: number;
  /** The scale written after the number ("million"), 1 if none. */
  scale: number;
  unit: Unit;
  /** True when the unit was written (a symbol, "percent", "km"). */
  unitWritten: boolean;
  /** True for a scaled or spelled-out form, read loosely (contract section 2). */
  loose: boolean;
  /** Not a figure (a year, an age, an ordinal, part of a date or a code): skip its tokens. */
  skip: boolean;
}

// A bare number after these words is a reference ("No. 5", "page 12"), not a figure.
// biome-ignore format: a table
const REFERENCE_BEFORE = new Set([
  'no', 'nos', 'nr', 'number', 'page', 'pages', 'p', 'pp', 'chapter', 'section', 'article',
  'exit', 'route', 'highway', 'flight', 'room', 'version', 'platform', 'gate', 'rule', 'clause',
  'paragraph', 'resolution', 'episode', 'season', 'volume', 'vol', 'aged', 'age', 'ages', 'phase',
]);

// A glued "m" is a length, not "million", before these words ("1.8m tall").
const LENGTH_CONTEXT = new Set(['tall', 'long', 'high', 'wide', 'deep', 'away', 'sprint', 'race']);

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

// Fractions ("two thirds", "one-third") are not figures of this grammar.
// biome-ignore format: a table
const FRACTIONS = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths',
  'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths',
]);

/**
 * Reads a number with its currency, scale and unit starting at token `j`.
 * `qualified`: a qualifier precedes it (then a four-digit number is a count,
 * not a year); `afterDash`: it ends a hyphenated pair ("30-40").
 */
export function readQuantity(
  scan: Scan,
  j: number,
  qualified: boolean,
  afterDash = false,
): Quantity | undefined {
  const { tokens, n } = scan;
  let start = j;
  let bare = false;
  let t: Token | undefined = tokens[j];
  let unit: Unit | undefined;
  let factor = 1;
  if (!t) return undefined;
  let sign = 1;
  // "minus 5", "negative one", "-9.5" (a hyphen glued to the digits, after a space).
  const w0 = t.kind === 'word' ? scan.low(j) : '';
  if (w0 === 'minus' || w0 === 'negative') {
    sign = -1;
    t = tokens[++j];
    if (!t) return undefined;
  } else if (t.text === '-') {
    const nx = tokens[j + 1];
    const pv = tokens[j - 1];
    if (
      nx?.kind !== 'number' ||
      nx.from !== t.to ||
      (pv && ((pv.to === t.from && !/^[<>=≤≥]$/.test(pv.text)) || pv.kind === 'number'))
    ) {
      return undefined;
    }
    sign = -1;
    t = tokens[++j];
  }
  if (t.kind === 'punct' && t.text === '%') return undefined;
  if (tokens[j - 1]?.text === '%' && tokens[j - 1].to === t.from) return skip(start, j + 1); // "%20" in a URL
  if (t.kind !== 'number') {
    const cur = currencyBefore(scan, j);
    if (cur) {
      unit = cur.unit;
      factor = cur.factor ?? 1;
      j = cur.end;
    } else if (t.kind === 'punct') return undefined;
  }
  t = tokens[j];
  if (!t || (unit && t.from > tokens[j - 1].to + 1)) return undefined;
  let value: number;
  let k: number;
  const spelled = t.kind === 'word';
  if (t.kind === 'number') {
    const pv = tokens[j - 1];
    const nv = tokens[j + 1];
    // "1/4", "5/17/2018", "SCP-173": not figures, whatever follows.
    if (
      pv &&
      pv.to === t.from &&
      (pv.text === '/' ||
        (pv.text === '-' &&
          !afterDash &&
          tokens[j - 2]?.to === pv.from &&
          tokens[j - 2].kind === 'word'))
    ) {
      return skip(start, j + 1);
    }
    if (nv && nv.from === t.to && nv.text === '/') {
      // "1/4 mile" is a figure; "5/17/2018" and a bare "3/4" are not.
      const f = fraction(scan, j);
      if (!f || !unitAt(scan, f.end)) return skip(start, j + 1);
      value = f.value;
      k = f.end;
    } else {
      // ".08": a decimal with no leading zero, after a space.
      bare = start === j && pv?.text === '.' && pv.to === t.from && tokens[j - 2]?.to !== pv.from;
      if (bare) start = j - 1;
      const v = bare ? Number(`0.${t.text}`) : parseNumeral(t.text);
      if (v === undefined) return skip(start, j + 1);
      value = v;
      k = j + 1;
      const more = numeralTail(scan, j, value);
      value = more.value;
      k = more.end;
    }
  } else if (t.kind === 'word') {
    const s = readSpelled(scan, j);
    if (!s) return undefined;
    value = s.value;
    k = s.end;
    // "two hundred point zero three", "five point five"
    if (k + 1 < n && scan.low(k) === 'point' && Number.isInteger(value)) {
      const d = decimals(scan, k + 1);
      if (d) {
        value += d.value;
        k = d.end;
      }
    }
  } else return undefined;
  value *= sign;
  const numEnd = k;
  const last = tokens[k - 1];
  let scale = 1;
  let unitWritten = unit !== undefined;
  let nx = tokens[k];
  if (nx && nx.kind === 'word' && last.kind === 'number' && nx.from === last.to) {
    // Letters glued to the digits: a scale ("5m", "$2.5bn"), a unit ("29km"), or a code.
    const g = scan.low(k);
    const sc = SCALES.get(g);
    const u = UNIT_WORDS.get(g);
    if (ORDINAL.has(g)) return skip(start, k + 1);
    if (
      sc !== undefined &&
      g !== 'hundred' &&
      !(g === 'm' && !unit && LENGTH_CONTEXT.has(scan.low(k + 1)))
    ) {
      scale = sc;
      k++;
    } else if (u && !unit) {
      const speed = perHour(scan, k + 1, u); // "150km/h"
      unit = speed ? speed.unit : u;
      unitWritten = true;
      k = speed ? speed.end : k + 1;
    } else if (PERCENT_WORDS.has(g)) {
      unit = 'percent';
      unitWritten = true;
      k++;
    } else if (!unit && (CURRENCY_CODES.has(nx.text) || CURRENCY_SYMBOLS.has(nx.text))) {
      unit = CURRENCY_CODES.has(nx.text) ? nx.text : CURRENCY_SYMBOLS.get(nx.text)!;
      unitWritten = true;
      k++;
    } else return skip(start, k + 1); // "3D", "5G": a number inside a word
  } else if (nx && nx.kind === 'word' && !spelled && SPACED_SCALES.has(scan.low(k))) {
    scale = SCALES.get(scan.low(k))!;
    k++;
  }
  value = scale === 1 ? value : clean(value * scale);
  if (scale >= 100 && !spelled && Number.isInteger(value)) {
    const chain = chained(scan, k, scale);
    if (chain) {
      value += chain.value;
      k = chain.end;
    }
  }
  nx = tokens[k];
  if (nx && unit === undefined) {
    const r = unitAfter(scan, k);
    if (r) {
      unit = r.unit;
      factor = r.factor;
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
      const cents =
        factor === 1 && CURRENCY_WORDS.has(scan.low(r.end - 1)) ? subunit(scan, r.end) : undefined;
      if (cents) value += cents.value / 100;
      k = cents ? cents.end : r.end;
    } else if ((nx.text === '-' || nx.text === '‑') && nx.from === last.to && k + 1 < n) {
      // "45-acre", "three-ton", "12-cent"; "54-year-old" is an age.
      const r = tokens[k + 1].from === nx.to ? unitAt(scan, k + 1) : undefined;
      if (r) {
        if (r.unit === 'year' && tokens[r.end]?.text === '-' && scan.low(r.end + 1) === 'old') {
          return skip(start, r.end + 2);
        }
        unit = r.unit;
        factor = r.factor;
        k = r.end;
      } else if (tokens[k + 1].from === nx.to && isCapital(tokens[k + 1].text)) {
        return skip(start, k + 2); // "7-Eleven", "3-D": a name
      }
    }
    unitWritten = unit !== undefined;
  }
  if (unit === 'year' && k < n && scan.low(k) === 'old') return skip(start, k + 1);
  if (spelled && unit === undefined) {
    const f = tokens[numEnd]?.text === '-' ? numEnd + 1 : numEnd;
    if (f < n && tokens[f].kind === 'word' && FRACTIONS.has(scan.low(f))) return skip(start, f + 1);
  }
  // "one in five", "3 out of 4": a ratio, not two counts.
  if (unit === undefined && scale === 1 && k === numEnd) {
    const w = scan.low(k);
    const b = w === 'in' ? k + 1 : w === 'out' && scan.low(k + 1) === 'of' ? k + 2 : -1;
    const second = b > 0 ? ratioEnd(scan, b, value) : -1;
    if (second > 0) return skip(start, second);
  }
  if (unit === undefined && spelled && value === 1 && numEnd === j + 1 && scale === 1) {
    return undefined; // "one of the members": a pronoun, not a figure
  }
  if (
    !unitWritten &&
    scale === 1 &&
    !spelled &&
    !bare &&
    notAFigure(scan, j, numEnd, value, qualified, afterDash)
  ) {
    return skip(start, numEnd);
  }
  if (factor !== 1) value = clean(value * factor);
  return {
    start,
    end: k,
    value,
    scale,
    unit: unit ?? 'count',
    unitWritten,
    // "a dozen" is 12 exactly (contract section 2).
    loose: (spelled && !(value === 12 && scan.low(j) === 'a')) || scale > 1,
    skip: false,
  };
}

/**
 * The end of the number at `b` that makes "a in b" a ratio, or -1: b is
 * greater than a ("1 in 5"; "12 in six boxes" is two counts) and not a year.
 */
function ratioEnd(scan: Scan, b: number, a: number): number {
  const t = scan.tokens[b];
  if (t?.kind === 'number') {
    const v = parseNumeral(t.text);
    if (v === undefined || v <= a || (t.text.length === 4 && v >= 1000 && v <= 2100)) return -1;
    return b + 1;
  }
  const s = t?.kind === 'word' ? readSpelled(scan, b) : undefined;
  return s && s.value > a ? s.end : -1;
}

// Plural nouns after which a four-digit number is a count, not a year.
// biome-ignore format: a list
const COUNTED = new Set([
  'people', 'persons', 'troops', 'soldiers', 'refugees', 'migrants', 'homes', 'houses', 'jobs',
  'votes', 'deaths', 'cases', 'workers', 'children', 'students', 'members', 'families',
  'households', 'volunteers', 'patients', 'civilians', 'residents', 'employees', 'staff',
  'fighters', 'prisoners', 'victims', 'voters', 'customers', 'users', 'acres', 'miles',
]);

const isCapital = (s: string) => s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;

// Punctuation after which a word starts a sentence or a quotation.
const OPENERS = new Set(['.', '!', '?', '“', '"', '‘', "'", ':', ';', '(', '[', '—', '–', '-']);

function skip(start: number, end: number): Quantity {
  return {
    start,
    end,
    value: 0,
    scale: 1,
    unit: 'count',
    unitWritten: false,
    loose: false,
    skip: true,
  };
}

/**
 * A bare numeral that is not a figure: part of a date, a time, a code or a
 * reference; a year ("in 2017", unless qualified); an age ("Smith, 54,").
 */
function notAFigure(
  scan: Scan,
  j: number,
  end: number,
  value: number,
  qualified: boolean,
  afterDash: boolean,
): boolean {
  const { tokens } = scan;
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[end];
  const s = t.text;
  if (s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) !== 46) return true; // "007"
  if (prev) {
    if (prev.kind === 'word' && MONTHS.has(scan.low(j - 1)) && prev.text.charCodeAt(0) < 97)
      return true;
    if (prev.kind === 'punct' && prev.to === t.from) {
      const p = prev.text;
      if (p === '#' || p === '/' || p === ':' || p === '+') return true;
      // "COVID-19", or the second part of a date or code ("2018-07-22").
      if ((p === '-' || p === '.') && !afterDash && tokens[j - 2]?.to === prev.from) return true;
    }
    if (prev.kind === 'word' && REFERENCE_BEFORE.has(scan.low(j - 1))) return true;
    if (prev.text === '.' && j >= 2 && /^(no|nos|nr)$/.test(scan.low(j - 2))) return true;
  }
  if (next) {
    if (
      next.kind === 'word' &&
      MONTHS.has(scan.low(end)) &&
      value <= 31 &&
      next.text.charCodeAt(0) < 97
    )
      return true;
    if (next.from === t.to && (next.text === ':' || next.text === '/')) return true;
    if (next.kind === 'word') {
      const w = scan.low(end);
      if (w === 'am' || w === 'pm' || ((w === 'a' || w === 'p') && tokens[end + 1]?.text === '.'))
        return true;
    }
  }
  // A four-digit number is a year, unless qualified or counting something ("2000 troops").
  if (
    !qualified &&
    s.length === 4 &&
    value >= 1000 &&
    value <= 2100 &&
    !COUNTED.has(scan.low(end))
  ) {
    // "1000-5000" is a range; "1990-1995" a span of years.
    const b = tokens[end + 1];
    const joined = next && (next.text === '-' || next.text === '–' || scan.low(end) === 'to');
    const v = b?.kind === 'number' ? parseNumeral(b.text) : undefined;
    if (!joined || v === undefined || v <= value || v <= 2100 || b.text.charCodeAt(0) === 48)
      return true;
    if (tokens[end + 2]?.text === '-') return true; // "2018-07-22
  }
  // "Apollo 11", "Route 66", "Windows 10": a number that is part of a name. A
  // capital that starts a sentence ("Only 422 made it") does not count.
  if (
    !qualified &&
    prev?.kind === 'word' &&
    isCapital(prev.text) &&
    j >= 2 &&
    !OPENERS.has(tokens[j - 2].text) &&
    !WEEKDAYS.has(scan.low(j - 1)) &&
    Number.isInteger(value)
  ) {
    return true;
  }
  // "Smith, 54,": an age in apposition to a name.
  if (
    prev?.text === ',' &&
    value <= 120 &&
    j >= 2 &&
    tokens[j - 2].kind === 'word' &&
    tokens[j - 2].text.charCodeAt(0) < 97 &&
    (!next || next.text === ',' || next.text === '.' || next.text === ';')
  ) {
    return true;
  }
  return false;
}
