import { describe, expect, it } from 'vitest';
import { parseNumeral, readSpelled } from './numbers';
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
  it('refuses a numeral too large to be finite (400 digits)', () => {
    expect(parseNumeral('9'.repeat(400))).toBeUndefined();
    expect(parseNumeral(`1${',000'.repeat(110)}`)).toBeUndefined();
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
