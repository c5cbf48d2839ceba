// "Drivers at 16 train companies staged strikes": a figure after a record's term and a
// preposition counts the noun after it (companies), not what the term names (drivers); "a
// 71-page opinion" counts pages, and "the 100-seat Saeima" gives the Saeima's size; "heavy rain
// triggered more than 150 landslides" counts landslides, not the dead a record counts.

import { countedNoun, isPeople, names } from './counted-noun';
import type { TermHit } from './fact-index';
import { termKey } from './terms';
import type { FigureClaim, FigureFact } from './types';

// The term, a preposition, then the figure: "Drivers at 16", "patients in 12", "staff across 30".
const PREPOSITION = /^\s+(?:at|in|across|from)\s+$/i;
// After the figure: a word that starts what it counts ("16 train companies").
const NOUN_NEXT =
  /^\s+(?!(?:is|was|has|does|this|its|his|as|us|plus|minus|less)\b)(?:[a-z][\w-]*\s+){0,2}?(?!(?:is|was|has|does)\b)[a-z][\w-]*s\b(?!\s+(?:it|the|a|an|its|their|his|her|them|us|up|out)\b)/;
// A word joined to the count by a hyphen: "71-page", "12-member", "five-judge".
const GLUED = /^-[a-z]{2,}\b/;
// The noun after that word: "the 100-seat Saeima", "a 71-page opinion".
const HEAD = /^-[a-z]{2,}\s+([A-Za-z][\w-]*)/;
// No noun: "the 12-member and 9-member panels".
const NOT_HEAD =
  /^(?:and|or|but|of|in|at|to|on|by|for|from|with|as|than|that|which|who|is|was|are|were)$/i;
// The preposition right before the figure, looked for before any hit is.
const BEFORE = /\b(?:at|in|across|from)\s+$/i;
/** How far before the figure the term may end: the preposition and its spaces. */
const reach = 12;
// A record's term right before the count that measures it ("the unbeaten run to 14 matches",
// "the death toll rose to 92 people", "a toll of 92 people") or whose object it is ("cancelled
// 300 flights").
const MEASURED = /^\s+(?:(?:[a-z]+\s+){0,2}?(?:to|at|of|reached|hit|topped|passed|exceeded)\s+)?$/i;
/** How far before the figure such a term may end, in characters. */
const measureReach = 28;
// A record's verb right after the noun, in the passive: "more than 1,200 homes were destroyed".
const PASSIVE = /^\s+(?:were|was|are|is|(?:have|has|had)\s+been|been)\s+(?:[a-z]+ly\s+)?$/i;
/** How far after the noun such a verb may start, in characters. */
const passiveReach = 28;
// Right after a record's word in the singular, a word that makes it a count: "the death toll".
const TALLY = /^\s+(?:toll|tolls|count|counts|tally|total|number|numbers|figure|figures|rate)\b/i;

/** Whether a count ties to a record only when they agree: it counts another thing. */
export type OtherCount = (fact: FigureFact) => boolean;

/** `countsOther`'s test for one count: none when every record may be of what it counts. */
export type CountedOther = (claim: FigureClaim) => OtherCount | undefined;

/**
 * For the term hits of one sentence of `text`, read once: for each count, the records it may
 * take only when it agrees with them because it counts another thing. In "a 71-page opinion",
 * every record but one of pages, and that one too when it does not name the noun after ("the
 * 100-seat Saeima" is not a party's seats). Those whose term comes right before the count across
 * a preposition, when a plural noun that is none of the record's terms follows it: "Drivers at
 * 16 train companies" does not count drivers. And those that do not name the plural noun right
 * after the count ("more than 150 landslides", "two doses"), unless the noun is of people and the
 * record may count people, or the record's term comes right before as what the count measures
 * ("the unbeaten run to 14 matches") or whose object it is ("cancelled 300 flights"), or right
 * after as its verb in the passive ("1,200 homes were destroyed"). A record named in the
 * sentence only as one of its things ("the largest outbreak" of a record of outbreaks) does not
 * count people either.
 */
