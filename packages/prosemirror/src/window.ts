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
}

/** The `window` option with its defaults, or null when every finding is drawn. */
export function windowOptions(
  option: false | { above?: number; margin?: number } | undefined,
): WindowOptions | null {
  if (option === false) return null;
  return { above: option?.above ?? 200, margin: option?.margin ?? 10 };
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

/** The top-level index of the block at `pos` (the last block for the end of the document). */
function indexAt(doc: Node, pos: number): number {
  const index = doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0);
  return Math.min(index, doc.childCount - 1);
}

/**
 * The ranges to draw: whole top-level blocks, `margin` of them on each side of the cursor's
 * block and of the blocks on screen, merged where they meet.
 */
export function around(doc: Node, head: number, seen: Range | null, margin: number): Range[] {
  const last = doc.childCount - 1;
  const spans: [number, number][] = [];
  const add = (a: number, b: number) =>
    spans.push([Math.max(0, a - margin), Math.min(last, b + margin)]);
  add(indexAt(doc, head), indexAt(doc, head));
  if (seen) add(indexAt(doc, seen.from), indexAt(doc, seen.to));
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const top = merged[merged.length - 1];
    if (top && s[0] <= top[1] + 1) top[1] = Math.max(top[1], s[1]);
    else merged.push([...s]);
  }
  const out: Range[] = [];
  let k = 0;
  doc.forEach((node, offset, i) => {
    const span = merged[k];
    if (!span) return;
    if (i === span[0]) out.push({ from: offset, to: offset });
    if (i === span[1]) {
      out[out.length - 1].to = offset + node.nodeSize;
      k++;
    }
  });
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

/** The decoration set of the findings of `all` within the ranges. */
export function draw(all: DecorationSet, ranges: readonly Range[], doc: Node): DecorationSet {
  const found = [];
  for (const r of ranges) found.push(...all.find(r.from, r.to));
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
  if (!opts || doc.childCount <= opts.above) {
    if (s.window === null && !s.lag.length)
      return s.shown === s.decorations ? s : { ...s, shown: s.decorations };
    const t = settle(s, doc);
    return { ...t, shown: t.decorations, window: null };
  }
  const moved =
    s.window === null || !inside(s.window, head) || (!!s.viewport && !covers(s.window, s.viewport));
  if (!moved && s.decorations === prev.decorations) return s;
  const t = settle(s, doc);
  const window = around(doc, head, t.viewport, opts.margin);
  return { ...t, window, shown: draw(t.decorations, window, doc) };
}
