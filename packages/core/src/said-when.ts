// "Safadi said on Sunday that 422 were evacuated": a date right after a speech verb, or after
// the outlet or speaker that follows it, is when the words were said, not when what they tell
// happened. Such a date is checked only against a record it agrees with (a statement's date),
// never contradicted by the date of the event.

import type { Attribution, DateClaim } from './types';

// Between the verb and the date: nothing, "on", "late on", or one word and "on" ("told
// reporters on Sunday").
const GAP = /^[\s,]*(?:(?:\p{Ll}+\s+)?(?:(?:late|early)\s+)?on\s+|(?:(?:late|early)\s+)?)$/u;

// Figures that showed something on a day were published that day: "official results showed on
// Monday". Not "released" or "published": "the hostages were released on Sunday" is the event.
const PUBLISHED = /\b(?:showed|show|shows)(?:\s+(?:late|early))?(?:\s+on)?\s+$/;
// ", the coast guard said on Tuesday": a speech verb after a comma and a described source that
// the attribution reader did not take (a lowercase "the coast guard").
const SAID_AFTER =
  /,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:said|says|told\s+\p{L}+|confirmed|announced|added)(?:\s+(?:late|early))?\s+on\s+$/u;

/**
 * The dates of `dates` that say when the words of an attribution were said, or when figures
 * were published ("results showed on Monday").
 */
export function saidWhen(
  text: string,
  dates: readonly DateClaim[],
  attributions: readonly Attribution[],
): Set<DateClaim> {
  const out = new Set<DateClaim>();
  if (!dates.length) return out;
  for (const d of dates) {
    if (PUBLISHED.test(text.slice(Math.max(0, d.from - 24), d.from))) out.add(d);
    else if (SAID_AFTER.test(text.slice(Math.max(0, d.from - 64), d.from))) out.add(d);
  }
  if (!attributions.length) return out;
  const ends: number[] = [];
  for (const a of attributions) {
    ends.push(a.cue.to);
    if (a.outlet && a.outlet.from >= a.cue.to) ends.push(a.outlet.to);
    if (a.source && a.source.from >= a.cue.to) ends.push(a.source.to);
  }
  for (const d of dates) {
    for (const end of ends) {
      if (end <= d.from && d.from - end <= 24 && GAP.test(text.slice(end, d.from))) {
        out.add(d);
        break;
      }
    }
  }
  return out;
}
