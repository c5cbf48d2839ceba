import type { TermHit } from './fact-index';
import { isLetterCode } from './tokenize';

/**
 * Prefixes that, joined to a word by a hyphen, make it name something else: "near-final results"
 * are not the final results, a "pre-election poll" is no election, a "semi-final" no final, an
 * "ex-president" no longer the president, "non-fatal" injuries not deaths, a "counter-offer" not
 * the offer.
 */
const prefixes = new Set([
  'near',
  'semi',
  'non',
  'pre',
  'post',
  'ex',
  'anti',
  'counter',
  'quasi',
  'pseudo',
]);

/** Whether the word at `from` is joined by a hyphen to one of those prefixes. */
export function prefixed(text: string, from: number): boolean {
  if (from < 3 || text.charCodeAt(from - 1) !== 45) return false;
  let i = from - 1;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return prefixes.has(text.slice(i, from - 1).toLowerCase());
}

/** The term hits whose first word is not so prefixed: the same array when none is. */
export function unprefixed(text: string, hits: TermHit[]): TermHit[] {
  for (let i = 0; i < hits.length; i++)
    if (prefixed(text, hits[i].from)) return hits.filter((h) => !prefixed(text, h.from));
  return hits;
}
