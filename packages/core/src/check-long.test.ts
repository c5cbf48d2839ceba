import { describe, expect, it } from 'vitest';
import { checkBlock } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Attribution, Claims, FigureClaim, Sentence } from './types';

// Claims are built by hand so that only the checker runs. Paragraphs this long took the checker
// seconds to minutes while it copied lists on every claim, and one overflowed the stack; a
// linear checker takes tens of milliseconds (the figures belong to benchmarks, not to tests).

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

describe('checkBlock on a long paragraph', () => {
  it('checks tens of thousands of figures in one sentence', () => {
    const { text, claims } = paragraph('toll 7 ', '7', false);
    expect(checkBlock(text, claims, index).findings).toHaveLength(size);
  });

  it('checks tens of thousands of sentences with a figure and a term each', () => {
    const { text, claims } = paragraph('The toll was 7. ', '7', true);
    const { findings, ties } = checkBlock(text, claims, index);
    expect(findings).toEqual([]);
    expect(ties).toHaveLength(size);
  });

  it('checks tens of thousands of attributed statements', () => {
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
    expect(checkBlock(text, claims, index).findings).toEqual([]);
  });
});

describe('a table pasted as one sentence, with one record’s term inside another’s', () => {
  it('is checked row by row without reading the whole table for each figure', () => {
    const facts = new FactIndex([
      {
        id: 'rev',
        kind: 'figure',
        subject: 'Revenue',
        terms: ['revenue'],
        value: 30e9,
        unit: 'USD',
        source: { name: 'N' },
      },
      {
        id: 'dc',
        kind: 'figure',
        subject: 'Data-center revenue',
        terms: ['data-center revenue'],
        value: 26.3e9,
        unit: 'USD',
        source: { name: 'N' },
      },
    ]);
    const rows = ['Segment\tQ2 revenue\tQ1 revenue'];
    for (let i = 0; i < 3000; i++)
      rows.push(`Data-center revenue unit ${i}\t$31 billion\t$76 billion`);
    const text = rows.join(' ');
    const claims = extract(text);
    const result = checkBlock(text, claims, facts);
    // Every figure is checked: each gets its finding.
    expect(result.findings).toHaveLength(claims.figures.length);
  });
});
