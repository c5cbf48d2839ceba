// "The jobless rate had been 4.1% in the previous quarter", "compared with 3.9% a year earlier":
// a figure the prose gives for an earlier time than the one it reports. Like the value a change
// started from ("rose from 5%"), it is marked `was` and ties only to a record it agrees with, so
// that the record of now does not contradict it.

import { isNumberWord } from './numbers';
import { firstFrom } from './span-search';
import { recordSays } from './terms';
import type { Scan } from './tokenize';
import type { FigureClaim, FigureFact, Span } from './types';

// Prepositions between a figure and its time ("4.1% in the previous quarter", "412 on the same
// day last week"); "on" not after a word of change: "up 2.1% on a year earlier" is the change
// since then, as "from" and "compared with" are.
const LINKS = new Set(['in', 'for', 'during', 'over', 'at', 'on']);
// biome-ignore format: a list
const CHANGES = new Set([
  'up', 'down', 'rose', 'risen', 'rise', 'rises', 'fell', 'fallen', 'fall', 'falls', 'grew',
  'grown', 'climbed', 'dropped', 'jumped', 'increased', 'decreased', 'declined', 'gained', 'lost',
  'slipped', 'surged', 'slumped', 'higher', 'lower', 'by',
]);
const SPANS = new Set(['year', 'month', 'quarter', 'week', 'day']);
// Not "before": "£500 a week before tax" is a rate.
const AGO = new Set(['earlier', 'ago', 'previously']);
const PREVIOUS = new Set(['previous', 'prior', 'preceding']);
// A count of spans before "ago": a number word ("five years ago"), or "several" or "few".
function counted(w: string): boolean {
  return isNumberWord(w) || w === 'several' || w === 'few';
}

/** True when the words from token `k` say "an earlier time": "a year earlier", "the previous quarter". */
function earlierTime(scan: Scan, k: number): boolean {
  const w = scan.low(k);
  // "a year earlier", "one month ago"
  if ((w === 'a' || w === 'an' || w === 'one') && SPANS.has(scan.low(k + 1)))
    return AGO.has(scan.low(k + 2));
  if (w !== 'the') return false;
  const next = scan.low(k + 1);
  // "the previous quarter", "the prior year", "the preceding three months"
  if (PREVIOUS.has(next)) return true;
  // "the year-earlier quarter", "the year-ago period"
  if (SPANS.has(next) && scan.low(k + 2) === '-' && AGO.has(scan.low(k + 3))) return true;
  // "the year before", "the same period last year", "the same month a year earlier"
  if (SPANS.has(next)) return scan.low(k + 2) === 'before';
  if (next === 'same') return scan.low(k + 3) === 'last' || earlierTime(scan, k + 3);
  return false;
}

/**
 * True when the figure ending before token `b` is given for an earlier time, written right
 * after it. Words before a figure are not enough: "compared with", "versus" and "had been" as
 * often set two figures of one time side by side ("40% versus 35% for the Conservatives").
 */
function givenEarlier(scan: Scan, a: number, b: number): boolean {
  const link = scan.low(b);
  if (link === 'on' && (CHANGES.has(scan.low(a - 1)) || CHANGES.has(scan.low(a - 2)))) return false;
  return earlierTime(scan, LINKS.has(link) ? b + 1 : b) || yearsAgo(scan, a, b);
}

// Before a level of an earlier time: "had won 26.2% five years ago", "was 4.1% 12 months
// earlier"; not an event's count ("The attack killed 43 two days ago").
// biome-ignore format: a list
const LEVEL = new Set(['was', 'were', 'been', 'at', 'from', 'versus', 'against', 'than', 'with']);

/** "five years ago" right after the figure between tokens `a` and `b`, a level of that time. */
function yearsAgo(scan: Scan, a: number, b: number): boolean {
  const k = scan.low(b) === 'a' && scan.low(b + 1) === 'few' ? b + 1 : b;
  const count = scan.tokens[k]?.kind === 'number' || counted(scan.low(k));
  if (!count || !SPANS.has(scan.low(k + 1).replace(/s$/, '')) || !AGO.has(scan.low(k + 2)))
    return false;
  // A level word right before the figure ("was 4.1%", "from 3%"), or a past perfect shortly
  // before it ("had won 26.2%"); not "was jailed for eight years two years ago".
  if (LEVEL.has(scan.low(a - 1))) return true;
  for (let j = a - 1; j >= 0 && j >= a - 4; j--) {
    if (CLAUSE_ENDS.has(scan.tokens[j].text)) return false;
    if (scan.low(j) === 'had') return true;
  }
  return false;
}

// Where a look back for an earlier time's possessive stops: the end of a clause or a phrase
// ("Since last year's election, 300 people have been arrested" is of now).
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);

/**
 * True when an earlier time's possessive comes shortly before the figure at token `a`, in its
 * clause: "Last year's floods killed 23 people", "the previous quarter's 4.1%".
 */
