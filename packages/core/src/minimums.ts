// "He must serve at least 26 years before he can be considered for parole": against a record of
// the minimum term (28 years), "at least" does not bound the figure loosely, it names the minimum,
// which the prose says is 26. Likewise "up to" names a record's maximum ("a fine of up to £5,000").

import { recordSays } from './terms';
import type { FigureClaim, FigureFact } from './types';

const MINIMUM = /\bminimum\b/i;
const MAXIMUM = /\bmaximum\b/i;
const AT_LEAST = new Set(['at least', 'no less than', 'no fewer than', 'a minimum of']);
const AT_MOST = new Set(['at most', 'up to', 'no more than', 'a maximum of']);

/**
 * `claim` as compared with `fact`: its amount exactly when its qualifier restates the bound the
 * record is of ("at least 26 years" against a minimum term), else `claim` itself.
 */
export function asBound(claim: FigureClaim, fact: FigureFact): FigureClaim {
  const q = claim.qualifier;
  if (q === undefined || claim.amount === undefined) return claim;
  const bound =
    (AT_LEAST.has(q) && recordSays(fact, MINIMUM)) || (AT_MOST.has(q) && recordSays(fact, MAXIMUM));
  return bound ? { ...claim, value: { min: claim.amount, max: claim.amount } } : claim;
}
