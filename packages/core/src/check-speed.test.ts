import { describe, expect, it } from 'vitest';
import { checkBlock } from './check';
import { FactIndex } from './fact-index';
import type { Attribution, Claims, FigureClaim, Sentence } from './types';

// Claims are built by hand so that only the checker is timed. The limits are far above what a
// linear checker needs (tens of milliseconds here) and far below what a quadratic one takes.

const index = new FactIndex([
  { id: 'toll', kind: 'figure', subject: 'Toll', terms: ['toll'], value: 7, source: { name: 'P' } },
  {
    id: 'flood',
    kind: 'statement',
    subject: 'Mayor on the flood defences',
    speaker: { name: 'Jane Smith' },
    terms: ['flood defences'],
    channel: 'BBC',
    source: { name: 'BBC' },
  },
]);

const size = 40_000;
const limit = 1500;

/** A paragraph of `size` repeats of `piece`, with a figure at `figure` in each, in one or many sentences. */
function paragraph(
  piece: string,
  figure: string,
  split: boolean,
): { text: string; claims: Claims } {
  const figures: FigureClaim[] = [];
  const sentences: Sentence[] = [];
  const at = piece.indexOf(figure);
  for (let i = 0; i < size; i++) {
    const from = i * piece.length;
    figures.push({
      from: from + at,
      to: from + at + 1,
      text: figure,
      value: { min: 7, max: 7 },
      unit: 'count',
      amount: 7,
    });
    if (split) sentences.push({ from, to: from + piece.length });
  }
  const text = piece.repeat(size);
  if (!split) sentences.push({ from: 0, to: text.length });
  return {
    text,
    claims: {
      schema: 'factdesk.claims/v1',
      figures,
      dates: [],
      attributions: [],
      sentences,
      mentions: [],
    },
  };
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('checkBlock on a long paragraph', () => {
  it('checks tens of thousands of figures in one sentence in time proportional to their number', () => {
    const { text, claims } = paragraph('toll 7 ', '7', false);
    let found = 0;
    const ms = timed(() => {
      found = checkBlock(text, claims, index).findings.length;
    });
    expect(found).toBe(size);
    expect(ms).toBeLessThan(limit);
  });

  it('checks tens of thousands of sentences with a figure and a term each in time proportional to their number', () => {
    const { text, claims } = paragraph('The toll was 7. ', '7', true);
    const ms = timed(() => checkBlock(text, claims, index));
    expect(ms).toBeLessThan(limit);
  });

  it('checks tens of thousands of attributed statements in time proportional to their number', () => {
    const piece = 'The flood defences failed, Smith said. ';
    const attributions: Attribution[] = [];
    const sentences: Sentence[] = [];
    for (let i = 0; i < size; i++) {
      const from = i * piece.length;
      const at = (part: string) => ({
        from: from + piece.indexOf(part),
        to: from + piece.indexOf(part) + part.length,
        text: part,
      });
      attributions.push({
        from,
        to: from + piece.length - 2,
        cue: at('said'),
        source: at('Smith'),
        content: { from, to: from + 25 },
        quote: false,
      });
      sentences.push({ from, to: from + piece.length });
    }
    const text = piece.repeat(size);
    const claims: Claims = {
      schema: 'factdesk.claims/v1',
      figures: [],
      dates: [],
      attributions,
      sentences,
      mentions: [],
    };
    let found = -1;
    const ms = timed(() => {
      found = checkBlock(text, claims, index).findings.length;
    });
    expect(found).toBe(0);
    expect(ms).toBeLessThan(limit);
  });
});
