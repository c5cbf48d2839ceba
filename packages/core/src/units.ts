// The words that give a figure its unit (contract section 2): currencies,
// percent, durations and measurement units, lowercased, plural forms folded.

import { readSpelled } from './numbers';
import type { Scan } from './tokenize';
import type { Unit } from './types';

/** Currency symbols written before a number, by char code. */
export const CURRENCY_SYMBOLS = new Map<string, Unit>([
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['元', 'CNY'],
]);

/** Country prefixes glued to or just before `$` ("US$", "C$", "HK $"). */
export const DOLLAR_PREFIXES = new Map<string, Unit>([
  ['us', 'USD'],
  ['u.s', 'USD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['hk', 'HKD'],
  ['nz', 'NZD'],
  ['s', 'SGD'],
  ['usd', 'USD'],
  ['aud', 'AUD'],
  ['cad', 'CAD'],
  ['nzd', 'NZD'],
  ['hkd', 'HKD'],
  ['mxn', 'MXN'],
  ['mex', 'MXN'],
]);

/**
 * ISO 4217 codes written as words before or after a number ("USD 5",
 * "5 EUR"). Only upper case counts (see `figures.ts`); "NPR" is left out on
 * purpose: in news copy it is the radio network.
 */
// biome-ignore format: a table
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'NZD', 'SEK',
  'NOK', 'DKK', 'RUB', 'BRL', 'ZAR', 'MXN', 'TRY', 'KRW', 'SGD',
]);

/**
 * Currency words after a number ("5 dollars", "420 million euros"), with a
 * factor for subunits ("50 cents" is USD 0.50). Multi-word names are keyed
 * by their first word with the words that may follow.
 */
export const CURRENCY_WORDS = new Map<string, { unit: Unit; factor: number }>([
  ['dollar', { unit: 'USD', factor: 1 }],
  ['dollars', { unit: 'USD', factor: 1 }],
  ['cent', { unit: 'USD', factor: 0.01 }],
  ['cents', { unit: 'USD', factor: 0.01 }],
  ['euro', { unit: 'EUR', factor: 1 }],
  ['euros', { unit: 'EUR', factor: 1 }],
  ['pound', { unit: 'GBP', factor: 1 }],
  ['pounds', { unit: 'GBP', factor: 1 }],
  ['sterling', { unit: 'GBP', factor: 1 }],
  ['pence', { unit: 'GBP', factor: 0.01 }],
  ['penny', { unit: 'GBP', factor: 0.01 }],
  ['yen', { unit: 'JPY', factor: 1 }],
  ['yuan', { unit: 'CNY', factor: 1 }],
  ['renminbi', { unit: 'CNY', factor: 1 }],
  ['rupee', { unit: 'INR', factor: 1 }],
  ['rupees', { unit: 'INR', factor: 1 }],
  ['franc', { unit: 'CHF', factor: 1 }],
  ['francs', { unit: 'CHF', factor: 1 }],
  ['rouble', { unit: 'RUB', factor: 1 }],
  ['roubles', { unit: 'RUB', factor: 1 }],
  ['ruble', { unit: 'RUB', factor: 1 }],
  ['rubles', { unit: 'RUB', factor: 1 }],
]);

/** Adjectives that change a currency word ("australian dollars", "swiss francs"). */
export const CURRENCY_ADJECTIVES = new Map<string, Map<string, Unit>>([
  ['us', new Map([['dollar', 'USD']])],
  ['u.s.', new Map([['dollar', 'USD']])],
  ['american', new Map([['dollar', 'USD']])],
  ['canadian', new Map([['dollar', 'CAD']])],
  ['australian', new Map([['dollar', 'AUD']])],
  ['hong', new Map([['dollar', 'HKD']])],
  ['swiss', new Map([['franc', 'CHF']])],
  ['french', new Map([['franc', 'FRF']])],
]);

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'pct']);

/**
 * Duration and measurement unit words after a number, folded to the
 * contract's singular lowercase unit.
 */
