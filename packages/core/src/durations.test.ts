import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import { extractFigures } from './figures';
import type { Fact } from './types';

const read = (text: string) =>
  extractFigures(text).map((f) => `${f.text}: ${f.value.min} ${f.unit}`);

describe('a duration in two units', () => {
  it('is one figure in the smaller unit', () => {
    expect(read('Ellison was jailed for six years and eight months.')).toEqual([
      'six years and eight months: 80 month',
    ]);
    expect(read('The flight took two hours and 30 minutes.')).toEqual([
      'two hours and 30 minutes: 150 minute',
    ]);
  });

  it('is two figures when the second is no part of the first', () => {
    expect(read('He served 2 years and 14 months.')).toEqual([
      '2 years: 2 year',
      '14 months: 14 month',
    ]);
    expect(read('She is 54 years old and 3 months pregnant.')).toEqual(['3 months: 3 month']);
  });
});

describe('durations in another unit than the record', () => {
  const sentence: Fact = {
    id: 'sentence',
    kind: 'figure',
    subject: "Ellison's prison sentence",
    terms: ['jailed'],
    value: 80,
    unit: 'month',
    source: { name: 'Leeds Crown Court' },
  };
  const index = new FactIndex([sentence]);
  const run = (text: string) =>
    check(text, extract(text), index, { all: true }).map((f) => ({
      kind: f.kind,
      text: f.text,
      suggestion: f.suggestion,
    }));

  it('are compared in the record unit, with no suggestion in another unit', () => {
    expect(run('Ellison was jailed for six years and eight months.')).toEqual([
      { kind: 'figure-confirmed', text: 'six years and eight months', suggestion: undefined },
    ]);
    expect(run('Ellison was jailed for 7 years.')).toEqual([
      { kind: 'figure-contradicted', text: '7 years', suggestion: undefined },
    ]);
    expect(run('Ellison was jailed for 84 months.')).toEqual([
      { kind: 'figure-contradicted', text: '84 months', suggestion: '80 months' },
    ]);
  });

  it('are compared across years and months only', () => {
    expect(run('Ellison was jailed for 2,400 days.')).toEqual([
      { kind: 'figure-unsourced', text: '2,400 days', suggestion: undefined },
    ]);
    const response: Fact = {
      ...sentence,
      id: 'response',
      terms: ['crews'],
      value: 42,
      unit: 'minute',
    };
    const text = 'Some crews waited 11 hours outside A&E.';
    expect(check(text, extract(text), new FactIndex([response])).map((f) => f.kind)).toEqual([
      'figure-unsourced',
    ]);
  });
});
