// Figures a record shares a term with but not a scope: "roughly $1bn of annual revenue" against
// a quarter's revenue, a farmer's "120 hectares" against a nation's farmland. Such a figure is
// tied to the record only when it agrees with it (contract section 1: when the tie is unclear,
// say less).

import { isChangeFact, isIncrement } from './falls';
import { otherThanSpan, spanOf } from './spans';
import { stageOf } from './stages';
import { recordSays } from './terms';
import type { FigureClaim, FigureFact, Span } from './types';

/** The span of time a figure or a record counts over. */
export type Period = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

// "a year", "per month", but not "a year earlier" or "from a year ago": a comparison.
const per = (unit: string) =>
  `(?<!from )(?:a|per|each|every) ${unit}(?!\\s+(?:earlier|ago|before|after|later|on|previously|back|since))`;
const saidAfter = (words: string) => new RegExp(`^[^,;.:()]{0,24}?\\b(?:${words})\\b`, 'i');
// Said right after the figure, in its clause: "$1bn of annual revenue", "$40 a month".
// biome-ignore format: a table
const AFTER: [RegExp, Period][] = [
  [saidAfter(`annual|annually|yearly|${per('year')}|per annum|full[- ]year`), 'year'],
  [saidAfter(`quarterly|${per('quarter')}|for the quarter|in the quarter`), 'quarter'],
  [saidAfter('half[- ]year(?:ly)?|for the half|in the half'), 'half'],
  [saidAfter(`monthly|${per('month')}`), 'month'],
  [saidAfter(`weekly|${per('week')}`), 'week'],
  [saidAfter(`daily|${per('day')}`), 'day'],
];
// Said right before it: "annual revenue of $1bn", "quarterly sales of $261m".
// biome-ignore format: a table
const BEFORE: [RegExp, Period][] = [
  [/\b(?:annual|yearly|full[- ]year)\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'year'],
  [/\b(?:quarterly|(?:first|second|third|fourth)[- ]quarter)\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'quarter'],
  [/\b(?:half[- ]year(?:ly)?|(?:first|second)[- ]half)\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'half'],
  [/\bmonthly\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'month'],
  [/\bweekly\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'week'],
  [/\bdaily\s+(?:[a-z]+\s+){0,2}(?:of|at|to|was|were|is|are)\s+[^,;.:()]{0,12}$/i, 'day'],
];
// What a record's subject or terms say of its period: "revenue in the third quarter", "Q3".
// biome-ignore format: a table
const RECORD: [RegExp, Period][] = [
  [/\b(?:quarter|quarterly|Q[1-4])\b/i, 'quarter'],
  [/\b(?:half[- ]year(?:ly)?|(?:first|second) half|H[12])\b/i, 'half'],
  [/\b(?:annual|annually|yearly|full[- ]year|a year|per year|per annum|fiscal year|financial year)\b/i, 'year'],
  [/\b(?:monthly|a month|per month)\b/i, 'month'],
  [/\b(?:weekly|a week|per week)\b/i, 'week'],
  [/\b(?:daily|a day|per day)\b/i, 'day'],
];

// One test of the words every period above needs, so most figures pay for one regex, not twelve.
const ANY_AFTER =
  /annual|yearly|(?:a|per|each|every) (?:year|quarter|month|week|day)|per annum|full.year|quarter|half|monthly|weekly|daily/i;
const ANY_BEFORE = /annual|yearly|full.year|quarter|half|monthly|weekly|daily/i;

/** True when `words` (a sentence) may say a period at all: else no figure of it needs `periodOf`. */
export function mayHavePeriod(words: string): boolean {
  return ANY_AFTER.test(words);
}

/** The period figure `claim` of `text` is said to count over, if its words say one. */
export function periodOf(text: string, claim: FigureClaim): Period | undefined {
  const after = text.slice(claim.to, claim.to + 48);
  if (ANY_AFTER.test(after)) for (const [re, p] of AFTER) if (re.test(after)) return p;
  const before = text.slice(Math.max(0, claim.from - 64), claim.from);
  if (ANY_BEFORE.test(before)) for (const [re, p] of BEFORE) if (re.test(before)) return p;
  return undefined;
}

