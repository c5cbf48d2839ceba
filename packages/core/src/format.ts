// What the record says, written as a reporter would write it: "422", "more than 500,000",
// "$2.5bn", "3 months", "July 21, 2018", and the source label every verdict shows.
import type { Fact, FigureClaim, Interval } from './types';

const symbols: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };
const compact = new Set(['km', 'kg', 'mph', 'cm', 'mm', 'ha', 'mw', 'gw', 'kwh']);

// One formatter for all: `toLocaleString` builds a new one on every call, which is slow.
const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function plain(n: number): string {
  // Whole numbers, by far the most common, are grouped by hand: `format` costs a microsecond.
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
  }
  return numbers.format(n);
}

/** A number with its unit: "422", "12%", "$2.5bn", "7 years", "40 km". */
export function formatAmount(n: number, unit = 'count'): string {
  if (unit === 'count') return plain(n);
  if (unit === 'percent') return `${plain(n)}%`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const a = Math.abs(n);
    const scaled = a >= 1e9 ? `${plain(n / 1e9)}bn` : a >= 1e6 ? `${plain(n / 1e6)}m` : plain(n);
    return symbols[unit] ? `${symbols[unit]}${scaled}` : `${scaled} ${unit}`;
  }
  if (compact.has(unit)) return `${plain(n)} ${unit}`;
  return `${plain(n)} ${unit}${n === 1 ? '' : 's'}`;
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
const spelled = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
];
const spelledPattern = new RegExp(`\\b(?:${spelled.join('|')})\\b`, 'i');
const scaleWords: [RegExp, number][] = [
  [/^\s?(?:bn|billion|b)\b/i, 1e9],
  [/^\s?(?:m|mn|million)\b/i, 1e6],
  [/^\s?(?:k|thousand)\b/i, 1e3],
];

/**
 * The record's exact value written in the style of the prose figure it replaces: digits, commas,
 * scale and currency sign as the prose wrote them ("nearly 500" → "422", "$2.1bn" → "$2.5bn",
 * "three months" → "four months"). A qualifier is dropped, since the record is exact. Undefined
 * when the prose figure has no number to replace.
 */
export function formatLike(value: number, claim: FigureClaim): string | undefined {
  let text = claim.text;
  if (claim.qualifier && text.toLowerCase().startsWith(claim.qualifier))
    text = text.slice(claim.qualifier.length).trimStart();
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) {
    const after = text.slice(digits.index + digits[0].length);
    const scale = scaleWords.find(([re]) => re.test(after))?.[1] ?? 1;
    const n = value / scale;
    const commas = digits[0].includes(',') || (n >= 10_000 && scale === 1);
    const written = commas ? plain(n) : String(Math.round(n * 100) / 100);
    return text.slice(0, digits.index) + written + after;
  }
  const word = spelledPattern.exec(text);
  if (word && Number.isInteger(value) && value >= 0) {
    const w = value < spelled.length ? spelled[value] : plain(value);
    const cased = word[0][0] === word[0][0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w;
    return text.slice(0, word.index) + cased + text.slice(word.index + word[0].length);
  }
  return undefined;
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
