// "87 of the injured were in critical condition", "250 of them have been killed": a count of some
// of a group, not of the group. The group's record (1,320 injured) does not contradict it; like a
// figure of an earlier time, it ties only to a record it agrees with.

import { firstFrom } from './span-search';
import { Scan } from './tokenize';
import type { FigureClaim } from './types';

// What follows "of" when a count picks some of a group.
const GROUPS = new Set(['the', 'them', 'those', 'these', 'its', 'their', 'whom', 'which']);

/**
 * The counts of `text` that are some of a group: a count right before "of the", "of them",
 * "of those" ("87 of the injured"). Not a percentage ("90% of the population" is a rate).
 */
export function parts(text: string, figures: readonly FigureClaim[]): Set<FigureClaim> {
  const out = new Set<FigureClaim>();
  if (!figures.length) return out;
  let scan: Scan | undefined;
  for (const f of figures) {
    if (f.unit !== 'count') continue;
    scan ??= Scan.of(text);
    const b = firstFrom(scan.tokens, f.to);
    if (scan.low(b) === 'of' && GROUPS.has(scan.low(b + 1))) out.add(f);
  }
  return out;
}
