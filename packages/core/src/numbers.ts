// Reading numbers as written: numerals ("1,234.5") and spelled-out English
// ("one hundred and five", "half a million"), over the tokens of `tokenize`.

import { isSpaceCode, type Scan, type Token } from './tokenize';

/** A number read from the text. */
export interface NumberRead {
  /** The value as stated, scale included ("1.2 million" is 1,200,000). */
  value: number;
  /** Index of the first token after the number. */
  end: number;
  /** True when written in words ("seven", "half a million"). */
  spelled: boolean;
}

// biome-ignore format: a table
const SMALL = new Map<string, number>([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

// biome-ignore format: a table
const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/**
 * Scale words written after a number, lowercased: words ("million") and the
 * newsroom abbreviations ("bn", "m" when glued: "5m"). `m`, `b` and `k` are
 * only scales when glued to the digits (see `figures.ts`).
 */
// biome-ignore format: a table
export const SCALES = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['b', 1e9],
  ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['tln', 1e12], ['lakh', 1e5], ['crore', 1e7],
  ['dozen', 12], ['dozens', 12], ['doz', 12], ['dozs', 12], ['dz', 12], ['dzs', 12],
]);

/** The scale words that may follow a number after a space ("2 million", "$2.5 bn"). */
// biome-ignore format: a table
export const SPACED_SCALES = new Set([
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'mn', 'mln', 'bn', 'bln', 'tn', 'tln',
  'lakh', 'crore', 'dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs',
]);

/** True if `word` (lowercase) is a spelled-out number word that can start a number. */
export function isNumberWord(word: string): boolean {
  return SMALL.has(word) || TENS.has(word);
}

/** Rounds away binary noise (1.2 * 1e6, 400 * 1.1). */
export function clean(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x))) return r;
  return Number(x.toPrecision(12));
}

/**
 * Parses the text of a `number` token ("1,234.5", "115,000", "1,3"): commas
 * followed by groups of three digits are thousands separators; a single comma
 * followed by one, two or four or more digits is a decimal comma. Returns
 * `undefined` for shapes that are not one number ("192.168.1.2") and for numbers too
 * large to be finite (more than 309 digits).
 */
export function parseNumeral(s: string): number | undefined {
  let commas = 0;
  let dots = 0;
  let irregular = false;
  let group = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 46) {
      if (c === 44) commas++;
      else dots++;
      if (group >= 0 && group !== 3 && c === 44) irregular = true;
      group = 0;
    } else if (group >= 0) group++;
  }
  if (dots > 1) return undefined;
  const v = commas === 0 ? Number(s) : separated(s, commas, dots, irregular);
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** `parseNumeral` of a numeral with commas. */
function separated(
  s: string,
  commas: number,
  dots: number,
  irregular: boolean,
): number | undefined {
  // The last comma group: "1,3" is a decimal comma, "1,300" a separator.
  const lastComma = s.lastIndexOf(',');
  const tail = dots === 0 ? s.length - lastComma - 1 : s.indexOf('.') - lastComma - 1;
  if (commas === 1 && dots === 0 && tail !== 3) return Number(s.replace(',', '.'));
  // Indian grouping ("12,34,567.89") has irregular groups before the last one.
  if (irregular && tail !== 3) return undefined;
  return Number(s.replaceAll(',', ''));
}

/**
 * Reads a spelled-out number starting at token `i` ("twenty-three", "one
 * hundred and five", "a dozen", "three dozen", "half a million", "a
 * thousand"). Returns
 * `undefined` when no number starts there; a lone "a" is never a number.
 */