function possessiveBefore(scan: Scan, a: number): boolean {
  for (let k = a - 1; k >= 1 && k >= a - 8; k--) {
    if (CLAUSE_ENDS.has(scan.tokens[k].text)) return false;
    const w = scan.low(k).replace('’', "'");
    if (w.endsWith("'s") && SPANS.has(w.slice(0, -2))) {
      const before = scan.low(k - 1);
      return before === 'last' || PREVIOUS.has(before);
    }
  }
  return false;
}

// "a previous range of $18.2bn", "the old record of 40.3C", "its earlier estimate of 2.1%",
// "their original offer of 3.5%".
const FORMER = new Set(['previous', 'prior', 'earlier', 'former', 'old', 'original']);

/** True when the figure at token `a` is the value of a former thing: "a previous range of". */
function formerOf(scan: Scan, a: number): boolean {
  if (scan.low(a - 1) !== 'of') return false;
  for (let k = a - 2; k >= 0 && k >= a - 4; k--) {
    const t = scan.tokens[k];
    if (t.kind !== 'word' || t.text !== scan.low(k)) return false;
    if (FORMER.has(t.text)) return true;
  }
  return false;
}

// "had initially put the death toll at 47", "The original estimate was 2,000", "had put the
// toll at 47": a first count, since revised. The adjectives only before a count's noun: "an initial payment of $500" is a
// payment of its own.
const FIRST_ADVERBS = new Set(['initially', 'originally']);
const FIRST_ADJECTIVES = new Set(['initial', 'original']);
const PLANS = new Set(['will', 'would', "'ll", 'shall', 'to', 'plans', 'plan', 'expects', 'aims']);
// biome-ignore format: a list
const COUNTS = new Set([
  'toll', 'estimate', 'estimates', 'tally', 'count', 'figure', 'figures', 'forecast', 'projection',
  'number', 'report', 'reports', 'assessment',
]);

/**
 * True when the clause before the figure at token `a` says it was the first count; not a plan
 * ("will initially hire 500"), nor past "and now" ("initially reported 47 deaths and now say 49").
 */
function firstPut(scan: Scan, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    if (CLAUSE_ENDS.has(scan.tokens[k].text)) return false;
    const w = scan.low(k);
    if (w === 'and' || w === 'but' || w === 'now') return false;
    if (FIRST_ADVERBS.has(w)) return ![1, 2, 3].some((d) => PLANS.has(scan.low(k - d)));
    // "Reports in August had put the number of job cuts at 1,500."
    if (w === 'put' && scan.low(k - 1) === 'had' && scan.low(a - 1) === 'at') return true;
    if (FIRST_ADJECTIVES.has(w) && (COUNTS.has(scan.low(k + 1)) || COUNTS.has(scan.low(k + 2))))
      return true;
  }
  return false;
}

// The verb between an earlier time's subject and its figure: "Revenue in the same quarter last
// year was $4.42 billion", "The rate in the previous quarter stood at 4.1%".
const LINKING = new Set(['was', 'were']);

/**
 * True when the figure at token `a` is what the clause before it says an earlier time held:
 * "Revenue in the same quarter last year was $4.42 billion". Only after "was"/"were" (or "stood
 * at"): "compared with" and "versus" as often set two figures of one time side by side.
 */
function earlierSubject(scan: Scan, a: number): boolean {
  const at = scan.low(a - 1) === 'at' && scan.low(a - 2) === 'stood';
  if (!at && !LINKING.has(scan.low(a - 1))) return false;
  for (let k = a - (at ? 3 : 2); k >= 0 && k >= a - 12; k--) {
    if (CLAUSE_ENDS.has(scan.tokens[k].text) || JOINS.has(scan.low(k))) return false;
    // Not "growth on the previous quarter", a change; nor "in the previous 12 months", often
    // the period reported.
    if (!SUBJECT_LINKS.has(scan.low(k)) || !earlierTime(scan, k + 1)) continue;
    return !(scan.tokens[k + 3]?.kind === 'number' || counted(scan.low(k + 3)));
  }
  return false;
}
const SUBJECT_LINKS = new Set(['in', 'during', 'for', 'at']);
const JOINS = new Set(['and', 'but', 'while', 'as', 'which', 'that', 'whereas']);

// What ends the opening clause of a sentence about an earlier thing, or turns it to now: "The
// previous record of 38.7C was broken as temperatures reached 41.2C", "…and the new one has
// built 250,000", "was cut to 0.8%".
// biome-ignore format: a list
const TURNS = new Set([
  'when', 'but', 'while', 'whereas', 'now', 'this', 'today', 'until', 'and', 'as', 'after', 'to',
  'since', 'new',
]);
const DETERMINERS = new Set(['the', 'an', 'its', 'their', 'his', 'her']);
const EARLIER_ONES = new Set(['previous', 'prior', 'earlier']);

/**
 * True when the sentence of the figure at token `a` opens on an earlier thing and says nothing
 * of now before the figure: "The previous strike, in March, lasted 24 hours and cancelled about
 * 2,000 services".
 */
