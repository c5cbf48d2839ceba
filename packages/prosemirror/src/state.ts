import type { FigureTie } from '@factdesk/core';
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { Mapping, StepMap } from 'prosemirror-transform';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import { adoptCache, changesOf, mergeRanges, type Range } from './changes';
import { type CheckContext, checkDocument, type Placed } from './check';
import { type FindingSpec, findingDecoration } from './decorations';
import { factCheckKey } from './keys';
import { checkDirty, factsChanged, numbered, resync, spec } from './recheck';
import type { Dismissal, FactChange } from './types';
import { frame, mapRanges, settle, type WindowOptions } from './window';

/** What the plugin's commands and view tell its state, as the meta of a transaction. */
export type Action =
  | { type: 'check' }
  | { type: 'facts'; change: FactChange }
  | { type: 'resync' }
  | { type: 'dismiss'; key: string; dismissal: Dismissal }
  | { type: 'restore'; keys: readonly string[] | null }
  | { type: 'dismissals'; entries: ReadonlyMap<string, Dismissal> }
  | { type: 'active'; id: string | null; hover?: boolean }
  | { type: 'viewport'; from: number; to: number };

/** A write to the shared dismissal map that the plugin view is to make (`value` null: delete). */
export interface Write {
  seq: number;
  key: string;
  value: Dismissal | null;
}

/**
 * The plugin's state. Positions are kept by decoration sets, which map through every change (in
 * a long draft, the full sets only when needed: see `lag`).
 */
export interface FactCheckState {
  /** The live findings (in a long draft, as of `lag` step maps ago: see `settle`). */
  decorations: DecorationSet;
  /** The findings drawn: `decorations` itself, or in a long draft those inside `window`. */
  shown: DecorationSet;
  /** The ranges of a long draft whose findings are drawn; null when all are. */
  window: readonly Range[] | null;
  /** The part of the document on screen, as the view last reported it. */
  viewport: Range | null;
  /**
   * In a long draft, the step maps not yet applied to `decorations` and `hidden`: a keystroke
   * maps only the drawn findings, and the full sets catch up when a check or a reader needs them.
   */
  lag: Pending;
  /**
   * Where each figure tied to a fact is, for document-level checks. Never rendered (an inline
   * decoration would split the finding spans around it), and mapped lazily: `tieMaps` holds the
   * step maps since it was last mapped, applied when a check needs the ties.
   */
  ties: DecorationSet;
  /** The step maps not yet applied to `ties`. */
  tieMaps: Pending;
  /**
   * The ties of the first check, placed in the document it checked, until a check needs `ties`
   * (then they become the set and are mapped by `tieMaps`). ProseMirror builds a decoration set
   * in time proportional to blocks times decorations, and the first findings need not wait.
   */
  seed: { doc: Node; ties: readonly Placed<FigureTie>[] } | null;
  /** The dismissed findings, kept in place but not rendered (lagging like `decorations`). */
  hidden: DecorationSet;
  /** Changed ranges not yet re-checked (only while a `delay` is pending). */
  dirty: readonly Range[];
  /** Fact ids and finding keys whose ties or findings were deleted with their text since the last check. */
  lost: { facts: readonly string[]; keys: readonly string[] };
  /** Dismissals by claim key. */
  dismissed: ReadonlyMap<string, Dismissal>;
  /** Writes to the shared dismissal map, in order. */
  outbox: readonly Write[];
  /** The finding the tooltip is open on; `hover` when the pointer opened it. */
  active: { id: string; from: number; to: number; hover?: boolean } | null;
  /** The finding whose tooltip Escape closed while the cursor is still in it. */
  closed: string | null;
  /** Increases whenever the findings may have changed (not when they only moved). */
  revision: number;
  /** The textblocks checked by the last transaction. */
  checked: readonly Node[];
  /** The last fact store version seen. */
  version: number;
  /**
   * The id of the tooltip that describes the active finding: each state `EditorState.create`
   * makes gets its own, so two editors built from one plugin each point to their own tooltip.
   */
  tooltip: string;
}

