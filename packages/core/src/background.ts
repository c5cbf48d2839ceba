// "In 2011, a 7.1-magnitude quake near Van killed 604 people": a sentence that opens on a year
// before the story's is background. Its figures and dates are of that time, so the records of the
// story's events do not contradict them; a record of that year still does.

import { isPast } from './tense';
import type { DateClaim, Fact, Sentence, Span } from './types';

// Before the year, from the sentence's start: "In", "Back in", an opening quote mark.
const OPENING = /^[\s"“‘']*(?:back\s+)?in\s+$/i;
// "In 2011, Smith founded the company, which now employs 6,500": the sentence speaks of now too.
const NOW = /\b(?:now|today|currently|still|so far)\b/i;
const PART = /;|,\s*(?:and|but|while|whereas)\b/;

/**
 * The year `sentence` of `text` opens on, when it is before the story date's (`date`,
 * `YYYY-MM-DD`) and the sentence says nothing of now: "In 2011, …", "Back in 2019 …", "In April
 * 2015, …".
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
  const year = first.value.slice(0, 4);
  if (year >= date.slice(0, 4)) return undefined;
  // A month of an earlier year, written with it, over a year before the story: "In April 2015,";
  // not "In December 2024," in a story of January 3, 2025, nor a day ("On May 2, 2019, Keller
  // transferred $4.5 million"): a day is most often the very event a record holds.
  if (first.value.length > 4) {
    const yearBefore = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    if (first.value.length > 7 || !/\d{4}/.test(first.text) || first.value >= yearBefore)
      return undefined;
  }
  // "…, and on Tuesday a jury convicted him": the sentence comes back to the story's year, in a
  // part of its own or with the year written ("In 2011, nearly 500 were evacuated on Saturday
  // night" is of a Saturday of 2011).
  const back = (d: DateClaim) =>
    d.value.slice(0, 4) >= date.slice(0, 4) &&
    (/\d{4}/.test(d.text) || PART.test(text.slice(first.to, d.from)));
  if (dates.some((d) => d !== first && back(d))) return undefined;
  if (!OPENING.test(text.slice(sentence.from, first.from))) return undefined;
  return NOW.test(text.slice(first.to, sentence.to)) ? undefined : year;
}

/**
 * True when `fact` is of `time`, a year or a month: its date, or the date it is as of, falls in
 * it (for a month, or in the month after it: the day a figure came out). A record of no
 * stated time is of no year, but may be of any month: a figure given for last September is
 * background in a story of this year, one for this January may be the record's.
 */
export function ofTime(fact: Fact, time: string): boolean {
  const when = fact.kind === 'date' ? fact.value : fact.asOf;
  if (time.length > 4) {
    if (when === undefined || when.length === 4) return when === undefined || time.startsWith(when);
    // An as-of day may be when the month's figure came out: the month is the record's when the
    // day falls in it or in the month after it.
    const [y, m] = time.split('-').map(Number);
    const at = Date.parse(when.length === 7 ? `${when}-01` : when);
    return at >= Date.UTC(y, m - 1, 1) && at < Date.UTC(y, m + 1, 1);
  }
  return when?.slice(0, 4) === time;
}

// Before a past year that does not date the figure: "since 2019", "from 2020", "than in 2021".
const NOT_THEN =
  /\b(?:since|from|than|with|versus|vs|until|till|to)\s+(?:(?:early|late|mid|the\s+end\s+of)\s+)?$/i;

// A clause right after a date that tells of its time: when it was, or what its event did.
const CLAUSE_OF =
  /^,\s+(?:when|killing|leaving|injuring|wounding|displacing|destroying|forcing)\s/i;

/**
 * The time before the story date (`date`) that dates figure `claim` of `text`: the year of a date
 * with a year right after it ("peaked at 34,500 in 2022", "7.21 million in January last year") or
 * before it in its clause ("was devastated in February 2023 by two earthquakes that killed more
 * than 50,000 people") or in a clause of it ("since 1973, when 150 people died", "struck Mati
 * in July 2018, killing 104 people"), not "since 2019"; else the month of a month right after
 * it ("had peaked at 7.77 million in September"). `dates` are the sentence's dates.
 */
export function timeOfFigure(
  text: string,
  claim: Span,
  dates: readonly DateClaim[],
  date: string | undefined,
): string | undefined {
  if (!date || !dates.length) return undefined;
  const now = date.slice(0, 4);
  let month: string | undefined;
  for (const d of dates) {
    const right = d.from >= claim.to && /^\s+in\s+$/i.test(text.slice(claim.to, d.from));
    if (right && d.value.length === 7 && d.value < date.slice(0, 7)) month ??= d.value;
    // "last year" dates only the figure right before it ("7.21 million in January last year"):
    // "After a loss last year the airline posted a profit of $1.2bn" is of now.
    if (!/^\d{4}/.test(d.value)) continue;
    if (!/\b\d{4}\b/.test(d.text) && !(right && /\blast\s+year\b/i.test(d.text))) continue;
    const year = d.value.slice(0, 4);
    if (year >= now) continue;
    if (d.from >= claim.to) {
      if (right) return year;
      continue;
    }
    const between = text.slice(d.to, claim.from);
    const lead = text.slice(Math.max(0, d.from - 24), d.from);
    // A comma that groups digits ("50,000") breaks no clause.
    if (!/[;:()—–]|,(?!\d)/.test(between) && !NOT_THEN.test(lead) && !NOW.test(between))
      return year;
    // "its worst flood since 1973, when at least 150 people died", "struck Mati in July 2018,
    // killing 104 people": the clause is of that year.
    const when = CLAUSE_OF.exec(between);
    if (when && !/[;:()—–,.]/.test(between.slice(when[0].length)) && !NOW.test(between))
      return year;
  }
  return month;
}

// "the 2020 Bobcat Fire", "its 2019 report": an event or a thing named with its year.
const NAMED_YEAR = /\b(?:the|a|its|their|his|her)\s+(\d{4})\s+(?=[A-Za-z])/gi;
// "The 2022 Inflation Reduction Act has drawn $90 billion": a thing of that year said to act now.
const PRESENT =
  /\b(?:has|have|is|are|will|would|can|remains?|means|pays|earns|gives|requires|employs|this\s+(?:year|season|month|week))\b/i;
// From the name to the figure: its own clause, or a relative clause right after it.
const SAME_CLAUSE = /[;:()—–]|,(?!\d)/;
const RELATIVE = /^[^,;:()—–]*,\s+(?:which|that|when|where)\s[^;:()—–,.]*$/i;
// "In the 2018 election, turnout was just 54.6%": the sentence opens on the thing, as "In 2018,"
// would on its year, and its next clause tells of it.
const OPENS = /^[\s"“‘']*(?:back\s+)?(?:in|during|at)\s+$/i;
const OPENING_CLAUSE = /^[^,;:()—–]*,\s+((?:[^,;:()—–]|,(?=\d))*)$/;
// "spent 2.36 billion pounds in the 2023 summer window": the time right after the figure. Not a
// financial or tax year, whose figures come out in the year after it.
const IN_NAMED =
  /^\s+(?:in|during)\s+(?:the|its|their|his|her)\s+(\d{4})\s+(?!(?:financial|fiscal|tax|budget|business)\b)[a-z]/i;

/**
 * The year before the story date's (`date`) of a thing `sentence` names with it, when figure
 * `claim` is said of it: in its clause ("the 2018 Camp Fire killed 85 people"), a relative
 * clause right after it ("the 2020 Bobcat Fire, which burned about 115,000 acres"), the clause
 * after it when the sentence opens on it and tells of it in the past ("In the 2018 election,
 * turnout was just 54.6%"), or right after the figure ("2.36 billion pounds in the 2023 summer
 * window"). Not when the words between speak of now, nor in its clause after "since" or "than"
 * ("since the 2020 season the fire has burned").
 */
export function yearOfNamed(
  text: string,
  sentence: Sentence,
  claim: Span,
  date: string | undefined,
): string | undefined {
  if (!date) return undefined;
  const now = date.slice(0, 4);
  const right = IN_NAMED.exec(text.slice(claim.to, Math.min(sentence.to, claim.to + 40)));
  if (right && right[1] < now && right[1] >= '1000') return right[1];
  if (claim.from <= sentence.from) return undefined;
  // The name is in the figure's clause or just before its relative clause: near it.
  const start = Math.max(sentence.from, claim.from - 160);
  const before = text.slice(start, claim.from);
  if (before.indexOf(' ') < 0 || !/\d{4}/.test(before)) return undefined;
  let year: string | undefined;
  for (const m of before.matchAll(NAMED_YEAR)) {
    if (m[1] >= now || m[1] < '1000') continue;
    const between = before.slice(m.index + m[0].length);
    if (NOW.test(between) || PRESENT.test(between) || /\bunder\s+$/i.test(before.slice(0, m.index)))
      continue;
    if (RELATIVE.test(between)) year = m[1];
    else if (!SAME_CLAUSE.test(between) && !NOT_THEN.test(before.slice(0, m.index))) year = m[1];
    else if (
      start === sentence.from &&
      opensOn(text, before.slice(0, m.index), between, claim, sentence)
    )
      year = m[1];
  }
  return year;
}

/**
 * True when a sentence opens on a named thing (`lead` the words before its name, `between` those
 * from its year to figure `claim`) and the figure's clause, the next, tells of it in the past
 * with no word of now up to its end: "In the 2018 election, turnout was just 54.6%"; not "After
 * the 2018 election, …", nor "…, turnout is now 54.6%".
 */
function opensOn(text: string, lead: string, between: string, claim: Span, sentence: Sentence) {
  const clause = OPENING_CLAUSE.exec(between);
  if (!clause || !OPENS.test(lead)) return false;
  if (NOW.test(text.slice(claim.to, Math.min(sentence.to, claim.to + 160)))) return false;
  return clause[1]
    .toLowerCase()
    .split(/[^a-z]+/)
    .some(isPast);
}
