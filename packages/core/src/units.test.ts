import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { inf, iv, one } from './figures.testing';

describe('extractFigures: percentages, durations and measurements', () => {
  it('reads "12%", "3.7 percent" and "12 per cent" as percentages', () => {
    expect(one('12%')).toMatchObject({ amount: 12, unit: 'percent', value: iv(12, 12) });
    expect(one('3.7 percent')).toMatchObject({ amount: 3.7, unit: 'percent' });
    expect(one('12 per cent').unit).toBe('percent');
  });
  it('does not read "cent" inside "recent" as a percentage', () => {
    expect(extractFigures('the recent maneuver')).toEqual([]);
  });
  it('reads durations in their singular unit', () => {
    expect(one('three months')).toMatchObject({ unit: 'month', amount: 3 });
    expect(one('seven years')).toMatchObject({ unit: 'year' });
    expect(one('48 hours')).toMatchObject({ unit: 'hour', value: iv(48, 48) });
    expect(one('over two nights')).toMatchObject({ unit: 'night', amount: 2 });
  });
  it('reads hours and days of a kind as durations ("14,100 flying hours", "90 working days")', () => {
    expect(one('who had 14,100 flying hours')).toMatchObject({
      text: '14,100 flying hours',
      unit: 'hour',
    });
    expect(one('within 90 working days')).toMatchObject({ unit: 'day', amount: 90 });
    expect(one('300 flying squirrels')).toMatchObject({ text: '300', unit: 'count' });
  });
  it('reads measurement units as singular lowercase words', () => {
    expect(one('10 km').unit).toBe('km');
    expect(one('5 miles').unit).toBe('mile');
    expect(one('3 tons').unit).toBe('ton');
    expect(one('40 acres').unit).toBe('acre');
    expect(one('20 kg').unit).toBe('kg');
    expect(one('a 45-acre farm')).toMatchObject({ text: '45-acre', unit: 'acre' });
  });
  it('reads temperatures with their scale: "40°C", "104 °F", "38 degrees Celsius"', () => {
    expect(one('it reached 40°C')).toMatchObject({ text: '40°C', unit: 'celsius' });
    expect(one('it reached 104 °F')).toMatchObject({ unit: 'fahrenheit', amount: 104 });
    expect(one('38 degrees Celsius')).toMatchObject({ unit: 'celsius', amount: 38 });
    expect(one('100 degrees F')).toMatchObject({ unit: 'fahrenheit' });
    expect(one('it was 24 degrees')).toMatchObject({ unit: 'degree' });
    // A capital C or F glued to the digits, as British papers write them ("40C", "104F"), unless
    // the number is a code after a name or a reference word ("Flat 4C", "seat 12F").
    expect(one('It was 40C in Amman.')).toMatchObject({ text: '40C', unit: 'celsius', amount: 40 });
    expect(one('highs of 104F')).toMatchObject({ unit: 'fahrenheit', amount: 104 });
    expect(one('a low of -5C')).toMatchObject({ unit: 'celsius', amount: -5 });
    expect(one('It was −5C overnight')).toMatchObject({ unit: 'celsius', amount: -5 });
    expect(one('The 30C heat')).toMatchObject({ unit: 'celsius', amount: 30 });
    expect(extractFigures('Flat 4C')).toEqual([]);
    expect(extractFigures('She lives at Flat 4C.')).toEqual([]);
    expect(extractFigures('He sat in seat 12F on the flight.')).toEqual([]);
  });
  it('reads "67.3pc" as a percentage, but not "5 PC"', () => {
    expect(one('turnout was 67.3pc')).toMatchObject({ unit: 'percent', amount: 67.3 });
    expect(one('inflation of 2 pc')).toMatchObject({ unit: 'percent', amount: 2 });
    expect(one('they bought 5 PC monitors')).toMatchObject({ unit: 'count', amount: 5 });
  });
  it('reads points in their own unit, not as a count: "rose by 8 points", "fell 52.3 points"', () => {
    expect(one('her share rose by 8 points')).toMatchObject({ unit: 'point', amount: 8 });
    expect(one('the index fell 52.3 points')).toMatchObject({ unit: 'point', amount: 52.3 });
    expect(one('five point five percent')).toMatchObject({ unit: 'percent', amount: 5.5 });
    expect(extractFigures('At one point, 300 people were inside.').map((f) => f.text)).toEqual([
      '300',
    ]);
    expect(
      extractFigures("Labour's lead rose by 8 points to 12 points.").map((f) => f.text),
    ).toEqual(['8 points', '12 points']);
    expect(extractFigures('Prices rose by 2 to 3 per cent.').map((f) => f.text)).toEqual([
      '2 to 3 per cent',
    ]);
  });
  it('reads the magnitude of an earthquake, written before or after the number', () => {
    expect(one('a magnitude 7.8 earthquake')).toMatchObject({ unit: 'magnitude', amount: 7.8 });
    expect(one('a 6.5-magnitude aftershock')).toMatchObject({ unit: 'magnitude', amount: 6.5 });
    expect(one('a 6.5 magnitude aftershock')).toMatchObject({ unit: 'magnitude', amount: 6.5 });
  });
  it('reads a multiple in its own unit, not as a count: "a 10-fold increase"', () => {
    expect(one('a 10-fold increase')).toMatchObject({ text: '10-fold', unit: 'fold', amount: 10 });
  });
  it('reads pence glued to the digits, and not a time: "345p", "5p.m."', () => {
    expect(one('a share price of 345p')).toMatchObject({ unit: 'GBP', amount: 3.45 });
    expect(extractFigures('he left at 5p.m.')).toEqual([]);
  });
  it('reads "fell 12p to 345p" as by how much and where it ended, not a range', () => {
    expect(extractFigures('The shares fell 12p to 345p.').map((f) => f.text)).toEqual([
      '12p',
      '345p',
    ]);
    expect(extractFigures('Oil rose by $2 to $85.').map((f) => f.text)).toEqual(['$2', '$85']);
    expect(one('The firm will cut 25 to 30 jobs.')).toMatchObject({ value: iv(25, 30) });
    expect(one('It is expected to grow 2% to 3%.')).toMatchObject({ value: iv(2, 3) });
  });
  it('reads a change of a rate in its own unit: "0.3 percentage points", "25 basis points"', () => {
    expect(one('fell 0.3 percentage points')).toMatchObject({
      text: '0.3 percentage points',
      unit: 'percentage point',
    });
    expect(one('rose 2 per cent points')).toMatchObject({ unit: 'percentage point' });
    expect(one('cut by 25 basis points')).toMatchObject({ unit: 'basis point', amount: 25 });
    expect(one('a 5 percentage point rise')).toMatchObject({ unit: 'percentage point' });
    expect(one('5 percent of voters')).toMatchObject({ unit: 'percent' });
  });
  it('reads data and power units, not as counts: "100 MB", "a 16-bit chip", "a 500 MW plant"', () => {
    expect(one('a 100 MB file')).toMatchObject({ text: '100 MB', unit: 'mb' });
    expect(one('a 500GB drive')).toMatchObject({ text: '500GB', unit: 'gb' });
    expect(one('two terabytes of leaked files')).toMatchObject({ unit: 'terabyte', amount: 2 });
    expect(one('a 16-bit chip')).toMatchObject({ text: '16-bit', unit: 'bit' });
    expect(one('a 500 MW plant')).toMatchObject({ text: '500 MW', unit: 'mw' });
    expect(one('1.2 gigawatts of solar')).toMatchObject({ unit: 'gw', amount: 1.2 });
    expect(one('2,000 kWh a year')).toMatchObject({ text: '2,000 kWh', unit: 'kwh' });
    // "TB" is as often tuberculosis in news copy: a count of cases.
    expect(one('2,000 TB cases')).toMatchObject({ unit: 'count', amount: 2000 });
  });
  it('reads speeds: "150km/h", "188 miles an hour"', () => {
    expect(one('150km/h').unit).toBe('km/h');
    expect(one('188 miles an hour').unit).toBe('mph');
  });
  it('reads a height in feet and inches as feet: "5 feet 2 inches", "a 6-foot-2 forward"', () => {
    expect(one('he is 5 feet 2 inches').amount).toBeCloseTo(5 + 2 / 12);
    expect(one('a 6-foot-2 forward')).toMatchObject({ text: '6-foot-2', unit: 'foot' });
  });
  it('reads "over" before a duration as at least, taking in both "more than" and "during", and "under" as a bound', () => {
    // "$2bn over three years" is during; "lasted over three years" more than: neither record
    // of three years nor of more is contradicted.
    expect(one('The trial lasted over three years.')).toMatchObject({
      text: 'over three years',
      amount: 3,
      value: iv(3, inf),
      unit: 'year',
      qualifier: 'over',
    });
    expect(one('The flight took under two hours.')).toMatchObject({
      text: 'under two hours',
      value: iv(-inf, 2, false, true),
      unit: 'hour',
      qualifier: 'under',
    });
    expect(one('The talks lasted over 12 hours.').value).toEqual(iv(12, inf));
    expect(one('He served over 20 children.').value).toEqual(iv(20, inf, true));
  });
});
