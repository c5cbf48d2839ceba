// Term keys: the one word normalisation shared by the fact index, the plugin and the server's
// term search. Keys are cheap and predictable rather than linguistically right: two words share
// a key when they differ only by case, a possessive or a simple inflection.
import { firstFrom } from './span-search';
import { Scan, tokenize } from './tokenize';

/**
 * The key of one word: lowercased, the possessive (`'s`, `’s`, a trailing `'`) dropped, then
 * simple inflections folded by these rules, in order:
 * - plural `-ies` → `-i`, `-es` after `s`, `x`, `z`, `ch`, `sh` dropped, else a final `-s`
 *   dropped (not after `s`, `u` or `i`: "news" → "new" but "bus", "this" stay), words of four
 *   letters or more only;
 * - `-ied` → `-i`, `-ed` and `-ing` dropped when at least three letters remain;
 * - then a final `-e` dropped, a final `-y` written `-i`, and a final double consonant halved.
 *
 * So "evacuated", "evacuate", "evacuates" and "evacuating" share the key `evacuat`; "died",
 * "dies" and "die" share `di`; "killed" and "kills" share `kil`. Derived nouns are not folded
 * ("evacuation" keeps its own key): list them as terms of their own.
 */
export function termKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = fold(word);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(word, key);
  }
  return key;
}

// News copy repeats its words: most keys come from this cache. Cleared whole when full.
const cache = new Map<string, string>();
const cacheLimit = 50_000;

const isConsonant = (c: string) => c >= 'a' && c <= 'z' && !'aeiouy'.includes(c);

function fold(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const n = w.length;
  if (n >= 4) {
    const prev = w[n - 2];
    if (w.endsWith('ies')) w = w.slice(0, -2);
    else if (
      w.endsWith('es') &&
      ('sxz'.includes(w[n - 3]) || w.endsWith('ches') || w.endsWith('shes'))
    )
      w = w.slice(0, -2);
    else if (w[n - 1] === 's' && prev !== 's' && prev !== 'u' && prev !== 'i') w = w.slice(0, -1);
    else if (w.endsWith('ied')) w = w.slice(0, -2);
    else if (w.endsWith('ed') && n >= 5) w = w.slice(0, -2);
    else if (w.endsWith('ing') && n >= 6) w = w.slice(0, -3);
  }
  const m = w.length;
  if (m >= 3) {
    if (w[m - 1] === 'e') w = w.slice(0, -1);
    else if (w[m - 1] === 'y') w = `${w.slice(0, -1)}i`;
  }
  const k = w.length;
  if (k >= 3 && w[k - 1] === w[k - 2] && isConsonant(w[k - 1])) w = w.slice(0, -1);
  return w;
}

/** A word of a text with its offsets and key. */
export interface KeyedWord {
  from: number;
  to: number;
  key: string;
}

/**
 * The words and numbers of `text` (between `from` and `to`), with their keys: the tokens of
 * `tokenize`, so hyphens split words ("pro-Assad" is two) as they do for the extractor.
 */
export function keyedWords(text: string, from = 0, to = text.length): KeyedWord[] {
  const out: KeyedWord[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // `Scan.of` reuses the tokens of the text the extractor has just read, and their lowercase
  // texts: keyed as written or in lowercase, a word has the same key, and fewer to look up.
  const { tokens, lows } = Scan.of(slice);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct')
      out.push({ from: from + t.from, to: from + t.to, key: termKey(lows[i]) });
  }
  return out;
}

/** The words of `words` between `from` and `to`. */
export function wordsBetween(words: readonly KeyedWord[], from: number, to: number): KeyedWord[] {
  return words.slice(firstFrom(words, from), firstFrom(words, to));
}

/** The keys of the words of a phrase ("made it" → `["mad", "it"]`). */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  // Not `Scan.of`: a phrase must not evict the scan of the text being checked.
  for (const t of tokenize(phrase)) if (t.kind !== 'punct') keys.push(termKey(t.text));
  return keys;
}

const determiners = new Set(['a', 'an', 'the'].map(termKey));

/** The word keys of a name, without a leading article ("the regime" → `["regim"]`). */
export function nameKeys(name: string): string[] {
  const keys = phraseKeys(name);
  while (keys.length > 1 && determiners.has(keys[0])) keys.shift();
  return keys;
}

/** Where a phrase occurs in a run of words. */
export interface PhraseHit {
  /** Index of the phrase in the list searched for. */
  phrase: number;
  from: number;
  to: number;
}

/**
 * Which of `phrases` (each given as its word keys) occur in `words`, as whole words in order.
 * Every occurrence is returned.
 */
export function findPhrases(
  words: readonly KeyedWord[],
  phrases: readonly string[][],
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let p = 0; p < phrases.length; p++) {
      if (matchesAt(words, i, phrases[p])) {
        hits.push({ phrase: p, from: words[i].from, to: words[i + phrases[p].length - 1].to });
      }
    }
  }
  return hits;
}

/** True when the word keys `keys` occur in `words` starting at index `at`. */
export function matchesAt(
  words: readonly KeyedWord[],
  at: number,
  keys: readonly string[],
): boolean {
  if (keys.length === 0 || at + keys.length > words.length) return false;
  for (let k = 0; k < keys.length; k++) if (words[at + k].key !== keys[k]) return false;
  return true;
}

/** A word of a quote with its offsets in the quote's text. */
export interface QuoteWord {
  word: string;
  from: number;
  to: number;
}

/**
 * The words of a quote as compared with a recorded quote: lowercased, square brackets of an
 * editor's insertion dropped ("[W]e" reads "we"), punctuation ignored, curly apostrophes straight,
 * numbers without thousands separators ("3,000" reads "3000").
 */
export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  let word = '';
  let from = -1;
  let to = -1;
  const flush = () => {
    if (word) out.push({ word: word.toLowerCase().replace(/’/g, "'"), from, to });
    word = '';
    from = -1;
  };
  for (const t of tokenize(text)) {
    const bracket = t.kind === 'punct' && (t.text === '[' || t.text === ']');
    if (t.from !== to) flush();
    if (bracket) {
      if (from < 0) from = t.from;
      to = t.to;
    } else if (t.kind === 'punct') {
      flush();
      to = -1;
    } else {
      if (from < 0) from = t.from;
      // "3,000" and "3000" are the same words: a separator is punctuation, not a change.
      // Only a comma before three digits groups them: "1,5" is not "15".
      word += t.kind === 'number' ? t.text.replace(/,(?=\d{3}(?!\d))/g, '') : t.text;
      to = t.to;
    }
  }
  flush();
  return out;
}

/**
 * True when a fact's subject or terms match `pattern`: how the checker asks what kind of record
 * a fact is ("Previous UK temperature record", "A&E four-hour target", "Arsenal's lead").
 * `pattern` is one of the checker's constants, without the `g` or `y` flag: the answer is kept
 * per record and pattern, as a record changes only by being replaced.
 */
export function recordSays(
  fact: { subject: string; terms?: readonly string[] },
  pattern: RegExp,
): boolean {
  let known = traits.get(fact);
  if (!known) {
    known = new Map();
    traits.set(fact, known);
  }
  let says = known.get(pattern);
  if (says === undefined) {
    says = pattern.test(fact.subject) || (fact.terms ?? []).some((t) => pattern.test(t));
    known.set(pattern, says);
  }
  return says;
}

// Each is asked of every record a figure may take, for every such figure.
const traits = new WeakMap<object, Map<RegExp, boolean>>();
