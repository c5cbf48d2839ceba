import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extractFigures } from './figures';

const units = (text: string) => extractFigures(text).map((f) => `${f.text}: ${f.unit}`);

describe('crowns and pesos with their country', () => {
  it('are the crowns of Sweden, Denmark, Norway, the Czech Republic and Iceland', () => {
    expect(units('Operating profit rose to 6.3 billion Swedish crowns.')).toEqual([
      '6.3 billion Swedish crowns: SEK',
    ]);
    expect(units('It paid 40 million Danish crowns.')).toEqual(['40 million Danish crowns: DKK']);
    expect(units('It paid 40 million Norwegian crowns.')).toEqual([
      '40 million Norwegian crowns: NOK',
    ]);
    expect(units('It paid 40 million Czech crowns.')).toEqual(['40 million Czech crowns: CZK']);
    expect(units('It paid 40 million Icelandic crowns.')).toEqual([
      '40 million Icelandic crowns: ISK',
    ]);
    expect(units('A ticket costs one Swedish crown.')).toEqual(['one Swedish crown: SEK']);
  });

  it('are the pesos of the Philippines, Mexico, Chile, Colombia and Argentina', () => {
    expect(units('Sales hit 3.2 billion Philippine pesos.')).toEqual([
      '3.2 billion Philippine pesos: PHP',
    ]);
    expect(units('Sales hit 3.2 billion Mexican pesos.')).toEqual([
      '3.2 billion Mexican pesos: MXN',
    ]);
    expect(units('Sales hit 3.2 billion Chilean pesos.')).toEqual([
      '3.2 billion Chilean pesos: CLP',
    ]);
    expect(units('Sales hit 3.2 billion Colombian pesos.')).toEqual([
      '3.2 billion Colombian pesos: COP',
    ]);
    expect(units('Sales hit 3.2 billion Argentine pesos.')).toEqual([
      '3.2 billion Argentine pesos: ARS',
    ]);
  });

  it('stay counts without their country, as several countries have them, and in a name', () => {
    expect(units('Operating profit rose to 6.3 billion crowns.')).toEqual(['6.3 billion: count']);
    expect(units('Sales hit 3.2 billion pesos.')).toEqual(['3.2 billion: count']);
    expect(units('It has 5,000 Danish Crown employees.')).toEqual(['5,000: count']);
  });

  it('tie to a record in the currency', () => {
    const profit = recordOf(
      'op-profit',
      'Norrvik operating profit, Q3 2024',
      ['operating profit'],
      6.8e9,
      'SEK',
    );
    expect(briefs('Operating profit rose to 6.3 billion Swedish crowns.', [profit])).toEqual([
      'figure-contradicted 6.3 billion Swedish crowns op-profit',
    ]);
  });
});
