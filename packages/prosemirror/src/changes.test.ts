import type { Node } from 'prosemirror-model';
import { Mapping, StepMap } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { adoptCache, diffChanges, mergeRanges, type Range } from './changes';
import type { BlockEntry } from './check';
import { docOf, random, schema } from './testing';

/** ProseMirror's own diff of two documents, as `diffChanges` reports it. */
function reference(a: Node, b: Node): { start: number; endA: number; endB: number } | null {
  const start = a.content.findDiffStart(b.content);
  if (start == null) return null;
  let { a: endA, b: endB } = a.content.findDiffEnd(b.content)!;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, endB };
}

const texts = ['Nearly 500 people were evacuated.', 'He told CNN.', '', 'The group has 3,700.'];

/**
 * A changed copy of `doc` as y-prosemirror builds it: untouched paragraphs are the same nodes,
 * others are edited, rebuilt equal, inserted or deleted.
 */
function changed(doc: Node, rnd: () => number): Node {
  const out: Node[] = [];
  doc.forEach((p) => {
    const r = rnd();
    if (r < 0.75) out.push(p);
    else if (r < 0.83) out.push(schema.node('paragraph', null, p.content));
    else if (r < 0.9) out.push(docOf(`${p.textContent}x`.slice(1)).child(0));
    else if (r < 0.95) out.push(p, docOf(texts[Math.floor(rnd() * texts.length)]).child(0));
  });
  if (!out.length) out.push(docOf('').child(0));
  return schema.node('doc', null, out);
}

describe('diffChanges', () => {
  it('finds what ProseMirror finds, skipping the nodes both documents share', () => {
    const rnd = random(7);
    for (let round = 0; round < 500; round++) {
      const count = 1 + Math.floor(rnd() * 12);
      const a = docOf(...Array.from({ length: count }, () => texts[Math.floor(rnd() * 4)]));
      const b = changed(a, rnd);
      const want = reference(a, b);
      const { diff, ranges } = diffChanges(a, b);
      if (!want) expect(ranges).toEqual([]);
      else {
        expect({ start: diff!.start, endA: diff!.endA, endB: diff!.endB }).toEqual(want);
        expect(ranges).toEqual([{ from: want.start, to: want.endB }]);
      }
    }
  });

  it('hands the cache entries of equal rebuilt paragraphs to their new nodes', () => {
    const a = docOf('One 500.', 'Two 300.', 'Three 422.');
    const rebuilt = schema.node('paragraph', null, a.child(0).content);
    const edited = docOf('Two 301.').child(0);
    const b = schema.node('doc', null, [rebuilt, edited, a.child(2)]);
    const cache = new WeakMap<Node, BlockEntry>();
    const entries = [0, 1, 2].map((i) => ({ i }) as unknown as BlockEntry);
    a.forEach((p, _o, i) => {
      cache.set(p, entries[i]);
    });
    const { diff } = diffChanges(a, b);
    adoptCache(cache, a.content, b.content, diff!);
    expect(cache.get(rebuilt)).toBe(entries[0]);
    expect(cache.has(edited)).toBe(false);
    expect(cache.get(a.child(2))).toBe(entries[2]);
  });
});

describe('mergeRanges', () => {
  /** Every position each range covers, mapped, as a sorted list of merged spans. */
  function reference(old: Range[], m: Mapping, added: Range[]): Range[] {
    const all = [...old.map((r) => ({ from: m.map(r.from, -1), to: m.map(r.to, 1) })), ...added];
    all.sort((a, b) => a.from - b.from);
    const out: Range[] = [];
    for (const r of all) {
      const last = out[out.length - 1];
      if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
      else out.push({ from: r.from, to: Math.max(r.from, r.to) });
    }
    return out;
  }

  it('merges what touches and keeps apart what does not, typing or not', () => {
    const rnd = random(11);
    const pos = () => Math.floor(rnd() * 60);
    for (let round = 0; round < 4000; round++) {
      // Up to five ranges waiting, sorted and apart, as `mergeRanges` leaves them.
      const old: Range[] = [];
      for (let at = pos() % 20, n = Math.floor(rnd() * 6); n > 0 && at < 60; n--) {
        const to = at + Math.floor(rnd() * 8);
        old.push({ from: at, to });
        at = to + 1 + Math.floor(rnd() * 10);
      }
      const start = pos();
      const deleted = Math.floor(rnd() * 4);
      const inserted = Math.floor(rnd() * 4);
      const m = new Mapping([new StepMap([start, deleted, inserted])]);
      // A keystroke's range, or (a fact change) several in any order with no mapping.
      const many = rnd() < 0.25;
      const added = many
        ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
            const from = pos();
            return { from, to: from + Math.floor(rnd() * 6) };
          })
        : [{ from: start, to: start + inserted }];
      const mapping = many ? new Mapping() : m;
      expect(mergeRanges(old, mapping, added)).toEqual(reference(old, mapping, added));
    }
  });
});
