// The tense before a date without a year: whether it points forward ("will meet on March 3")
// or back ("met on March 3"), which decides the year the date is in.

import { MONTHS, WEEKDAYS } from './calendar';
import type { Scan, Token } from './tokenize';

// Words before a date that point forward in time ("will … on Jan. 1"), and back ("had been …").
// biome-ignore format: a list
const FORWARD = new Set([
  'will', "'ll", 'shall', 'would', 'must', 'upcoming', 'forthcoming', 'await', 'awaits',
]);
// "are waiting for the election on July 4": a wait in the present; "were waiting" is past.
const WAITING = new Set(['waiting', 'awaiting']);
// "expects to complete the takeover on Friday", "plans to", "aims to": an intention.
// biome-ignore format: a list
const INTENDS = new Set([
  'expects', 'expect', 'plans', 'plan', 'intends', 'aims', 'hopes', 'agreed', 'agree', 'agrees',
  'decided', 'decide', 'decides', 'voted', 'vote', 'votes', 'promised', 'promise', 'promises',
  'pledged', 'pledge', 'pledges', 'vowed', 'vow', 'vows', 'wants', 'want', 'hoped', 'hope',
  'hoping', 'aimed', 'aiming', 'planned', 'planning', 'intended', 'intending', 'expected',
  'expecting', 'wanted',
]);
// "adjourned until January 12", "voted to delay the election to March 3": put off to a day to come.
// biome-ignore format: a list
const PUT_OFF = new Set([
  'adjourned', 'postponed', 'postpone', 'delayed', 'delay', 'deferred', 'defer', 'pushed',
  'extended', 'extend', 'moved', 'rescheduled',
]);
// biome-ignore format: a list
const PAST = new Set([
  'had', 'was', 'were', 'did', 'took', 'began', 'came', 'went', 'held', 'met', 'said', 'told',
  'left', 'fell', 'rose', 'won', 'lost', 'saw', 'made', 'gave', 'got', 'found', 'sent', 'struck',
  'broke', 'ran', 'kept', 'brought', 'fought', 'built', 'sold', 'paid', 'spoke', 'wrote', 'became',
]);
// A deadline right before a day ("by Nov. 23", "until Friday") points forward unless the verb
// before it is past ("worked until Sunday", "had been administered by Nov. 23").
const DEADLINE = new Set(['until', 'till', 'by']);
// A plan or a forecast, after "is", "are", "be" or "been" ("is due on Tuesday", "has been set
// for March 15"), or right before the day ("a southerly change expected on Tuesday"); not "than
// expected", "as expected", "due to fog", "expected for weeks".
const PLANNED = new Set(['expected', 'due', 'scheduled', 'slated', 'set']);
const BE = new Set(['is', 'are', 'be', 'been', "'s", 'remains']);
const NOT_PLANNED = new Set(['than', 'as']);
// Verbs of a timetable, in the present, right before "on" and the day.
// biome-ignore format: a list
const TIMETABLE = new Set([
  'convenes', 'opens', 'closes', 'starts', 'begins', 'ends', 'meets', 'resumes', 'reopens',
  'launches', 'expires', 'departs', 'debuts', 'premieres', 'kicks',
]);
// A relative clause has its own tense: "will review the case, which closed on March 3".
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
// Words ending in "ed" that are no past verbs.
// biome-ignore format: a list
const NOT_PAST = new Set([
  'hundred', 'indeed', 'need', 'speed', 'proceed', 'exceed', 'succeed', 'breed', 'greed',
  'united', 'limited', 'red', 'bed', 'shed', 'wed', 'seed', 'feed', 'deed', 'weed',
]);
// After "a.m."/"p.m.", words that go on with the time rather than start a sentence.
// biome-ignore format: a list
const TIME_ZONES = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET',
  'PT', 'IST', 'JST', 'AEST', 'AEDT',
]);
const goesOn = (word: string) =>
  MONTHS.has(word.toLowerCase()) || WEEKDAYS.has(word.toLowerCase()) || TIME_ZONES.has(word);
// What ends the clause a tense word governs, looking back from a date.
const CLAUSE_END = new Set([';', ':', '!', '?', '(', ')', '"', '“', '”']);

/**
 * True when the tense before token `i`, in its clause, points forward: the nearest tense word
 * decides. "Will" or a plan ("is expected on Tuesday") points forward; a past auxiliary or verb
 * ("had", "resigned") back, unless passive after "be" ("will be launched on Friday"). A deadline
 * right before the date points forward when nothing past comes first.
 */
