// "six years and eight months", "two hours and 30 minutes": one duration written in two units,
// read as one figure in the smaller unit (80 months, 150 minutes), so that a record of 80 months
// confirms it and no part of it is held against the whole.

import { type Quantity, readQuantity } from './quantity';
import type { Scan } from './tokenize';
import type { Interval, Unit } from './types';

// Each unit and the smaller one it is written with, and how many of those it holds.
const SMALLER = new Map<Unit, [Unit, number]>([
  ['year', ['month', 12]],
  ['week', ['day', 7]],
  ['day', ['hour', 24]],
  ['hour', ['minute', 60]],
  ['minute', ['second', 60]],
]);

/** A duration in two units: the index after it, its value in the smaller unit, that unit. */
export interface Compound {
  end: number;
  value: number;
  unit: Unit;
}

/**
 * The duration in two units that starts with `q` ("six years" of "six years and eight
 * months"), or undefined when `q` is not followed by "and" and a count of the next smaller unit.
 */
export function compound(scan: Scan, q: Quantity): Compound | undefined {
  const smaller = SMALLER.get(q.unit);
  if (!smaller || !Number.isInteger(q.value) || scan.low(q.end) !== 'and') return undefined;
  const next = readQuantity(scan, q.end + 1, true);
  if (!next || next.skip || next.unit !== smaller[0] || next.value >= smaller[1]) return undefined;
  return { end: next.end, value: q.value * smaller[1] + next.value, unit: next.unit };
}

// The units a record and the prose may each write one duration in: a prison sentence, an age,
// a term of office in years or in months. Not hours against minutes or days against hours: "48
// hours" and "a five-day strike", "11 hours" and "a 42-minute response" are other durations, and
// their units are what tells them apart.
const CHAINS: readonly (readonly Unit[])[] = [['year', 'month']];

/** How many `to` one `from` holds, when the two are durations that divide exactly. */
function factorOf(from: Unit, to: Unit): number | undefined {
  for (const chain of CHAINS) {
    const a = chain.indexOf(from);
    const b = chain.indexOf(to);
    if (a < 0 || b < 0) continue;
    let f = 1;
    for (let k = Math.min(a, b); k < Math.max(a, b); k++) f *= SMALLER.get(chain[k])![1];
    return a <= b ? f : 1 / f;
  }
  return undefined;
}

/**
 * `claim` in `unit`: itself when it is in that unit already, a copy converted when both are
 * years and months ("7 years" as 84 months), or undefined.
 */
export function asUnit<T extends { value: Interval; unit: Unit; amount?: number }>(
  claim: T,
  unit: Unit,
): T | undefined {
  if (claim.unit === unit) return claim;
  const f = factorOf(claim.unit, unit);
  if (f === undefined) return undefined;
  const value: Interval = { ...claim.value };
  if (value.min !== undefined) value.min *= f;
  if (value.max !== undefined) value.max *= f;
  const out: T = { ...claim, value, unit };
  if (claim.amount !== undefined) out.amount = claim.amount * f;
  return out;
}
