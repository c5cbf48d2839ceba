import type { FigureTie, Finding, Interval } from '@factdesk/core';
import type { Node } from 'prosemirror-model';
import { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import { mergeRanges, type Range } from './changes';
import {
  type Block,
  blockAfter,
  blockKeys,
  blocksOf,
  checkEntry,
  crossFindings,
  extractBlock,
  factKeys,
  type Keyed,
  keyed,
  leadBefore,
  mentionKey,
  type Placed,
  place,
} from './check';
import { type FindingSpec, findingDecoration, type TieSpec, tieDecoration } from './decorations';
import type { FactCheckState, StateContext } from './state';
import { findingId } from './text';
import type { FactChange } from './types';
import { settle } from './window';

/** A keyed finding, with its id once given. */
export type Id = Keyed & { id?: string };

/** The decoration spec of a finding with an id. */
export function spec(f: Id): FindingSpec {
  return { finding: f.value, id: f.id!, key: f.key, cross: f.cross };
}

/** Gives ids in document order: the key, then `~n` for its n-th occurrence. */
export function numbered(list: Id[]): Id[] {
  const seen = new Map<string, number>();
  for (const f of list) {
    const n = (seen.get(f.key) ?? 0) + 1;
    seen.set(f.key, n);
    f.id = findingId(f.key, n);
  }
  return list;
}

/** The checked textblocks a range touches; an empty range touches the blocks on both sides. */
function blocksTouching(doc: Node, ranges: readonly Range[]): Block[] {
  const out: Block[] = [];
  let last = -1;
  for (const r of ranges) {
    const from = r.from === r.to ? Math.max(0, r.from - 1) : r.from;
    const to = r.from === r.to ? Math.min(doc.content.size, r.to + 1) : r.to;
    doc.nodesBetween(from, to, (node, pos, parent, index) => {
      if (!node.isTextblock) return true;
      if (!node.type.spec.code && pos > last) {
        out.push(parent === doc ? { node, pos, index } : { node, pos });
        last = pos;
      }
      return false;
    });
  }
  return out;
}

function sameTies(old: Decoration[], fresh: Placed<FigureTie>[]): boolean {
  if (old.length !== fresh.length) return false;
  return old.every((d, i) => {
    const t = fresh[i];
    const tie = (d.spec as TieSpec).tie;
    // A mapped tie keeps its old text: a figure edited in place differs in text, not position.
    return (
      d.from === t.from &&
      d.to === t.to &&
      tie.factId === t.value.factId &&
      tie.text === t.value.text &&
      tie.unit === t.value.unit &&
      sameInterval(tie.value, t.value.value)
    );
  });
}

function sameInterval(a: Interval, b: Interval): boolean {
  return (
    a.min === b.min &&
    a.max === b.max &&
    !a.minExclusive === !b.minExclusive &&
    !a.maxExclusive === !b.maxExclusive
  );
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.kind === b.kind &&
    a.severity === b.severity &&
    a.text === b.text &&
    a.factId === b.factId &&
    a.expected === b.expected &&
    a.suggestion === b.suggestion &&
    a.message === b.message
  );
}

/** Whether a block's fresh findings are its old ones, at the same (mapped) positions. */
function sameFindings(old: Decoration[], fresh: Placed<Finding>[]): boolean {
  return (
    old.length === fresh.length &&
    old.every(
      (d, i) =>
        d.from === fresh[i].from &&
        d.to === fresh[i].to &&
        sameFinding((d.spec as FindingSpec).finding, fresh[i].value),
    )
  );
}

function sameKeys(old: Decoration[], fresh: Keyed[]): boolean {
  return (
    old.length === fresh.length && old.every((d, i) => (d.spec as FindingSpec).key === fresh[i].key)
  );
}

const byPos = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.from - b.from || a.to - b.to;

/**
 * Applies the pending step maps to the ties; the facts whose ties went with their text become
 * `lost`, to be cross-checked again.
 */
