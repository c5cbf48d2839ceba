// "Drivers at 16 train companies staged strikes": a figure after a record's term and a
// preposition counts the noun after it (companies), not what the term names (drivers); "a
// 71-page opinion" counts pages.

import type { TermHit } from './fact-index';
import type { FigureClaim } from './types';

// The term, a preposition, then the figure: "Drivers at 16", "patients in 12", "staff across 30".
const PREPOSITION = /^\s+(?:at|in|across|from)\s+$/i;
// After the figure: a word that starts what it counts ("16 train companies").
const NOUN_NEXT =
  /^\s+(?!(?:is|was|has|does|this|its|his|as|us|plus|minus|less)\b)(?:[a-z][\w-]*\s+){0,2}?(?!(?:is|was|has|does)\b)[a-z][\w-]*s\b(?!\s+(?:it|the|a|an|its|their|his|her|them|us|up|out)\b)/;
// A word joined to the count by a hyphen: "71-page", "12-member", "five-judge".
const GLUED = /^-[a-z]{2,}\b/;
// The preposition right before the figure, looked for before any hit is.
const BEFORE = /\b(?:at|in|across|from)\s+$/i;
/** How far before the figure the term may end: the preposition and its spaces. */
const reach = 12;

/** The records a count may not take because it counts another thing (`countsOther`). */
export type CountedOther = (claim: FigureClaim) => ReadonlySet<string> | undefined;

/**
 * For the term hits of one sentence of `text`, read once: the ids of the records a count may
 * not take because it counts another thing. In "a 71-page opinion", every record but one of
 * pages. Otherwise those whose term comes right before the count across a preposition, when a
 * plural noun that is none of the record's terms follows it: "Drivers at 16 train companies"
 * does not count drivers.
 */
export function countsOther(text: string, hits: readonly TermHit[]): CountedOther {
  // Hits by where they end and start, read on first need: a sentence may hold a table of
  // thousands, and most never need them.
  let ending: Map<number, TermHit[]> | undefined;
  let starting: Map<number, TermHit[]> | undefined;
  const index = () => {
    ending = new Map();
    starting = new Map();
    for (const h of hits) {
      const e = ending.get(h.to);
      if (e) e.push(h);
      else ending.set(h.to, [h]);
      const s = starting.get(h.from);
      if (s) s.push(h);
      else starting.set(h.from, [h]);
    }
    return { ending, starting };
  };
  const startsIn = (factId: string, from: number, to: number) => {
    for (let at = from; at < to; at++)
      if (starting?.get(at)?.some((o) => o.factId === factId && o.to <= to)) return true;
    return false;
  };
  return (claim) => {
    if (claim.unit !== 'count' || !hits.length) return undefined;
    // "a 71-page opinion", "the 12-member jury": the count is of the word it is joined to, and
    // only a record that word names may take it.
    if (GLUED.test(text.slice(claim.to, claim.to + 24))) {
      const own = (starting ?? index().starting).get(claim.to + 1) ?? [];
      const ids = new Set(hits.map((h) => h.factId));
      for (const o of own) ids.delete(o.factId);
      return ids;
    }
    if (!BEFORE.test(text.slice(Math.max(0, claim.from - reach), claim.from))) return undefined;
    const ends = ending ?? index().ending;
    let out: Set<string> | undefined;
    for (let end = claim.from; end >= claim.from - reach; end--) {
      for (const h of ends.get(end) ?? []) {
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
  };
}