/**
 * An append-only list of step maps shared between states: a state owns the first `length`.
 * Appending to the newest state's list pushes in place (amortised O(1) per keystroke); appending
 * to an older one copies its part first, so no state ever sees another's maps.
 */
export interface Pending {
  maps: StepMap[];
  length: number;
}

const nothingPending: Pending = { maps: [], length: 0 };

function append(p: Pending, maps: readonly StepMap[]): Pending {
  if (!maps.length) return p;
  const own =
    p.maps.length === p.length && p !== nothingPending ? p.maps : p.maps.slice(0, p.length);
  own.push(...maps);
  return { maps: own, length: own.length };
}

/** The check context plus the options the reducer needs. */
export interface StateContext extends CheckContext {
  delay: number;
  window: WindowOptions | null;
}

/** The first state: a full check of `doc`, with the cursor at `head` and tooltip id `tooltip`. */
export function initState(
  doc: Node,
  head: number,
  ctx: StateContext,
  dismissed: ReadonlyMap<string, Dismissal>,
  tooltip: string,
): FactCheckState {
  const { findings, ties, blocks } = checkDocument(ctx, doc);
  const live: Decoration[] = [];
  const hidden: Decoration[] = [];
  for (const f of numbered(findings)) {
    (dismissed.has(f.key) ? hidden : live).push(findingDecoration(f.from, f.to, spec(f)));
  }
  const decorations = DecorationSet.create(doc, live);
  const s: FactCheckState = {
    decorations,
    shown: decorations,
    window: null,
    viewport: null,
    lag: nothingPending,
    ties: DecorationSet.empty,
    tieMaps: nothingPending,
    seed: ties.length ? { doc, ties } : null,
    hidden: DecorationSet.create(doc, hidden),
    dirty: [],
    lost: { facts: [], keys: [] },
    dismissed,
    outbox: [],
    active: null,
    closed: null,
    revision: 0,
    checked: blocks.map((b) => b.node),
    version: ctx.source.facts.version,
    tooltip,
  };
  return frame(s, s, doc, head, ctx.window);
}

/** The plugin's `apply`: a pure function of the transaction, the old state and the context. */
export function applyTransaction(
  tr: Transaction,
  prev: FactCheckState,
  ctx: StateContext,
): FactCheckState {
  const action = tr.getMeta(factCheckKey) as Action | undefined;
  // Awareness and other no-op transactions: nothing to do.
  if (!tr.docChanged && !action && !tr.selectionSet && !prev.checked.length) return prev;
  let s = prev.checked.length ? { ...prev, checked: [] } : prev;
  if (tr.docChanged) s = mapState(tr, s, ctx);
  if (action) s = reduce(s, action, tr.doc, ctx);
  const now =
    ctx.delay <= 0 ||
    action?.type === 'check' ||
    action?.type === 'facts' ||
    action?.type === 'resync';
  if (now && (s.dirty.length || s.lost.facts.length || s.lost.keys.length))
    s = checkDirty(s, tr.doc, ctx);
  if (s.active && s.revision !== prev.revision) s = keepActive(s, tr.doc, tr.selection.head);
  s = frame(prev, s, tr.doc, tr.selection.head, ctx.window);
  if (tr.selectionSet && action?.type !== 'active') s = follow(s, tr);
  return s;
}