export function settleTies(s: FactCheckState, doc: Node): FactCheckState {
  if (!s.tieMaps.length && !s.seed) return s;
  const seeded =
    s.seed &&
    DecorationSet.create(
      s.seed.doc,
      s.seed.ties.map((t) => tieDecoration(t.from, t.to, t.value)),
    );
  const set = seeded || s.ties;
  if (!s.tieMaps.length) return { ...s, ties: set, seed: null };
  const maps = s.tieMaps.maps.slice(0, s.tieMaps.length);
  const facts = [...s.lost.facts];
  const onRemove = (sp: TieSpec) => facts.push(sp.tie.factId);
  const ties = set.map(new Mapping(maps), doc, { onRemove });
  return {
    ...s,
    ties,
    tieMaps: { maps: [], length: 0 },
    seed: null,
    lost: { facts, keys: s.lost.keys },
  };
}

/**
 * Re-checks the blocks the pending changes touched, then the next block while its lead (the
 * previous block's mentions) changed; re-runs the document-level check for the facts whose ties
 * changed; renumbers the ids of the keys whose findings appeared or went.
 */
export function checkDirty(prev: FactCheckState, doc: Node, ctx: StateContext): FactCheckState {
  const s = settle(settleTies(prev, doc), doc);
  const queue = blocksTouching(doc, s.dirty);
  const drop: { live: Decoration[]; hidden: Decoration[]; ties: Decoration[] } = {
    live: [],
    hidden: [],
    ties: [],
  };
  const added: Id[] = [];
  const addTies: Decoration[] = [];
  const facts = new Set(s.lost.facts);
  const keys = new Set(s.lost.keys);
  const checked: Node[] = [];
  const own = (d: Decoration) => !(d.spec as FindingSpec).cross;
  let changed = false;
  for (let i = 0; i < queue.length; i++) {
    const b = queue[i];
    const start = b.pos + 1;
    const end = b.pos + b.node.nodeSize - 1;
    const entry = extractBlock(ctx, b.node, leadBefore(ctx, doc, b));
    const placed = place(entry, start, checkEntry(ctx, entry));
    checked.push(b.node);

    // Unchanged ties and findings keep their (mapped, still exact) decorations.
    const oldTies = s.ties.find(start, end).sort(byPos);
    placed.ties.sort(byPos);
    if (!sameTies(oldTies, placed.ties)) {
      for (const d of oldTies) drop.ties.push(d);
      for (const t of placed.ties) addTies.push(tieDecoration(t.from, t.to, t.value));
      for (const d of oldTies) facts.add((d.spec as TieSpec).tie.factId);
      for (const t of placed.ties) facts.add(t.value.factId);
    }

    const live = s.decorations.find(start, end).filter(own);
    const hidden = s.hidden.find(start, end).filter(own);
    const old = [...live, ...hidden].sort(byPos);
    placed.findings.sort(byPos);
    if (!sameFindings(old, placed.findings)) {
      const fresh: Id[] = placed.findings.map((f) => keyed(f, false));
      changed = true;
      for (const d of live) drop.live.push(d);
      for (const d of hidden) drop.hidden.push(d);
      if (sameKeys(old, fresh)) {
        for (let j = 0; j < fresh.length; j++) fresh[j].id = (old[j].spec as FindingSpec).id;
      } else for (const f of [...old.map((d) => d.spec as FindingSpec), ...fresh]) keys.add(f.key);
      for (const f of fresh) added.push(f);
    }

    const next = blockAfter(doc, b);
    if (next && queue[i + 1]?.pos !== next.pos) {
      const cached = ctx.cache.get(next.node);
      if (!cached || cached.leadKey !== mentionKey(entry.claims.mentions))
        queue.splice(i + 1, 0, next);
    }
  }
  let live = s.decorations.remove(drop.live);
  let hidden = s.hidden.remove(drop.hidden);
  let ties = s.ties.remove(drop.ties);
  if (addTies.length) ties = ties.add(doc, addTies);

  if (facts.size) {
    const cross = (sp: FindingSpec) => sp.cross && facts.has(sp.finding.factId!);
    const oldLive = live.find(undefined, undefined, cross);
    const oldHidden = hidden.find(undefined, undefined, cross);
    // `remove` consumes the array it is given: pass copies.
    live = live.remove(oldLive.slice());
    hidden = hidden.remove(oldHidden.slice());
    for (const d of [...oldLive, ...oldHidden]) keys.add((d.spec as FindingSpec).key);
    const tied = ties
      .find(undefined, undefined, (sp: TieSpec) => facts.has(sp.tie.factId))
      .map((d) => ({ from: d.from, to: d.to, value: (d.spec as TieSpec).tie }));
    for (const f of crossFindings(ctx, tied)) {
      const k = keyed(f, true);
      keys.add(k.key);
      added.push(k);
    }
  }

  const put: Id[] = added.filter((f) => !keys.has(f.key));
  if (keys.size) {
    const pick = (sp: FindingSpec) => keys.has(sp.key);
    const oldLive = live.find(undefined, undefined, pick);
    const oldHidden = hidden.find(undefined, undefined, pick);
    live = live.remove(oldLive.slice());
    hidden = hidden.remove(oldHidden.slice());
    const pool: Id[] = [...oldLive, ...oldHidden].map((d) => {
      const sp = d.spec as FindingSpec;
      return { from: d.from, to: d.to, value: sp.finding, key: sp.key, cross: sp.cross };
    });
    for (const f of added) if (keys.has(f.key)) pool.push(f);
    // A loop, not `push(...list)`: a paragraph of many thousand findings would overflow the stack.
    for (const f of numbered(pool.sort(byPos))) put.push(f);
  }
  const toLive: Decoration[] = [];
  const toHidden: Decoration[] = [];
  for (const f of put)
    (s.dismissed.has(f.key) ? toHidden : toLive).push(findingDecoration(f.from, f.to, spec(f)));
  if (keys.size || put.length) changed = true;
  return {
    ...s,
    decorations: live.add(doc, toLive),
    hidden: hidden.add(doc, toHidden),
    ties,
    dirty: [],
    lost: { facts: [], keys: [] },
    checked,
    revision: changed ? s.revision + 1 : s.revision,
  };
}

