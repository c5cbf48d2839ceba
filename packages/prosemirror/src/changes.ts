import type { Fragment, Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { Mapping, StepMap } from 'prosemirror-transform';
import type { BlockEntry } from './check';

/** A span of the document: `from` inclusive, `to` exclusive. */
export interface Range {
  from: number;
  to: number;
}

/** Where two documents differ: `start` in both, `endA` in the old one, `endB` in the new one. */
export interface Diff {
  start: number;
  endA: number;
  endB: number;
  /** The top-level nodes both documents share as the same objects, at the start and at the end. */
  shared: Shared;
}

/** How many top-level nodes two fragments share as the same objects at each end, and their size. */
export interface Shared {
  head: number;
  headSize: number;
  tail: number;
  tailSize: number;
}

/** How a transaction moved positions, and the ranges of the new document it changed. */
export interface Changes {
  mapping: Mapping;
  ranges: Range[];
  /** Set when the changes were read from a diff of the whole document. */
  diff?: Diff;
}

function replacesWholeDocument(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const size = tr.docs[i].content.size;
    let whole = false;
    tr.mapping.maps[i].forEach((from, to) => {
      if (from === 0 && to === size && size > 0) whole = true;
    });
    if (whole) return true;
  }
  return false;
}

/**
 * The changes of a transaction. Local edits are read from their step maps. A transaction that
 * replaces the whole document (y-prosemirror does so for every remote change) would collapse
 * every position, so it is read from a diff of the old and new document instead: one range from
 * the first to the last difference, and a step map that keeps everything around it in place.
 */
export function changesOf(tr: Transaction): Changes {
  if (replacesWholeDocument(tr)) return diffChanges(tr.before, tr.doc);
  const ranges: Range[] = [];
  const maps = tr.mapping.maps;
  for (let i = 0; i < maps.length; i++) {
    // The last step's ranges are already in the new document (most transactions have one step).
    const rest = i + 1 < maps.length ? tr.mapping.slice(i + 1) : null;
    maps[i].forEach((_oldFrom, _oldTo, from, to) => {
      ranges.push(rest ? { from: rest.map(from, -1), to: rest.map(to, 1) } : { from, to });
    });
  }
  return { mapping: tr.mapping, ranges };
}

/**
 * The top-level nodes two fragments share as the same objects at each end. y-prosemirror keeps
 * the node of every paragraph a change did not touch, so this tight loop skips nearly all of a
 * long document before ProseMirror's own diff looks inside the rest.
 */
function sharedNodes(a: Fragment, b: Fragment): Shared {
  const n = Math.min(a.childCount, b.childCount);
  let head = 0;
  let headSize = 0;
  for (; head < n; head++) {
    const x = a.child(head);
    if (x !== b.child(head)) break;
    headSize += x.nodeSize;
  }
  let tail = 0;
  let tailSize = 0;
  for (; tail < n - head; tail++) {
    const x = a.child(a.childCount - 1 - tail);
    if (x !== b.child(b.childCount - 1 - tail)) break;
    tailSize += x.nodeSize;
  }
  return { head, headSize, tail, tailSize };
}

/** `Fragment.findDiffStart` from the `head` shared nodes on (block content only). */
function diffStart(a: Fragment, b: Fragment, shared: Shared): number | null {
  let pos = shared.headSize;
  for (let i = shared.head; ; i++) {
    if (i === a.childCount || i === b.childCount) return a.childCount === b.childCount ? null : pos;
    const x = a.child(i);
    const y = b.child(i);
    if (x !== y) {
      if (!x.sameMarkup(y)) return pos;
      const inner = x.content.findDiffStart(y.content, pos + 1);
      if (inner != null) return inner;
    }
    pos += x.nodeSize;
  }
}

/** `Fragment.findDiffEnd` from the `tail` shared nodes back (block content only). */
function diffEnd(a: Fragment, b: Fragment, shared: Shared): { a: number; b: number } {
  let posA = a.size - shared.tailSize;
  let posB = b.size - shared.tailSize;
  for (let iA = a.childCount - shared.tail, iB = b.childCount - shared.tail; ; ) {
    if (iA === 0 || iB === 0) return { a: posA, b: posB };
    const x = a.child(--iA);
    const y = b.child(--iB);
    const size = x.nodeSize;
    if (x !== y) {
      if (!x.sameMarkup(y)) return { a: posA, b: posB };
      const inner = x.content.findDiffEnd(y.content, posA - 1, posB - 1);
      if (inner) return inner;
    }
    posA -= size;
    posB -= size;
  }
}

