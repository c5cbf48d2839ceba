// "The headline rate has fallen 0.4% in a month" against a record of -0.4 percentage points: a
// change of a rate written in percent where the record gives points, the commonest slip with
// rates. A change in percent of the size the record gives in points is tied to that record and
// contradicted with the points; of another size, it is not read against points at all.

import { asUnit } from './durations';
import { comparedAs } from './falls';
import { formatAmount } from './format';
import type { FigureClaim, FigureFact } from './types';
import { figureVerdict, unitOf } from './verdict';

/**
 * True when figure `claim`, a change in percent (`changed`: after a word of rising or falling),
 * is the size of the change `fact` records in percentage points; with `fall`, a fall, compared
 * negated with a record below zero.
 */
export function isPointsSlip(
  claim: FigureClaim,
  fact: FigureFact,
  changed: boolean,
  fall: boolean,
): boolean {
  if (!changed || claim.unit !== 'percent' || unitOf(fact) !== 'percentage point') return false;
  const points = { ...claim, unit: 'percentage point' };
  return figureVerdict(comparedAs(points, fact, fall), fact) === 'confirmed';
}

/** The record's points as the prose would write them, its sign left to the words of change. */
export function pointsText(fact: FigureFact): string | undefined {
  return typeof fact.value === 'number'
    ? formatAmount(Math.abs(fact.value), 'percentage point')
    : undefined;
}

/**
 * `claim` in the unit of `fact`: as `asUnit` reads it, and "rose 0.2 points" in percentage points
 * against a record of a rate's change in them (the prose drops "percentage" as often as not).
 */
export function inUnitOf(claim: FigureClaim, fact: FigureFact): FigureClaim | undefined {
  const unit = unitOf(fact);
  if (claim.unit === 'point' && unit === 'percentage point') return { ...claim, unit };
  return asUnit(claim, unit);
}
