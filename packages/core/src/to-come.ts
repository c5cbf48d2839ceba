// "Its next earnings report is scheduled for January 28": a date after the story's, written in
// a clause that points forward, is of something to come, which a record of the one just past
// does not date. A date after the story's in a past clause ("The plant closed in March 2025" in
// a 2024 story) is a slip of the year, and the record still contradicts it. Nor does the record
// date an event of an earlier year ("was devastated in February 2023") or an earlier thing the
// sentence opens on ("The previous strike, in March, …").

import { ofEarlierThing } from './earlier';
import { firstFrom } from './span-search';
import { forwardBefore } from './tense';
import { Scan } from './tokenize';
import type { DateClaim, DateFact, Sentence } from './types';

/**
 * True when date `claim` of `text` is after the story date (`date`), the record `fact` is on or
 * before it, and the claim's clause points forward ("is scheduled for", "will be held on").
 */
export function toCome(
  text: string,
  claim: DateClaim,
  fact: DateFact,
  date: string | undefined,
): boolean {
  // A record of a month or year sorts before any day in it, so the story's own month is past.
  if (date === undefined || claim.value <= date || fact.value > date) return false;
  const scan = Scan.of(text);
  return forwardBefore(scan, firstFrom(scan.tokens, claim.from));
}

/**
 * True when date `claim` of `sentence` in `text` is of another event than record `fact`: to come
 * (`toCome`); written with an earlier year than the story date's (`date`) that is not the
 * record's, unless only its year is off ("March 3, 2024"); or of an earlier thing the sentence
 * opens on ("The previous strike, in March, …").
 */
export function otherEvent(
  text: string,
  sentence: Sentence,
  claim: DateClaim,
  fact: DateFact,
  date: string | undefined,
): boolean {
  const year = claim.value.slice(0, 4);
  const earlierYear =
    date !== undefined &&
    /\b\d{4}\b/.test(claim.text) &&
    year < date.slice(0, 4) &&
    year !== fact.value.slice(0, 4) &&
    claim.value.slice(4) !== fact.value.slice(4);
  return (
    earlierYear || toCome(text, claim, fact, date) || ofEarlierThing(text, sentence, claim.from)
  );
}
