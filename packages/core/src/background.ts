// "In 2011, a 7.1-magnitude quake near Van killed 604 people": a sentence that opens on a year
// before the story's is background. Its figures and dates are of that time, so the records of the
// story's events do not contradict them; a record of that year still does.

import type { DateClaim, Fact, Sentence } from './types';

// Before the year, from the sentence's start: "In", "Back in", an opening quote mark.
const OPENING = /^[\s"“‘']*(?:back\s+)?in\s+$/i;
// "In 2011, Smith founded the company, which now employs 6,500": the sentence speaks of now too.
const NOW = /\b(?:now|today|currently|still|so far)\b/i;

/**
 * The year `sentence` of `text` opens on, when it is before the story date's (`date`,
 * `YYYY-MM-DD`) and the sentence says nothing of now: "In 2011, …", "Back in 2019 …".
 * `dates` are the sentence's dates.
 */
export function inThePast(
  text: string,
  sentence: Sentence,
  dates: readonly DateClaim[],
  date: string | undefined,
): string | undefined {
  if (!date || !dates.length) return undefined;
  const first = dates[0];
  if (first.value.length !== 4 || first.value >= date.slice(0, 4)) return undefined;
  if (!OPENING.test(text.slice(sentence.from, first.from))) return undefined;
  return NOW.test(text.slice(first.to, sentence.to)) ? undefined : first.value;
}

/** True when `fact` is of `year`: its date, or the date it is as of, falls in it. */
export function ofYear(fact: Fact, year: string): boolean {
  const when = fact.kind === 'date' ? fact.value : fact.asOf;
  return when?.slice(0, 4) === year;
}
