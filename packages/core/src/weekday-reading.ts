// "declared national mourning starting Monday", "expected to restore power by Sunday": a
// weekday written alone is read back (the nearest one on or before the story date) unless the
// tense points forward, and the tense is what that reading is least sure of. A record of the
// same weekday a week the other way, across the story date, is that other reading, not another
// day. One a week the same way ("began on Monday" a week before) is still another day.

import type { DateClaim, DateFact } from './types';

const dayMs = 86_400_000;
const FULL = /^\d{4}-\d\d-\d\d$/;

/**
 * `claim` read the other way round the story date `date` when it is a weekday written alone and
 * record `fact` is the same weekday a week away on the other side of `date`; else `claim`.
 */
export function reread(claim: DateClaim, fact: DateFact, date: string | undefined): DateClaim {
  if (date === undefined || claim.weekday === undefined || claim.text !== claim.weekday)
    return claim;
  if (!FULL.test(claim.value) || !FULL.test(fact.value)) return claim;
  const apart = Math.abs(Date.parse(fact.value) - Date.parse(claim.value)) / dayMs;
  const across = claim.value <= date !== fact.value <= date;
  return apart === 7 && across ? { ...claim, value: fact.value } : claim;
}
