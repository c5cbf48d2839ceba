// "The club won the 2008 League Cup, beating Tottenham on Feb. 24": a day written without its
// year is read in the story's year (or the one its tense points to), but the sentence may have
// named the year already. A record of the same day in a year the sentence writes out is that
// day, not another one; so is a record of the same day on the other side of the story date,
// when only the tense chose the year ("which starts in Paris on May 25").

import { WEEKDAY_NAMES, weekdayOf } from './calendar';
import type { DateClaim, DateFact, Sentence } from './types';

const DAY = /^\d{4}-\d\d-\d\d$/;
const YEAR_WRITTEN = /\d{4}/;

/**
 * `claim` read in the year of record `fact` when the claim is a day written without a year, the
 * record is the same day of another year, and sentence `sentence` of `text` writes that year
 * out, or that year is the other one the story date `date` allows (a weekday written with the
 * day must still fall on it); else `claim`.
 */
export function inYearNamed(
  text: string,
  sentence: Sentence,
  claim: DateClaim,
  fact: DateFact,
  date: string | undefined,
): DateClaim {
  if (!DAY.test(claim.value) || !DAY.test(fact.value) || YEAR_WRITTEN.test(claim.text))
    return claim;
  const year = fact.value.slice(0, 4);
  if (claim.value.slice(4) !== fact.value.slice(4) || claim.value.slice(0, 4) === year)
    return claim;
  const words = text.slice(sentence.from, sentence.to);
  if (
    !new RegExp(`(?<![\\d.,])${year}(?![\\d%]|[.,]\\d)`).test(words) &&
    !guessed(claim, fact, date)
  )
    return claim;
  if (claim.weekday !== undefined) {
    const [y, m, d] = fact.value.split('-').map(Number);
    if (WEEKDAY_NAMES[weekdayOf(y, m, d)] !== claim.weekday) return claim;
    const { weekdayExpected: _, ...rest } = claim;
    return { ...rest, value: fact.value };
  }
  return { ...claim, value: fact.value };
}

const yearMs = 366 * 86_400_000;

/**
 * True when the year of `claim`, a day without one, is a guess the tense made between the year
 * before and after the story date (`date`), and record `fact` is that day less than a year from
 * it on the other side: "which starts in Paris on May 25" read back to last May, against this
 * May's record. The record settles what the tense could not.
 */
function guessed(claim: DateClaim, fact: DateFact, date: string | undefined): boolean {
  if (date === undefined) return false;
  const ref = Date.parse(date);
  const at = Date.parse(claim.value);
  const on = Date.parse(fact.value);
  return Math.abs(on - ref) < yearMs && Math.abs(at - ref) < yearMs && (on - ref) * (at - ref) < 0;
}