// biome-ignore format: a table
export const UNIT_WORDS = new Map<string, Unit>([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'],
  ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'], ['hrs', 'hour'],
  ['minute', 'minute'], ['minutes', 'minute'], ['seconds', 'second'],
  ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'],
  ['kilometers', 'km'], ['mile', 'mile'], ['miles', 'mile'], ['mi', 'mile'],
  ['m', 'm'], ['metre', 'm'], ['metres', 'm'], ['meter', 'm'], ['meters', 'm'],
  ['cm', 'cm'], ['centimetre', 'cm'], ['centimetres', 'cm'], ['centimeter', 'cm'], ['centimeters', 'cm'],
  ['mm', 'mm'], ['millimetre', 'mm'], ['millimetres', 'mm'], ['millimeter', 'mm'], ['millimeters', 'mm'],
  ['foot', 'foot'], ['feet', 'foot'], ['ft', 'foot'], ['inch', 'inch'], ['inches', 'inch'],
  ['yard', 'yard'], ['yards', 'yard'],
  ['kg', 'kg'], ['kgs', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'],
  ['kilogrammes', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'], ['g', 'g'], ['gram', 'g'], ['grams', 'g'],
  ['gramme', 'g'], ['grammes', 'g'], ['mg', 'mg'], ['lb', 'lb'], ['lbs', 'lb'], ['ounce', 'ounce'],
  ['ounces', 'ounce'], ['oz', 'ounce'],
  ['ton', 'ton'], ['tons', 'ton'], ['tonne', 'tonne'], ['tonnes', 'tonne'],
  ['acre', 'acre'], ['acres', 'acre'], ['hectare', 'hectare'], ['hectares', 'hectare'], ['ha', 'hectare'],
  ['km2', 'km2'], ['m2', 'm2'],
  ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'], ['liters', 'litre'],
  ['ml', 'ml'], ['millilitre', 'ml'], ['millilitres', 'ml'], ['milliliter', 'ml'], ['milliliters', 'ml'],
  ['gallon', 'gallon'], ['gallons', 'gallon'], ['barrel', 'barrel'], ['barrels', 'barrel'],
  ['mph', 'mph'], ['kph', 'km/h'], ['kmh', 'km/h'], ['kmph', 'km/h'], ['degree', 'degree'],
  ['degrees', 'degree'], ['tablespoon', 'tablespoon'], ['tablespoons', 'tablespoon'],
  ['teaspoon', 'teaspoon'], ['teaspoons', 'teaspoon'], ['microgram', 'µg'], ['micrograms', 'µg'],
  ['μg', 'µg'], ['mcg', 'µg'], ['t', 'tonne'], ['dm', 'dm'],
]);

/**
 * How the record writes a unit after a number other than 1: the irregular plurals, and the
 * symbols, which never take one ("40 km", "5 lb"). Any other unit adds "s".
 */
// biome-ignore format: a table
export const UNIT_PLURALS = new Map<Unit, string>([
  ['foot', 'feet'], ['inch', 'inches'], ['century', 'centuries'],
  ...['km', 'm', 'cm', 'mm', 'dm', 'kg', 'g', 'mg', 'µg', 'lb', 'ml', 'km2', 'm2', 'cm2', 'mph', 'km/h',
    'm/h', 'ha', 'mw', 'gw', 'kwh'].map((s): [Unit, string] => [s, s]),
]);

/** Length units that make a speed with "per hour" / "an hour". */
const SPEEDS = new Map<Unit, Unit>([
  ['mile', 'mph'],
  ['km', 'km/h'],
  ['m', 'm/h'],
]);

/**
 * A length unit made a speed by what follows it at `k` ("miles an hour",
 * "kilometres per hour", "km/h"), or undefined.
 */
export function perHour(
  scan: Scan,
  k: number,
  unit: Unit,
): { unit: Unit; factor: number; end: number } | undefined {
  const speed = SPEEDS.get(unit);
  if (!speed || k >= scan.n) return undefined;
  const per = scan.low(k);
  const glued = per === '/' && scan.tokens[k].from === scan.tokens[k - 1].to;
  if ((per === 'per' || per === 'an' || per === 'a' || glued) && HOUR.has(scan.low(k + 1))) {
    return { unit: speed, factor: 1, end: k + 2 };
  }
  return undefined;
}

const HOUR = new Set(['hour', 'h', 'hr']);

/** Words after a unit that turn it into a compound unit ("square miles", "metric tons"). */
export const UNIT_PREFIXES = new Map<string, string>([
  ['square', 'sq '],
  ['sq', 'sq '],
  ['cubic', 'cu '],
  ['metric', ''],
]);

/** The duration units. */
export const DURATIONS = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
  'century',
]);

/**
 * The unit written at token `k` ("miles", "square metres", "australian
 * dollars", "cents" with its factor 0.01), and the index after it.
 */
export function unitAt(
  scan: Scan,
  k: number,
): { unit: Unit; factor: number; end: number } | undefined {
  const { tokens, n } = scan;
  if (k >= n || tokens[k].kind !== 'word') return undefined;
  const w = scan.low(k);
  const c = CURRENCY_WORDS.get(w);
  if (c) return { unit: c.unit, factor: c.factor, end: k + 1 };
  const u = UNIT_WORDS.get(w);
  if (u) return perHour(scan, k + 1, u) ?? { unit: u, factor: 1, end: k + 1 };
  if (k + 1 >= n || tokens[k + 1].kind !== 'word') return undefined;
  const w2 = scan.low(k + 1);
  const adjective = CURRENCY_ADJECTIVES.get(w);
  if (adjective) {
    const cu = adjective.get(w2.endsWith('s') ? w2.slice(0, -1) : w2);
    if (cu) return { unit: cu, factor: 1, end: k + 2 };
  }
  const prefix = UNIT_PREFIXES.get(w);
  const u2 = UNIT_WORDS.get(w2);
  if (prefix !== undefined && u2 && !DURATIONS.has(u2)) {
    if (prefix === '') return { unit: u2 === 'ton' ? 'tonne' : u2, factor: 1, end: k + 2 };
    // "square metres" is m2, as written "m2"; "square miles" is "sq mile".
    const metric = prefix === 'sq ' && (u2 === 'km' || u2 === 'm' || u2 === 'cm');
    return { unit: metric ? `${u2}2` : prefix + u2, factor: 1, end: k + 2 };
  }
  return undefined;
}

