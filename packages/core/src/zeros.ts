// Small arrays of numbers for per-paragraph bookkeeping.

/**
 * An array of `n` zeros (or `value`s), packed. The extractor keeps its per-token bookkeeping in
 * plain arrays, not typed ones: a browser allocates each typed array's storage outside the
 * JavaScript heap, which costs about 10 µs apiece in a fresh Chromium page (five times a plain
 * array), and a paragraph needs several.
 */
export function zeros(n: number, value = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}
