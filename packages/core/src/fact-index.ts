// The facts at hand, indexed for the checker: terms and speakers' names by the keys of their
// first word (one-word phrases) or first two words (longer phrases), quotes by word trigrams. A
// lookup touches only the buckets of the words it is given, so it costs about the same with ten
// facts or 100,000, even when thousands of terms start with the same word.
import {
  type KeyedWord,
  matchesAt,
  nameKeys,
  phraseKeys,
  type QuoteWord,
  quoteWords,
} from './terms';
import type { Fact } from './types';

/** Where a fact's term (or speaker name) occurs in a text. */
export interface TermHit {
  factId: string;
  from: number;
  to: number;
}

interface Entry {
  id: string;
  keys: string[];
}

type Buckets = Map<string, Entry[]>;

/** Quotes of fewer words than this are matched whole; longer ones by their word trigrams. */
const gram = 3;

/** The bucket of a phrase: its first word's key, or its first two words' keys. */
function bucketOf(keys: readonly string[]): string {
  return keys.length === 1 ? keys[0] : `${keys[0]} ${keys[1]}`;
}

function add(buckets: Buckets, key: string, entry: Entry): void {
  const list = buckets.get(key);
  if (list) list.push(entry);
  else buckets.set(key, [entry]);
}

function drop(buckets: Buckets, key: string, id: string): void {
  const list = buckets.get(key);
  if (!list) return;
  const kept = list.filter((e) => e.id !== id);
  if (kept.length) buckets.set(key, kept);
  else buckets.delete(key);
}

/** The lookup keys of a quote's text: its trigrams, or the whole text when it is shorter. */
export function quoteGrams(words: readonly string[]): string[] {
  if (words.length < gram) return words.length ? [`=${words.join(' ')}`] : [];
  const out: string[] = [];
  for (let i = 0; i + gram <= words.length; i++) out.push(words.slice(i, i + gram).join(' '));
  return out;
}

/** Phrases by bucket, and the first keys of the phrases of two words or more. */
interface Phrases {
  buckets: Buckets;
  starts: Map<string, number>;
}

function hits({ buckets, starts }: Phrases, words: readonly KeyedWord[]): TermHit[] {
  const out: TermHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const key = words[i].key;
    const one = buckets.get(key);
    if (one) for (const e of one) out.push({ factId: e.id, from: words[i].from, to: words[i].to });
    if (i + 1 === words.length || !starts.has(key)) continue;
    const two = buckets.get(`${key} ${words[i + 1].key}`);
    if (!two) continue;
    for (const e of two) {
      if (matchesAt(words, i, e.keys))
        out.push({ factId: e.id, from: words[i].from, to: words[i + e.keys.length - 1].to });
    }
  }
  return out;
}

function addPhrase(p: Phrases, keys: string[], id: string): void {
  if (!keys.length) return;
  add(p.buckets, bucketOf(keys), { id, keys });
  if (keys.length > 1) p.starts.set(keys[0], (p.starts.get(keys[0]) ?? 0) + 1);
}

function dropPhrase(p: Phrases, keys: string[], id: string): void {
  if (!keys.length) return;
  drop(p.buckets, bucketOf(keys), id);
  if (keys.length > 1) {
    const left = (p.starts.get(keys[0]) ?? 1) - 1;
    if (left > 0) p.starts.set(keys[0], left);
    else p.starts.delete(keys[0]);
  }
}

/**
 * The facts at hand, by id, with the lookups the checker needs. `version` grows with every
 * change, so a cached result can tell whether it is still current.
 */
export class FactIndex {
  #facts = new Map<string, Fact>();
  #terms: Phrases = { buckets: new Map(), starts: new Map() };
  #speakers: Phrases = { buckets: new Map(), starts: new Map() };
  #grams = new Map<string, string[]>();
  #byKey = new Map<string, string[]>();
  #quoteWords = new Map<string, QuoteWord[]>();
  #version = 0;

  /** Indexes `facts`; a later fact replaces an earlier one of the same id. */
  constructor(facts: readonly Fact[] = []) {
    for (const f of facts) this.#put(f);
  }

  /** Grows by one with every `upsert` or `remove` that is given facts. */
  get version(): number {
    return this.#version;
  }

  /** How many facts there are. */
  get size(): number {
    return this.#facts.size;
  }

  /** The fact of this id, if any. */
  get(id: string): Fact | undefined {
    return this.#facts.get(id);
  }