const periods = new WeakMap<FigureFact, Period | null>();

/** The period a record counts over, if its subject or terms say one. */
export function recordPeriod(fact: FigureFact): Period | undefined {
  let p = periods.get(fact);
  if (p === undefined) {
    p = RECORD.find(([re]) => recordSays(fact, re))?.[1] ?? null;
    periods.set(fact, p);
  }
  return p ?? undefined;
}

/** A number that stands for an interval: its middle, when both ends are finite. */
function middle(v: FigureFact['value'] | FigureClaim['value']): number | undefined {
  if (typeof v === 'number') return v;
  if (v.min === undefined || v.max === undefined) return undefined;
  return (v.min + v.max) / 2;
}

/**
 * True when figure `claim` is so far from the record (more than 500 times smaller or larger)
 * that it more likely counts something else than gets the record wrong ("Jones farms 120
 * hectares" against a nation's 1.7 million). A slip of scale ("$2.5m" for "$2.5bn", a factor of
 * a thousand or a million, give or take a fifth) is still the record's figure, got wrong.
 */
export function farOff(claim: FigureClaim, fact: FigureFact): boolean {
  const a = Math.abs(claim.amount ?? middle(claim.value) ?? Number.NaN);
  const b = Math.abs(middle(fact.value) ?? Number.NaN);
  if (!(a > 0) || !(b > 0)) return false;
  const ratio = Math.max(a, b) / Math.min(a, b);
  if (ratio <= 500) return false;
  const k = Math.round(Math.log10(ratio) / 3);
  return !(k >= 1 && k <= 2 && Math.abs(ratio / 1000 ** k - 1) <= 0.2);
}

// A running total: "has cut about 4,000 jobs since 2023", "since March, 1,200 have died"; not a
// record compared with the past: "the highest since 2021", "its worst reading since March".
// biome-ignore format: a list
const SUPERLATIVES = [
  'highest', 'lowest', 'biggest', 'largest', 'smallest', 'strongest', 'weakest', 'fastest',
  'slowest', 'sharpest', 'steepest', 'deepest', 'greatest', 'worst', 'best', 'first', 'hottest',
  'coldest', 'warmest', 'wettest', 'driest', 'busiest', 'longest', 'shortest', 'cheapest',
  'dearest',
].join('|');
const SINCE = new RegExp(
  `\\bsince\\s+(?<!\\b(?:${SUPERLATIVES})(?:\\s+[a-z]+){0,2}\\s+since\\s+)(?:(?:early|late|mid|the\\s+start\\s+of)\\s+)?(?:\\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|the\\s+(?:start|beginning))\\b`,
  'i',
);
const TOTAL_FACT = /\b(?:since|total|cumulative|so far|to date|in all|overall|all told)\b/i;
// "since January", "since January 1", "since the start of the year": the year so far, which a
// record "this year" holds; not January of another year ("since January last year", "since
// January, 2022"). Read where each running total's "since" stands.
const YEAR_START =
  /since\s+(?:(?:the\s+(?:start|beginning)\s+of\s+)?January(?:\s+1(?:st)?\b)?(?!\s+(?:of\s+)?(?:\d|last\b|the\s+previous\b)|,\s+(?:\d{4}\b|last\b))|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b)/iy;
const SINCE_EACH = new RegExp(SINCE.source, 'gi');
const THIS_YEAR_FACT = /\bthis\s+year\b/i;
// A measure adjusted from the reported one: "earned $2.05 a share excluding items".
// Not "as buyers adjusted", "seasonally adjusted", "profit before tax" (as often "pre-tax profit").
const ADJUSTED =
  /\b(?:excluding\s+(?:items|one-offs?|one-time|special|exceptional)|(?<!seasonally\s)adjusted\s+(?:earnings|profit|profits|eps|ebitda|operating|net|income|loss|losses|revenue|sales|basis|figures?)|on\s+an?\s+(?:adjusted|underlying)\s+basis|underlying\s+(?:earnings|profit|profits|ebitda|operating|loss|losses|revenue|sales|inflation)|core\s+(?:inflation|cpi|pce|prices|earnings|profit|profits|eps)|non-GAAP|before\s+exceptional)/i;

