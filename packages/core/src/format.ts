// What the record says, written as a reporter would write it: "422", "more than 500,000",
// "$2.5bn", "3 months", "July 21, 2018", and the source label every verdict shows.
import { decimals, plain, scaledDecimals, shift } from './number-text';
import type { Fact, Interval } from './types';
import { UNIT_PLURALS, UNIT_SYMBOLS } from './units';

export { formatLike } from './format-like';

const symbols: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };

/**
 * A number with its unit, exactly: "422", "12%", "4.125%", "$2.5bn", "$2.549bn", "$1,234,567",
 * "7 years", "30 feet", "40 km", "10-fold", "magnitude 7.8". Money is scaled to "bn" or "m" only when that takes at most
 * three decimals; otherwise every digit is written.
 */
export function formatAmount(n: number, unit = 'count'): string {
  if (unit === 'count') return plain(n);
  if (unit === 'fold') return `${plain(n)}-fold`;
  if (unit === 'magnitude') return `magnitude ${plain(n)}`;
  if (unit === 'percent') return `${plain(n)}%`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const scaled = scaledMoney(n);
    return symbols[unit] ? `${symbols[unit]}${scaled}` : `${scaled} ${unit}`;
  }
  return `${plain(n)} ${n === 1 ? (UNIT_SYMBOLS.get(unit) ?? unit) : pluralOf(unit)}`;
}

// The powers of ten money is scaled to, largest first ("$2.5bn", "$1.5m").
const moneyScales: readonly [power: number, suffix: string][] = [
  [9, 'bn'],
  [6, 'm'],
];

function scaledMoney(n: number): string {
  const a = Math.abs(n);
  for (const [power, suffix] of moneyScales) {
    if (a < 10 ** power) continue;
    const m = shift(n, -power);
    return decimals(m) <= scaledDecimals ? `${plain(m)}${suffix}` : plain(n);
  }
  return plain(n);
}

/** A unit after a number other than 1: "feet", "inches", "km", "sq miles", "years". */
function pluralOf(unit: string): string {
  const known = UNIT_PLURALS.get(unit);
  if (known !== undefined) return known;
  // A compound unit ("sq mile", "cu foot") takes the plural of its last word.
  const space = unit.lastIndexOf(' ');
  if (space > 0) return `${unit.slice(0, space + 1)}${pluralOf(unit.slice(space + 1))}`;
  if (/(?:s|x|z|ch|sh)$/.test(unit)) return `${unit}es`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}

/** An interval as words: "422", "more than 500,000", "between 30 and 40", "at most 5%". */
export function formatInterval(v: Interval, unit = 'count'): string {
  const { min, max } = v;
  if (min !== undefined && max !== undefined) {
    if (min === max) return formatAmount(min, unit);
    return `between ${formatAmount(min, unit)} and ${formatAmount(max, unit)}`;
  }
  if (min !== undefined)
    return `${v.minExclusive ? 'more than' : 'at least'} ${formatAmount(min, unit)}`;
  if (max !== undefined)
    return `${v.maxExclusive ? 'fewer than' : 'at most'} ${formatAmount(max, unit)}`;
  return 'any amount';
}

// biome-ignore format: a table
const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

/** A date as prose: "July 21, 2018", "June 2018", "2011". */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${months[Number(m) - 1]} ${Number(d)}, ${y}`;
  if (m) return `${months[Number(m) - 1]} ${y}`;
  return y;
}

/** The weekday of a `YYYY-MM-DD` date ("Saturday"). */
export function weekdayOf(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  ];
}

/** Where a fact comes from, as every verdict shows it: "Ayman Safadi (tweet), as of 2018-07-22". */
export function sourceLabel(fact: Fact): string {
  const when = fact.asOf
    ? `, as of ${fact.asOf}`
    : fact.source.publishedAt
      ? `, ${fact.source.publishedAt}`
      : '';
  return `${fact.source.name}${when}`;
}

const records = new WeakMap<Fact, string>();

/** What a fact records, in words: its value, date, quote or speaker. */
export function recordOf(fact: Fact): string {
  let out = records.get(fact);
  if (out === undefined) {
    out = writeRecord(fact);
    records.set(fact, out);
  }
  return out;
}

function writeRecord(fact: Fact): string {
  switch (fact.kind) {
    case 'figure':
      return formatInterval(
        typeof fact.value === 'number' ? { min: fact.value, max: fact.value } : fact.value,
        fact.unit,
      );
    case 'date':
      return formatDate(fact.value);
    case 'quote':
      return `“${fact.text}” (${fact.speaker.name})`;
    case 'statement':
      return `${fact.speaker.name}${fact.channel ? ` (${fact.channel})` : ''}`;
  }
}