export function readSpelled(scan: Scan, i: number): NumberRead | undefined {
  const { tokens, n } = scan;
  const w0 = scan.low(i);
  // "half million", "quarter million"
  if ((w0 === 'half' || w0 === 'quarter') && i + 1 < n) {
    const s = SCALES.get(scan.low(i + 1));
    if (s !== undefined && s >= 1000 && SPACED_SCALES.has(scan.low(i + 1))) {
      return { value: w0 === 'half' ? s / 2 : s / 4, end: i + 2, spelled: true };
    }
  }
  // "half a million", "half a dozen"
  if (w0 === 'half' && i + 2 < n && scan.low(i + 1) === 'a') {
    const w2 = scan.low(i + 2);
    if (w2 === 'dozen') return { value: 6, end: i + 3, spelled: true };
    const s = SCALES.get(w2);
    if (s !== undefined && SPACED_SCALES.has(w2) && s >= 100) {
      return { value: s / 2, end: i + 3, spelled: true };
    }
    return undefined;
  }
  let total = 0;
  let current = 0;
  let any = false;
  let lastScale = Number.POSITIVE_INFINITY;
  let j = i;
  // "a hundred", "an hundred", "a dozen", "a million"
  if (w0 === 'a' || w0 === 'an') {
    if (i + 1 >= n || tokens[i + 1].kind !== 'word') return undefined;
    const w1 = scan.low(i + 1);
    if (w1 !== 'dozen' && !(SPACED_SCALES.has(w1) && SCALES.get(w1)! >= 100)) return undefined;
    current = 1;
    any = true;
    j = i + 1;
  }
  let end = j;
  while (j < n) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const w = scan.low(j);
    const small = SMALL.get(w);
    if (small !== undefined) {
      // "twenty one" joins; "three four" does not.
      const r = current % 100;
      if (any && r !== 0 && !(r >= 20 && r % 10 === 0 && small < 10 && small > 0)) break;
      // Nothing joins a zero ("zero three" is two numbers).
      if (any && current === 0 && total === 0) break;
      current += small;
      any = true;
      j++;
      end = j;
      // "twenty-one" and "fifty - two": a hyphen then a unit word.
      continue;
    }
    const tens = TENS.get(w);
    if (tens !== undefined) {
      if (any && current % 100 !== 0) break;
      current += tens;
      any = true;
      j++;
      end = j;
      // A hyphen between tens and units ("sixty-one").
      if (
        j + 1 < n &&
        tokens[j].text === '-' &&
        tokens[j + 1].kind === 'word' &&
        (SMALL.get(scan.low(j + 1)) ?? 0) > 0 &&
        (SMALL.get(scan.low(j + 1)) ?? 0) < 10
      ) {
        current += SMALL.get(scan.low(j + 1))!;
        j += 2;
        end = j;
      }
      continue;
    }
    if (!any) break;
    if (w === 'hundred') {
      if (current % 100 === 0 && current > 0 && current >= 100) break;
      current = (current || 1) * 100;
      j++;
      end = j;
      continue;
    }
    if (SCALES.get(w) === 12) {
      current = (current || 1) * 12;
      j++;
      end = j;
      break;
    }
    const scale = SCALES.get(w);
    if (scale !== undefined && scale >= 1000 && SPACED_SCALES.has(w)) {
      if (scale >= lastScale) break;
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
      j++;
      end = j;
      continue;
    }
    // "one million and a half"
    if (w === 'and' && current === 0 && total > 0 && scan.low(j + 1) === 'a') {
      const part = scan.low(j + 2) === 'half' ? 0.5 : scan.low(j + 2) === 'quarter' ? 0.25 : 0;
      if (part > 0) {
        total += part * lastScale;
        end = j + 3;
        break;
      }
    }
    // "five and a half (million)", "two and a quarter"
    if (w === 'and' && current > 0 && scan.low(j + 1) === 'a') {
      const part = scan.low(j + 2) === 'half' ? 0.5 : scan.low(j + 2) === 'quarter' ? 0.25 : 0;
      if (part > 0 && current % 1 === 0) {
        current += part;
        j += 3;
        end = j;
        continue;
      }
    }
    // "one hundred and five", "two thousand and two hundred"
    if (w === 'and' && j + 1 < n && tokens[j + 1].kind === 'word') {
      const next = scan.low(j + 1);
      if ((current >= 100 || total > 0) && (SMALL.has(next) || TENS.has(next))) {
        j++;
        continue;
      }
    }
    break;
  }
  if (!any || end === i) return undefined;
  return { value: total + current, end, spelled: true };
}

/** The digits after "point": "zero three" is .03, "seventy-one" is .71. */
export function decimals(scan: Scan, j: number): { value: number; end: number } | undefined {
  const { tokens, n } = scan;
  let digits = '';
  let k = j;
  while (k < n && tokens[k].kind === 'word') {
    const s = readSpelled(scan, k);
    if (!s || s.value >= 10 || s.end !== k + 1) break;
    digits += s.value;
    k++;
  }
  if (digits === '') {
    const s = tokens[j]?.kind === 'word' ? readSpelled(scan, j) : undefined;
    if (!s || !Number.isInteger(s.value)) return undefined;
    digits = String(s.value);
    k = s.end;
  }
  return { value: Number(`0.${digits}`), end: k };
}

/**
 * What continues a scaled numeral: "4 thousand 3 hundred and 21" (smaller
 * scales, then "and" and a number only after "hundred"), "3 million and a half".
 */
