// "In 2011, a 7.1-magnitude quake near Van killed 604 people": a sentence that opens on a year
// before the story's is background. Its figures and dates are of that time, so the records of the
// story's events do not contradict them; like a figure of an earlier time, they tie only to a
// record they agree with.

import type { DateClaim, Sentence } from './types';

// Before the year, from the sentence's start: "In", "Back in", an opening quote mark.
const OPENING = /^[\s"“‘']*(?:back\s+)?in\s+$/i;

/**
 * True when `sentence` of `text` opens on a year before the story date's (`date`,
 * `YYYY-MM-DD`): "In 2011, …", "Back in 2019 …". `dates` are the sentence's dates.
 */
export function inThePast(
  text: string,
  sentence: Sentence,
  dates: readonly DateClaim[],
  date: string | undefined,
): boolean {
  if (!date || !dates.length) return false;
  const first = dates[0];
  if (first.value.length !== 4 || first.value >= date.slice(0, 4)) return false;
  return OPENING.test(text.slice(sentence.from, first.from));
}
