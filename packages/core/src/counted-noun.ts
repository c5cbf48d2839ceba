// "more than 150 landslides", "two doses", "16 train companies", "760 measles cases": the noun a
// count counts, read from the few words right after it, and whether a record names it.

import { phraseKeys, termKey } from './terms';
import { isSpaceCode } from './tokenize';
import type { FigureFact } from './types';

/** The words right after a count, up to the plural noun it counts. */
export interface CountedNoun {
  /** The keys of those words ("train", "companies"): a record naming any of them counts them. */
  keys: string[];
  /** The noun counted, in lower case ("companies"). */
  noun: string;
  /** Where the noun ends in the text. */
  to: number;
}

// Words that end the phrase after a count: it counts nothing past them ("92 in the floods").
// biome-ignore format: a list
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'at', 'to', 'on', 'by', 'for', 'from',
  'with', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'is', 'was', 'are', 'were', 'be',
  'been', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'could', 'may', 'might',
  'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'us', 'plus', 'minus', 'less',
  'across', 'over', 'since', 'after', 'before', 'during', 'into', 'per', 'each', 'apiece', 'times',
]);

// Plurals without a final s.
const IRREGULAR = new Set(['people', 'children', 'men', 'women']);

// After a word in -s, what makes it a verb: "Deaths at 1,500 makes it the deadliest".
const VERB_NEXT = /^\s+(?:it|the|a|an|its|their|his|her|them|us|up|out)\b/;

// Nouns of people, which a record of the dead, the injured or the evacuated counts as it counts
// "people": "The storm killed 92 people", "500 residents were evacuated".
// biome-ignore format: a list
const PEOPLE = new Set([
  'people', 'persons', 'individuals', 'residents', 'civilians', 'children', 'kids', 'adults',
  'men', 'women', 'boys', 'girls', 'babies', 'infants', 'minors', 'teenagers', 'villagers',
  'workers', 'patients', 'others', 'victims', 'survivors', 'passengers', 'migrants', 'refugees',
  'pilgrims', 'tourists', 'visitors', 'students', 'pupils', 'soldiers', 'troops', 'fighters',
  'militants', 'prisoners', 'detainees', 'inmates', 'families', 'members', 'employees',
  'citizens', 'locals', 'inhabitants', 'protesters', 'demonstrators', 'voters',
]);

/** Whether `noun` (lower case) names people, whom records of deaths or evacuations count. */
export const isPeople = (noun: string): boolean => PEOPLE.has(noun);

const isPlural = (w: string) =>
  IRREGULAR.has(w) || (w.length >= 3 && w.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(w));

// A count of a total given after it counts the total's noun: "1,046 of 1,051 polling stations",
// "83 of the 90 people".
const OF_TOTAL =
  /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:\s+(?:hundred|thousand|million|billion))?(?=\s)/i;

/** How far after the count its noun may end, in characters: two words before it, and it. */
const reach = 48;

/**
 * The plural noun right after the count ending at `to` in `text`, past at most two words before
 * it ("16 train companies"); the last of two plurals in a row ("760 measles cases"). None past
 * punctuation, a capitalised word or a word of `STOP`, nor a verb ("1,500 makes it"). A count
 * of a total counts the total's noun ("1,046 of 1,051 polling stations").
 */
export function countedNoun(text: string, to: number): CountedNoun | undefined {
  // Asked of every count: most are followed by punctuation, or by a word that is neither "of"
  // nor a plural, so the regular expressions run only past these cheap looks.
  let next = to;
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  if (next === to) return undefined;
  const c = text.charCodeAt(next);
  const of = (c | 32) === 111 && (text.charCodeAt(next + 1) | 32) === 102;
  if (!of && (c < 97 || c > 122)) return undefined;
  const total = of ? OF_TOTAL.exec(text.slice(to, to + reach)) : null;
  const after = text.slice(to + (total?.[0].length ?? 0), to + reach);
  const run = /^(?:\s+[a-z][\w-]*){1,4}/.exec(after)?.[0] ?? '';
  const words = [...run.matchAll(/[a-z][\w-]*/g)];
  let at = -1;
  for (let i = 0; i < words.length && i < 3; i++) {
    const w = words[i][0];
    if (STOP.has(w)) break;
    if (!isPlural(w)) continue;
    at = i;
    while (at + 1 < words.length && !STOP.has(words[at + 1][0]) && isPlural(words[at + 1][0])) at++;
    break;
  }
  if (at < 0) return undefined;
  const noun = words[at][0];
  const end = (words[at].index ?? 0) + noun.length;
  if (!IRREGULAR.has(noun) && VERB_NEXT.test(after.slice(end))) return undefined;
  const keys = words.slice(0, at + 1).map((w) => termKey(w[0]));
  return { keys, noun, to: to + (total?.[0].length ?? 0) + end };
}

// The keys of each record's words: its terms and its subject.
const wordsOf = new WeakMap<FigureFact, Set<string>>();

/**
 * Whether `fact` names one of `keys` in its terms or its subject ("Countries with measles
 * outbreaks" names countries and outbreaks).
 */
export function names(fact: FigureFact, keys: readonly string[]): boolean {
  let own = wordsOf.get(fact);
  if (!own) {
    own = new Set(phraseKeys(fact.subject));
    for (const t of fact.terms) for (const k of phraseKeys(t)) own.add(k);
    wordsOf.set(fact, own);
  }
  return keys.some((k) => own.has(k));
}
