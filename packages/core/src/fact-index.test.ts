import { describe, expect, it } from 'vitest';
import { FactIndex } from './fact-index';
import { keyedWords } from './terms';
import type { Fact } from './types';

const total: Fact = {
  id: 'evacuated-total',
  kind: 'figure',
  subject: 'Evacuated',
  terms: ['evacuated', 'meeting point'],
  value: 422,
  source: { name: 'Safadi' },
};
const quote: Fact = {
  id: 'safadi-numbers',
  kind: 'quote',
  subject: 'Safadi on the numbers',
  speaker: { name: 'Ayman Safadi', aliases: ["Jordan's foreign minister"] },
  text: 'The number requested was 800 but the actual number settled at 422.',
  source: { name: 'Twitter' },
};
const statement: Fact = {
  id: 'member-roads',
  kind: 'statement',
  subject: 'Roads',
  speaker: { name: 'a White Helmets member' },
  terms: ['blocked roads'],
  source: { name: 'CNN' },
};

const ids = (hits: { factId: string }[]) => hits.map((h) => h.factId);

describe('FactIndex', () => {
  it('gets facts by id, lists them, and counts its changes', () => {
    const index = new FactIndex([total, quote]);
    expect(index.get('evacuated-total')).toBe(total);
    expect(index.all().map((f) => f.id)).toEqual(['evacuated-total', 'safadi-numbers']);
    expect(index.version).toBe(0);
    index.upsert([statement]);
    expect(index.version).toBe(1);
    index.remove(['safadi-numbers']);
    expect(index.version).toBe(2);
    expect(index.get('safadi-numbers')).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it('finds the facts whose terms occur in a sentence, checking every word of a phrase', () => {
    const index = new FactIndex([total, statement]);
    const words = keyedWords('Those evacuating met at the meeting point; the point was blocked.');
    expect(index.termHits(words)).toEqual([
      { factId: 'evacuated-total', from: 6, to: 16 },
      { factId: 'evacuated-total', from: 28, to: 41 },
    ]);
    expect(ids(index.termHits(keyedWords('The meeting was short.')))).toEqual([]);
  });

  it('forgets the terms of a removed or replaced fact', () => {
    const index = new FactIndex([total]);
    index.upsert([{ ...total, terms: ['made it'] }]);
    expect(ids(index.termHits(keyedWords('They were evacuated.')))).toEqual([]);
    expect(ids(index.termHits(keyedWords('Only 422 made it.')))).toEqual(['evacuated-total']);
    index.remove(['evacuated-total']);
    expect(ids(index.termHits(keyedWords('Only 422 made it.')))).toEqual([]);
  });

  it('finds speakers by name or alias, without a leading article', () => {
    const index = new FactIndex([quote, statement]);
    expect(ids(index.speakerHits(keyedWords('Jordan’s foreign minister said so.')))).toEqual([
      'safadi-numbers',
    ]);
    expect(ids(index.speakerHits(keyedWords('One White Helmets member agreed.')))).toEqual([
      'member-roads',
    ]);
  });

  it('finds recorded quotes that share word trigrams with a quote, and forgets removed ones', () => {
    const index = new FactIndex([quote]);
    const words = 'the final number settled at 422'.split(' ');
    expect(index.quoteCandidates(words)).toEqual(['safadi-numbers']);
    expect(index.quoteCandidates(['nothing', 'like', 'it'])).toEqual([]);
    index.remove(['safadi-numbers']);
    expect(index.quoteCandidates(words)).toEqual([]);
  });

  it('lists the facts with a term word of a given key', () => {
    const index = new FactIndex([total, statement]);
    expect(index.withTermKey('road').map((f) => f.id)).toEqual(['member-roads']);
    expect(index.withTermKey('evacuat', 'count').map((f) => f.id)).toEqual(['evacuated-total']);
    expect(index.withTermKey('evacuat', 'percent')).toEqual([]);
    index.remove(['member-roads']);
    expect(index.withTermKey('road')).toEqual([]);
  });

  it('answers from 100,000 facts with only the facts a sentence names', () => {
    const many: Fact[] = [];
    for (let i = 0; i < 100_000; i++)
      many.push({ ...total, id: `f${i}`, terms: [`term${i}`, `shared word${i % 100}`] });
    const index = new FactIndex(many);
    expect(ids(index.termHits(keyedWords('Term42 and shared word7 here.')))).toEqual([
      'f42',
      ...many.filter((_, i) => i % 100 === 7).map((f) => f.id),
    ]);
  });
});
