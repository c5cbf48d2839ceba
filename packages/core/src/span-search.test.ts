import { describe, expect, it } from 'vitest';
import { SpanSet, sentenceAt } from './span-search';
import type { Span } from './types';

// The answers are compared with a plain scan of the spans, on many small random sets.
let seed = 11;
const random = (below: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return Math.floor((seed / 2 ** 31) * below);
};

describe('SpanSet', () => {
  it('tells whether any span overlaps a range, as a scan of all spans would', () => {
    for (let round = 0; round < 1000; round++) {
      const spans = Array.from({ length: random(30) }, () => {
        const from = random(80);
        return { from, to: from + 1 + random(15) };
      });
      const set = new SpanSet(spans);
      for (let q = 0; q < 10; q++) {
        const from = random(100);
        const to = from + 1 + random(10);
        expect(set.overlaps(from, to)).toBe(spans.some((s) => s.from < to && from < s.to));
      }
    }
  });

  it('finds the innermost span that holds a range, as a scan of all spans would', () => {
    for (let round = 0; round < 1000; round++) {
      const spans = Array.from({ length: random(30) }, () => {
        const from = random(80);
        return { from, to: from + 1 + random(25) };
      });
      const set = new SpanSet(spans);
      for (let q = 0; q < 10; q++) {
        const from = random(100);
        const to = from + 1 + random(10);
        const holding = set.spans.filter((s) => s.from <= from && to <= s.to);
        expect(set.holding(from, to)).toBe(holding.at(-1));
      }
    }
  });

  it('counts the spans that lie inside a range when no two overlap', () => {
    for (let round = 0; round < 1000; round++) {
      const spans: Span[] = [];
      for (let at = random(5); spans.length < random(20); at += 1 + random(6)) {
        const from = at;
        at += 1 + random(4);
        spans.push({ from, to: at });
      }
      const set = new SpanSet(spans);
      for (let q = 0; q < 10; q++) {
        const from = random(80);
        const to = from + random(30);
        const inside = spans.filter((s) => from <= s.from && s.to <= to).length;
        expect(set.countInside(from, to)).toBe(inside);
      }
    }
  });
});

describe('sentenceAt', () => {
  it('finds the sentence that holds an offset, or the last one before it', () => {
    const sentences = [
      { from: 0, to: 10 },
      { from: 11, to: 20 },
      { from: 20, to: 30 },
    ];
    expect([0, 9, 10, 11, 19, 20, 35].map((o) => sentenceAt(sentences, o))).toEqual([
      0, 0, 0, 1, 1, 2, 2,
    ]);
  });
});