/** Marks dirty the blocks a fact change concerns: those with its terms, or tied to or finding it. */
export function factsChanged(
  prev: FactCheckState,
  change: FactChange,
  doc: Node,
  ctx: StateContext,
): FactCheckState {
  if (change.version <= prev.version) return prev;
  const s = settle(settleTies(prev, doc), doc);
  const ids = new Set(change.ids);
  const keys = new Set<string>();
  for (const id of ids) {
    const fact = ctx.source.facts.get(id);
    if (fact) for (const k of factKeys(fact)) keys.add(k);
  }
  for (const fact of change.previous ?? []) for (const k of factKeys(fact)) keys.add(k);
  const ranges: Range[] = [];
  const blockRange = (pos: number) => {
    const $pos = doc.resolve(pos);
    ranges.push({ from: $pos.start(), to: $pos.end() });
  };
  if (keys.size) {
    for (const b of blocksOf(doc)) {
      const words = blockKeys(ctx, b.node);
      for (const k of keys) {
        if (words.has(k)) {
          ranges.push({ from: b.pos + 1, to: b.pos + b.node.nodeSize - 1 });
          break;
        }
      }
    }
  }
  // A finding on a superseded record quotes the record that replaced it: it changes with it.
  const replacedBy = (id: string) => {
    let next = ctx.source.facts.get(id)?.supersededBy;
    for (let n = 0; next !== undefined && n < 8; n++) {
      if (ids.has(next)) return true;
      next = ctx.source.facts.get(next)?.supersededBy;
    }
    return false;
  };
  const tied = (sp: FindingSpec & TieSpec) => {
    const id = (sp.finding ?? sp.tie).factId!;
    return ids.has(id) || replacedBy(id);
  };
  for (const set of [s.decorations, s.hidden, s.ties]) {
    for (const d of set.find(undefined, undefined, tied)) blockRange(d.from);
  }
  return {
    ...s,
    dirty: mergeRanges(s.dirty, null, ranges),
    // The figures tied to a changed fact may agree or disagree anew with each other.
    lost: { facts: [...s.lost.facts, ...change.ids], keys: s.lost.keys },
    version: Math.max(s.version, change.version),
  };
}

/**
 * Marks every block dirty, and every tied fact for the document-level check: facts changed
 * while no view listened (between the state's creation and its view's), and which is unknown.
 */
export function resync(prev: FactCheckState, doc: Node, ctx: StateContext): FactCheckState {
  const s = settleTies(prev, doc);
  const facts = new Set(s.lost.facts);
  for (const d of s.ties.find()) facts.add((d.spec as TieSpec).tie.factId);
  return {
    ...s,
    dirty: [{ from: 0, to: doc.content.size }],
    lost: { facts: [...facts], keys: s.lost.keys },
    version: ctx.source.facts.version,
  };
}
