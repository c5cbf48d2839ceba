import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extractFigures } from './figures';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}: ${f.amount} ${f.unit}`);

describe('an amount joined to its currency by a hyphen ("a 40 million-pound fraud")', () => {
  it('is money: pounds, dollars, euros, after a scale written apart or joined', () => {
    expect(read('He was jailed for his part in a 40 million-pound fraud.')).toEqual([
      '40 million-pound: 40000000 GBP',
    ]);
    expect(read('He was jailed for his part in a 40-million-pound fraud.')).toEqual([
      '40-million-pound: 40000000 GBP',
    ]);
    expect(read('It signed a 2 billion-dollar deal.')).toEqual([
      '2 billion-dollar: 2000000000 USD',
    ]);
    expect(read('It signed a 2-billion-euro deal.')).toEqual(['2-billion-euro: 2000000000 EUR']);
    expect(read('He was jailed for his part in a £40 million fraud.')).toEqual([
      '£40 million: 40000000 GBP',
    ]);
  });

  it('reads a scale joined by a hyphen alone ("$1-billion", "the 5-million mark")', () => {
    expect(read('It made a $1-billion bid.')).toEqual(['$1-billion: 1000000000 USD']);
    expect(read('Sales hit the 5-million mark.')).toEqual(['5-million: 5000000 count']);
  });

  it('leaves other joined words as they were', () => {
    expect(read('A 20-pound note was found.')).toEqual(['20-pound: 20 GBP']);
    expect(read('She gave birth to a 7-pound baby.')).toEqual(['7-pound: 7 lb']);
    expect(read('It has a 10 million-strong membership.')).toEqual(['10 million: 10000000 count']);
    expect(extractFigures('Some 1-2 million people fled.')[0]).toMatchObject({
      text: 'Some 1-2 million',
      value: { min: 1e6, max: 2e6 },
    });
  });

  it('is held against the record of the fraud', () => {
    const fraud = recordOf('fraud-size', 'Size of the fraud', ['fraud'], 47e6, 'GBP');
    expect(briefs('He was jailed for his part in a 40 million-pound fraud.', [fraud])).toEqual([
      'figure-contradicted 40 million-pound fraud-size',
    ]);
    expect(briefs('He was jailed for his part in a 40-million-pound fraud.', [fraud])).toEqual([
      'figure-contradicted 40-million-pound fraud-size',
    ]);
    expect(briefs('He was jailed for his part in a £40 million fraud.', [fraud])).toEqual([
      'figure-contradicted £40 million fraud-size',
    ]);
  });
});
