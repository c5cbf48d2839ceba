// Small arrays of numbers for per-paragraph bookkeeping.

/**
 * An array of `n` zeros (or `value`s). The extractor keeps its per-token bookkeeping in plain
 * arrays, not typed ones: a browser allocates each typed array's storage outside the JavaScript
 * heap, which costs about 10 µs apiece in a fresh Chromium page (five times a plain array), and a
 * paragraph needs several. Allocated at its size, then filled: grown by `push`, an array of a
 * paragraph's 50 tokens allocates about three times its size on the way.
 */
export function zeros(n: number, value = 0): number[] {
  return new Array<number>(n).fill(value);
}
