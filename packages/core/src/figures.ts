// The figures of a paragraph, read as intervals (contract section 2): a small
// grammar over the tokens of `tokenize`, one pass, Map lookups only.

import { MONTHS } from './dates';
import { parseNumeral, plainInterval, readSpelled, SCALES, SPACED_SCALES } from './numbers';
import { QUALIFIERS, type QualifierKind, qualifiedInterval } from './qualifiers';
import { type Token, tokenize } from './tokenize';
import type { FigureClaim, Interval, Unit } from './types';
import {
  CURRENCY_ADJECTIVES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  DURATIONS,
  PERCENT_WORDS,
  UNIT_PREFIXES,
  UNIT_WORDS,
} from './units';

/** A quantity read at a token: a number with its scale and unit. */
interface Quantity {
  start: number;
  end: number;
  value: number;
  /** The scale written after the number ("million"), 1 if none. */
  scale: number;
  unit: Unit;
  /** True when the unit was written (a symbol, "percent", "km"). */
  unitWritten: boolean;
  loose: boolean;
  /** Not a figure (a year, an age, an ordinal, part of a date or a code): skip its tokens. */
  skip: boolean;
}

// biome-ignore format: a table
const VAGUE = new Map<string, [number, number]>([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]],
  ['millions', [2e6, 9999999]], ['billions', [2e9, 9999999999]],
]);
const TIMES_OF_TENS = new Map([
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

// Words that start something in this grammar besides qualifiers and numbers.
// biome-ignore format: a table
const STARTERS = new Set([
  'a', 'an', 'half', 'between', 'from', 'tens', 'zero', 'nought', 'naught', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'us', 'c', 'hk', 'au', 'nz', 's', 'usd', 'aud', 'cad', 'nzd', 'hkd', 'mxn', 'mex', 'equal', 'exceeding',
  'minus', 'negative', 'quarter',
]);

// A bare number after these words is a reference ("No. 5", "page 12"), not a figure.
// biome-ignore format: a table
const REFERENCE_BEFORE = new Set([
  'no', 'nos', 'nr', 'number', 'page', 'pages', 'p', 'pp', 'chapter', 'section', 'article',
  'exit', 'route', 'highway', 'flight', 'room', 'version', 'platform', 'gate', 'rule', 'clause',
  'paragraph', 'resolution', 'episode', 'season', 'volume', 'vol', 'aged', 'age', 'ages', 'phase',
]);

// "a 3-1 win", "a 5-4 vote": a hyphenated pair before these words is a score or a tally.
// biome-ignore format: a table
const SCORE_WORDS = new Set([
  'win', 'wins', 'victory', 'loss', 'defeat', 'vote', 'votes', 'decision', 'ruling', 'lead',
  'draw', 'tie', 'majority', 'margin', 'score', 'scoreline', 'record', 'split',
]);

// A glued "m" is a length, not "million", before these words ("1.8m tall").
const LENGTH_CONTEXT = new Set(['tall', 'long', 'high', 'wide', 'deep', 'away', 'sprint', 'race']);

// "500 or more", "20 or fewer"
const OR_MORE = new Map<string, QualifierKind>([
  ['more', 'atLeast'],
  ['greater', 'atLeast'],
  ['above', 'atLeast'],
  ['over', 'atLeast'],
  ['higher', 'atLeast'],
  ['less', 'atMost'],
  ['fewer', 'atMost'],
  ['below', 'atMost'],
  ['under', 'atMost'],
  ['lower', 'atMost'],
]);

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

// Fractions ("two thirds", "one-third") are not figures of this grammar.
// biome-ignore format: a table
const FRACTIONS = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths',
  'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths',
]);

/**
 * Finds the figures of a paragraph (contract section 2): numerals,
 * spelled-out and scaled numbers, currencies, percentages, durations,
 * measurements, ranges, vague quantities, each with its qualifier, read as
 * an interval. Ages, years, ordinals, dates, times and reference numbers are
 * not figures; neither is "a" alone, nor "one" alone ("one of the members").
 */
