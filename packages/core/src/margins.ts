// "Arsenal moved three points clear", "a lead of 5 points", "about 1,500 fewer than in 2019": a
// figure that is the gap between two others, not either of them. The record of a total (32 points) does not contradict it; it ties
// to a record only when it agrees with it, unless the record is itself of a gap.

import { recordSays } from './terms';
import type { FigureClaim, FigureFact } from './types';
import { unitOf } from './verdict';

// After the figure: "three points clear", "two goals ahead", "five points adrift". "Ahead of"
// and "behind" with "of" are as often of time ("held rates at 4% ahead of the budget"): a gap
// only after points.
const AFTER = /^\s+(?:(clear|adrift)|(ahead|behind)(\s+of)?)\b/i;
const POINTS = new Set(['point', 'percentage point']);
// A comparison after it: "1,500 fewer than in 2019", "$3bn more in revenue than last year".
const THAN =
  /^\s+(?:fewer|more|less|higher|lower|greater|bigger|smaller|younger|older|longer|shorter|cheaper|dearer|faster|slower|earlier|later)\s+(?:[a-z]+\s+){0,3}?than\b/i;
// Before it: "a lead of 5 points", "a margin of 3%", "the gap of 4 points".
const BEFORE = /\b(?:lead|margin|gap)\s+of\s+$/i;

/**
 * True when figure `claim` of `text` is a gap: "three points clear", "a lead of 5 points", "1,500
 * fewer than in 2019".
 */
export function isMargin(text: string, claim: FigureClaim): boolean {
  const m = AFTER.exec(text.slice(claim.to, claim.to + 16));
  if (m && (m[1] || !m[3] || POINTS.has(claim.unit))) return true;
  if (THAN.test(text.slice(claim.to, claim.to + 48))) return true;
  return BEFORE.test(text.slice(Math.max(0, claim.from - 16), claim.from));
}

// What a comparison's "than" looks back to, when it is a time: "than in 2019", "than last year",
// "than a year earlier", "than at the last election".
const THEN =
  /^\s+(?:fewer|more|less|higher|lower|greater|bigger|smaller|younger|older|longer|shorter|cheaper|dearer|faster|slower|earlier|later)\s+(?:[a-z]+\s+){0,3}?than\s+(?:(?:in|at|during)\s+)?(?:\d{4}\b|(?:the\s+)?(?:last|previous|prior|same)\b|(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|before)\b|a\s+year\s+(?:ago|earlier|before)\b)/i;

/**
 * True when gap `claim` of `text` is a change over time ("244 fewer than in 2019", "$3bn more
 * than last year"), not a lead of one over another: a record of a lead or a majority is no
 * record of it (`isLeadFact`).
 */
export function isChange(text: string, claim: FigureClaim): boolean {
  return THEN.test(text.slice(claim.to, claim.to + 64));
}

const MARGIN_FACT =
  /\b(?:lead|margin|gap|majority|clear|ahead|behind|delay|difference|reduction|discount|shortfall)\b/i;

/** True when the record is of a lead of one over another: "Labour majority", "Arsenal's lead". */
export function isLeadFact(fact: FigureFact): boolean {
  return recordSays(fact, MARGIN_FACT);
}

/**
 * True when the record is itself of a gap: "Arsenal's lead at the top", "Labour majority", or
 * any record in percentage points, the difference of two rates.
 */
export function isMarginFact(fact: FigureFact): boolean {
  return unitOf(fact) === 'percentage point' || isLeadFact(fact);
}
