import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { DecorationSet } from 'prosemirror-view';
import type { Range } from './changes';
import type { FindingSpec } from './decorations';
import { factCheckKey } from './keys';
import type { FactCheckState } from './state';

/** Which findings a long draft draws: the resolved `window` option. */
export interface WindowOptions {
  /** Drafts of more than this many top-level blocks draw only a window of their findings. */
  above: number;
  /** Blocks drawn on each side of the cursor's block and of the blocks on screen. */
  margin: number;
  /**
   * Positions drawn on each side of the cursor and of the part on screen, at most: what keeps a
   * paragraph of many thousand words from being drawn whole. A draft with a top-level block
   * longer than twice this draws a window too, whatever its number of blocks.
   */
  reach: number;
}

/** The `window` option with its defaults, or null when every finding is drawn. */
export function windowOptions(
  option: false | { above?: number; margin?: number; reach?: number } | undefined,
): WindowOptions | null {
  if (option === false) return null;
  return {
    above: option?.above ?? 200,
    margin: option?.margin ?? 10,
    reach: option?.reach ?? 3_000,
  };
}

/** Each lagging state brought up to date, once: a state goes with one document. */
const readers = new WeakMap<FactCheckState, FactCheckState>();

/**
 * Applies the step maps that a long draft's full finding sets lag behind by (see
 * `FactCheckState.lag`); the keys of findings whose text went become `lost`.
 */
export function settle(s: FactCheckState, doc: Node): FactCheckState {
  if (!s.lag.length) return s;
  const known = readers.get(s);
  if (known) return known;
  const mapping = new Mapping(s.lag.maps.slice(0, s.lag.length));
  const keys = [...s.lost.keys];
  const onRemove = { onRemove: (sp: FindingSpec) => keys.push(sp.key) };
  const out: FactCheckState = {
    ...s,
    decorations: s.decorations.map(mapping, doc, onRemove),
    hidden: s.hidden.map(mapping, doc, onRemove),
    lag: { maps: [], length: 0 },
    lost: { facts: s.lost.facts, keys },
  };
  readers.set(s, out);
  return out;
}

/** The plugin state of `state` with every finding at its current position (for readers). */
export function settled(state: EditorState): FactCheckState | undefined {
  const s = factCheckKey.getState(state);
  return s && settle(s, state.doc);
}

/** Maps the drawn ranges through a change. */
export function mapRanges(ranges: readonly Range[], m: Mapping): Range[] {
  return ranges.map((r) => ({ from: m.map(r.from, -1), to: m.map(r.to, 1) }));
}

/** Whether a draft draws only a window of its findings. */
function windows(doc: Node, opts: WindowOptions): boolean {
  if (doc.childCount > opts.above) return true;
  const long = 2 * opts.reach;
  if (doc.content.size <= long) return false;
  // At most `above` blocks: a short loop, on each transaction.
  for (let i = 0; i < doc.childCount; i++) if (doc.child(i).nodeSize > long) return true;
  return false;
}

/** The top-level index of the block at `pos` (the last block for the end of the document). */
function indexAt(doc: Node, pos: number): number {
  const index = doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0);
  return Math.min(index, doc.childCount - 1);
}

/** The position where top-level block `index` starts. */
function startOf(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * The ranges to draw: whole top-level blocks, `margin` of them on each side of the cursor's
 * block and of the blocks on screen, cut to `reach` positions from the cursor and the screen,
 * merged where they meet.
 */
export function around(doc: Node, head: number, seen: Range | null, opts: WindowOptions): Range[] {
  const last = doc.childCount - 1;
  const spans: Range[] = [];
  const add = (from: number, to: number) => {
    const a = Math.max(0, indexAt(doc, from) - opts.margin);
    const b = Math.min(last, indexAt(doc, to) + opts.margin);
    const start = startOf(doc, a);
    let end = start;
    for (let i = a; i <= b; i++) end += doc.child(i).nodeSize;
    spans.push({
      from: Math.max(start, from - opts.reach),
      to: Math.min(end, to + opts.reach),
    });
  };
  add(head, head);
  if (seen) add(seen.from, seen.to);
  spans.sort((x, y) => x.from - y.from);
  const out: Range[] = [];
  for (const r of spans) {
    const top = out[out.length - 1];
    if (top && r.from <= top.to) top.to = Math.max(top.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** Whether `pos` lies in one of the ranges. */
export function inside(ranges: readonly Range[], pos: number): boolean {
  return ranges.some((r) => r.from <= pos && pos <= r.to);
}

/** Whether one of the ranges holds all of `span`. */
export function covers(ranges: readonly Range[], span: Range): boolean {
  return ranges.some((r) => r.from <= span.from && span.to <= r.to);
}

/**
 * The ranges widened to hold whole the findings of `all` that cross their ends, so that a
 * finding is drawn whole or not at all, and stays so as both are mapped through changes.
 */
export function widen(ranges: readonly Range[], all: DecorationSet): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    let { from, to } = r;
    // Again until the ends hold still: a finding that overlaps the one just taken in may
    // cross the new end ("4m" and "m group" share the "m").
    for (let moved = true; moved; ) {
      moved = false;
      for (const d of all.find(from, from))
        if (d.from < from) {
          from = d.from;
          moved = true;
        }
      for (const d of all.find(to, to))
        if (d.to > to) {
          to = d.to;
          moved = true;
        }
    }
    const top = out[out.length - 1];
    if (top && from <= top.to) {
      top.from = Math.min(top.from, from);
      top.to = Math.max(top.to, to);
    } else out.push({ from, to });
  }
  return out;
}

/** The decoration set of the findings of `all` that lie within the ranges. */
export function draw(all: DecorationSet, ranges: readonly Range[], doc: Node): DecorationSet {
  const found = [];
  for (const r of ranges)
    for (const d of all.find(r.from, r.to)) if (r.from <= d.from && d.to <= r.to) found.push(d);
  return DecorationSet.create(doc, found);
}

/**
 * Keeps the drawn findings (`shown`) in step with the state: all of them in a short draft; in a
 * long one those within the window, which moves when the cursor or the screen leaves it and is
 * redrawn when the findings change. `prev` is the state before the transaction.
 */
export function frame(
  prev: FactCheckState,
  s: FactCheckState,
  doc: Node,
  head: number,
  opts: WindowOptions | null,
): FactCheckState {
  if (!opts || !windows(doc, opts)) {
    if (s.window === null && !s.lag.length)
      return s.shown === s.decorations ? s : { ...s, shown: s.decorations };
    const t = settle(s, doc);
    return { ...t, shown: t.decorations, window: null };
  }
  const moved =
    s.window === null || !inside(s.window, head) || (!!s.viewport && !covers(s.window, s.viewport));
  if (!moved && s.decorations === prev.decorations) return s;
  const t = settle(s, doc);
  const window = widen(around(doc, head, t.viewport, opts), t.decorations);
  return { ...t, window, shown: draw(t.decorations, window, doc) };
}
