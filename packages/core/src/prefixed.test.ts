import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { prefixed } from './prefixed';
import type { Fact } from './types';

const results: Fact = {
  id: 'final-results',
  kind: 'date',
  subject: 'Final results of the election',
  terms: ['final results'],
  value: '2026-10-08',
  source: { name: 'Central Election Commission' },
};

function kinds(text: string, facts: Fact[], date = '2026-10-05'): string[] {
  return check(text, extract(text, { date }), facts, { date }).map((f) => `${f.kind} ${f.text}`);
}

describe('prefixed', () => {
  it('reads a term joined to "near", "pre", "semi", "ex" or "non" by a hyphen as another thing', () => {
    const text = 'near-final pre-election semi-final ex-president Non-fatal re-election';
    for (const word of ['final', 'election', 'president', 'fatal'])
      expect(prefixed(text, text.indexOf(word)), word).toBe(true);
    expect(prefixed(text, text.lastIndexOf('election'))).toBe(false);
    expect(prefixed('the final results', 4)).toBe(false);
    expect(prefixed('appear-final', 7)).toBe(false);
  });

  it('ties no record to "near-final results", and still ties the final results', () => {
    expect(
      kinds('Unity came first, according to near-final results published on Sunday.', [results]),
    ).toEqual([]);
    expect(
      kinds('Unity came first, according to final results published on Sunday.', [results]),
    ).toEqual(['date-contradicted Sunday']);
  });

  it('holds no gap beside a counter-offer against the offer’s record', () => {
    const deal: Fact = {
      id: 'deal-value',
      kind: 'figure',
      subject: 'Value of the takeover offer',
      terms: ['takeover', 'deal', 'offer'],
      value: 2_900_000_000,
      unit: 'GBP',
      source: { name: 'Company statement' },
    };
    const gap =
      'Analysts said a counter-offer was possible but that a 40 million-pound gap left little room.';
    expect(kinds(gap, [deal])).toEqual(['figure-unsourced 40 million-pound']);
    expect(kinds('Analysts said the offer was worth 40 million pounds.', [deal])).toEqual([
      'figure-contradicted 40 million pounds',
    ]);
  });

  it('holds no semi-final score against the final’s record', () => {
    const final: Fact = {
      id: 'final-goals',
      kind: 'figure',
      subject: 'Goals scored in the final',
      terms: ['final'],
      value: 3,
      source: { name: 'UEFA' },
    };
    expect(kinds('Madrid scored five goals in the semi-final.', [final])).toEqual([
      'figure-unsourced five',
    ]);
    expect(kinds('Madrid scored five goals in the final.', [final])).toEqual([
      'figure-contradicted five',
    ]);
  });
});
