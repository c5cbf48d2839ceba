import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const court = { name: 'Southwark Crown Court' };
const keller: Fact = {
  id: 'keller-term',
  kind: 'figure',
  subject: 'Keller jail term',
  terms: ['jailed', 'sentenced'],
  value: 6,
  unit: 'year',
  source: court,
};
const pryce: Fact = {
  id: 'pryce-term',
  kind: 'figure',
  subject: 'Sarah Pryce jail term',
  terms: ['jailed', 'sentenced'],
  value: 2,
  unit: 'year',
  source: court,
};
const run = (facts: Fact[], text: string) =>
  check(text, extract(text), new FactIndex(facts), { all: true }).map((f) => [f.kind, f.text]);

describe('another defendant a sentence opens on', () => {
  it('is not contradicted by the record of the defendant the story is about', () => {
    expect(run([keller], 'His co-defendant, Sarah Pryce, 44, was jailed for three years.')).toEqual(
      [['figure-unsourced', 'three years']],
    );
    expect(run([keller], 'A second man, 29, was jailed for four years.')).toEqual([
      ['figure-unsourced', 'four years'],
    ]);
    expect(run([keller], 'Another defendant was sentenced to 18 months.')).toEqual([
      ['figure-unsourced', '18 months'],
    ]);
  });

  it('is compared with a record that names them', () => {
    expect(
      run([keller, pryce], 'His co-defendant, Sarah Pryce, 44, was jailed for three years.'),
    ).toEqual([['figure-contradicted', 'three years']]);
  });

  it('still agrees with a record it matches, and leaves the defendant named alone', () => {
    expect(run([keller], 'His co-defendant was jailed for six years.')).toEqual([
      ['figure-confirmed', 'six years'],
    ]);
    expect(run([keller], 'Keller, 52, was jailed for three years.')).toEqual([
      ['figure-contradicted', 'three years'],
    ]);
    const toll: Fact = {
      ...keller,
      id: 'toll',
      subject: 'Deaths in the blast',
      terms: ['died', 'toll'],
      value: 6,
      unit: 'count',
    };
    expect(run([toll], 'A second man died in hospital, bringing the death toll to five.')).toEqual([
      ['figure-contradicted', 'five'],
    ]);
    expect(run([keller], 'His wife, 48, said he was jailed for three years.')).toEqual([
      ['figure-contradicted', 'three years'],
    ]);
  });
});
