// A character-level scanner: one pass over the char codes of a paragraph,
// no regular expression per token. Everything the extractors read about the
// surface of the text starts here.

import { CURRENCY_CODES } from './currency-codes';

/**
 * What a token is:
 * - `word`: a run of letters (any script) and digits that starts with a
 *   letter, with inner apostrophes (`Jordan's`, `don’t`) kept inside. `B52`
 *   is one word, but a currency code glued to digits is not (`EUR2.5bn` is
 *   `EUR` + `2.5` + `bn`); hyphens split words (`pro`, `-`, `Assad`).
 * - `number`: a run of ASCII digits that starts with a digit, with inner `,`
 *   and `.` kept when a digit follows them (`1,234.5`, `115,000`, `3.7`).
 *   Letters glued to the digits start a separate word token with no gap
 *   (`21st` is `21` + `st`, `$2.5bn` is `$` + `2.5` + `bn`).
 * - `punct`: any other single non-space character (`$`, `%`, `-`, `“`).
 */
export type TokenKind = 'word' | 'number' | 'punct';

/**
 * One token of a text. Offsets are JavaScript string indices into the text,
 * `from` inclusive, `to` exclusive; `text` is `input.slice(from, to)` as
 * written (not lowercased). Two tokens are glued when `a.to === b.from`.
 */
export interface Token {
  kind: TokenKind;
  from: number;
  to: number;
  text: string;
}

const nonAsciiLetter = /\p{L}|\p{M}/u;

/** True for a letter of any script (ASCII fast path first). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Typographic punctuation and spaces are common in news copy; skip the regex for them.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return nonAsciiLetter.test(String.fromCharCode(c));
}

/** True for an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for white space, including no-break and typographic spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Splits `text` into word, number and punctuation tokens with their offsets.
 * White space produces no token.
 */
export function tokenize(text: string): Token[] {
  return scanTokens(text, undefined);
}

// The scanner; with `lows`, it also stores each token's lowercased text, so
// that words with no capital letter (most of them) cost no second pass.
function scanTokens(text: string, lows: string[] | undefined): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let upper = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const from = i;
    let kind: TokenKind;
    if (isDigitCode(c)) {
      kind = 'number';
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetterCode(c)) {
      kind = 'word';
      upper = c < 97 || c > 122;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (isDigitCode(d) && i - from === 3 && CURRENCY_CODES.has(text.slice(from, i))) break;
        else if (isLetterCode(d) || isDigitCode(d)) {
          if (d < 48 || d > 57) upper = true; // a capital or a non-ASCII letter
          i++;
        } else if (isApostrophe(d) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else {
      kind = 'punct';
      // Keep a surrogate pair (an emoji, say) in one token.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const slice = text.slice(from, i);
    tokens.push({ kind, from, to: i, text: slice });
    if (lows) lows.push(kind === 'word' && upper ? slice.toLowerCase() : slice);
    upper = false;
  }
  return tokens;
}

let lastScan: Scan | undefined;

/**
 * The tokens of one text with their lowercased texts: what the extractors
 * read. Treat it as read-only.
 */
export class Scan {
  /** The tokens of `text`. */
  readonly tokens: Token[];
  /** The number of tokens. */
  readonly n: number;
  /** The lowercased text of each token. */
  readonly lows: string[] = [];

  constructor(readonly text: string) {
    this.tokens = scanTokens(text, this.lows);
    this.n = this.tokens.length;
  }

  /**
   * The scan of `text`, reusing the previous one when the same text is
   * scanned again (`extract` reads each paragraph for figures, then dates).
   */
  static of(text: string): Scan {
    if (lastScan === undefined || lastScan.text !== text) lastScan = new Scan(text);
    return lastScan;
  }

  /** The lowercased text of token `i`; '' out of range. */
  low(i: number): string {
    return i < this.n && i >= 0 ? this.lows[i] : '';
  }
}
