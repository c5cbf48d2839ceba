// A quantity: a number as written with its currency, scale and unit
// ("$2.5bn", "three months", "45-acre").

import { joinedScale } from './compound-amounts';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, currencyBefore } from './currencies';
import { isAgeBound, isCapital, isOclock, notAFigure, ratioEnd } from './non-figures';
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
import { weighed } from './pounds';
import type { Scan, Token } from './tokenize';
import type { Unit } from './types';
import {
  gluedScale,
  isPercentWord,
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

// A glued "m" is a length, not "million", before these words ("1.8m tall").
const LENGTH_CONTEXT = new Set(['tall', 'long', 'high', 'wide', 'deep', 'away', 'sprint', 'race']);

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);
// "54-year-old", "18-year-olds", "a 30-year-old's": an age, not a duration.
const OLD = /^olds?$/;

// Fractions ("two thirds", "one-third") are not figures of this grammar.
// biome-ignore format: a table
const FRACTIONS = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths',
  'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths',
]);

/** The signs that make a number negative when glued to its digits. */
export const MINUS = new Set(['-', '−', '–']);

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
  // "minus 5", "negative one", "-9.5" (a hyphen, minus sign or en dash glued to the digits,
  // after a space: "−5C", "–5C").
  const w0 = t.kind === 'word' ? scan.low(j) : '';
  if (w0 === 'minus' || w0 === 'negative') {
    sign = -1;
    t = tokens[++j];
    if (!t) return undefined;
  } else if (MINUS.has(t.text)) {
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
      bare =
        start === j &&
        pv?.text === '.' &&
        pv.to === t.from &&
        tokens[j - 2]?.to !== pv.from &&
        /^\d+$/.test(t.text);
      if (bare) start = j - 1;
      const v = bare ? Number(`0.${t.text}`) : parseNumeral(t.text);
      if (v === undefined) return skip(start, j + 1);
      const more = numeralTail(scan, j, v);
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
    const temperature = gluedScale(scan, k, j, value); // "40C"
    if (ORDINAL.has(g)) return skip(start, k + 1);
    if (
      (sc !== undefined || (g === 'mm' && unit)) && // "US$ 1MM" is a million
      g !== 'hundred' &&
      !(g === 'm' && !unit && LENGTH_CONTEXT.has(scan.low(k + 1)))
    ) {
      scale = sc ?? 1e6;
      k++;
    } else if (u && !unit) {
      const speed = perHour(scan, k + 1, u); // "150km/h"
      unit = speed ? speed.unit : u;
      unitWritten = true;
      k = speed ? speed.end : k + 1;
    } else if (isPercentWord(scan, k)) {
      unit = 'percent';
      unitWritten = true;
      k++;
    } else if (
      !unit &&
      nx.text === 'p' &&
      !(tokens[k + 1]?.text === '.' && scan.low(k + 2) === 'm')
    ) {
      // "fell 12p to 345p": pence, as share prices are written; not "5p.m.".
      unit = 'GBP';
      factor = 0.01;
      unitWritten = true;
      k++;
    } else if (!unit && temperature) {
      unit = temperature;
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
  } else if (nx && joinedScale(scan, k)) {
    ({ scale, end: k } = joinedScale(scan, k)!);
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
      unit = poundsOf(scan, r, start, scale !== 1);
      factor = r.factor;
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
      const cents =
        factor === 1 && unit !== 'lb' && CURRENCY_WORDS.has(scan.low(r.end - 1))
          ? subunit(scan, r.end)
          : undefined;
      if (cents) value += cents.value / 100;
      k = cents ? cents.end : r.end;
      // "75 USD million": the code before the scale, as some wire copy writes it.
      const late = scale === 1 && CURRENCY_CODES.has(unit) ? scan.low(k) : '';
      if (SPACED_SCALES.has(late) && SCALES.get(late)! >= 1000) {
        scale = SCALES.get(late)!;
        value = clean(value * scale);
        k++;
      }
    } else if ((nx.text === '-' || nx.text === '‑') && nx.from === tokens[k - 1].to && k + 1 < n) {
      // "45-acre", "three-ton", "12-cent", "40 million-pound"; "54-year-old" is an age.
      const r = tokens[k + 1].from === nx.to ? unitAt(scan, k + 1) : undefined;
      if (r) {
        if (r.unit === 'year' && tokens[r.end]?.text === '-' && OLD.test(scan.low(r.end + 1))) {
          return skip(start, r.end + 2);
        }
        unit = poundsOf(scan, r, start, scale !== 1);
        factor = r.factor;
        k = r.end;
      } else if (tokens[k + 1].from === nx.to && isCapital(tokens[k + 1].text)) {
        return skip(start, k + 2); // "7-Eleven", "3-D": a name
      }
    }
    unitWritten = unit !== undefined;
  }
  // "At one point": a moment, not a score.
  if (unit === 'point' && spelled && value === 1) return skip(start, k);
  // "a magnitude 7.8 earthquake": the scale is written before the number (not "an order of
  // magnitude 10 times larger").
  if (unit === undefined && scan.low(j - 1) === 'magnitude' && scan.low(j - 2) !== 'of') {
    unit = 'magnitude';
    unitWritten = true;
  }
  if (unit === 'year' && k < n && OLD.test(scan.low(k))) return skip(start, k + 1);
  if (unit === 'foot') {
    const inches = inchesAfter(scan, k);
    if (inches) {
      value += inches.value / 12;
      k = inches.end;
    }
  }
  if (spelled && unit === undefined) {
    const f = tokens[numEnd]?.text === '-' ? numEnd + 1 : numEnd;
    if (f < n && tokens[f].kind === 'word' && FRACTIONS.has(scan.low(f))) return skip(start, f + 1);
  }
  // "one in five", "3 out of 4", "a two-in-three chance", "one in every 25": a ratio, not two counts.
  if (unit === undefined && scale === 1 && k === numEnd) {
    const w = scan.low(k);
    if (isOclock(w)) return skip(start, k + 1);
    // "two-in-three" too
    const hyphened = w === '-' && scan.low(k + 1) === 'in' && tokens[k + 2]?.text === '-';
    // "one in every 25"
    const every = w === 'in' && scan.low(k + 1) === 'every';
    const b =
      w === 'in'
        ? k + (every ? 2 : 1)
        : w === 'out' && scan.low(k + 1) === 'of'
          ? k + 2
          : hyphened
            ? k + 3
            : -1;
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
  // "children under five": spelled, so no `notAFigure`, but an age all the same.
  if (!unitWritten && scale === 1 && spelled && isAgeBound(scan, j, numEnd, value))
    return skip(start, numEnd);
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

/** The unit read, or `lb` for pounds the sentence weighs ("weighed 25 pounds", "a 7-pound baby"). */
function poundsOf(
  scan: Scan,
  r: { unit: Unit; end: number },
  start: number,
  scaled: boolean,
): Unit {
  if (r.unit !== 'GBP') return r.unit;
  const word = scan.low(r.end - 1);
  return (word === 'pound' || word === 'pounds') && weighed(scan, start, r.end, scaled)
    ? 'lb'
    : r.unit;
}

/** The inches after a height in feet: "5 feet 2 inches", "5 ft and 2 in", "6-foot-2". */
function inchesAfter(scan: Scan, k: number): { value: number; end: number } | undefined {
  const { tokens } = scan;
  const dash = tokens[k]?.text === '-' && tokens[k].from === tokens[k - 1].to;
  const m = dash || scan.low(k) === 'and' ? k + 1 : k;
  const t = tokens[m];
  if (t?.kind !== 'number' || !/^\d\d?$/.test(t.text) || Number(t.text) >= 12) return undefined;
  if (dash) return t.from === tokens[k].to ? { value: Number(t.text), end: m + 1 } : undefined;
  const u = scan.low(m + 1);
  return u === 'in' || u === 'inch' || u === 'inches'
    ? { value: Number(t.text), end: m + 2 }
    : undefined;
}

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