function mapState(tr: Transaction, s: FactCheckState, ctx: StateContext): FactCheckState {
  const changes = changesOf(tr);
  if (changes.diff) adoptCache(ctx.cache, tr.before.content, tr.doc.content, changes.diff);
  const keys: string[] = [];
  const onRemove = { onRemove: (sp: FindingSpec) => keys.push(sp.key) };
  const m = changes.mapping;
  let active = s.active;
  if (active) {
    const from = m.map(active.from, 1);
    const to = m.map(active.to, -1);
    active = from < to ? { ...active, from, to } : null;
  }
  const viewport = s.viewport && mapViewport(s.viewport, m);
  // A long draft maps only what it draws; the full sets catch up when needed (see `settle`).
  const lazy = s.window !== null;
  const decorations = lazy ? s.decorations : s.decorations.map(m, tr.doc, onRemove);
  // Every field written out, in the order of `initState`: a spread of this many fields takes
  // V8's slow path, and this runs on every keystroke.
  return {
    decorations,
    shown: lazy ? s.shown.map(m, tr.doc) : decorations,
    window: lazy ? mapRanges(s.window!, m) : null,
    viewport,
    lag: lazy ? append(s.lag, m.maps) : s.lag,
    ties: s.ties,
    tieMaps: append(s.tieMaps, m.maps),
    seed: s.seed,
    hidden: lazy ? s.hidden : s.hidden.map(m, tr.doc, onRemove),
    dirty: mergeRanges(s.dirty, m, changes.ranges),
    lost: keys.length ? { facts: s.lost.facts, keys: [...s.lost.keys, ...keys] } : s.lost,
    dismissed: s.dismissed,
    outbox: s.outbox,
    active,
    closed: s.closed,
    revision: s.revision,
    checked: s.checked,
    version: s.version,
    tooltip: s.tooltip,
  };
}

/**
 * The part on screen, mapped; null (to be read again) when a change inside it more than doubled
 * it, by more than a few lines (a large paste: a window drawn around it would be as large as the
 * change), or took more than half of it (what was below it has come up). What is on screen is
 * then no longer known.
 */
function mapViewport(r: Range, m: Mapping): Range | null {
  const from = m.map(r.from, -1);
  const to = m.map(r.to, 1);
  const was = r.to - r.from;
  const size = to - from;
  return size > 2 * was + 200 || size < was / 2 ? null : { from, to };
}

/** Moves the findings of `keys` between the live and the dismissed set. */
function move(
  s: FactCheckState,
  keys: ReadonlySet<string>,
  hide: boolean,
  doc: Node,
): FactCheckState {
  if (!keys.size) return s;
  const from = hide ? s.decorations : s.hidden;
  const to = hide ? s.hidden : s.decorations;
  const found = from.find(undefined, undefined, (sp: FindingSpec) => keys.has(sp.key));
  // `remove` and `add` consume the arrays they are given: pass copies.
  const a = from.remove(found.slice());
  const b = to.add(doc, found.slice());
  return { ...s, decorations: hide ? a : b, hidden: hide ? b : a };
}

