// Span look-ups by binary search, so that checking a long paragraph stays linear in its length:
// which sentence holds an offset, whether any of many spans meets a range, how many lie inside.
import type { Sentence, Span } from './types';
import { zeros } from './zeros';

/** The index of the first of `items` (sorted by `from`) that starts at or after `offset`. */
export function firstFrom(items: readonly { from: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].from < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the sentence that holds `offset` (or the last one before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  // Offsets are string indices: a sentence starting at or before `offset` starts before offset + 1.
  return Math.max(0, firstFrom(sentences, offset + 1) - 1);
}

/** The number of the sorted `values` that are below `limit` (or at most `limit` when `inclusive`). */
function countBelow(values: readonly number[], limit: number, inclusive: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit || (inclusive && values[mid] === limit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].from < spans[i - 1].from) return false;
  return true;
}

/** A fixed set of spans, sorted by start, that answers range questions in logarithmic time. */
export class SpanSet<T extends Span = Span> {
  /** The spans by start. */
  readonly spans: readonly T[];
  // Plain arrays, not typed ones: see `zeros`.
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  // The largest end among the spans up to each index: spans may nest or overlap.
  readonly #reach: number[] = [];
  #tree: number[] | undefined;

  /** Indexes `spans` (any order). */
  constructor(spans: Iterable<T>) {
    const list = [...spans];
    // Most come in order already, and a look costs less than a sort.
    if (!inOrder(list)) list.sort((a, b) => a.from - b.from);
    this.spans = list;
    let reach = Number.NEGATIVE_INFINITY;
    for (const s of this.spans) {
      this.#from.push(s.from);
      this.#to.push(s.to);
      reach = Math.max(reach, s.to);
      this.#reach.push(reach);
    }
  }

  /** True when some span overlaps `[from, to)`. */
  overlaps(from: number, to: number): boolean {
    const k = countBelow(this.#from, to, false);
    return k > 0 && this.#reach[k - 1] > from;
  }

  /** The span that holds `[from, to)` whole and starts last (the innermost), if any. */
  holding(from: number, to: number): T | undefined {
    const k = countBelow(this.#from, from, true);
    if (k === 0 || this.#reach[k - 1] < to) return undefined;
    const i = this.#lastReaching(k, to);
    return i < 0 ? undefined : this.spans[i];
  }

  // The last index below `k` whose span ends at or after `to`, by descending a tree of the
  // largest ends (built on first use): a quote inside a long content must not scan them all.
  #lastReaching(k: number, to: number): number {
    const n = this.spans.length;
    if (!this.#tree) {
      this.#tree = zeros(2 * n, Number.NEGATIVE_INFINITY);
      for (let i = 0; i < n; i++) this.#tree[n + i] = this.#to[i];
      for (let i = n - 1; i > 0; i--)
        this.#tree[i] = Math.max(this.#tree[2 * i], this.#tree[2 * i + 1]);
    }
    const tree = this.#tree;
    // Walk the nodes covering [0, k) from the right; descend into the first that reaches `to`.
    let lo = n;
    let hi = n + k;
    const right: number[] = [];
    const left: number[] = [];
    while (lo < hi) {
      if (lo & 1) left.push(lo++);
      if (hi & 1) right.push(--hi);
      lo >>= 1;
      hi >>= 1;
    }
    for (const node of [...right, ...left.reverse()]) {
      if (tree[node] < to) continue;
      let at = node;
      while (at < n) at = tree[2 * at + 1] >= to ? 2 * at + 1 : 2 * at;
      return at - n;
    }
    return -1;
  }

  /**
   * How many spans lie whole inside `[from, to)`. Exact for spans that do not overlap each
   * other (mentions, sentences), which are then sorted by their ends as well.
   */
  countInside(from: number, to: number): number {
    return Math.max(0, countBelow(this.#to, to, true) - countBelow(this.#from, from, false));
  }
}
