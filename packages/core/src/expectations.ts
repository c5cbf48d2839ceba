// "analysts had expected $12.9bn", "growth is forecast to reach 2%": a figure someone expects,
// not one that happened. Like a figure of an earlier time, it ties only to a record it agrees
// with: the record of what happened does not contradict an expectation.

import { firstFrom } from './span-search';
import { Scan } from './tokenize';
import type { FigureClaim } from './types';

// biome-ignore format: a list
const EXPECTING = new Set([
  'expected', 'expect', 'expects', 'forecast', 'forecasts', 'forecasting', 'predicted',
  'predict', 'predicts', 'projected', 'projects', 'anticipated', 'target', 'targets',
  'targeting', 'targeted', 'guidance', 'consensus',
]);

/** Words between the word of expecting and the figure look like this: "to reach", "of", "at". */
const isFiller = (s: string) => /^[a-z]+$/.test(s);

/**
 * The figures of `text` that someone expects: within two lower-case words after "expected",
 * "forecast", "predicted", "projected", "anticipated", "target", "guidance" or "consensus".
 */
export function expectations(text: string, figures: readonly FigureClaim[]): Set<FigureClaim> {
  const out = new Set<FigureClaim>();
  if (!figures.length) return out;
  const scan = Scan.of(text);
  for (const f of figures) {
    const a = firstFrom(scan.tokens, f.from);
    for (let k = a - 1; k >= 0 && k >= a - 3; k--) {
      if (EXPECTING.has(scan.low(k))) {
        out.add(f);
        break;
      }
      if (!isFiller(scan.tokens[k].text)) break;
    }
  }
  return out;
}
