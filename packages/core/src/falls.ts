// "Shares fell 8.2%" against a record of -8.2%: the prose states the size of a fall, the record
// the signed change. A figure right after a word of falling is read negated against a record
// below zero, and its suggestion keeps the prose's sign ("fell 8.2%", not "fell -8.2%").

import { firstFrom } from './span-search';
import { recordSays } from './terms';
import { Scan } from './tokenize';
import type { FigureClaim, FigureFact, Interval } from './types';
import { intervalOf, unitOf } from './verdict';

// biome-ignore format: a list
const FALLS = new Set([
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'declined', 'decline',
  'declines', 'slid', 'slipped', 'sank', 'tumbled', 'plunged', 'plummeted', 'slumped', 'lost',
  'down', 'decreased', 'contracted', 'shrank', 'eased', 'dipped', 'retreated',
]);

// Words of falling written after the figure: "a 0.3% drop", "closed 0.3% lower".
// biome-ignore format: a list
const FALLS_AFTER = new Set([
  'drop', 'fall', 'decline', 'contraction', 'slump', 'dip', 'decrease', 'lower', 'smaller',
  'down', 'less',
]);

// Words of rising, before the figure ("rose 1.2%", "up 9%") and after it ("a 1.2% rise").
// biome-ignore format: a list
const RISES = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'grew', 'grown', 'increased', 'jumped', 'climbed',
  'gained', 'up', 'surged', 'soared', 'added', 'edged', 'ticked',
]);
const RISES_AFTER = new Set(['rise', 'increase', 'gain', 'jump', 'higher', 'more', 'up']);

/**
 * The figures of `text` written as the size of a fall: "fell 8.2%", "down by 3", "a drop of
 * 2%", "shrank a further 0.3%", "fell sharply by 3%", "a 0.3% contraction", "closed 0.3% lower".
 */
export function fallen(text: string, figures: readonly FigureClaim[]): Set<FigureClaim> {
  return sized(text, figures, FALLS, FALLS_AFTER);
}

/** The figures of `text` written as the size of a rise: "rose 1.2%", "up 9%", "a 2% increase". */
export function risen(text: string, figures: readonly FigureClaim[]): Set<FigureClaim> {
  return sized(text, figures, RISES, RISES_AFTER);
}

function sized(
  text: string,
  figures: readonly FigureClaim[],
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): Set<FigureClaim> {
  const out = new Set<FigureClaim>();
  if (!figures.length) return out;
  const scan = Scan.of(text);
  for (const f of figures) {
    let k = firstFrom(scan.tokens, f.from) - 1;
    if (scan.low(k) === 'by' || scan.low(k) === 'of') k--;
    // "shrank a further 0.3%", "dropped another 2%", "fell sharply by 3%"
    if (scan.low(k) === 'further' && scan.low(k - 1) === 'a') k -= 2;
    else if (scan.low(k) === 'another') k--;
    if (scan.low(k).endsWith('ly') && scan.tokens[k]?.kind === 'word') k--;
    const next = firstFrom(scan.tokens, f.to);
    if (
      (scan.tokens[k]?.kind === 'word' && before.has(scan.low(k))) ||
      (scan.tokens[next]?.kind === 'word' && after.has(scan.low(next)))
    )
      out.add(f);
  }
  return out;
}

const CHANGE_FACT =
  /\b(?:change|changes|rise|rises|fall|falls|increase|increases|decrease|decreases|decline|growth|drop|gain|gains|loss|losses|net|up|down|inflation|extra|additional|further|boost|top-up)\b/i;

/**
 * True when the record is of a change, not a level: below zero, in percentage points, or saying
 * so ("Change in vacancies", "Pay growth").
 */
export function isChangeFact(fact: FigureFact): boolean {
  return belowZero(fact) || unitOf(fact) === 'percentage point' || recordSays(fact, CHANGE_FACT);
}

const MORE_AFTER = /^\s+(?:more|extra|additional|further)\b(?!\s+than)/i;
const MORE_BEFORE = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i;

/**
 * True when figure `claim` of `text` is an increment: "six more people were arrested", "40,000
 * extra appointments", "another 200 troops", "a further 300 jobs". It adds to a total, which a
 * record of the total does not give.
 */
export function isIncrement(text: string, claim: FigureClaim): boolean {
  return (
    // A percent before "more" compares: "21% more likely to die early", "30% more jobs".
    (claim.unit !== 'percent' && MORE_AFTER.test(text.slice(claim.to, claim.to + 24))) ||
    MORE_BEFORE.test(text.slice(Math.max(0, claim.from - 16), claim.from))
  );
}

/** True when every value the record allows is below zero (or zero, for an exact record). */
function belowZero(fact: FigureFact): boolean {
  const v = intervalOf(fact.value);
  if (v.max === undefined) return false;
  return v.max < 0 || (v.max === 0 && (v.maxExclusive === true || v.min !== undefined));
}

/**
 * The claim as it is compared with `fact`: negated when it is the size of a fall (`fall`) and
 * the record is a signed change below zero, else the claim itself.
 */
export function comparedAs(claim: FigureClaim, fact: FigureFact, fall: boolean): FigureClaim {
  return fall && belowZero(fact) ? negated(claim) : claim;
}

/** The claim as a signed change: its interval and amount negated. */
function negated(claim: FigureClaim): FigureClaim {
  const { min, max, minExclusive, maxExclusive } = claim.value;
  const value: Interval = {};
  if (max !== undefined) value.min = -max;
  if (maxExclusive) value.minExclusive = true;
  if (min !== undefined) value.max = -min;
  if (minExclusive) value.maxExclusive = true;
  const out: FigureClaim = {
    from: claim.from,
    to: claim.to,
    text: claim.text,
    value,
    unit: claim.unit,
  };
  if (claim.amount !== undefined) out.amount = -claim.amount;
  if (claim.qualifier !== undefined) out.qualifier = claim.qualifier;
  return out;
}
