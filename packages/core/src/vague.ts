// Vague quantities: "dozens", "tens of thousands", "a few hundred", "thousands of dollars",
// each read as the interval a newsroom means by it.
import { CURRENCY_WORDS } from './currencies';
import type { Scan } from './tokenize';
import type { Interval, Unit } from './types';

// biome-ignore format: a table
const VAGUE = new Map<string, [number, number]>([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]],
  ['millions', [2e6, 9999999]], ['billions', [2e9, 9999999999]],
]);
const FEW_OF = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
const TIMES_OF_TENS = new Map([
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

/** The words a vague quantity starts with. */
export const VAGUE_FIRST: readonly string[] = [...VAGUE.keys(), 'a', 'tens'];

/** A vague quantity read at a token: its interval, unit and the index after it. */
export interface Vague {
  value: Interval;
  unit: Unit;
  end: number;
}

/**
 * The vague quantity at token `i`, if one starts there: "dozens", "tens of thousands", "a few",
 * "a few hundred", "thousands of dollars".
 */
export function readVague(scan: Scan, i: number): Vague | undefined {
  const { n } = scan;
  const w = scan.low(i);
  let end = i + 1;
  let range: [number, number] | undefined;
  if (w === 'a' && i + 1 < n && scan.low(i + 1) === 'few') range = [2, 5];
  else if ((w === 'tens' || w === 'hundreds') && i + 2 < n && scan.low(i + 1) === 'of') {
    const times = TIMES_OF_TENS.get(scan.low(i + 2));
    if (times !== undefined) {
      const base = w === 'tens' ? 10 : 100;
      range = [2 * base * times, 10 * base * times - 1];
      end = i + 3;
    }
  }
  if (!range) {
    const v = VAGUE.get(w);
    if (!v) return undefined;
    if (w === 'scores' && !(i + 1 < n && scan.low(i + 1) === 'of')) return undefined;
    range = v;
  }
  if (w === 'a') {
    // "a few hundred" is 200 to 500, "a few dozen" 24 to 60.
    const scale = FEW_OF.get(scan.low(i + 2));
    if (scale !== undefined) range = [2 * scale, 5 * scale];
    end = scale !== undefined ? i + 3 : i + 2;
  }
  let unit: Unit = 'count';
  if (end + 1 < n && scan.low(end) === 'of') {
    const money = CURRENCY_WORDS.get(scan.low(end + 1));
    if (money && money.factor === 1) {
      unit = money.unit;
      end += 2;
    }
  }
  return { value: { min: range[0], max: range[1] }, unit, end };
}