function reduce(
  prev: FactCheckState,
  action: Action,
  doc: Node,
  ctx: StateContext,
): FactCheckState {
  if (action.type === 'check') return prev;
  if (action.type === 'viewport') {
    const size = doc.content.size;
    const clamp = (n: number) => Math.max(0, Math.min(n, size));
    return { ...prev, viewport: { from: clamp(action.from), to: clamp(action.to) } };
  }
  const s = settle(prev, doc);
  const seq = s.outbox.length ? s.outbox[s.outbox.length - 1].seq : 0;
  switch (action.type) {
    case 'facts':
      return factsChanged(s, action.change, doc, ctx);
    case 'resync':
      return resync(s, doc, ctx);
    case 'dismiss': {
      const dismissed = new Map(s.dismissed).set(action.key, action.dismissal);
      const outbox = [...s.outbox, { seq: seq + 1, key: action.key, value: action.dismissal }];
      const moved = move({ ...s, dismissed, outbox }, new Set([action.key]), true, doc);
      // The tooltip open on another finding stays open.
      const a = s.active;
      const open = a && moved.decorations.find(a.from, a.to, (sp: FindingSpec) => sp.id === a.id);
      return { ...moved, active: open?.length ? a : null, revision: s.revision + 1 };
    }
    case 'restore': {
      const keys = [...(action.keys ?? s.dismissed.keys())].filter((k) => s.dismissed.has(k));
      if (!keys.length) return s;
      const dismissed = new Map(s.dismissed);
      for (const k of keys) dismissed.delete(k);
      const outbox = [
        ...s.outbox,
        ...keys.map((key, i) => ({ seq: seq + 1 + i, key, value: null })),
      ];
      const moved = move({ ...s, dismissed, outbox }, new Set(keys), false, doc);
      return { ...moved, revision: s.revision + 1 };
    }
    case 'dismissals': {
      const next = action.entries;
      if (sameDismissals(s.dismissed, next)) return s;
      const gone = new Set([...s.dismissed.keys()].filter((k) => !next.has(k)));
      const come = new Set([...next.keys()].filter((k) => !s.dismissed.has(k)));
      const moved = move(move({ ...s, dismissed: next }, gone, false, doc), come, true, doc);
      return { ...moved, revision: s.revision + 1 };
    }
    case 'active': {
      if (action.id === null) return s.active ? { ...s, active: null, closed: s.active.id } : s;
      const [d] = s.decorations.find(
        undefined,
        undefined,
        (sp: FindingSpec) => sp.id === action.id,
      );
      const active = d ? { id: action.id, from: d.from, to: d.to, hover: action.hover } : null;
      return { ...s, active, closed: null };
    }
  }
}

/**
 * The open tooltip's finding after the findings changed: the same one; or the one of its claim
 * on the same text (renumbered when an earlier finding of that claim went); or, when the cursor
 * opened it and is still in it, the finding that replaced it there (a figure edited in place).
 * Else none: a tooltip never moves to another finding that took its id.
 */
function keepActive(s: FactCheckState, doc: Node, head: number): FactCheckState {
  const a = s.active!;
  const found = settle(s, doc).decorations.find(a.from, a.to);
  const key = a.id.replace(/~\d+$/, '');
  const same = (x: Decoration) => x.from === a.from && x.to === a.to;
  const d =
    found.find((x) => same(x) && (x.spec as FindingSpec).id === a.id) ??
    found.find((x) => same(x) && (x.spec as FindingSpec).key === key) ??
    (a.hover ? undefined : found.find((x) => x.from <= head && head <= x.to));
  if (!d) return { ...s, active: null };
  const id = (d.spec as FindingSpec).id;
  return id === a.id && same(d) ? s : { ...s, active: { ...a, id, from: d.from, to: d.to } };
}

/**
 * Opens the tooltip on the finding the cursor moved into (the keyboard's hover) and closes it
 * when the cursor leaves. Typing does not open it: it would be in the way.
 */
function follow(s: FactCheckState, tr: Transaction): FactCheckState {
  const { empty, head } = tr.selection;
  const active = s.active;
  if (tr.docChanged) {
    if (active && !active.hover && (head < active.from || head > active.to))
      return { ...s, active: null };
    return s;
  }
  if (!empty) return s;
  // Inside a finding; for one of a single character ("5"), the cursor just before it.
  const d = s.shown
    .find(head, head)
    .find((x) => (x.from < head && head < x.to) || (x.from === head && x.to === head + 1));
  if (d) {
    const id = (d.spec as FindingSpec).id;
    if (id === s.closed || id === active?.id) return s;
    return { ...s, active: { id, from: d.from, to: d.to } };
  }
  if (!active && !s.closed) return s;
  return { ...s, active: active?.hover ? active : null, closed: null };
}

/** Whether two dismissal maps hold the same dismissals. */
export function sameDismissals(
  a: ReadonlyMap<string, Dismissal>,
  b: ReadonlyMap<string, Dismissal>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) {
    const w = a.get(k);
    if (!w || w.at !== v.at || w.by !== v.by || w.reason !== v.reason) return false;
  }
  return true;
}