function earlierThing(scan: Scan, a: number): boolean {
  const { tokens, text } = scan;
  let k = a - 1;
  for (; k >= 0 && k >= a - 20; k--) {
    const t = tokens[k].text;
    if (t === '.' || t === '!' || t === '?' || t === ';') break;
    if (TURNS.has(scan.low(k))) return false;
    // A headline ends at its line.
    if (text.slice(tokens[k].to, tokens[k + 1].from).includes('\n')) break;
  }
  if (k < a - 20 && k >= 0) return false;
  // Not "The earlier-than-expected cut".
  if (tokens[k + 3]?.text === '-' && tokens[k + 3].from === tokens[k + 2].to) return false;
  return DETERMINERS.has(scan.low(k + 1)) && EARLIER_ONES.has(scan.low(k + 2));
}

// A date right after the earlier thing a sentence opens on: "The previous strike, in March,",
// "The previous strike on March 3", "The previous strike at Northline, in October,"; not "The previous day, on Tuesday," (a time, not a thing),
// nor a date further on ("The previous government called the election for May 4").
const EARLIER_OPENING =
  /^[\s"“‘']*(?:the|an|its|their|his|her)\s+(?:previous|prior|earlier)\s+(?!(?:day|week|month|year|night|morning|evening|quarter|season)\b)[a-z]+(?:\s+[a-z]+)?(?:\s*,?\s*|\s+(?:at|by|in|of|against|over)\s+(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,2}\s*,\s*)(?:in|on|of|from)?\s*$/i;

/**
 * True when the date at offset `at` of `sentence` in `text` is the date of the earlier thing the
 * sentence opens on: "The previous strike, in March, lasted 24 hours" dates that strike, not the
 * one the story reports.
 */
export function ofEarlierThing(text: string, sentence: Span, at: number): boolean {
  return at - sentence.from < 80 && EARLIER_OPENING.test(text.slice(sentence.from, at));
}

/**
 * Marks `was` the figures of `claims` (read from `scan`'s text) that the prose gives for an
 * earlier time: before "a year earlier", "(in) the previous quarter", "the year before", "the
 * same period last year", or "five years ago" after "had", "was" and the like, shortly after "last
 * year's", "the previous quarter's" in their clause, after "was" when the clause's subject is
 * of such a time ("Revenue in the same quarter last year was"), in a sentence that opens on an
 * earlier thing ("The previous strike lasted 24 hours"), or as the value of a former thing ("a
 * previous range of").
 */
export function markEarlier(scan: Scan, claims: FigureClaim[]): void {
  for (const c of claims) {
    if (c.was) continue;
    const a = firstFrom(scan.tokens, c.from);
    if (
      givenEarlier(scan, a, firstFrom(scan.tokens, c.to)) ||
      possessiveBefore(scan, a) ||
      earlierSubject(scan, a) ||
      earlierThing(scan, a) ||
      formerOf(scan, a) ||
      firstPut(scan, a)
    )
      c.was = true;
  }
}

// A record of an earlier value: "Previous UK temperature record", "Former peak", "Top grades,
// previous year", "(a year earlier)"; not "former champion", "prior authorisation requests".
const EARLIER_FACT =
  /\b(?:previous|former|prior|earlier)\s+(?:[\w-]+\s+){0,2}?(?:year|season|quarter|month|week|day|record|best|high|low|peak|estimate|figure|forecast|guidance|total|level|rate|count|tally|toll|value|range|target)s?\b|\b(?:a|one|the)\s+(?:year|month|quarter|week|season)\s+(?:earlier|before)\b|\b(?:previous|prior|earlier)\s*\)?\s*$/i;

/** True when the record is itself of an earlier value, to be held against a figure marked `was`. */
export function isEarlier(fact: FigureFact): boolean {
  return recordSays(fact, EARLIER_FACT);
}

// Words that put a sentence's figures in the present: "this summer", "so far this year". Not
// "now" or "currently", which as often set the present beside a past ("The attendance record of
// 104,000 has now been beaten").
const NOW =
  /\b(?:this\s+(?:year|summer|spring|autumn|fall|winter|month|quarter|week|season|term)|so\s+far\s+this)\b/i;
// Words of an earlier time in the same sentence: it speaks of then too.
const THEN =
  /\b(?:(?:last|previous|prior|preceding)\s+(?:year|summer|spring|autumn|fall|winter|month|quarter|week|season|term)|previously|earlier|ago|before)\b/i;

/**
 * True when `sentence` says its figures are of now ("27.8% achieved top grades this summer") and
 * speaks of no earlier time: no "last season", "previously", "a year earlier", and no year before
 * the story date's (`date`) among its `dates` ("… against 27.8% in 2025").
 */
export function speaksOfNow(
  sentence: string,
  dates: readonly { value: string }[],
  date: string | undefined,
): boolean {
  if (!NOW.test(sentence) || THEN.test(sentence)) return false;
  const year = date?.slice(0, 4);
  return year === undefined || !dates.some((d) => d.value.slice(0, 4) < year);
}
