import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const move: Fact = {
  id: 'shares',
  kind: 'figure',
  subject: 'Share price move',
  terms: ['shares'],
  value: -8.2,
  unit: 'percent',
  source: { name: 'Nasdaq' },
};
const run = (text: string, facts: Fact[] = [move]) =>
  check(text, extract(text), new FactIndex(facts), { all: true }).map((f) =>
    f.suggestion ? `${f.kind} ${f.text} → ${f.suggestion}` : `${f.kind} ${f.text}`,
  );

describe('the size of a fall against a signed change', () => {
  it('confirms "fell 8.2%" against a record of -8.2%', () => {
    expect(run('Shares fell 8.2% on Tuesday.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares dropped by 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares were down 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares closed 8.2% lower.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares fell a further 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares fell sharply by 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares dropped another 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares suffered an 8.2% drop.')).toEqual(['figure-confirmed 8.2%']);
    const below: Fact = { ...move, value: { max: 0, maxExclusive: true } };
    expect(run('Shares fell 3%.', [below])).toEqual(['figure-unconfirmed 3%']);
  });

  it('contradicts a wrong fall and suggests the size, not the signed change', () => {
    expect(run('Shares fell 9% on Tuesday.')).toEqual(['figure-contradicted 9% → 8.2%']);
  });

  it('reads a fall as written against a record of the size of the fall', () => {
    const size: Fact = { ...move, value: 8.2 };
    expect(run('Shares fell 8.2% on Tuesday.', [size])).toEqual(['figure-confirmed 8.2%']);
  });

  it('does not negate a level: "fell to 8.2%"', () => {
    expect(run('Shares fell to 8.2% of the index.')).toEqual(['figure-contradicted 8.2% → -8.2%']);
  });
});
