import { describe, expect, it } from 'vitest';
import { check } from './check';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';

describe('a change of a rate written in percent where the record gives points', () => {
  const level = recordOf('rate', 'Headline inflation rate', ['headline rate'], 3.4, 'percent');
  const change = recordOf(
    'rate-change',
    'Change in the headline rate',
    ['headline rate', 'fallen', 'fell'],
    -0.4,
    'percentage point',
  );
  const facts = [level, change];

  it('is contradicted with the record in points, and the points suggested', () => {
    expect(briefs('The headline rate has now fallen 0.4% in a single month.', facts)).toEqual([
      'figure-contradicted 0.4% rate-change',
    ]);
    const rise = recordOf('gap', 'Entry rate change', ['entry rate'], 1.2, 'percentage point');
    const rate = recordOf('entry', 'Entry rate', ['entry rate'], 23.1, 'percent');
    expect(briefs('The entry rate rose 1.2% to a record 23.1%.', [rise, rate])).toEqual([
      'figure-contradicted 1.2% gap',
    ]);
    const stock = recordOf(
      'stock',
      'Reservoir stock change',
      ['reservoirs'],
      -12,
      'percentage point',
    );
    expect(briefs('The reservoirs hold 12% less water than a year ago.', [stock])).toEqual([
      'figure-contradicted 12% stock',
    ]);
  });

  it('says what the record gives in its message and suggestion', () => {
    const text = 'The headline rate fell 0.4%.';
    const [found] = check(text, extract(text), facts);
    expect(found).toMatchObject({ suggestion: '0.4 percentage points', factId: 'rate-change' });
    expect(found.message).toContain('-0.4 percentage points');
  });

  it('is confirmed in points, and a change of another size is not read against points', () => {
    expect(briefs('The headline rate fell 0.4 percentage points.', facts)).toEqual([]);
    expect(briefs('The headline rate fell 2%.', facts).join()).not.toContain('rate-change');
  });

  it('reads "fell 0.4 points" of a rate in percentage points', () => {
    expect(briefs('The headline rate fell 0.4 points.', facts, { all: true })).toEqual([
      'figure-confirmed 0.4 points rate-change',
    ]);
    expect(briefs('The headline rate fell 0.6 points.', facts)).toEqual([
      'figure-contradicted 0.6 points rate-change',
    ]);
  });

  it('prefers a record in percent that agrees: "rose 0.4%" of a price', () => {
    const price = recordOf('price', 'Price change', ['headline rate'], -0.4, 'percent');
    expect(briefs('The headline rate fell 0.4%.', [change, price], { all: true })).toEqual([
      'figure-confirmed 0.4% price',
    ]);
  });
});
