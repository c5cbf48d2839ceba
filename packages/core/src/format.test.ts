import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatInterval, formatLike, sourceLabel } from './format';
import type { FigureClaim } from './types';

const claim = (
  text: string,
  qualifier?: string,
  extra: Partial<FigureClaim> = {},
): FigureClaim => ({
  from: 0,
  to: text.length,
  text,
  value: {},
  unit: 'count',
  ...(qualifier ? { qualifier } : {}),
  ...extra,
});

describe('formatLike', () => {
  it('writes the record in the style of the prose figure', () => {
    expect(formatLike(422, claim('nearly 500', 'nearly'))).toBe('422');
    expect(formatLike(2.5e9, claim('$2.1bn'))).toBe('$2.5bn');
    expect(formatLike(115000, claim('120,000'))).toBe('115,000');
    expect(formatLike(4, claim('three months'))).toBe('four months');
    expect(formatLike(12.5, claim('10%'))).toBe('12.5%');
    expect(formatLike(1500000, claim('1.2 million'))).toBe('1.5 million');
  });

  it('suggests nothing for a decimal comma, and replaces the number of an area in km2', () => {
    const usd = { unit: 'USD', amount: 2.5e9 };
    expect(formatLike(3e9, claim('2,5 billion dollars', undefined, usd))).toBeUndefined();
    expect(formatLike(55, claim('40 km2', undefined, { unit: 'km2', amount: 40 }))).toBe('55 km2');
    // A digit glued to a letter of two code units belongs to it too, as the first digit there.
    expect(formatLike(5, claim('𝒜22', undefined, { amount: 2 }))).toBe('𝒜25');
  });

  it('keeps the sign the prose writes for a value below zero, and drops it for one above', () => {
    const c = (text: string, amount: number) => claim(text, undefined, { unit: 'celsius', amount });
    expect(formatLike(-7.4, c('-9.2C', -9.2))).toBe('-7.4C');
    expect(formatLike(-7.4, c('−9.2C', -9.2))).toBe('−7.4C');
    expect(formatLike(-7.4, c('minus 9.2C', -9.2))).toBe('minus 7.4C');
    expect(formatLike(3, c('-2C', -2))).toBe('3C');
    expect(formatLike(-3, c('2C', 2))).toBe('-3C');
  });

  it('has nothing to replace in a vague quantity', () => {
    expect(formatLike(422, claim('hundreds'))).toBeUndefined();
  });

  it('suggests nothing for a range, which has no one number to replace', () => {
    const range = { value: { min: 30, max: 40 } };
    expect(formatLike(50, claim('Between 30 and 40', undefined, range))).toBeUndefined();
    expect(formatLike(50, claim('Some 30-40', 'some', range))).toBeUndefined();
    expect(formatLike(50, claim('between thirty and forty', undefined, range))).toBeUndefined();
    expect(formatLike(50, claim('30 to 40 percent', undefined, range))).toBeUndefined();
    expect(formatLike(50, claim('30 to forty', undefined, range))).toBeUndefined();
    expect(
      formatLike(3.6, claim('3 dollars 50 cents', undefined, { amount: 3.5 })),
    ).toBeUndefined();
  });

  it('states the record exactly, never rounded', () => {
    const usd = (text: string, amount: number) => claim(text, undefined, { unit: 'USD', amount });
    expect(formatLike(2_549_000_000, usd('$3bn', 3e9))).toBe('$2.549bn');
    expect(formatLike(1_234_567, usd('$2 million', 2e6))).toBe('$1,234,567');
    expect(formatLike(2_549_123_000, usd('$2.1bn', 2.1e9))).toBe('$2,549,123,000');
    expect(formatLike(4.125, claim('5%', undefined, { unit: 'percent' }))).toBe('4.125%');
    expect(formatLike(0.75, usd('50 cents', 0.5))).toBe('75 cents');
    expect(formatLike(2_500_000, claim('two million', undefined, { amount: 2e6 }))).toBe(
      '2.5 million',
    );
    expect(formatLike(3_000_000, claim('Two million', undefined, { amount: 2e6 }))).toBe(
      'Three million',
    );
    expect(formatLike(30, claim('20 m', undefined, { unit: 'm', amount: 20 }))).toBe('30 m');
    expect(formatLike(30, claim('twenty-five', undefined, { amount: 25 }))).toBe('30');
    expect(formatLike(422, claim('500 or more', 'or more', { amount: 500 }))).toBe('422');
  });

  it('groups the digits of a suggestion as the record is written', () => {
    expect(formatLike(1200, claim('900'))).toBe('1,200');
    expect(formatLike(1200, claim('1500'))).toBe('1,200');
    expect(formatLike(422, claim('500'))).toBe('422');
    expect(formatLike(2.5, claim('3.75'))).toBe('2.5');
  });

  it('puts a verb that does not bound the figure in place of one that does, in its tense', () => {
    expect(formatLike(940, claim('topped 1,000', 'topped', { amount: 1000 }))).toBe('reached 940');
    expect(formatLike(940, claim('passes 1,000', 'passes', { amount: 1000 }))).toBe('reaches 940');
    expect(formatLike(940, claim('passed the 1,000', 'passed the', { amount: 1000 }))).toBe(
      'reached the 940',
    );
    expect(formatLike(940, claim('more than 1,000', 'more than', { amount: 1000 }))).toBe('940');
  });
});