export function chained(
  scan: Scan,
  k: number,
  scale: number,
): { value: number; end: number } | undefined {
  const { tokens } = scan;
  let value = 0;
  let last = scale;
  let m = k;
  for (;;) {
    if (scan.low(m) === 'and' && scan.low(m + 1) === 'a' && last === scale) {
      const part = scan.low(m + 2) === 'half' ? 0.5 : scan.low(m + 2) === 'quarter' ? 0.25 : 0;
      if (part > 0) return { value: part * scale, end: m + 3 };
    }
    const and = scan.low(m) === 'and' && last === 100;
    const t = tokens[and ? m + 1 : m];
    // "3 hundred and one": a spelled number under a hundred closes the chain.
    const spelled = and && t?.kind === 'word' ? readSpelled(scan, m + 1) : undefined;
    if (spelled && spelled.value < 100) return { value: value + spelled.value, end: spelled.end };
    if (t?.kind !== 'number' || !/^\d+$/.test(t.text)) break;
    const p = and ? m + 1 : m;
    const w = scan.low(p + 1);
    const s = SPACED_SCALES.has(w) ? SCALES.get(w)! : 1;
    const v = Number(t.text) * s;
    if (s >= last || v >= last || (s === 1 && !and)) break;
    value += v;
    last = s;
    m = s === 1 ? p + 1 : p + 2;
    if (s === 1) break;
  }
  return m > k ? { value, end: m } : undefined;
}

/** "1/2" at token `j` (three glued tokens, whole numbers, not a date's "5/17/2018"). */
export function fraction(scan: Scan, j: number): { value: number; end: number } | undefined {
  const { tokens } = scan;
  const a = tokens[j];
  const slash = tokens[j + 1];
  const b = tokens[j + 2];
  if (!a || !slash || !b || a.kind !== 'number' || slash.text !== '/' || b.kind !== 'number') {
    return undefined;
  }
  if (slash.from !== a.to || b.from !== slash.to || tokens[j + 3]?.text === '/') return undefined;
  const num = Number(a.text);
  const den = Number(b.text);
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) return undefined;
  return { value: num / den, end: j + 3 };
}

/**
 * What follows the numeral at token `j` (value `value`) and belongs to it:
 * groups of three digits after single spaces ("1 234 567.89"), a fraction
 * ("10 1/2"), "and a half", an exponent ("1e10", "12.32e+14").
 */
export function numeralTail(scan: Scan, j: number, value: number): { value: number; end: number } {
  const { tokens, n } = scan;
  const t = tokens[j];
  let k = j + 1;
  // "1 234 567": groups of three digits after single spaces.
  if (t.text.length <= 3 && tokens[k]?.kind === 'number' && t.text.indexOf(',') < 0) {
    while (k < n && isGroup(scan.text, tokens[k], tokens[k - 1])) {
      value = value * 1000 + parseNumeral(tokens[k].text)!;
      k++;
      if (tokens[k - 1].text.length > 3) break; // a decimal part ends the number
    }
  }
  // "10 1/2 miles", "2 and a half years"
  const mixed = k === j + 1 && Number.isInteger(value) ? fraction(scan, k) : undefined;
  if (mixed && mixed.value < 1 && tokens[k].from > tokens[k - 1].to) {
    value += mixed.value;
    k = mixed.end;
  } else if (scan.low(k) === 'and' && scan.low(k + 1) === 'a' && Number.isInteger(value)) {
    const part = scan.low(k + 2) === 'half' ? 0.5 : scan.low(k + 2) === 'quarter' ? 0.25 : 0;
    if (part > 0) {
      value += part;
      k += 3;
    }
  }
  // "1e10", "12.32e+14"
  const e = tokens[k];
  if (e && e.kind === 'word' && e.from === tokens[k - 1].to && (e.text === 'e' || e.text === 'E')) {
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
  } else if (e && e.kind === 'word' && e.from === tokens[k - 1].to && /^[eE]\d+$/.test(e.text)) {
    value = Number(`${value}e${e.text.slice(1)}`);
    k++;
  }
  return { value, end: k };
}

/** A group of three digits after one space, as in "1 234 567.89" (no-break spaces too). */
function isGroup(text: string, t: Token, prev: Token): boolean {
  return (
    t.kind === 'number' &&
    t.from === prev.to + 1 &&
    isSpaceCode(text.charCodeAt(prev.to)) &&
    /^\d{3}(\.\d+)?$/.test(t.text)
  );
}
