import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const facts: Fact[] = [
  {
    id: 'target',
    kind: 'figure',
    subject: 'Recycling target for 2030',
    terms: ['target'],
    value: 85,
    unit: 'percent',
    source: { name: 'Ministry' },
  },
  {
    id: 'dividend',
    kind: 'figure',
    subject: 'Interim dividend per share',
    terms: ['dividend'],
    value: 0.06,
    unit: 'GBP',
    source: { name: 'Company' },
  },
];
const index = new FactIndex(facts);
const run = (text: string) =>
  check(text, extract(text), index, { all: true }).map((f) => [f.kind, f.text]);

describe('a figure of a stage of a thing', () => {
  it('is not contradicted by the record of the thing itself', () => {
    expect(run('The ministry said it would miss the interim 76% target set for 2025.')).toEqual([
      ['figure-unsourced', '76%'],
    ]);
    expect(run('It set a provisional target of 70% last year.')).toEqual([
      ['figure-unsourced', '70%'],
    ]);
  });

  it('still agrees with the record of the thing', () => {
    expect(run('It kept the interim 85% target.')).toEqual([['figure-confirmed', '85%']]);
  });

  it('is compared with a record of the same stage', () => {
    expect(run('The board declared an interim dividend of 5p.')).toEqual([
      ['figure-contradicted', '5p'],
    ]);
  });

  it('leaves alone a proposal or a draft, most often the thing itself', () => {
    expect(run('The draft target of 80% was agreed on Friday.')).toEqual([
      ['figure-contradicted', '80%'],
    ]);
    expect(run('Ministers backed the proposed 80% target.')).toEqual([
      ['figure-contradicted', '80%'],
    ]);
  });

  it('leaves alone a figure the stage word does not qualify', () => {
    expect(run('The target of 76% was set in 2020.')).toEqual([['figure-contradicted', '76%']]);
    expect(run('An interim report put the recycling target at 76%.')).toEqual([
      ['figure-contradicted', '76%'],
    ]);
  });
});