describe('formatting the record', () => {
  it('writes amounts and intervals as a reporter would', () => {
    expect(formatAmount(2.5e9, 'USD')).toBe('$2.5bn');
    expect(formatAmount(7, 'year')).toBe('7 years');
    expect(formatAmount(1, 'month')).toBe('1 month');
    expect(formatAmount(100, 'mb')).toBe('100 MB');
    expect(formatAmount(1, 'kw')).toBe('1 kW');
    expect(formatAmount(10, 'fold')).toBe('10-fold');
    expect(formatAmount(7.8, 'magnitude')).toBe('magnitude 7.8');
    expect(formatAmount(8, 'point')).toBe('8 points');
    expect(formatAmount(16, 'bit')).toBe('16 bits');
    expect(formatAmount(0.3, 'percentage point')).toBe('0.3 percentage points');
    expect(formatAmount(40, 'celsius')).toBe('40 °C');
    expect(formatInterval({ min: 500000, minExclusive: true })).toBe('more than 500,000');
    expect(formatInterval({ min: 30, max: 40 }, 'percent')).toBe('between 30% and 40%');
    expect(formatInterval({ max: 5 })).toBe('at most 5');
  });

  it('groups the digits of whole numbers as the en-US format does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    for (const n of [0, 7, 42, 999, 1000, 12345, 999999, 1234567, -1234, -999, 2 ** 53 - 1])
      expect(formatAmount(n)).toBe(intl.format(n));
    expect(formatAmount(1234.567)).toBe('1,234.567');
  });

  it('writes the record exactly, with as many digits as it has', () => {
    expect(formatAmount(2_549_000_000, 'USD')).toBe('$2.549bn');
    expect(formatAmount(2_549_123_000, 'USD')).toBe('$2,549,123,000');
    expect(formatAmount(1_234_567, 'USD')).toBe('$1,234,567');
    expect(formatAmount(1_500_000, 'USD')).toBe('$1.5m');
    expect(formatAmount(1_500_000, 'CHF')).toBe('1.5m CHF');
    expect(formatAmount(4.125, 'percent')).toBe('4.125%');
    expect(formatAmount(0.1)).toBe('0.1');
    expect(formatInterval({ min: 1_234_567, max: 1_299_999 })).toBe(
      'between 1,234,567 and 1,299,999',
    );
  });

  it('writes units in the plural as English does', () => {
    expect(formatAmount(30, 'foot')).toBe('30 feet');
    expect(formatAmount(1, 'foot')).toBe('1 foot');
    expect(formatAmount(12, 'inch')).toBe('12 inches');
    expect(formatAmount(2, 'century')).toBe('2 centuries');
    expect(formatAmount(3, 'sq mile')).toBe('3 sq miles');
    expect(formatAmount(2, 'cu foot')).toBe('2 cu feet');
    expect(formatAmount(5, 'tonne')).toBe('5 tonnes');
    expect(formatAmount(4, 'degree')).toBe('4 degrees');
    for (const symbol of [
      'km',
      'm',
      'kg',
      'g',
      'mg',
      'lb',
      'ml',
      'µg',
      'km2',
      'm2',
      'cm2',
      'mph',
      'km/h',
    ])
      expect(formatAmount(5, symbol)).toBe(`5 ${symbol}`);
  });

  it('writes dates at their precision', () => {
    expect(formatDate('2018-07-21')).toBe('July 21, 2018');
    expect(formatDate('2018-06')).toBe('June 2018');
    expect(formatDate('2011')).toBe('2011');
  });

  it('labels a source with the date its figure is true as of', () => {
    const base = { id: 'a', kind: 'figure' as const, subject: 's', terms: ['t'], value: 1 };
    expect(sourceLabel({ ...base, source: { name: 'SOHR' }, asOf: '2018-07-22' })).toBe(
      'SOHR, as of 2018-07-22',
    );
    expect(sourceLabel({ ...base, source: { name: 'SOHR', publishedAt: '2018-07-01' } })).toBe(
      'SOHR, 2018-07-01',
    );
  });
});
