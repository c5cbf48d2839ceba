// The words that give a figure its unit (contract section 2): percent, durations and
// measurement units, lowercased, plural forms folded; currency words come from `currencies.ts`.

import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  currencyOf,
  megaCode,
} from './currencies';
import { DET, lexicon, STOP } from './lexicon';
import { isCapital, isReferenceWord } from './non-figures';
import { readSpelled } from './numbers';
import type { Scan } from './tokenize';
import type { Unit } from './types';

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'pct']);

/**
 * True when token `k` makes the number before it a percentage: a percent word, or "pc" in lower
 * case ("67.3pc", as British papers write it; not "5 PC").
 */
export const isPercentWord = (scan: Scan, k: number) =>
  PERCENT_WORDS.has(scan.low(k)) || scan.tokens[k]?.text === 'pc';

/**
 * Duration and measurement unit words after a number, folded to the
 * contract's singular lowercase unit.
 */
// biome-ignore format: a table
export const UNIT_WORDS = new Map<string, Unit>([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'],
  ['day', 'day'], ['days', 'day'], ['night', 'night'], ['nights', 'night'], ['hour', 'hour'], ['hours', 'hour'], ['hrs', 'hour'],
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
  ['fold', 'fold'], ['point', 'point'], ['points', 'point'], ['pts', 'point'],
  ['magnitude', 'magnitude'],
  ['acre', 'acre'], ['acres', 'acre'], ['hectare', 'hectare'], ['hectares', 'hectare'], ['ha', 'hectare'],
  ['km2', 'km2'], ['m2', 'm2'],
  ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'], ['liters', 'litre'],
  ['ml', 'ml'], ['millilitre', 'ml'], ['millilitres', 'ml'], ['milliliter', 'ml'], ['milliliters', 'ml'],
  ['gallon', 'gallon'], ['gallons', 'gallon'], ['barrel', 'barrel'], ['barrels', 'barrel'],
  ['mph', 'mph'], ['kph', 'km/h'], ['kmh', 'km/h'], ['kmph', 'km/h'], ['degree', 'degree'],
  ['degrees', 'degree'], ['tablespoon', 'tablespoon'], ['tablespoons', 'tablespoon'],
  ['teaspoon', 'teaspoon'], ['teaspoons', 'teaspoon'], ['microgram', 'µg'], ['micrograms', 'µg'],
  ['μg', 'µg'], ['mcg', 'µg'], ['t', 'tonne'], ['dm', 'dm'],
  // Data ("100 MB", "a 16-bit chip"; not "TB", which in news copy is as often tuberculosis).
  ['bit', 'bit'], ['bits', 'bit'], ['byte', 'byte'], ['bytes', 'byte'],
  ['kb', 'kb'], ['kilobyte', 'kb'], ['kilobytes', 'kb'], ['mb', 'mb'], ['megabyte', 'mb'],
  ['megabytes', 'mb'], ['gb', 'gb'], ['gigabyte', 'gb'], ['gigabytes', 'gb'], ['terabyte', 'terabyte'],
  ['terabytes', 'terabyte'],
  // Power and energy ("a 500 MW plant", "2,000 kWh a year").
  ['kw', 'kw'], ['kilowatt', 'kw'], ['kilowatts', 'kw'], ['mw', 'mw'], ['megawatt', 'mw'],
  ['megawatts', 'mw'], ['gw', 'gw'], ['gigawatt', 'gw'], ['gigawatts', 'gw'], ['kwh', 'kwh'],
  ['mwh', 'mwh'], ['gwh', 'gwh'],
  // Temperatures ("40°C", "104 degrees Fahrenheit"); "24 degrees" alone is `degree`.
  ['celsius', 'celsius'], ['centigrade', 'celsius'], ['fahrenheit', 'fahrenheit'],
]);

/** The scale after "degrees" or "°": a word, or a capital letter ("40°C", "40 degrees F"). */
function temperatureAt(scan: Scan, k: number): Unit | undefined {
  const t = scan.tokens[k];
  if (t?.kind !== 'word') return undefined;
  if (t.text === 'C') return 'celsius';
  if (t.text === 'F') return 'fahrenheit';
  const u = UNIT_WORDS.get(scan.low(k));
  return u === 'celsius' || u === 'fahrenheit' ? u : undefined;
}

/**
 * The scale of "40C" or "104F": a capital C or F glued to the number at token `j`, with the
 * value `value`, read as a temperature when it could be one (-90 to 60 °C, -130 to 140 °F) and
 * the number follows no name (a capitalised word other than a function word) or reference word:
 * "Flat 4C", "seat 12F" are codes, "The 30C heat" is a temperature.
 */
export function gluedScale(scan: Scan, k: number, j: number, value: number): Unit | undefined {
  const t = scan.tokens[k];
  const unit = t.text === 'C' ? 'celsius' : t.text === 'F' ? 'fahrenheit' : undefined;
  if (!unit || (unit === 'celsius' ? value < -90 || value > 60 : value < -130 || value > 140))
    return undefined;
  const prev = scan.tokens[j - 1];
  if (prev?.kind !== 'word') return unit;
  const low = scan.low(j - 1);
  // A capitalised function word starts a sentence ("The 30C heat", "In London 40C"): no name.
  const name = isCapital(prev.text) && !((lexicon.get(low) ?? 0) & (STOP | DET));
  return name || isReferenceWord(low) ? undefined : unit;
}

