// Scare quotes attributed in their own words: "what employers called a “final” pay offer", "what
// critics described as “reckless”", "the union's so-called “final” offer". The phrase names who
// uses the word, so the quote needs no speaker nearby.

import type { Span } from './types';

// "what <one to four words> called|described as …", up to an article or possessive before the
// mark; not the passive "what was called".
const whatTheyCalled =
  /\bwhat\s+(?!(?:is|was|were|are|has|have|had|been|being|be)\b)(?:[\w'’.-]+\s+){1,4}(?:called|calls|call|dubbed|dubs|termed|terms|branded|brands|labell?ed|described\s+as|describes\s+as|refers?\s+to\s+as|referred\s+to\s+as)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?$/i;

// "<owner>'s so-called …", "their so-called …".
const soCalled = /(?:\b[\w.-]+['’]s?|\b(?:its|their|his|her|our))\s+so-called\s+$/i;

/**
 * True when the words right before quotation `quote` (its marks excluded: `from` is the first
 * character inside them) say whose word it is: "what employers called a “final” offer", "what X
 * described as", "X's so-called". Read up to the opening mark, within 80 characters.
 */
export function attributedInPlace(text: string, quote: Span): boolean {
  let at = quote.from;
  while (at > 0 && /[\s“"‘']/.test(text[at - 1])) at--;
  const before = text.slice(Math.max(0, at - 80), at);
  const mark = text.slice(at, quote.from);
  if (!/[“"‘']/.test(mark)) return false;
  const head = before + (/\s$/.test(before) ? '' : ' ');
  return whatTheyCalled.test(head) || soCalled.test(head);
}
