// Line and column of many offsets into one text: the line starts are found once, then each offset
// by binary search, so a report of n findings costs O(text + n log lines), not O(text × n).

/** The line and column (both from 1) of an offset, as `lineColumn` of `errors.ts` gives them. */
export type Place = { line: number; column: number };

/**
 * A function from offsets into `text` to their line and column (both from 1; lines end at "\n").
 * Offsets past the end count on from the last line, as `lineColumn` does.
 */
export function placesIn(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset (a line break at `offset` itself is not passed).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
