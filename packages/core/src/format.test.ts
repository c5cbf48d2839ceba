import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatInterval, formatLike, sourceLabel } from './format';
import type { FigureClaim } from './types';

const claim = (text: string, qualifier?: string): FigureClaim => ({
  from: 0,
  to: text.length,
  text,
  value: {},
  unit: 'count',
  ...(qualifier ? { qualifier } : {}),
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

  it('has nothing to replace in a vague quantity', () => {
    expect(formatLike(422, claim('hundreds'))).toBeUndefined();
  });
});

describe('formatting the record', () => {
  it('writes amounts and intervals as a reporter would', () => {
    expect(formatAmount(2.5e9, 'USD')).toBe('$2.5bn');
    expect(formatAmount(7, 'year')).toBe('7 years');
    expect(formatAmount(1, 'month')).toBe('1 month');
    expect(formatInterval({ min: 500000, minExclusive: true })).toBe('more than 500,000');
    expect(formatInterval({ min: 30, max: 40 }, 'percent')).toBe('between 30% and 40%');
    expect(formatInterval({ max: 5 })).toBe('at most 5');
  });

  it('groups the digits of whole numbers as the en-US format does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    for (const n of [0, 7, 42, 999, 1000, 12345, 999999, 1234567, -1234, -999, 2 ** 53 - 1])
      expect(formatAmount(n)).toBe(intl.format(n));
    expect(formatAmount(1234.567)).toBe('1,234.57');
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
