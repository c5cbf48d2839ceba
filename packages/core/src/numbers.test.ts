import { describe, expect, it } from 'vitest';
import { parseNumeral, plainInterval, readSpelled, roundingStep } from './numbers';
import { Scan } from './tokenize';

describe('parseNumeral', () => {
  it('reads thousands separators and decimals', () => {
    expect(parseNumeral('1,234.5')).toBe(1234.5);
    expect(parseNumeral('115,000')).toBe(115000);
  });
  it('reads a single comma before one or two digits as a decimal comma', () => {
    expect(parseNumeral('1,3')).toBe(1.3);
  });
  it('reads Indian grouping "12,34,567.89"', () => {
    expect(parseNumeral('12,34,567.89')).toBe(1234567.89);
  });
  it('refuses shapes that are not one number ("192.168.1.2")', () => {
    expect(parseNumeral('192.168.1.2')).toBeUndefined();
  });
});

describe('readSpelled', () => {
  const read = (text: string) => readSpelled(new Scan(text), 0);
  it('reads "one hundred and sixty-one" and "twenty-one trillion three hundred"', () => {
    expect(read('one hundred and sixty-one')?.value).toBe(161);
    expect(read('twenty-one trillion three hundred')?.value).toBe(21e12 + 300);
  });
  it('reads "half a million", "a dozen" and "three dozen"', () => {
    expect(read('half a million')?.value).toBe(500000);
    expect(read('a dozen')?.value).toBe(12);
    expect(read('three dozen')?.value).toBe(36);
  });
  it('reads nothing for "a" alone or a word that is no number', () => {
    expect(read('a man')).toBeUndefined();
    expect(read('members')).toBeUndefined();
  });
  it('does not join "zero three" into one number', () => {
    expect(read('zero three')?.end).toBe(1);
  });
});

describe('roundingStep and plainInterval', () => {
  it('takes one unit of the last non-zero digit as the step', () => {
    expect(roundingStep(115000)).toBe(1000);
    expect(roundingStep(1200000)).toBe(100000);
    expect(roundingStep(422)).toBe(1);
    expect(roundingStep(3.7)).toBe(0);
  });
  it('reads "115,000" as 114,500 to 115,500 and "422" exactly', () => {
    expect(plainInterval(115000, false)).toEqual({ min: 114500, max: 115500 });
    expect(plainInterval(422, false)).toEqual({ min: 422, max: 422 });
  });
  it('never reads wider than 5% of the number ("$1 billion": $0.95bn to $1.05bn)', () => {
    expect(plainInterval(1e9, true)).toEqual({ min: 0.95e9, max: 1.05e9 });
    expect(plainInterval(500000, true)).toEqual({ min: 475000, max: 525000 });
  });
});