export function countsOther(text: string, hits: readonly TermHit[]): CountedOther {
  // Hits by where they end and start, and by record, read on first need: a sentence may hold a
  // table of thousands, and most never need them.
  let ending: Map<number, TermHit[]> | undefined;
  let starting: Map<number, TermHit[]> | undefined;
  let byFact: Map<string, TermHit[]> | undefined;
  const index = () => {
    ending = new Map();
    starting = new Map();
    byFact = new Map();
    for (const h of hits) {
      add(ending, h.to, h);
      add(starting, h.from, h);
      add(byFact, h.factId, h);
    }
    return { ending, starting, byFact };
  };
  const startsIn = (factId: string, from: number, to: number) => {
    for (let at = from; at < to; at++)
      if (starting?.get(at)?.some((o) => o.factId === factId && o.to <= to)) return true;
    return false;
  };
  const ones = new Map<string, boolean>();
  // The record is named in the sentence only in the singular of a plural term of it.
  const namedAsOne = (fact: FigureFact) => {
    let one = ones.get(fact.id);
    if (one === undefined) {
      const own = (byFact ?? index().byFact).get(fact.id) ?? [];
      one = own.length > 0 && own.every((h) => singularOf(text, h, fact));
      ones.set(fact.id, one);
    }
    return one;
  };
  return (claim) => {
    if (claim.unit !== 'count' || !hits.length) return undefined;
    // Read on the first record asked about: most counts have no record of their unit.
    let test: OtherCount | undefined;
    return (fact) => {
      test ??= testOf(claim);
      return test(fact);
    };
  };

  function testOf(claim: FigureClaim): OtherCount {
    const maps = ending ? { ending, starting, byFact } : index();
    // "a 71-page opinion", "the 12-member jury": the count is of the word it is joined to, and
    // only a record that word names may take it, and that one only when it names the noun it
    // gives the size of ("the 100-seat Saeima").
    if (text.charCodeAt(claim.to) === 45 && GLUED.test(text.slice(claim.to, claim.to + 24))) {
      const own = new Set((maps.starting!.get(claim.to + 1) ?? []).map((o) => o.factId));
      const head = HEAD.exec(text.slice(claim.to, claim.to + 40))?.[1];
      const key = head !== undefined && !NOT_HEAD.test(head) ? termKey(head) : undefined;
      return (fact) =>
        maps.byFact!.has(fact.id) &&
        (!own.has(fact.id) || (key !== undefined && !names(fact, [key])));
    }
    const across = acrossPreposition(claim);
    const noun = countedNoun(text, claim.to);
    if (!noun) return (fact) => across?.has(fact.id) === true;
    const framing = framedBy(claim, noun.to, maps.ending!, maps.starting!);
    return (fact) =>
      across?.has(fact.id) === true ||
      (!names(fact, noun.keys) &&
        (namedAsOne(fact) || (!framing.has(fact.id) && !isPeople(noun.noun))));
  }

  // The records whose term comes right before the count across a preposition, when a plural
  // noun that is none of their terms follows: "Drivers at 16 train companies".
  function acrossPreposition(claim: FigureClaim): Set<string> | undefined {
    if (!BEFORE.test(text.slice(Math.max(0, claim.from - reach), claim.from))) return undefined;
    let out: Set<string> | undefined;
    for (let end = claim.from; end >= claim.from - reach; end--) {
      for (const h of ending?.get(end) ?? []) {
        if (!PREPOSITION.test(text.slice(h.to, claim.from))) continue;
        const next = NOUN_NEXT.exec(text.slice(claim.to, claim.to + 40));
        if (!next) continue;
        // "Drivers at 3,400 drivers' depots" is the record's own word again: still its.
        if (startsIn(h.factId, claim.to, claim.to + next[0].length)) continue;
        out ??= new Set();
        out.add(h.factId);
      }
    }
    return out;
  }

  // The records whose term says what the count counts: right before it, as what it measures or
  // whose object it is, or right after its noun (ending at `nounTo`) as its verb in the passive.
  function framedBy(
    claim: FigureClaim,
    nounTo: number,
    ends: Map<number, TermHit[]>,
    starts: Map<number, TermHit[]>,
  ): Set<string> {
    const out = new Set<string>();
    for (let end = claim.from; end >= Math.max(0, claim.from - measureReach); end--)
      for (const h of ends.get(end) ?? [])
        if (MEASURED.test(text.slice(h.to, claim.from))) out.add(h.factId);
    for (let start = nounTo; start <= nounTo + passiveReach; start++)
      for (const h of starts.get(start) ?? [])
        if (PASSIVE.test(text.slice(nounTo, h.from))) out.add(h.factId);
    return out;
  }
}

function add<K>(map: Map<K, TermHit[]>, key: K, hit: TermHit): void {
  const list = map.get(key);
  if (list) list.push(hit);
  else map.set(key, [hit]);
}

// Hit `h` of `fact` is one of the things a plural term of it counts: "outbreak" of "outbreaks",
// not "death" in "the death toll".
function singularOf(text: string, h: TermHit, fact: FigureFact): boolean {
  const word = /[\w’']+$/.exec(text.slice(h.from, h.to))?.[0].toLowerCase() ?? '';
  if (word.endsWith('s') || TALLY.test(text.slice(h.to, h.to + 12))) return false;
  const key = termKey(word);
  return fact.terms.some((t) => {
    const last = /[\w’']+$/.exec(t)?.[0].toLowerCase() ?? '';
    return last.endsWith('s') && last !== word && termKey(last) === key;
  });
}
