// "Drivers at 16 train companies staged strikes": a figure after a record's term and a
// preposition counts the noun after it (companies), not what the term names (drivers).

import type { TermHit } from './fact-index';
import type { FigureClaim } from './types';

// The term, a preposition, then the figure: "Drivers at 16", "patients in 12", "staff across 30".
const PREPOSITION = /^\s+(?:at|in|across|from)\s+$/i;
// After the figure: a word that starts what it counts ("16 train companies").
const NOUN_NEXT =
  /^\s+(?!(?:is|was|has|does|this|its|his|as|us|plus|minus|less)\b)(?:[a-z][\w-]*\s+){0,2}?(?!(?:is|was|has|does)\b)[a-z][\w-]*s\b/;

/**
 * The ids of the records whose term comes right before count `claim` of `text` across a
 * preposition, when a plural noun that is none of the record's terms follows it: "Drivers at 16
 * train companies" does not count drivers.
 */
export function countsOther(
  text: string,
  hits: readonly TermHit[],
  claim: FigureClaim,
): Set<string> | undefined {
  if (claim.unit !== 'count') return undefined;
  let out: Set<string> | undefined;
  for (const h of hits) {
    if (h.to > claim.from || claim.from - h.to > 12) continue;
    if (!PREPOSITION.test(text.slice(h.to, claim.from))) continue;
    const next = NOUN_NEXT.exec(text.slice(claim.to, claim.to + 40));
    if (!next) continue;
    const end = claim.to + next[0].length;
    // "Drivers at 3,400 drivers' depots" is the record's own word again: still its.
    if (hits.some((o) => o.factId === h.factId && o.from >= claim.to && o.to <= end)) continue;
    out ??= new Set();
    out.add(h.factId);
  }
  return out;
}
