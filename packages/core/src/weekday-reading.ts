// "declared national mourning starting Monday", "expected to restore power by Sunday": a
// weekday written alone is read back (the nearest one on or before the story date) unless the
// tense points forward, and the tense is what that reading is least sure of. A record of the
// same weekday a week on, after the story date, is the forward reading, not another day. One a
// week the same way ("began on Monday" a week before) is still another day, and a weekday read
// forward was read so by its tense.

import type { DateClaim, DateFact } from './types';

const dayMs = 86_400_000;
const FULL = /^\d{4}-\d\d-\d\d$/;

/**
 * `claim` read forward when it is a weekday written alone, read back to on or before the story
 * date `date`, and record `fact` is the same weekday a week on, after `date`; else `claim`.
 */
export function reread(claim: DateClaim, fact: DateFact, date: string | undefined): DateClaim {
  // "Monday" or "Monday's", nothing more.
  const alone = claim.text.replace(/['’]s$/, '') === claim.weekday;
  if (date === undefined || claim.weekday === undefined || !alone) return claim;
  if (!FULL.test(claim.value) || !FULL.test(fact.value)) return claim;
  // Only a weekday read back: one read forward had a tense that said so ("will go to the polls
  // on Sunday").
  const apart = (Date.parse(fact.value) - Date.parse(claim.value)) / dayMs;
  return apart === 7 && claim.value <= date && fact.value > date
    ? { ...claim, value: fact.value }
    : claim;
}