export function extractFigures(text: string): FigureClaim[] {
  const tokens = tokenize(text);
  const n = tokens.length;
  const lows: (string | undefined)[] = new Array(n);
  const low = (i: number): string => {
    if (i >= n) return '';
    let s = lows[i];
    if (s === undefined) {
      const t = tokens[i].text;
      const c = t.charCodeAt(0);
      s = c >= 97 && c <= 122 ? t : t.toLowerCase();
      lows[i] = s;
    }
    return s;
  };
  const out: FigureClaim[] = [];
  const emit = (
    a: number,
    b: number,
    value: Interval,
    unit: Unit,
    amount?: number,
    qualifier?: string,
  ) => {
    const from = tokens[a].from;
    const to = tokens[b - 1].to;
    const claim: FigureClaim = { from, to, text: text.slice(from, to), value, unit };
    if (amount !== undefined) claim.amount = amount;
    if (qualifier !== undefined) claim.qualifier = qualifier;
    out.push(claim);
  };

  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const w = low(i);
      const phrases = QUALIFIERS.get(w);
      if (phrases) {
        const end = qualified(i, phrases);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (w === 'between' || w === 'from') {
        const end = range(i, w === 'between' ? 'and' : 'to');
        if (end > i) {
          i = end;
          continue;
        }
      }
      const v = vague(i);
      if (v > i) {
        i = v;
        continue;
      }
      if (!STARTERS.has(w) && !CURRENCY_CODES.has(t.text)) {
        i++;
        continue;
      }
    } else if (t.kind === 'punct' && !CURRENCY_SYMBOLS.has(t.text) && t.text !== '-') {
      i++;
      continue;
    }
    const q = quantity(i, false);
    if (!q) {
      i++;
      continue;
    }
    if (!q.skip) {
      const end = rangeAfter(q);
      if (end > 0) {
        i = end;
        continue;
      }
      const post = postfix(q.end);
      if (post) {
        emit(q.start, post.end, qualifiedInterval(post.kind, q.value), q.unit, q.value, post.text);
        i = post.end;
        continue;
      }
      emit(q.start, q.end, plainInterval(q.value, q.loose), q.unit, q.value);
    }
    i = q.end;
  }
  return out;

  /** "more than 400": returns the index after the figure, or `i` if none. */
  function qualified(
    i: number,
    phrases: readonly { rest: readonly string[]; kind: QualifierKind }[],
  ) {
    for (const p of phrases) {
      let j = i + 1;
      let ok = true;
      for (const r of p.rest) {
        if (j >= n || low(j) !== r) {
          ok = false;
          break;
        }
        j++;
      }
      if (!ok) continue;
      const q = quantity(j, true);
      if (!q) return i;
      if (q.skip) return q.end;
      // "over three years" reads "over" as "during".
      if (DURATIONS.has(q.unit) && (low(i) === 'over' || low(i) === 'under')) return i;
      const qualifier = text
        .slice(tokens[i].from, tokens[j - 1].to)
        .toLowerCase()
        .replace(/\s+/g, ' ');
      // "about 500 or more": the written bound wins over the approximation.
      const post = p.kind === 'approx' ? postfix(q.end) : undefined;
      if (post) {
        emit(i, post.end, qualifiedInterval(post.kind, q.value), q.unit, q.value, post.text);
        return post.end;
      }
      emit(i, q.end, qualifiedInterval(p.kind, q.value), q.unit, q.value, qualifier);
      return q.end;
    }
    return i;
  }

  /** "or more", "or fewer" after a number: a bound written after it. */
  function postfix(k: number): { kind: QualifierKind; end: number; text: string } | undefined {
    if (k + 1 >= n || (low(k) !== 'or' && low(k) !== 'and')) return undefined;
    const w = low(k + 1);
    const kind = OR_MORE.get(w);
    if (!kind) return undefined;
    return { kind, end: k + 2, text: `${low(k)} ${w}` };
  }

  /** "between 30 and 40", "from 200 to 300". */
  function range(i: number, joiner: string): number {
    const a = quantity(i + 1, true);
    if (!a || a.skip || a.end >= n || low(a.end) !== joiner) return i;
    const b = quantity(a.end + 1, true);
    if (!b || b.skip) return i;
    const pair = combine(a, b);
    if (!pair) return i;
    let [lo, hi] = pair;
    if (lo > hi) {
      if (joiner === 'to') return i; // "fell from 300 to 200" is a change, not a range
      [lo, hi] = [hi, lo];
    }
    emit(i, b.end, { min: lo, max: hi }, b.unitWritten ? b.unit : a.unit);
    return b.end;
  }

  /** "30 to 40", "30-40" after a read quantity: returns the index after the range, or 0. */
  function rangeAfter(a: Quantity): number {
    const mid = tokens[a.end];
    if (!mid) return 0;
    const dash = mid.text === '-' || mid.text === '–';
    if (!dash && !(mid.kind === 'word' && (low(a.end) === 'to' || low(a.end) === 'through')))
      return 0;
    const b = quantity(a.end + 1, true, dash);
    if (!b || b.skip) return 0;
    const pair = combine(a, b);
    const after = b.end < n && tokens[b.end].kind === 'word' ? low(b.end) : '';
    // "555-1234" is a telephone number.
    const phone =
      dash &&
      a.end - a.start === 1 &&
      tokens[a.start].text.length === 3 &&
      tokens[b.start].text.length === 4;
    if (dash && (!pair || pair[0] >= pair[1] || SCORE_WORDS.has(after) || phone)) {
      // A score or a tally ("a 3-1 win"): neither number is a figure.
      return !a.unitWritten && !b.unitWritten ? b.end : 0;
    }
    if (!pair || pair[0] >= pair[1]) return 0;
    emit(a.start, b.end, { min: pair[0], max: pair[1] }, b.unitWritten ? b.unit : a.unit);
    return b.end;
  }

  /** The two ends of a range, the first taking the second's scale ("5 to 10 million"). */
  function combine(a: Quantity, b: Quantity): [number, number] | undefined {
    if (a.unitWritten && b.unitWritten && a.unit !== b.unit) return undefined;
    let lo = a.value;
    if (a.scale === 1 && b.scale > 1 && a.value < b.value / b.scale) lo = a.value * b.scale;
    return [lo, b.value];
  }

  /** "dozens", "tens of thousands", "a few", "thousands of dollars". */
  function vague(i: number): number {
    const w = low(i);
    let end = i + 1;
    let range: [number, number] | undefined;
    if (w === 'a' && i + 1 < n && low(i + 1) === 'few') range = [2, 5];
    else if ((w === 'tens' || w === 'hundreds') && i + 2 < n && low(i + 1) === 'of') {
      const times = TIMES_OF_TENS.get(low(i + 2));
      if (times !== undefined) {
        const base = w === 'tens' ? 10 : 100;
        range = [2 * base * times, 10 * base * times - 1];
        end = i + 3;
      }
    }
    if (!range) {
      const v = VAGUE.get(w);
      if (!v) return i;
      if (w === 'scores' && !(i + 1 < n && low(i + 1) === 'of')) return i;
      range = v;
    }
    if (w === 'a') end = i + 2;
    let unit: Unit = 'count';
    if (end + 1 < n && low(end) === 'of') {
      const c = CURRENCY_WORDS.get(low(end + 1));
      if (c && c.factor === 1) {
        unit = c.unit;
        end += 2;
      }
    }
    emit(i, end, { min: range[0], max: range[1] }, unit);
    return end;
  }

  /** A number with its currency, scale and unit, starting at token j. */
  function quantity(j: number, qualified: boolean, afterDash = false): Quantity | undefined {
    const start = j;
    let t: Token | undefined = tokens[j];
    let unit: Unit | undefined;
    let factor = 1;
    if (!t) return undefined;
    let sign = 1;
    // "minus 5", "negative one", "-9.5" (a hyphen glued to the digits, after a space).
    const w0 = t.kind === 'word' ? low(j) : '';
    if (w0 === 'minus' || w0 === 'negative') {
      sign = -1;
      t = tokens[++j];
      if (!t) return undefined;
    } else if (t.text === '-') {
      const nx = tokens[j + 1];
      const pv = tokens[j - 1];
      if (
        !nx ||
        nx.kind !== 'number' ||
        nx.from !== t.to ||
        (pv && (pv.to === t.from || pv.kind === 'number'))
      ) {
        return undefined;
      }
      sign = -1;
      t = tokens[++j];
    }
    if (t.kind === 'punct' && t.text === '%') return undefined;
    if (tokens[j - 1]?.text === '%' && tokens[j - 1].to === t.from) return skip(start, j + 1); // "%20" in a URL
    if (t.kind === 'word') {
      const nx = tokens[j + 1];
      const prefix = DOLLAR_PREFIXES.get(low(j));
      if (
        prefix &&
        nx?.text === '$' &&
        (nx.from === t.to || ((t.text.length > 1 || low(j) === 'c') && nx.from === t.to + 1))
      ) {
        unit = prefix;
        j += 2;
      } else if (low(j) === 'u' && tokens[j + 3]?.text === '$' && low(j + 2) === 's') {
        unit = 'USD'; // "u.s $"
        j += 4;
      } else if (CURRENCY_CODES.has(t.text) && nx?.kind === 'number') {
        unit = t.text === 'RMB' ? 'CNY' : t.text;
        j++;
      }
    } else if (t.kind === 'punct') {
      unit = CURRENCY_SYMBOLS.get(t.text);
      if (!unit) return undefined;
      j++;
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
      if (nv && nv.from === t.to && nv.text === '/') return skip(start, j + 1);
      const v = parseNumeral(t.text);
      if (v === undefined) return skip(start, j + 1);
      value = v;
      k = j + 1;
      // "1 234 567": groups of three digits after single spaces.
      if (t.text.length <= 3 && tokens[k]?.kind === 'number' && t.text.indexOf(',') < 0) {
        while (k < n && isGroup(tokens[k], tokens[k - 1])) {
          value = value * 1000 + parseNumeral(tokens[k].text)!;
          k++;
          if (tokens[k - 1].text.length > 3) break; // a decimal part ends the number
        }
      }
      // "1e10", "12.32e+14"
      const e = tokens[k];
      if (
        e &&
        e.kind === 'word' &&
        e.from === tokens[k - 1].to &&
        (e.text === 'e' || e.text === 'E')
      ) {
        const sg = tokens[k + 1];
        const ex = tokens[k + 2];
        if (
          sg &&
          ex &&
          (sg.text === '+' || sg.text === '-') &&
          sg.from === e.to &&
          ex.from === sg.to &&
          ex.kind === 'number'
        ) {
          value = Number(`${value}e${sg.text}${ex.text}`);
          k += 3;
        }
      } else if (
        e &&
        e.kind === 'word' &&
        e.from === tokens[k - 1].to &&
        /^[eE]\d+$/.test(e.text)
      ) {
        value = Number(`${value}e${e.text.slice(1)}`);
        k++;
      }
    } else if (t.kind === 'word') {
      const s = readSpelled(tokens, low, j);
      if (!s) return undefined;
      value = s.value;
      k = s.end;
      // "two hundred point zero three", "five point five"
      if (k + 1 < n && low(k) === 'point' && Number.isInteger(value)) {
        const d = decimals(k + 1);
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
      const g = low(k);
      const sc = SCALES.get(g);
      const u = UNIT_WORDS.get(g);
      if (ORDINAL.has(g)) return skip(start, k + 1);
      if (
        sc !== undefined &&
        g !== 'hundred' &&
        !(g === 'm' && !unit && LENGTH_CONTEXT.has(low(k + 1)))
      ) {
        scale = sc;
        k++;
      } else if (u && !unit) {
        unit = u;
        unitWritten = true;
        k++;
      } else if (PERCENT_WORDS.has(g)) {
        unit = 'percent';
        unitWritten = true;
        k++;
      } else if (!unit && (CURRENCY_CODES.has(nx.text) || CURRENCY_SYMBOLS.has(nx.text))) {
        unit = CURRENCY_CODES.has(nx.text) ? nx.text : CURRENCY_SYMBOLS.get(nx.text)!;
        unitWritten = true;
        k++;
      } else return skip(start, k + 1); // "3D", "5G": a number inside a word
    } else if (nx && nx.kind === 'word' && !spelled && SPACED_SCALES.has(low(k))) {
      scale = SCALES.get(low(k))!;
      k++;
    }
    value = scale === 1 ? value : Number((value * scale).toPrecision(12));
    nx = tokens[k];
    if (nx && unit === undefined) {
      const w = nx.kind === 'word' ? low(k) : '';
      const after = tokens[k + 1];
      if (
        nx.text === '%' &&
        nx.from - tokens[k - 1].to <= 1 &&
        !(after && after.kind !== 'punct' && after.from === nx.to)
      ) {
        unit = 'percent';
        k++;
      } else if (PERCENT_WORDS.has(w)) {
        unit = 'percent';
        k++;
      } else if (w === 'per' && k + 1 < n && low(k + 1) === 'cent') {
        unit = 'percent';
        k += 2;
      } else if (
        CURRENCY_CODES.has(nx.text) ||
        (w !== 'try' && CURRENCY_CODES.has(nx.text.toUpperCase()))
      ) {
        const code = nx.text.toUpperCase();
        unit = code === 'RMB' ? 'CNY' : code;
        k++;
      } else if (CURRENCY_SYMBOLS.has(nx.text) && nx.from - tokens[k - 1].to <= 1) {
        unit = CURRENCY_SYMBOLS.get(nx.text)!; // "10 €"
        k++;
      } else if (w) {
        const r = unitAt(k);
        if (r) {
          unit = r.unit;
          factor = r.factor;
          k = r.end;
        }
      } else if ((nx.text === '-' || nx.text === '‑') && nx.from === last.to && k + 1 < n) {
        // "45-acre", "three-ton", "12-cent"; "54-year-old" is an age.
        const r = tokens[k + 1].from === nx.to ? unitAt(k + 1) : undefined;
        if (r) {
          if (r.unit === 'year' && tokens[r.end]?.text === '-' && low(r.end + 1) === 'old') {
            return skip(start, r.end + 2);
          }
          unit = r.unit;
          factor = r.factor;
          k = r.end;
        }
      }
      unitWritten = unit !== undefined;
    }
    if (unit === 'year' && k < n && low(k) === 'old') return skip(start, k + 1);
    if (spelled && unit === undefined) {
      const f = tokens[numEnd]?.text === '-' ? numEnd + 1 : numEnd;
      if (f < n && tokens[f].kind === 'word' && FRACTIONS.has(low(f))) return skip(start, f + 1);
    }
    if (unit === undefined && spelled && value === 1 && numEnd === j + 1 && scale === 1) {
      return undefined; // "one of the members": a pronoun, not a figure
    }
    if (
      !unitWritten &&
      scale === 1 &&
      !spelled &&
      notAFigure(j, numEnd, value, qualified, afterDash)
    ) {
      return skip(start, numEnd);
    }
    if (factor !== 1) value = Number((value * factor).toPrecision(12));
    return {
      start,
      end: k,
      value,
      scale,
      unit: unit ?? 'count',
      unitWritten,
      // "a dozen" is 12 exactly (contract section 2).
      loose: (spelled && !(value === 12 && low(j) === 'a')) || scale > 1,
      skip: false,
    };
  }

  /** The digits after "point": "zero three" is .03, "seventy-one" is .71. */
  function decimals(j: number): { value: number; end: number } | undefined {
    let digits = '';
    let k = j;
    while (k < n && tokens[k].kind === 'word') {
      const s = readSpelled(tokens, low, k);
      if (!s || s.value >= 10 || s.end !== k + 1) break;
      digits += s.value;
      k++;
    }
    if (digits === '') {
      const s = tokens[j]?.kind === 'word' ? readSpelled(tokens, low, j) : undefined;
      if (!s || !Number.isInteger(s.value)) return undefined;
      digits = String(s.value);
      k = s.end;
    }
    return { value: Number(`0.${digits}`), end: k };
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

  function isGroup(t: Token, prev: Token): boolean {
    return (
      t.kind === 'number' &&
      t.text.length === 3 &&
      t.from === prev.to + 1 &&
      text.charCodeAt(prev.to) === 32 &&
      /^\d{3}(\.\d+)?$/.test(t.text)
    );
  }

  /** A unit word at k ("miles", "square metres", "australian dollars", "cents"). */
  function unitAt(k: number): { unit: Unit; factor: number; end: number } | undefined {
    if (tokens[k].kind !== 'word') return undefined;
    const w = low(k);
    const c = CURRENCY_WORDS.get(w);
    if (c) return { unit: c.unit, factor: c.factor, end: k + 1 };
    const u = UNIT_WORDS.get(w);
    if (u) return { unit: u, factor: 1, end: k + 1 };
    if (k + 1 >= n || tokens[k + 1].kind !== 'word') return undefined;
    const w2 = low(k + 1);
    const adjective = CURRENCY_ADJECTIVES.get(w);
    if (adjective) {
      const cu = adjective.get(w2.endsWith('s') ? w2.slice(0, -1) : w2);
      if (cu) return { unit: cu, factor: 1, end: k + 2 };
    }
    const prefix = UNIT_PREFIXES.get(w);
    const u2 = UNIT_WORDS.get(w2);
    if (prefix !== undefined && u2 && !DURATIONS.has(u2)) {
      return { unit: prefix === '' && u2 === 'ton' ? 'tonne' : prefix + u2, factor: 1, end: k + 2 };
    }
    return undefined;
  }

  /**
   * A bare numeral that is not a figure: part of a date, a time, a code or a
   * reference; a year ("in 2017", unless qualified); an age ("Smith, 54,").
   */
  function notAFigure(
    j: number,
    end: number,
    value: number,
    qualified: boolean,
    afterDash: boolean,
  ): boolean {
    const t = tokens[j];
    const prev = tokens[j - 1];
    const next = tokens[end];
    const s = t.text;
    if (s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) !== 46) return true; // "007"
    if (prev) {
      if (prev.kind === 'word' && MONTHS.has(low(j - 1)) && prev.text.charCodeAt(0) < 97)
        return true;
      if (prev.kind === 'punct' && prev.to === t.from) {
        const p = prev.text;
        if (p === '#' || p === '/' || p === ':' || p === '+') return true;
        // "COVID-19", or the second part of a date or code ("2018-07-22").
        if ((p === '-' || p === '.') && !afterDash && tokens[j - 2]?.to === prev.from) return true;
      }
      if (prev.kind === 'word' && REFERENCE_BEFORE.has(low(j - 1))) return true;
      if (prev.text === '.' && j >= 2 && /^(no|nos|nr)$/.test(low(j - 2))) return true;
    }
    if (next) {
      if (
        next.kind === 'word' &&
        MONTHS.has(low(end)) &&
        value <= 31 &&
        next.text.charCodeAt(0) < 97
      )
        return true;
      if (next.from === t.to && (next.text === ':' || next.text === '/')) return true;
      if (next.kind === 'word') {
        const w = low(end);
        if (w === 'am' || w === 'pm' || ((w === 'a' || w === 'p') && tokens[end + 1]?.text === '.'))
          return true;
      }
    }
    if (!qualified && s.length === 4 && value >= 1000 && value <= 2100) {
      // "1000-5000" is a range; "1990-1995" a span of years.
      const b = tokens[end + 1];
      const joined = next && (next.text === '-' || next.text === '–' || low(end) === 'to');
      const v = b?.kind === 'number' ? parseNumeral(b.text) : undefined;
      if (!joined || v === undefined || v <= value || v <= 2100 || b.text.charCodeAt(0) === 48)
        return true;
      if (tokens[end + 2]?.text === '-') return true; // "2018-07-22
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
}