/** The changes between two documents, as one replaced range (see `changesOf`). */
export function diffChanges(before: Node, after: Node): Changes {
  const a = before.content;
  const b = after.content;
  const inline = before.type.inlineContent;
  const shared = inline ? { head: 0, headSize: 0, tail: 0, tailSize: 0 } : sharedNodes(a, b);
  const start = inline ? a.findDiffStart(b) : diffStart(a, b, shared);
  if (start == null) {
    const end = a.size;
    return {
      mapping: new Mapping(),
      ranges: [],
      diff: { start: end, endA: end, endB: end, shared },
    };
  }
  let { a: endA, b: endB } = inline ? a.findDiffEnd(b)! : diffEnd(a, b, shared);
  // The common suffix may overlap the common prefix in repetitive content.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return {
    mapping: new Mapping([new StepMap([start, endA - start, endB - start])]),
    ranges: [{ from: start, to: endB }],
    diff: { start, endA, endB, shared },
  };
}

/** Maps ranges through a mapping, adds new ones, and merges the ones that touch. */
export function mergeRanges(
  old: readonly Range[],
  mapping: Mapping | null,
  added: readonly Range[],
): Range[] {
  // Typing: one pending range, and the keystroke's range beside or inside it.
  if (old.length <= 1 && added.length === 1) {
    const r = added[0];
    if (!old.length) return [{ from: r.from, to: Math.max(r.from, r.to) }];
    const from = mapping ? mapping.map(old[0].from, -1) : old[0].from;
    const to = mapping ? mapping.map(old[0].to, 1) : old[0].to;
    if (r.from <= to && from <= r.to)
      return [{ from: Math.min(from, r.from), to: Math.max(to, r.to) }];
  }
  // `old` is sorted and merged (this function made it) and mapping keeps its order: one merging
  // pass with the added ranges, no sort (edits waiting in several paragraphs, every keystroke).
  const adds = added.length > 1 ? [...added].sort((a, b) => a.from - b.from) : added;
  const out: Range[] = [];
  const put = (from: number, to: number) => {
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to: Math.max(from, to) });
  };
  let j = 0;
  for (const r of old) {
    const from = mapping ? mapping.map(r.from, -1) : r.from;
    const to = mapping ? mapping.map(r.to, 1) : r.to;
    for (; j < adds.length && adds[j].from < from; j++) put(adds[j].from, adds[j].to);
    put(from, to);
  }
  for (; j < adds.length; j++) put(adds[j].from, adds[j].to);
  return out;
}

/**
 * Hands the cache entries of the old document's textblocks to the equal new nodes before and
 * after the changed range of a whole-document replacement, so a document rebuilt by a remote
 * change is not re-extracted. Nodes that are already the same object are skipped.
 */
export function adoptCache(
  cache: WeakMap<Node, BlockEntry>,
  a: Fragment,
  b: Fragment,
  diff: Diff,
): void {
  // The nodes shared as the same objects keep their entries: start after them.
  const { head, headSize, tail, tailSize } = diff.shared;
  const n = Math.min(a.childCount, b.childCount);
  for (let i = head, pos = headSize; i < n; i++) {
    const x = a.child(i);
    pos += x.nodeSize;
    if (pos > diff.start) break;
    adopt(cache, x, b.child(i));
  }
  for (let i = tail + 1, end = a.size - tailSize; i <= n; i++) {
    const x = a.child(a.childCount - i);
    end -= x.nodeSize;
    if (end < diff.endA) break;
    adopt(cache, x, b.child(b.childCount - i));
  }
}

function adopt(cache: WeakMap<Node, BlockEntry>, x: Node, y: Node): void {
  if (x === y) return;
  if (x.isTextblock) {
    const entry = cache.get(x);
    if (entry && !cache.has(y)) cache.set(y, entry);
  } else if (x.childCount === y.childCount) {
    for (let i = 0; i < x.childCount; i++) adopt(cache, x.child(i), y.child(i));
  }
}
