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

/** The changes between two documents, as one replaced range (see `changesOf`). */
export function diffChanges(before: Node, after: Node): Changes {
  const start = before.content.findDiffStart(after.content);
  if (start == null) {
    const end = before.content.size;
    return { mapping: new Mapping(), ranges: [], diff: { start: end, endA: end, endB: end } };
  }
  let { a: endA, b: endB } = before.content.findDiffEnd(after.content)!;
  // The common suffix may overlap the common prefix in repetitive content.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return {
    mapping: new Mapping([new StepMap([start, endA - start, endB - start])]),
    ranges: [{ from: start, to: endB }],
    diff: { start, endA, endB },
  };
}

/** Maps ranges through a mapping, adds new ones, and merges the ones that touch. */
export function mergeRanges(
  old: readonly Range[],
  mapping: Mapping | null,
  added: readonly Range[],
): Range[] {
  const all = old.map((r) =>
    mapping ? { from: mapping.map(r.from, -1), to: mapping.map(r.to, 1) } : r,
  );
  for (const r of added) all.push(r);
  all.sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ from: r.from, to: Math.max(r.from, r.to) });
  }
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
  const n = Math.min(a.childCount, b.childCount);
  for (let i = 0, pos = 0; i < n; i++) {
    const x = a.child(i);
    pos += x.nodeSize;
    if (pos > diff.start) break;
    adopt(cache, x, b.child(i));
  }
  for (let i = 1, end = a.size; i <= n; i++) {
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