/** A part of a sentence (between semicolons and dashes), with what its words say of its figures. */
export interface Part {
  from: number;
  to: number;
  /** A running total since a time ("has cut 4,000 jobs since 2023"). */
  since: boolean;
  /** A running total of the year so far ("three children have died since January"). */
  yearSoFar: boolean;
  /** An adjusted measure ("$2.05 a share excluding items"). */
  adjusted: boolean;
}

// Words every running total or adjusted measure needs: most sentences have none, and stay whole.
const MAY_QUALIFY = /since|xcluding|djusted|nderlying|core|gaap|xceptional/i;

/** The parts of `sentence` of `text`, split at semicolons and dashes, read once. */
export function partsOf(text: string, sentence: Span): Part[] {
  const out: Part[] = [];
  const body = text.slice(sentence.from, sentence.to);
  if (!MAY_QUALIFY.test(body))
    return [
      { from: sentence.from, to: sentence.to, since: false, yearSoFar: false, adjusted: false },
    ];
  const cut = /;| [—–] /g;
  let from = 0;
  for (let m = cut.exec(body); ; m = cut.exec(body)) {
    const to = m ? m.index : body.length;
    const words = body.slice(from, to);
    out.push({
      from: sentence.from + from,
      to: sentence.from + to,
      ...runningTotal(words),
      adjusted: ADJUSTED.test(words),
    });
    if (!m) return out;
    from = m.index + m[0].length;
  }
}

// Whether `words` hold a running total, and whether every one counts from the year's start:
// "died since March, and cases have climbed since January" is a total since March.
function runningTotal(words: string): { since: boolean; yearSoFar: boolean } {
  let since = false;
  let yearSoFar = true;
  SINCE_EACH.lastIndex = 0;
  for (let m = SINCE_EACH.exec(words); m; m = SINCE_EACH.exec(words)) {
    since = true;
    YEAR_START.lastIndex = m.index;
    if (!YEAR_START.test(words)) yearSoFar = false;
  }
  return { since, yearSoFar: since && yearSoFar };
}

/** The part that holds `pos`. */
export function partAt(parts: readonly Part[], pos: number): Part {
  for (const p of parts) if (pos < p.to) return p;
  return parts[parts.length - 1];
}

/**
 * True when the figure's part is a running total since a time and the record is no total: not
 * one of the year so far either, when the part counts from the year's start.
 */
export function otherTotal(part: Part, fact: FigureFact): boolean {
  return (
    part.since &&
    !recordSays(fact, TOTAL_FACT) &&
    !(part.yearSoFar && recordSays(fact, THIS_YEAR_FACT))
  );
}

/** True when the figure's part gives an adjusted measure and the record does not, or the reverse. */
export function otherMeasure(part: Part, fact: FigureFact): boolean {
  return part.adjusted !== recordSays(fact, ADJUSTED);
}

/** True when percent figure `claim` of `text` is a share of a whole: "almost 40% of total revenue". */
export function isShare(text: string, claim: FigureClaim): boolean {
  return (
    claim.unit === 'percent' &&
    /^\s+of\s+(?!the\s+(?:vote|votes)\b)/i.test(text.slice(claim.to, claim.to + 16))
  );
}

// "a deposit of about £60,000", "a £60,000 deposit": a part paid down, not the price.
const DEPOSIT_BEFORE = /\b(?:deposit|down[- ]payment)s?\s+of\s+$/i;
const DEPOSIT_AFTER = /^[\s-]+(?:deposit|down[- ]payment)s?\b/i;
const DEPOSIT_FACT = /\b(?:deposit|down[- ]payment)/i;

