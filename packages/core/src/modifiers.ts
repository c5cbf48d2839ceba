// "wage growth slowed to 4.5%" against a record of GDP growth (term "growth"): a single-word
// term right after a lower-case noun names another thing than the record, unless the record
// names that noun too ("GDP growth", "war deaths"). Adjectives ("economic growth", "confirmed
// deaths", "annual inflation") and function words leave the term the record's.

import { DET, lexicon, STOP } from './lexicon';
import { firstFrom } from './span-search';
import { type KeyedWord, phraseKeys } from './terms';
import type { Fact } from './types';

// Adjectives of quantity and time that the suffix test below misses.
// biome-ignore format: a list
const ADJECTIVES = new Set([
  'total', 'overall', 'average', 'net', 'gross', 'real', 'headline', 'strong', 'weak', 'slow',
  'steady', 'rapid', 'sharp', 'modest', 'new', 'latest', 'current', 'recent', 'final', 'full',
  'high', 'low', 'record', 'big', 'small', 'large', 'huge', 'first', 'last', 'next', 'main',
]);

/** A word that reads as an adjective or participle: by the list, or by its ending. */
const adjectiveLike = (w: string) =>
  ADJECTIVES.has(w) ||
  /(?:al|ic|ly|ed|ing|ous|ive|ful|less|ish|ary|ent|ant|er|est|ible|able)$/.test(w);

// Past forms a term may take that the suffix test misses: after a noun they are its verb
// ("people died", "the economy grew"), not a compound.
// biome-ignore format: a list
const VERBS = new Set([
  'grew', 'rose', 'fell', 'won', 'lost', 'made', 'took', 'left', 'fled', 'hit', 'cut', 'spent',
  'paid', 'sold', 'bought', 'built', 'held', 'met', 'said', 'told', 'gave', 'went', 'came', 'ran',
  'sank', 'shrank', 'slid', 'dead',
]);

/** A term word that reads as a verb: "died", "killed", "rising", "grew". */
const verbLike = (w: string) => VERBS.has(w) || /(?:ed|ing)$/.test(w);

const named = new WeakMap<Fact, Set<string>>();

/** The word keys of a fact's subject and terms. */
function keysOf(fact: Fact): Set<string> {
  let keys = named.get(fact);
  if (!keys) {
    keys = new Set(phraseKeys([fact.subject, ...(fact.terms ?? [])].join(' ')));
    named.set(fact, keys);
  }
  return keys;
}

/**
 * True when the term hit at `from`–`to` (one word of `words`, not a verb) is qualified by a
 * lower-case noun just before it (or a capitalised one that opens the sentence) that `fact` does
 * not name: "wage growth" for a record of GDP growth. "people died" is a noun and its verb, and
 * leaves the term the record's.
 */
export function namesAnother(
  text: string,
  words: readonly KeyedWord[],
  from: number,
  to: number,
  fact: Fact,
): boolean {
  const a = firstFrom(words, from);
  const term = text.slice(from, to);
  // A capitalised term is a name ("Jane Smith"), a verb no compound.
  if (a === 0 || words[a]?.to !== to || !/^[a-z]/.test(term) || verbLike(term.toLowerCase()))
    return false;
  const prev = words[a - 1];
  const c = text.charCodeAt(prev.from);
  const lower = c >= 97 && c <= 122;
  // A capital only for the sentence's first word ("Wage growth slowed"), not a name: no
  // acronym ("UK growth") or possessive ("Germany's growth").
  const opens =
    c >= 65 &&
    c <= 90 &&
    /^[A-Z][a-z]+$/.test(text.slice(prev.from, prev.to)) &&
    /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, prev.from - 4), prev.from));
  if (!(lower || opens) || text.slice(prev.to, from) !== ' ') return false;
  const w = text.slice(prev.from, prev.to).toLowerCase();
  if ((lexicon.get(w) ?? 0) & (STOP | DET) || adjectiveLike(w)) return false;
  return !keysOf(fact).has(prev.key);
}