export function forwardBefore(scan: Scan, i: number): boolean {
  const { tokens, text } = scan;
  const link = scan.low(i - 1);
  const deadline = DEADLINE.has(link);
  // "adjourned until January 12", "delay the election to March 3"
  if (deadline || link === 'to')
    for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (PUT_OFF.has(scan.low(k))) return true;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      // "at 00:01", "at 6 a.m.": a time of day ends no clause.
      if (t.text === ':' && /\d:\d/.test(text.slice(t.from - 1, t.to + 1))) continue;
      // Its last full stop may end a sentence too: "Schools will reopen at 9 a.m. On Saturday, …".
      if (t.text === '.' && /\b[ap]\.m\b/i.test(text.slice(Math.max(0, t.from - 3), t.to + 2))) {
        // Not before a day, a month or a time zone: "at 6 a.m. Monday", "at 7 a.m. EST on Nov. 5".
        const next = tokens[k + 1];
        if (!next || text[t.from - 1] !== 'm' || !/^[A-Z]/.test(next.text) || goesOn(next.text))
          continue;
      }
      if (CLAUSE_END.has(t.text)) break;
      // A full stop ends the sentence, unless it closes an abbreviation ("Jan.", "S. Michigan").
      if (
        t.text === '.' &&
        !(k > 0 && tokens[k - 1].to === t.from && isAbbreviation(text, tokens[k - 1]))
      )
        break;
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = scan.low(k);
    if (RELATIVE.has(w)) break;
    // "would not say on Friday" is the wire's past: "refused to say".
    if (w === 'would' && (scan.low(k + 1) === 'not' || scan.low(k + 1) === "n't")) return false;
    if (FORWARD.has(w)) return true;
    if (WAITING.has(w)) return !PAST.has(scan.low(k - 1));
    // "hoped to … by Aug. 22"; not "had expected to close the deal on March 3", a past plan.
    if (INTENDS.has(w) && scan.low(k + 1) === 'to') return scan.low(k - 1) !== 'had';
    // "agreed on Friday to hold the vote on December 10": the infinitive of an intention.
    if (w === 'to' && tokens[k + 1]?.kind === 'word' && intentBefore(scan, k)) return true;
    // "will be held on July 4": a participle after "be" is passive, its tense further back.
    if (PAST.has(w) && !BE.has(scan.low(k - 1))) return false;
    const day = k + 2 === i && (scan.low(k + 1) === 'on' || scan.low(k + 1) === 'in');
    if (PLANNED.has(w)) {
      if (BE.has(scan.low(k - 1))) return true;
      // Only "expected" right before the day: "the shipment, due on Friday, never arrived";
      // not "less than economists expected in October".
      const unlike = [1, 2, 3].some((d) => NOT_PLANNED.has(scan.low(k - d)));
      if (w === 'expected' && day && !unlike) return !PAST.has(scan.low(k - 1));
    }
    // "meets next on Dec. 17", "The Legislature convenes on Jan. 11", "takes effect on Jan. 1":
    // a timetable, in the present.
    if (day && (w === 'next' || TIMETABLE.has(w))) return true;
    if (day && w === 'effect' && (scan.low(k - 1) === 'takes' || scan.low(k - 1) === 'take'))
      return true;
    if (isPastVerb(w) && !BE.has(scan.low(k - 1))) return false;
  }
  return deadline;
}

/** An intention at most four words before the "to" at `k`, in its clause ("agreed last week to"). */
function intentBefore(scan: Scan, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (scan.tokens[j].kind === 'punct') return false;
    if (INTENDS.has(scan.low(j))) return scan.low(j - 1) !== 'had';
  }
  return false;
}

// "worked", "resigned": a verb in the past; not "hundred", not "armed" (too short to tell).
function isPastVerb(w: string): boolean {
  return w.length >= 6 && w.endsWith('ed') && !NOT_PAST.has(w);
}

/** True when lowercase word `w` is a verb in the past: "was", "fell", "resigned". */
export const isPast = (w: string): boolean => PAST.has(w) || isPastVerb(w);

// A capitalised word of at most four letters before a full stop: "Jan.", "Gov.", "St.", "S.".
function isAbbreviation(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.from);
  return t.kind === 'word' && t.to - t.from <= 4 && c >= 65 && c <= 90;
}
