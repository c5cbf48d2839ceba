// "analysts had expected $12.9bn", "growth is forecast to reach 2%", "short of the 78% target": a
// figure someone expects or aims at, not one that happened. Like a figure of an earlier time, it ties only to a record it agrees
// with, unless the record is itself a forecast or a target: the record of what happened does
// not contradict an expectation.

import { firstFrom } from './span-search';
import { recordSays } from './terms';
import { Scan } from './tokenize';
import type { FigureClaim, FigureFact } from './types';

// Not "consensus": "beat consensus with $13.5bn" gives the result. "Target" is read apart (see
// `aimedAt`): a record of the target itself is still held against it (`isExpectation`).
// biome-ignore format: a list
const EXPECTING = new Set([
  'expected', 'expect', 'expects', 'forecast', 'forecasts', 'forecasting', 'predicted',
  'predict', 'predicts', 'projected', 'anticipated',
]);

/** Words between the word of expecting and the figure look like this: "to reach", "of", "at". */
const isFiller = (s: string) => /^[a-z]+$/.test(s);

/**
 * True when the figure `f`, from token `a` to `b`, is a target: "the 78% target", "a target of
 * 2%". Not "120 targets", things struck, nor a count after "target of": "the target of 14
 * attacks" was attacked.
 */
function aimedAt(scan: Scan, f: FigureClaim, a: number, b: number): boolean {
  if (scan.low(b) === 'target') return true;
  return f.unit !== 'count' && scan.low(a - 1) === 'of' && scan.low(a - 2) === 'target';
}

/**
 * The figures of `text` that someone expects: within eight lower-case words after "expected",
 * "forecast", "predicted", "projected" or "anticipated" ("had expected $12.9bn", "had expected
 * the unemployment rate to rise to 4.5%"), not after "better-than-expected" or "more than
 * expected", which give the result; and targets, right
 * before "target" or after "target of" ("short of the 78% target", "a target of 2%").
 */
export function expectations(text: string, figures: readonly FigureClaim[]): Set<FigureClaim> {
  const out = new Set<FigureClaim>();
  if (!figures.length) return out;
  const scan = Scan.of(text);
  for (const f of figures) {
    const a = firstFrom(scan.tokens, f.from);
    if (aimedAt(scan, f, a, firstFrom(scan.tokens, f.to))) {
      out.add(f);
      continue;
    }
    for (let k = a - 1; k >= 0 && k >= a - 9; k--) {
      if (EXPECTING.has(scan.low(k))) {
        // Not "better-than-expected" nor "rose more than expected after it posted $5bn".
        const before = scan.low(k - 1);
        if (scan.tokens[k - 1]?.text !== '-' && before !== 'than' && before !== 'as') out.add(f);
        break;
      }
      if (!isFiller(scan.tokens[k].text)) break;
    }
  }
  return out;
}

// A record that is itself an expectation is held against expectations as usual.
const EXPECTATION_FACT =
  /\b(?:forecast|expect|project|predict|outlook|target|guidance|consensus|standard|goal|threshold)/i;

/** True when the record is itself an expectation, a forecast or a target. */
export function isExpectation(fact: FigureFact): boolean {
  return recordSays(fact, EXPECTATION_FACT);
}
