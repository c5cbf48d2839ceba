import {
  type BlockResult,
  type Claims,
  checkBlock as coreCheckBlock,
  crossCheck,
  extract,
  type Fact,
  type FigureTie,
  type Finding,
  type Mention,
  termKey,
} from '@factdesk/core';
import type { Node } from 'prosemirror-model';
import { Selection } from 'prosemirror-state';
import { type BlockText, blockText, claimKey, offsetToPos } from './text';
import type { FactSource } from './types';

/** What checking needs besides the document. */
export interface CheckContext {
  source: FactSource;
  date?: string;
  all?: boolean;
  /** Per textblock node: its text, claims and last result (nodes are shared between states). */
  cache: WeakMap<Node, BlockEntry>;
  /** Per textblock node: the term keys of its words. */
  keys: WeakMap<Node, Set<string>>;
}

/** What is known of one textblock. */
export interface BlockEntry {
  text: BlockText;
  /** The mentions of the previous block it was extracted with, as a key. */
  leadKey: string;
  /** Those mentions: a quote opening the block may be spoken by someone named there. */
  lead: readonly Mention[];
  claims: Claims;
  /** The fact index version `result` was computed at. */
  version: number;
  result: BlockResult | null;
}

/** A checked textblock and the position before it. */
export interface Block {
  node: Node;
  pos: number;
  /** Its index in the document when it is a child of the document itself. */
  index?: number;
}

/** A finding or a tie at document positions, before ids are given. */
export interface Placed<T> {
  from: number;
  to: number;
  value: T;
}

/** Whether the plugin checks this node: every textblock but code. */
export function isChecked(node: Node): boolean {
  return node.isTextblock && !node.type.spec.code;
}

/** Every checked textblock of `doc`, in order. */
export function blocksOf(doc: Node): Block[] {
  const out: Block[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (node.isTextblock) {
      if (isChecked(node)) out.push(parent === doc ? { node, pos, index } : { node, pos });
      return false;
    }
    return true;
  });
  return out;
}

function neighbour(doc: Node, block: Block, dir: 1 | -1): Block | null {
  // A child of the document: step through its siblings by index, without resolving positions
  // (resolving is linear in the number of blocks before the position).
  if (block.index !== undefined) {
    let pos = dir < 0 ? block.pos : block.pos + block.node.nodeSize;
    for (let i = block.index + dir; i >= 0 && i < doc.childCount; i += dir) {
      const node = doc.child(i);
      if (dir < 0) pos -= node.nodeSize;
      if (isChecked(node)) return { node, pos, index: i };
      if (!node.isTextblock) return search(doc, dir < 0 ? pos + node.nodeSize : pos, dir);
      if (dir > 0) pos += node.nodeSize;
    }
    return null;
  }
  return search(doc, dir < 0 ? block.pos : block.pos + block.node.nodeSize, dir);
}

function search(doc: Node, pos: number, dir: 1 | -1): Block | null {
  let at = pos;
  for (;;) {
    if (at < 0 || at > doc.content.size) return null;
    const sel = Selection.findFrom(doc.resolve(at), dir, true);
    if (!sel) return null;
    const node = sel.$from.parent;
    const before = sel.$from.before();
    if (isChecked(node))
      return sel.$from.depth === 1
        ? { node, pos: before, index: sel.$from.index(0) }
        : { node, pos: before };
    at = dir < 0 ? before : before + node.nodeSize;
  }
}

/** The checked textblock before `block`. */
export function blockBefore(doc: Node, block: Block): Block | null {
  return neighbour(doc, block, -1);
}

/** The checked textblock after `block`. */
export function blockAfter(doc: Node, block: Block): Block | null {
  return neighbour(doc, block, 1);
}

/** The key of a list of mentions: equal keys give equal extraction. */
export function mentionKey(mentions: readonly Mention[]): string {
  return mentions.map((m) => m.text).join('\u0001');
}

/** Extracts a block's claims, reusing the cached ones when its text and lead are unchanged. */
export function extractBlock(ctx: CheckContext, node: Node, lead: readonly Mention[]): BlockEntry {
  const leadKey = mentionKey(lead);
  const cached = ctx.cache.get(node);
  if (cached && cached.leadKey === leadKey) return cached;
  const text = cached?.text ?? blockText(node);
  const claims = extract(text.text, { date: ctx.date, lead: lead as Mention[] });
  const entry: BlockEntry = { text, leadKey, lead, claims, version: -1, result: null };
  ctx.cache.set(node, entry);
  return entry;
}

/**
 * The mentions a block's pronouns may refer to: those of the checked textblock before it.
 * Walks back over blocks never extracted (a document rebuilt by a remote change) first.
 */
