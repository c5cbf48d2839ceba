// One pass over the char codes of a text: a sentence ends at `.`, `!`, `?` or
// `…` (with any closing quotes and brackets after it) that is followed by white
// space, unless the next word starts in lowercase or the full stop belongs to
// an abbreviation. A blank line always ends a sentence.

import type { Sentence } from './types';

// Titles never end a sentence ("Mr. Safadi", "St. Louis").
const titles = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'ft',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'rev',
  'hon',
  'fr',
  'pres',
  'supt',
  'no',
  'nos',
  'vs',
  'v',
  'cf',
  'approx',
  'fig',
]);

// Abbreviations that end a sentence only before a word that usually starts one
// ("Jan. 5", "the U.S. Army", "J. K. Rowling", but "the U.N. It was").
const soft = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
]);

/** Words that usually open a sentence; after an initial or an acronym they mean a break. */
const starters = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'when',
  'while',
  'if',
  'however',
  'meanwhile',
  'some',
  'many',
  'most',
  'no',
  'not',
  'for',
  'with',
  'by',
  'from',
  'during',
  'since',
  'both',
  'one',
  'all',
]);

const SPACE = 1;
const STOP = 2;
const OTHER = 3;
/** What each ASCII character is to the splitter: 0 for most. */
const ascii = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ascii[c] = SPACE;
for (const c of [46, 33, 63]) ascii[c] = STOP;
ascii[34] = OTHER;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
  );
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

// Closing quotation marks and brackets that belong to the sentence they follow.
function isCloser(c: number): boolean {
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

/** The next word after `i` (lowercased, letters only), or '' when none. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * True when the full stop at `dot` belongs to an abbreviation that should not
 * end the sentence, given that the next word starts at `next`.
 */
function abbreviation(text: string, dot: number, next: number): boolean {
  let b = dot;
  // Walk back over a dotted form like "U.S" or "e.g".
  while (b > 0) {
    const c = text.charCodeAt(b - 1);
    if (isLetter(c)) b--;
    else if (c === 46 && b >= 2 && isLetter(text.charCodeAt(b - 2))) b--;
    else break;
  }
  if (b === dot) return false;
  const word = text.slice(b, dot).toLowerCase();
  if (titles.has(word)) return true;
  const nc = text.charCodeAt(next);
  const dotted = word.length === 1 || word.indexOf('.') > 0;
  if (soft.has(word) || dotted) {
    if (nc >= 48 && nc <= 57) return true;
    return !starters.has(wordAt(text, next));
  }
  return false;
}

/** True when the line break at `i` starts a blank line; returns the index after it or -1. */
function blankLineAfter(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 10) return j;
    if (c === 32 || c === 9 || c === 13) j++;
    else return -1;
  }
  return -1;
}

/**
 * Splits `text` into sentences: spans from the first non-space character to
 * the terminator and its closing quotes, in order. Abbreviations ("U.S.",
 * "Mr.", "Jan. 5", initials), decimals and an ellipsis inside a quotation do
 * not end a sentence; a paragraph break (a blank line) always does.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = -1;
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters are letters: one table lookup and on.
    const k =
      c < 128
        ? ascii[c]
        : c === 0x2026
          ? STOP
          : c === 0x201c || c === 0x201d
            ? OTHER
            : isSpace(c)
              ? SPACE
              : 0;
    if (k === 0) {
      if (start < 0) start = i;
      continue;
    }
    if (k === SPACE) {
      if (c === 10 && start >= 0 && blankLineAfter(text, i) >= 0) {
        out.push({ from: start, to: trimEnd(text, i) });
        start = -1;
        inQuote = false;
      }
      continue;
    }
    if (start < 0) start = i;
    if (c === 0x201c) inQuote = true;
    else if (c === 0x201d) inQuote = false;
    else if (c === 34) inQuote = i === 0 || isSpace(text.charCodeAt(i - 1)) ? true : !inQuote;
    if (k !== STOP) continue;
    const mark = i;
    let j = i + 1;
    let dots = c === 46 ? 1 : 0;
    let ellipsis = c === 0x2026;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 46) dots++;
      else if (d === 0x2026) ellipsis = true;
      else if (d !== 33 && d !== 63) break;
      j++;
    }
    if (dots >= 3) ellipsis = true;
    while (j < n && isCloser(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (d === 0x201d || d === 34) inQuote = false;
      j++;
    }
    i = j - 1;
    // A terminator glued to what follows ("3.5", "U.S.,") ends nothing.
    if (j >= n || !isSpace(text.charCodeAt(j))) continue;
    let next = j;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next >= n) continue;
    if (isLower(text.charCodeAt(next))) continue;
    if (ellipsis && inQuote) continue;
    if (c === 46 && j === mark + 1 && abbreviation(text, mark, next)) continue;
    out.push({ from: start, to: j });
    start = -1;
  }
  if (start >= 0) out.push({ from: start, to: trimEnd(text, n) });
  return out;
}

function trimEnd(text: string, to: number): number {
  let e = to;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
