// "87 of the injured were in critical condition": a count of some of a group the record counts
// whole. The group's record (1,320 injured) does not contradict it; it ties to that record only
// when it agrees with it ("all 1,320 of the injured").

import type { TermHit } from './fact-index';
import type { FigureClaim } from './types';

// Between the count and the group's name: " of the ", " of those ", " of these ".
const OF_THE = /^\s+of\s+(?:the|those|these)\s+/i;

/**
 * True when `claim`, a count, is some of the group a hit of `factId` names right after it:
 * "87 of the injured" with a record termed "injured"; or right before it with "among": "Among
 * the dead were three children". Not "2,000 of its jobs", "83 of the 90
 * people" or a percentage ("15% of the injured" is a rate).
 */
export function partOf(
  text: string,
  claim: FigureClaim,
  hits: readonly TermHit[],
  factId: string,
): boolean {
  if (claim.unit !== 'count') return false;
  const m = OF_THE.exec(text.slice(claim.to, claim.to + 16));
  if (m) {
    const at = claim.to + m[0].length;
    return hits.some((h) => h.factId === factId && h.from === at);
  }
  // "Among the dead were three children": the group named before, with "among".
  return hits.some(
    (h) =>
      h.factId === factId &&
      h.to <= claim.from &&
      claim.from - h.to <= 8 &&
      /^\s+(?:were|was|are|is)\s+$/i.test(text.slice(h.to, claim.from)) &&
      AMONG.test(text.slice(Math.max(0, h.from - 24), h.from)),
  );
}

const AMONG = /\bamong\s+(?:the|those|these)\s+$/i;
