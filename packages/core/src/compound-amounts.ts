// "a 40-million-pound fraud", "a $1-billion bid": a scale joined to the number by a hyphen, as
// amounts are written when they qualify a noun. The unit joined after it ("-pound") is read as
// "45-acre" is, from the token right before its hyphen.

import type { Scan } from './tokenize';

/** The scales a hyphen may join to a number: "40-million", not "3-dozen". */
const JOINED = new Map([
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * The scale joined by a hyphen at token `k`, right after a number ("40-million", "$1-billion"),
 * and the index after it; undefined when the hyphen or the scale is spaced or absent.
 */
export function joinedScale(scan: Scan, k: number): { scale: number; end: number } | undefined {
  const { tokens } = scan;
  const dash = tokens[k];
  const word = tokens[k + 1];
  if (!dash || !word || (dash.text !== '-' && dash.text !== '‑')) return undefined;
  if (dash.from !== tokens[k - 1].to || word.from !== dash.to) return undefined;
  const scale = JOINED.get(scan.low(k + 1));
  return scale === undefined ? undefined : { scale, end: k + 2 };
}
