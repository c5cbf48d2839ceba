import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { namedAsPart, nests } from './narrower';

const hit = (factId: string, from: number, to: number) => ({ factId, from, to });

describe('nests', () => {
  it('finds a term of one record inside a longer term of another', () => {
    // "Data-center revenue grew 41%": "data-center revenue" 0–19, "revenue" 12–19.
    const found = nests([hit('growth', 12, 19), hit('dc', 0, 19), hit('growth', 20, 24)]);
    expect(found).toEqual([{ outer: hit('dc', 0, 19), inner: new Set(['growth']) }]);
  });

  it('finds none when the record has the longer words too, or the terms only touch', () => {
    expect(nests([hit('growth', 12, 19), hit('dc', 0, 19), hit('growth', 0, 19)])).toEqual([]);
    expect(nests([hit('a', 0, 7), hit('b', 8, 15)])).toEqual([]);
  });
});

describe('namedAsPart', () => {
  const text = 'Data-center revenue grew 41%, and revenue rose 23%.';
  const hits = [hit('growth', 12, 19), hit('dc', 0, 19), hit('growth', 34, 41)];
  const found = nests(hits);

  it('is the record of the whole, for a figure in the clause the part opens', () => {
    expect(namedAsPart(text, found, { from: 25, to: 28 }, hits)).toEqual(new Set(['growth']));
  });

  it('is none for a figure of another clause', () => {
    expect(namedAsPart(text, found, { from: 47, to: 50 }, hits)).toEqual(new Set());
  });
});

describe('a figure of a part its words name', () => {
  const growth = recordOf('growth', 'Revenue growth', ['revenue', 'grew'], 23, 'percent');
  const dc = recordOf('dc', 'Data-center revenue', ['data-center revenue'], 4.9e9, 'USD');

  it('is not held against the record of the whole', () => {
    expect(briefs('Data-center revenue grew 41% to $4.9 billion.', [growth, dc])).toEqual([
      'figure-unsourced 41% -',
    ]);
    const aside = 'Data-center revenue, which now makes up nearly 60% of the total, grew 41%.';
    expect(briefs(aside, [growth, dc])).toEqual([
      'figure-unsourced nearly 60% -',
      'figure-unsourced 41% -',
    ]);
    expect(briefs('Revenue grew 41%.', [growth, dc])).toEqual(['figure-contradicted 41% growth']);
  });

  it('is held against it when the whole is named on its own, or after "and"', () => {
    const revenue = recordOf('revenue', 'Revenue', ['revenue'], 30e9, 'USD');
    expect(
      briefs('Strong data-center revenue lifted revenue to $35 billion.', [revenue, dc]),
    ).toEqual(['figure-contradicted $35 billion revenue']);
    const cloud = 'Data-center revenue accounted for $24 billion of the $35 billion in revenue.';
    expect(briefs(cloud, [revenue, dc])).toEqual([
      'figure-contradicted $24 billion dc',
      'figure-contradicted $35 billion revenue',
    ]);
    const jobless = recordOf('rate', 'Unemployment rate', ['unemployment'], 4.1, 'percent');
    const black = recordOf(
      'black',
      'Black unemployment rate',
      ['Black unemployment'],
      6.1,
      'percent',
    );
    expect(
      briefs('Black unemployment fell to 5.7% and the overall rate dipped to 4.0%.', [
        jobless,
        black,
      ]),
    ).toEqual(['figure-contradicted 5.7% black', 'figure-contradicted 4.0% rate']);
  });
});

describe('a record whose subject names the longer term', () => {
  const rise = recordOf(
    'cases-rise',
    'Rise in measles cases, 2024',
    ['cases', 'rose'],
    20,
    'percent',
  );
  const cases = recordOf('global-cases', 'Measles cases, 2024', ['cases', 'measles cases'], 10.3e6);

  it('is of that thing, not the whole of a part: "Measles cases rose by 25%"', () => {
    expect(briefs('Measles cases rose by 25% last year.', [rise, cases])).toEqual([
      'figure-contradicted 25% cases-rise',
    ]);
  });

  it('is still the whole when its subject does not name the part', () => {
    const covid = { ...rise, subject: 'Rise in Covid cases, 2024' };
    expect(briefs('Measles cases rose by 25% last year.', [covid, cases])).toEqual([
      'figure-unsourced 25% -',
    ]);
  });
});
