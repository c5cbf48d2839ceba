// Telephone numbers, which are not figures (contract section 2): the common North American
// and European shapes, recognised over the tokens so that the figure scan skips them whole.

import type { Scan, Token } from './tokenize';

/** The digit groups of a run of number tokens joined by phone separators. */
interface Run {
  /** The digits of each group, in order. */
  groups: string[];
  /** For each group, the index of the token after the one that holds it. */
  ends: number[];
  /** For each group, the text between it and the group before ("" for the first). */
  seps: string[];
  /** The group in parentheses ("(202)", "(0)"), -1 for none, -2 for more than one. */
  paren: number;
}

// A run stops at this many groups: no phone shape has more.
const MAX_GROUPS = 8;

/**
 * The index of the token after the telephone number that starts at the number token `i`,
 * or -1 when none starts there. Shapes (separators: a space, "-", "." and parentheses):
 * - North American: `(202) 555-0173`, `202-555-0173`, `202.555.0173`, `202 555 0173`, with
 *   or without a leading `1` or `+1` (`1-800-555-1234`, `1 (800) 555-1234`).
 * - International: `+` and a country code, then groups of 8 to 15 digits in all
 *   (`+44 20 7946 0958`, `+33 1 23 45 67 89`, `+44 (0)20 7946 0958`).
 * - National with a trunk zero: a first group of two to five digits starting with `0`, then
 *   groups up to 9 to 11 digits in all (`020 7946 0958`, `0800 123 456`, `07700 900123`).
 * A lone pair ("555-1234", "2017-18") is left to the range reading.
 */
export function phoneEnd(scan: Scan, i: number): number {
  const { tokens } = scan;
  const t = tokens[i];
  // Most numbers are followed by a word or a space and a word: reject them at once.
  if (t.kind !== 'number' || !separatorAfter(scan, i)) return -1;
  const run = readRun(scan, i);
  if (run === undefined || run.groups.length < 2) return -1;
  const { groups, ends, seps, paren } = run;
  const before = tokens[i - 1];
  const plus = before?.text === '+' && before.to === t.from;
  const lead = groups[0] === '1' && (plus || groups.length >= 4) ? 1 : 0;
  // Parentheses hold only the area code; without them the two separators match
  // ("202-555-0173", not "850-900 (2018").
  if (
    (!plus || groups[0] === '1') &&
    (paren === lead || (paren === -1 && seps[lead + 1] === seps[lead + 2])) &&
    groups[lead]?.length === 3 &&
    groups[lead + 1]?.length === 3 &&
    groups[lead + 2]?.length === 4 &&
    groups[lead].charCodeAt(0) >= 50 &&
    groups[lead + 1].charCodeAt(0) >= 50
  ) {
    return ends[lead + 2];
  }
  if (plus) {
    // "+44 (0)20 7946 0958": the trunk zero in parentheses comes before the area code.
    const zero = paren === 1 && groups[1] === '0';
    const ok = groups[0].length <= 3 && (paren === -1 || zero);
    return prefixEnd(run, zero ? 2 : 1, 8, 15, ok);
  }
  const first = groups[0];
  const trunk = first.charCodeAt(0) === 48 && first.length >= 2 && first.length <= 5;
  return prefixEnd(run, 0, 9, 11, trunk && (paren === -1 || paren === 0));
}

/**
 * The end of the groups up to the last holding at least `least` and at most `most` digits
 * in all, else -1. After the area code at `area`, each group is at least as long as the
 * one before ("7946 0958", "42 68 53 00"): a shorter one ends the number ("0800 1111 24"),
 * as does a longer one after two of a length ("+33 1 23 45 67 2400 people").
 */
function prefixEnd(run: Run, area: number, least: number, most: number, ok: boolean): number {
  if (!ok) return -1;
  const { groups } = run;
  let digits = 0;
  let end = -1;
  for (let g = 0; g < groups.length; g++) {
    if (g > area + 1 && groups[g].length < groups[g - 1].length) break;
    // A run of equal groups ("23 45 67") ends where a group of another length begins.
    const len = (k: number) => groups[k].length;
    if (g > area + 2 && len(g - 1) === len(g - 2) && len(g) !== len(g - 1)) break;
    digits += groups[g].length;
    if (digits > most) break;
    if (digits >= least && g > area) end = run.ends[g];
  }
  return end;
}

/** The number tokens from `i` on joined by phone separators, split at inner dots. */
function readRun(scan: Scan, i: number): Run | undefined {
  const { tokens } = scan;
  const run: Run = { groups: [], ends: [], seps: [], paren: -1 };
  let k = i;
  let sep = '';
  for (;;) {
    const s = tokens[k].text;
    if (s.indexOf(',') >= 0) return k === i ? undefined : run;
    if (enclosed(scan, k)) run.paren = run.paren === -1 ? run.groups.length : -2;
    for (const g of s.split('.')) {
      run.groups.push(g);
      run.ends.push(k + 1);
      run.seps.push(sep);
      sep = '.';
    }
    if (run.groups.length >= MAX_GROUPS) return run;
    const next = separatorAfter(scan, k) ? nextNumber(scan, k) : -1;
    if (next < 0) return run;
    sep = scan.text.slice(tokens[k].to, tokens[next].from);
    k = next;
  }
}

/** True when the number token `k` stands alone in parentheses: "(202)", "(0)". */
function enclosed(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  return a?.text === '(' && a.to === tokens[k].from && b?.text === ')' && b.from === tokens[k].to;
}

/** True when the token after `k` is a phone separator or a number after one space. */
function separatorAfter(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!b || b.from > a.to + 1) return false;
  return b.kind === 'number' ? b.from > a.to : isSeparator(b);
}

const isSeparator = (t: Token) =>
  t.text === '-' || t.text === '.' || t.text === '(' || t.text === ')';

/**
 * The number token that continues a phone after token `k`: a single space, "-" or "."
 * between them, and the parentheses of an area code or a trunk zero ("1 (800) 555",
 * "+44 (0)20"); else -1. A "." before a space ends a sentence, not a group.
 */
function nextNumber(scan: Scan, k: number): number {
  const { tokens, text } = scan;
  let m = k + 1;
  let dashes = 0;
  let parens = 0;
  while (m < scan.n && tokens[m].kind === 'punct' && isSeparator(tokens[m])) {
    if (tokens[m].text === '(' || tokens[m].text === ')') parens++;
    else dashes++;
    m++;
  }
  const b = tokens[m];
  if (b?.kind !== 'number' || dashes > 1 || parens > 1) return -1;
  // "(" only opens an area code or a trunk zero; ")" only closes the one just read.
  const open = tokens[m - 1].text === '(';
  if (open && (!enclosed(scan, m) || (b.text.length !== 3 && b.text !== '0'))) return -1;
  if (tokens[k + 1].text === ')' && !enclosed(scan, k)) return -1;
  // The gap is the marks and at most one space (") ", " ("), none beside a "-" or "."
  // ("0958. 300" is two sentences); a line break ends the phone.
  const spaces = b.from - tokens[k].to - (m - k - 1);
  if (spaces > 1 || (dashes === 1 && spaces > 0)) return -1;
  for (let p = tokens[k].to; p < b.from; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 0xa0 && c !== 45 && c !== 46 && c !== 40 && c !== 41) return -1;
  }
  return m;
}