export function leadBefore(ctx: CheckContext, doc: Node, block: Block): readonly Mention[] {
  const chain: Block[] = [];
  let prev = blockBefore(doc, block);
  while (prev && !ctx.cache.has(prev.node)) {
    chain.push(prev);
    prev = blockBefore(doc, prev);
  }
  let lead: readonly Mention[] = prev ? ctx.cache.get(prev.node)!.claims.mentions : [];
  for (let i = chain.length - 1; i >= 0; i--)
    lead = extractBlock(ctx, chain[i].node, lead).claims.mentions;
  return lead;
}

/** Checks an extracted block against the facts at hand, reusing a result of the same fact version. */
export function checkEntry(ctx: CheckContext, entry: BlockEntry): BlockResult {
  const version = ctx.source.facts.version;
  if (entry.result && entry.version === version) return entry.result;
  entry.result = coreCheckBlock(entry.text.text, entry.claims, ctx.source.facts, {
    all: ctx.all,
    date: ctx.date,
    lead: entry.lead,
  });
  entry.version = version;
  return entry.result;
}

/** The term keys of a block's words: what it may need facts for. */
export function blockKeys(ctx: CheckContext, node: Node): Set<string> {
  let keys = ctx.keys.get(node);
  if (!keys) {
    keys = wordKeys(ctx.cache.get(node)?.text.text ?? blockText(node).text);
    ctx.keys.set(node, keys);
  }
  return keys;
}

/** The term keys of the words of `text`. */
export function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) keys.add(termKey(m[0]));
  return keys;
}

/** Places a block's findings and ties at document positions. */
export function place(
  entry: BlockEntry,
  start: number,
  result: BlockResult,
): { findings: Placed<Finding>[]; ties: Placed<FigureTie>[] } {
  const at = (offset: number) => offsetToPos(entry.text, start, offset);
  return {
    findings: result.findings.map((f) => ({ from: at(f.from), to: at(f.to), value: f })),
    ties: result.ties.map((t) => ({ from: at(t.from), to: at(t.to), value: t })),
  };
}

/**
 * Document-level findings (`figure-inconsistent`) over placed ties. The ties go in document
 * order at document positions as one block of offset 0, so the findings come back at positions.
 */
export function crossFindings(
  ctx: CheckContext,
  ties: readonly Placed<FigureTie>[],
): Placed<Finding>[] {
  if (ties.length < 2) return [];
  const sorted = [...ties]
    .sort((a, b) => a.from - b.from)
    .map(({ from, to, value: { factId, text, value, unit } }) => ({
      factId,
      from,
      to,
      text,
      value,
      unit,
    }));
  return crossCheck([{ offset: 0, ties: sorted }], ctx.source.facts).map((f) => ({
    from: f.from,
    to: f.to,
    value: f,
  }));
}

/** A finding at document positions with its key: the input of `withIds`. */
export interface Keyed extends Placed<Finding> {
  key: string;
  cross: boolean;
}

/** Keys a placed finding. (Not a spread: V8 copies one in its runtime, slowly, per finding.) */
export function keyed(p: Placed<Finding>, cross: boolean): Keyed {
  const key = claimKey(p.value.kind, p.value.factId, p.value.text);
  return { from: p.from, to: p.to, value: p.value, key, cross };
}

/**
 * A fresh check of the whole document: every block extracted with the previous block's mentions,
 * checked, then cross-checked. Findings in document order, ties too.
 */
export function checkDocument(
  ctx: CheckContext,
  doc: Node,
): { findings: Keyed[]; ties: Placed<FigureTie>[]; blocks: Block[] } {
  const blocks = blocksOf(doc);
  const findings: Keyed[] = [];
  const ties: Placed<FigureTie>[] = [];
  let lead: readonly Mention[] = [];
  for (const b of blocks) {
    const entry = extractBlock(ctx, b.node, lead);
    lead = entry.claims.mentions;
    const placed = place(entry, b.pos + 1, checkEntry(ctx, entry));
    for (const f of placed.findings) findings.push(keyed(f, false));
    for (const t of placed.ties) ties.push(t);
  }
  for (const f of crossFindings(ctx, ties)) findings.push(keyed(f, true));
  findings.sort((a, b) => a.from - b.from || a.to - b.to);
  return { findings, ties, blocks };
}

/** The term keys a fact may be found by: its terms, its speaker's names, its quote's words. */
export function factKeys(fact: Fact): Set<string> {
  const parts: string[] = [...(fact.terms ?? [])];
  if (fact.kind === 'quote' || fact.kind === 'statement') {
    parts.push(fact.speaker.name, ...(fact.speaker.aliases ?? []));
    if (fact.channel) parts.push(fact.channel);
  }
  if (fact.kind === 'quote') parts.push(fact.text);
  return wordKeys(parts.join(' '));
}