/** A currency written before a number at token `j` ("$", "US$", "c $", "USD"), and the index after it. */
export function currencyBefore(
  scan: Scan,
  j: number,
): { unit: Unit; end: number; factor?: number } | undefined {
  const { tokens } = scan;
  const t = tokens[j];
  if (t.kind === 'punct') {
    const unit = CURRENCY_SYMBOLS.get(t.text);
    return unit ? { unit, end: j + 1 } : undefined;
  }
  const nx = tokens[j + 1];
  const w = scan.low(j);
  const prefix = DOLLAR_PREFIXES.get(w);
  // "US$5" glued, or "us $ 150" / "c $ 16.4" spaced (not "a $5 fee").
  if (
    prefix &&
    nx?.text === '$' &&
    (nx.from === t.to || ((t.text.length > 1 || w === 'c') && nx.from === t.to + 1))
  ) {
    return { unit: prefix, end: j + 2 };
  }
  if (w === 'u' && tokens[j + 3]?.text === '$' && scan.low(j + 2) === 's')
    return { unit: 'USD', end: j + 4 };
  if (CURRENCY_CODES.has(t.text) && nx?.kind === 'number') {
    return { unit: t.text === 'RMB' ? 'CNY' : t.text, end: j + 1 };
  }
  const mega = nx?.kind === 'number' ? megaCode(t.text) : undefined;
  return mega ? { unit: mega, end: j + 1, factor: 1e6 } : undefined;
}

/** "MUSD" (millions of US dollars) as USD, else undefined. */
export function megaCode(word: string): Unit | undefined {
  if (word.length !== 4 || word.charCodeAt(0) !== 77) return undefined;
  const code = word.slice(1);
  return CURRENCY_CODES.has(code) ? code : undefined;
}

/**
 * The unit written after a number at token `k` ("%", "per cent", "EUR",
 * "10 €", "miles"), with its factor, and the index after it.
 */
export function unitAfter(
  scan: Scan,
  k: number,
): { unit: Unit; factor: number; end: number } | undefined {
  const { tokens } = scan;
  const nx = tokens[k];
  const glued = nx.from - tokens[k - 1].to <= 1;
  if (nx.kind === 'punct') {
    const after = tokens[k + 1];
    // "%20" inside a URL is not a percentage.
    if (nx.text === '%' && glued && !(after && after.kind !== 'punct' && after.from === nx.to)) {
      return { unit: 'percent', factor: 1, end: k + 1 };
    }
    const symbol = CURRENCY_SYMBOLS.get(nx.text);
    return symbol && glued ? { unit: symbol, factor: 1, end: k + 1 } : undefined;
  }
  if (nx.kind !== 'word') return undefined;
  const w = scan.low(k);
  if (PERCENT_WORDS.has(w)) return { unit: 'percent', factor: 1, end: k + 1 };
  if (w === 'per' && scan.low(k + 1) === 'cent') return { unit: 'percent', factor: 1, end: k + 2 };
  // "5 EUR", "half million usd"; not "try" the verb.
  const code = nx.text.toUpperCase();
  if (CURRENCY_CODES.has(code) && (code === nx.text || w !== 'try')) {
    return { unit: code === 'RMB' ? 'CNY' : code, factor: 1, end: k + 1 };
  }
  // "30 MUSD", "120 MEUR": millions in finance copy.
  const mega = megaCode(nx.text);
  if (mega) return { unit: mega, factor: 1e6, end: k + 1 };
  return unitAt(scan, k);
}

/** The cents after "3 dollars": "50 cents", "and forty-five cents", or "50" closing the clause. */
export function subunit(scan: Scan, k: number): { value: number; end: number } | undefined {
  const { tokens } = scan;
  const j = scan.low(k) === 'and' ? k + 1 : k;
  const t = tokens[j];
  if (!t) return undefined;
  const spelled = t.kind === 'word' ? readSpelled(scan, j) : undefined;
  const value = spelled
    ? spelled.value
    : t.kind === 'number' && /^\d\d?$/.test(t.text)
      ? Number(t.text)
      : -1;
  const end = spelled ? spelled.end : j + 1;
  if (!(value >= 1 && value < 100 && Number.isInteger(value))) return undefined;
  const after = scan.low(end);
  if (after === 'cents' || after === 'cent' || after === 'pence' || after === 'p')
    return { value, end: end + 1 };
  const next = tokens[end];
  return !next || next.text === '.' || next.text === ',' || next.text === ';'
    ? { value, end }
    : undefined;
}