  /** Every fact, in insertion order. */
  all(): Fact[] {
    return [...this.#facts.values()];
  }

  /** Adds facts, replacing those of the same ids. */
  upsert(facts: readonly Fact[]): void {
    for (const f of facts) this.#put(f);
    if (facts.length) this.#version++;
  }

  /** Removes the facts of these ids (unknown ids are ignored). */
  remove(ids: readonly string[]): void {
    for (const id of ids) this.#delete(id);
    if (ids.length) this.#version++;
  }

  /**
   * Every occurrence of a fact's term in `words` (the keyed words of a sentence, see
   * `keyedWords`), in text order (by `from`): found by the key of the term's first word, then
   * checked word by word.
   */
  termHits(words: readonly KeyedWord[]): TermHit[] {
    return hits(this.#terms, words);
  }

  /** Every occurrence in `words` of the name or an alias of a quote's or statement's speaker. */
  speakerHits(words: readonly KeyedWord[]): TermHit[] {
    return hits(this.#speakers, words);
  }

  /**
   * The facts with a term that has a word of this key (`termKey(word)`), optionally only the
   * figures of one unit (`count` for a figure with none).
   */
  withTermKey(key: string, unit?: string): Fact[] {
    const out: Fact[] = [];
    for (const id of this.#byKey.get(key) ?? []) {
      const fact = this.#facts.get(id)!;
      if (unit === undefined || (fact.kind === 'figure' && (fact.unit ?? 'count') === unit))
        out.push(fact);
    }
    return out;
  }

  /**
   * The recorded quotes that share words with a quote (its words as `quoteWords` gives them):
   * ids by the number of shared trigrams, best first, at most `limit`.
   */
  quoteCandidates(words: readonly string[], limit = 5): string[] {
    const counts = new Map<string, number>();
    for (const g of quoteGrams(words)) {
      const ids = this.#grams.get(g);
      if (ids) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** The words of a recorded quote, as `quoteWords` reads them (kept from indexing). */
  quoteWordsOf(id: string): QuoteWord[] | undefined {
    return this.#quoteWords.get(id);
  }

  #put(fact: Fact): void {
    if (this.#facts.has(fact.id)) this.#delete(fact.id);
    this.#facts.set(fact.id, fact);
    for (const term of fact.terms ?? []) {
      const keys = phraseKeys(term);
      addPhrase(this.#terms, keys, fact.id);
      for (const k of keys) {
        const ids = this.#byKey.get(k);
        if (!ids) this.#byKey.set(k, [fact.id]);
        // A fact's keys are added together, so a repeat is always the last id.
        else if (ids[ids.length - 1] !== fact.id) ids.push(fact.id);
      }
    }
    if (fact.kind === 'quote' || fact.kind === 'statement') {
      for (const name of [fact.speaker.name, ...(fact.speaker.aliases ?? [])]) {
        addPhrase(this.#speakers, nameKeys(name), fact.id);
      }
    }
    if (fact.kind === 'quote') {
      const words = quoteWords(fact.text);
      this.#quoteWords.set(fact.id, words);
      for (const g of new Set(quoteGrams(words.map((w) => w.word)))) {
        const ids = this.#grams.get(g);
        if (ids) ids.push(fact.id);
        else this.#grams.set(g, [fact.id]);
      }
    }
  }

  #delete(id: string): void {
    const fact = this.#facts.get(id);
    if (!fact) return;
    this.#facts.delete(id);
    for (const term of fact.terms ?? []) {
      const keys = phraseKeys(term);
      dropPhrase(this.#terms, keys, id);
      for (const k of keys) {
        const kept = (this.#byKey.get(k) ?? []).filter((x) => x !== id);
        if (kept.length) this.#byKey.set(k, kept);
        else this.#byKey.delete(k);
      }
    }
    if (fact.kind === 'quote' || fact.kind === 'statement') {
      for (const name of [fact.speaker.name, ...(fact.speaker.aliases ?? [])]) {
        dropPhrase(this.#speakers, nameKeys(name), id);
      }
    }
    if (fact.kind === 'quote') {
      this.#quoteWords.delete(id);
      for (const g of quoteGrams(quoteWords(fact.text).map((w) => w.word))) {
        const ids = this.#grams.get(g);
        if (!ids) continue;
        const kept = ids.filter((x) => x !== id);
        if (kept.length) this.#grams.set(g, kept);
        else this.#grams.delete(g);
      }
    }
  }
}
