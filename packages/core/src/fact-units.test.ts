import { describe, expect, it } from 'vitest';
import { readFactUnit } from './fact-units';

const read = (unit: string) => {
  const r = readFactUnit(unit);
  return r.ok ? r.unit : `refused: ${r.message}`;
};

describe('readFactUnit', () => {
  it('keeps count, percent, ISO 4217 codes and the durations as they are', () => {
    for (const unit of ['count', 'percent', 'USD', 'EUR', 'PLN', 'year', 'month', 'week', 'hour'])
      expect(read(unit)).toBe(unit);
  });

  it('folds singular spellings to the unit the extractor writes for the figure', () => {
    expect(read('kilometre')).toBe('km');
    expect(read('kilometer')).toBe('km');
    expect(read('metre')).toBe('m');
    expect(read('kilogram')).toBe('kg');
    expect(read('metric ton')).toBe('tonne');
    expect(read('square kilometre')).toBe('km2');
    expect(read('square mile')).toBe('sq mile');
    expect(read('RMB')).toBe('CNY');
  });

  it('accepts the compound and speed units the extractor writes', () => {
    // biome-ignore format: a list
    for (const unit of ['km2', 'm2', 'cm2', 'sq mile', 'cu m', 'mph', 'km/h', 'tonne', 'acre',
      'nautical mile'])
      expect(read(unit)).toBe(unit);
  });

  it('refuses plurals, lower-case codes and unknown words, saying what to write', () => {
    expect(read('years')).toBe('refused: expected a singular unit: "year", not "years"');
    expect(read('feet')).toBe('refused: expected a singular unit: "foot", not "feet"');
    expect(read('usd')).toBe('refused: expected a currency code in upper case: "USD", not "usd"');
    expect(read('euro')).toBe('refused: expected the currency code "EUR", not "euro"');
    expect(read('Km')).toBe('refused: expected a lowercase unit: "km", not "Km"');
    expect(read('XYZ')).toBe('refused: expected an ISO 4217 currency code (like "USD"), not "XYZ"');
    expect(read('m²')).toMatch(/^refused: expected count, percent, .* not "m²"$/);
  });

  it('keeps any other singular lowercase word, a measurement unit by the contract', () => {
    expect(read('furlong')).toBe('furlong');
    expect(read('hogshead')).toBe('hogshead');
    expect(read('percentage point')).toBe('percentage point');
    expect(read('basis point')).toBe('basis point');
    expect(read('centigrade')).toBe('celsius');
  });

  it('stores data and power units as the extractor writes them', () => {
    expect(read('megawatt')).toBe('mw');
    expect(read('megabyte')).toBe('mb');
    expect(read('bit')).toBe('bit');
    expect(read('megabytes')).toBe('refused: expected a singular unit: "mb", not "megabytes"');
    expect(read('MB')).toBe('refused: expected a lowercase unit: "mb", not "MB"');
  });
});