/** True when money figure `claim` of `text` is a deposit: "a deposit of £60,000", "a £60,000 deposit". */
export function isDeposit(text: string, claim: FigureClaim): boolean {
  if (claim.unit === 'count' || claim.unit === 'percent') return false;
  return (
    DEPOSIT_BEFORE.test(text.slice(Math.max(0, claim.from - 24), claim.from)) ||
    DEPOSIT_AFTER.test(text.slice(claim.to, claim.to + 16))
  );
}

// "carries a maximum sentence of 10 years", "a maximum fine of $1m", "the maximum sentence for
// fraud is 10 years", "faces up to 10 years": a penalty the law sets, not the one given. Not "a
// maximum temperature of 41C", "the minimum wage is £11.44", "handed Keller the maximum sentence
// of 10 years".
const PENALTY = '(?:(?:jail|prison|custodial)\\s+)?(?:sentence|penalty|fine|term|punishment)';
const LIMIT_BEFORE = new RegExp(
  `\\b(?:maximum|minimum)\\s+${PENALTY}(?:\\s+[a-z]+){0,3}?\\s+(?:of|is|was|would\\s+be)\\s+(?:up\\s+to\\s+)?$|\\b(?:maximum|minimum)\\s+$`,
  'i',
);
const PENALTY_AFTER = new RegExp(`^[\\s-]*${PENALTY}`, 'i');
const IMPOSED = /\b(?:handed|given|gave|received|imposed|jailed|sentenced|ordered)\b/i;
// "faces up to 10 years": the figure holds its "up to".
const FACES = /\b(?:faces?|facing|carries|punishable\s+by)\s+(?:up\s+to\s+)?$/i;
const LIMIT_FACT = /\b(?:maximum|minimum|limit|cap|ceiling|floor)\b/i;

/** True when figure `claim` of `text` is a limit: "a maximum sentence of 10 years". */
export function isLimit(text: string, claim: FigureClaim): boolean {
  const before = text.slice(Math.max(0, claim.from - 50), claim.from);
  const m = LIMIT_BEFORE.exec(before);
  if (m) {
    if (IMPOSED.test(before.slice(0, m.index))) return false;
    // "a maximum 10-year sentence": the penalty after the figure.
    return (
      !m[0].trim().match(/^(?:maximum|minimum)$/i) ||
      PENALTY_AFTER.test(text.slice(claim.to, claim.to + 20))
    );
  }
  return /^up\s+to\b/i.test(claim.text) && FACES.test(before);
}

/**
 * What figure `claim` of `text`, in `part` of its sentence, says of its own scope, read once: a
 * test of the records it ties to only when it agrees with them. An increment or a change's size
 * against a record of no change; another period (`periodic`: the sentence names one at all); far
 * off in size; a running total or an adjusted measure against a record of neither; a share of a
 * whole against a record of change; a deposit against a record of no deposit; a limit ("a
 * maximum sentence of 10 years") against a record of none; a stage of a thing ("the interim 76%
 * target", `stages.ts`) against a record of another stage; a span of time ("in five years",
 * "five years earlier", `spans.ts`) against a record of an age, or any record when an offset.
 */
export function otherScope(
  text: string,
  claim: FigureClaim,
  part: Part,
  periodic: boolean,
): (fact: FigureFact) => boolean {
  const period = periodic ? periodOf(text, claim) : undefined;
  const added = claim.change === true || isIncrement(text, claim);
  const share = isShare(text, claim);
  const deposit = isDeposit(text, claim);
  const limit = isLimit(text, claim);
  const stage = stageOf(text, claim);
  const span = spanOf(text, claim);
  return (fact) =>
    (span !== undefined && otherThanSpan(span, fact)) ||
    (stage !== undefined && !recordSays(fact, stage)) ||
    (added && !isChangeFact(fact)) ||
    (deposit && !recordSays(fact, DEPOSIT_FACT)) ||
    (limit && !recordSays(fact, LIMIT_FACT)) ||
    (share && isChangeFact(fact)) ||
    (period !== undefined && (recordPeriod(fact) ?? period) !== period) ||
    farOff(claim, fact) ||
    otherTotal(part, fact) ||
    otherMeasure(part, fact);
}
