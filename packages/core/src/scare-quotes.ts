// Scare quotes attributed in their own words: "what employers called a “final” pay offer", "what
// critics described as “reckless”", "the union's so-called “final” offer". The phrase names who
// uses the word, so the quote needs no speaker nearby. And names in quotation marks: "known in
// Poland as the “Flood of the Millennium”", "nicknamed “the Beast from the East”" give what a
// thing is called, not anyone's words.

import type { Span } from './types';

// "what <one to four words> called|described as …", up to an article or possessive before the
// mark; not the passive "what was called".
const whatTheyCalled =
  /\bwhat\s+(?!(?:is|was|were|are|has|have|had|been|being|be)\b)(?:[\w'’.-]+\s+){1,4}(?:called|calls|call|dubbed|dubs|termed|terms|branded|brands|labell?ed|described\s+as|describes\s+as|refers?\s+to\s+as|referred\s+to\s+as)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?$/i;

// "<owner>'s so-called …", "their so-called …".
const soCalled = /(?:\b[\w.-]+['’]s?|\b(?:its|their|his|her|our))\s+so-called\s+$/i;

// The words that give a name: "known (in Poland) as", "dubbed", "nicknamed", "called", "named",
// "branded", "labelled", "titled", "so-called", with an object pronoun and an article after
// them ("nicknamed him the").
const naming =
  /\b(?:known(?:\s+[\w'’.-]+){0,4}?\s+as|dubbed|nicknamed|called|named|branded|labell?ed|titled|entitled|so-called)\s+(?:(?:it|him|her|them)\s+)?(?:(?:the|a|an)\s+)?$/i;

// The small words a name keeps in lower case: "Flood of the Millennium", "the Beast from the East".
const minor = new Set(
  'a an the of and & in on at for to from by with upon over under de la le du da von van der del y'.split(
    ' ',
  ),
);

/** The most words a quoted name has ("the Beast from the East" has five). */
const nameMaxWords = 8;

/**
 * The words right before quotation `quote` (its marks excluded: `from` is the first character
 * inside them), up to its opening mark and within 80 characters, ending in a space; null when
 * no quotation mark opens it.
 */
function wordsBefore(text: string, quote: Span): string | null {
  let at = quote.from;
  while (at > 0 && /[\s“"‘']/.test(text[at - 1])) at--;
  const before = text.slice(Math.max(0, at - 80), at);
  const mark = text.slice(at, quote.from);
  if (!/[“"‘']/.test(mark)) return null;
  return before + (/\s$/.test(before) ? '' : ' ');
}

/**
 * True when the words right before quotation `quote` (its marks excluded: `from` is the first
 * character inside them) say whose word it is: "what employers called a “final” offer", "what X
 * described as", "X's so-called". Read up to the opening mark, within 80 characters.
 */
export function attributedInPlace(text: string, quote: Span): boolean {
  const head = wordsBefore(text, quote);
  return head !== null && (whatTheyCalled.test(head) || soCalled.test(head));
}

/**
 * True when `quoted` reads as a name, not as words someone said: one to eight words, each
 * capitalised (or a number) but for the small words of a name after the first ("of", "the",
 * "from"), and the last capitalised; a leading "the", "a" or "an" may be lower case. No
 * punctuation of speech but a closing comma or full stop, as American copy sets them inside
 * the marks: "Flood of the Millennium", "the Beast from the East", "Lucky"; not "a disaster for
 * the city," nor "Help!".
 */
export function readsAsName(quoted: string): boolean {
  const words = quoted
    .trim()
    .replace(/[.,]$/, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > nameMaxWords) return false;
  if (words.some((w) => /[!?;:,“”"()]/.test(w))) return false;
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  return words.every((w, i) => {
    if (capital(w)) return true;
    if (i === words.length - 1) return false;
    return i === 0 ? /^(?:the|a|an)$/.test(w) : minor.has(w);
  });
}

/**
 * True when quotation `quote` is a name the words right before it give, not a quote: "known in
 * Poland as the “Flood of the Millennium”", "the storm, nicknamed “the Beast from the East”", "a
 * report titled “Feeding Britain”". Only a quotation that reads as a name (see `readsAsName`):
 * after "called" and the rest, "a disaster for the city" is still someone's words.
 */
export function namedInPlace(text: string, quote: Span): boolean {
  const head = wordsBefore(text, quote);
  return head !== null && naming.test(head) && readsAsName(text.slice(quote.from, quote.to));
}