/** How the record writes the symbols whose case the unit's lowercase loses ("100 MB", "5 kW"). */
// biome-ignore format: a table
export const UNIT_SYMBOLS = new Map<Unit, string>([
  ['kb', 'KB'], ['mb', 'MB'], ['gb', 'GB'], ['kw', 'kW'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'],
  ['mwh', 'MWh'], ['gwh', 'GWh'], ['celsius', '°C'], ['fahrenheit', '°F'],
]);

/**
 * How the record writes a unit after a number other than 1: the irregular plurals, and the
 * symbols, which never take one ("40 km", "5 lb", "100 MB"). Any other unit adds "s".
 */
// biome-ignore format: a table
export const UNIT_PLURALS = new Map<Unit, string>([
  ['foot', 'feet'], ['inch', 'inches'], ['century', 'centuries'],
  ...['km', 'm', 'cm', 'mm', 'dm', 'kg', 'g', 'mg', 'µg', 'lb', 'ml', 'km2', 'm2', 'cm2', 'mph', 'km/h',
    'm/h', 'ha'].map((s): [Unit, string] => [s, s]),
  ...UNIT_SYMBOLS,
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

// Currency words that are names as well, read as money only in lower case.
const NAMES_TOO = new Set(['rand', 'lira', 'lire', 'real']);

/** Words before a unit that make a compound unit ("square miles", "metric tons", "nautical miles"). */
export const UNIT_PREFIXES = new Map<string, string>([
  ['square', 'sq '],
  ['sq', 'sq '],
  ['cubic', 'cu '],
  ['metric', ''],
  ['nautical', 'nautical '],
]);

/** The duration units. */
export const DURATIONS = new Set([
  'year',
  'month',
  'week',
  'day',
  'night',
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
  // "5 million Rand Water customers": a name, not the currency, when capitalised.
  if (c && !(NAMES_TOO.has(w) && tokens[k].text !== w))
    return { unit: c.unit, factor: c.factor, end: k + 1 };
  const u = UNIT_WORDS.get(w);
  if (u === 'degree') {
    const scale = temperatureAt(scan, k + 1);
    if (scale) return { unit: scale, factor: 1, end: k + 2 };
  }
  if (u) return perHour(scan, k + 1, u) ?? { unit: u, factor: 1, end: k + 1 };
  if (k + 1 >= n || tokens[k + 1].kind !== 'word') return undefined;
  const w2 = scan.low(k + 1);
  const currency = currencyOf(scan, k);
  if (currency) return currency;
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

/** `unit` when "point" or "points" is at token `k` ("percentage points", "basis points"). */
function pointsAt(
  scan: Scan,
  k: number,
  unit: Unit,
): { unit: Unit; factor: number; end: number } | undefined {
  const w = scan.low(k);
  return w === 'point' || w === 'points' ? { unit, factor: 1, end: k + 1 } : undefined;
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
    if (nx.text === '°' && glued) {
      const scale = temperatureAt(scan, k + 1);
      return scale
        ? { unit: scale, factor: 1, end: k + 2 }
        : { unit: 'degree', factor: 1, end: k + 1 };
    }
    const symbol = CURRENCY_SYMBOLS.get(nx.text);
    return symbol && glued ? { unit: symbol, factor: 1, end: k + 1 } : undefined;
  }
  if (nx.kind !== 'word') return undefined;
  const w = scan.low(k);
  // A change of a rate ("fell 0.3 percentage points", "cut by 25 basis points") is not a rate:
  // it must not tie to a record in percent.
  const cent =
    w === 'per' && scan.low(k + 1) === 'cent' ? k + 2 : isPercentWord(scan, k) ? k + 1 : -1;
  if (cent > 0)
    return pointsAt(scan, cent, 'percentage point') ?? { unit: 'percent', factor: 1, end: cent };
  if (w === 'basis') return pointsAt(scan, k + 1, 'basis point');
  // "5 EUR", "half million usd"; not "try" the verb.
  const code = nx.text.toUpperCase();
  if (CURRENCY_CODES.has(code) && (code === nx.text || w !== 'try')) {
    return { unit: code === 'RMB' ? 'CNY' : code, factor: 1, end: k + 1 };
  }
  // "30 MUSD", "120 MEUR": millions in finance copy.
  const mega = megaCode(nx.text);
  if (mega) return { unit: mega, factor: 1e6, end: k + 1 };
  const unit = unitAt(scan, k);
  if (unit || !TIMED.has(w) || tokens[k + 1]?.kind !== 'word') return unit;
  // "14,100 flying hours", "90 working days": hours and days of a kind.
  const timed = unitAt(scan, k + 1);
  return timed && DURATIONS.has(timed.unit) ? timed : undefined;
}

// Words that say which hours or days a duration counts.
// biome-ignore format: a list
const TIMED = new Set([
  'flying', 'flight', 'working', 'business', 'school', 'trading', 'calendar', 'consecutive',
  'straight', 'billable', 'man', 'person', 'sunshine', 'teaching', 'training', 'shooting',
]);

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
