// The unit of a figure fact, read as the extractor writes units (contract sections 1 and 2). A
// figure ties only to a fact of the same unit, so a fact unit the extractor never produces
// ("years", "usd", "XYZ") would leave every figure about it unsourced, contradictions hidden.
import {
  CURRENCY_ADJECTIVES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
} from './currencies';
import { DURATIONS, UNIT_PREFIXES, UNIT_WORDS } from './units';

/** A fact's unit as the checker compares it, or why it cannot be one. */
export type FactUnit = { ok: true; unit: string } | { ok: false; message: string };

// The currencies the extractor writes: the codes it reads, and those of symbols and words.
const extractorCurrencies = new Set<string>([
  ...CURRENCY_CODES,
  ...CURRENCY_SYMBOLS.values(),
  ...DOLLAR_PREFIXES.values(),
  ...[...CURRENCY_WORDS.values()].map((c) => c.unit),
  ...[...CURRENCY_ADJECTIVES.values()].flatMap((m) => [...m.values()]),
]);

// ISO 4217 as the runtime knows it; without Intl.supportedValuesOf any three capitals pass.
const isoCurrencies: ReadonlySet<string> | undefined =
  typeof Intl.supportedValuesOf === 'function'
    ? new Set(Intl.supportedValuesOf('currency'))
    : undefined;

const isCurrency = (code: string) =>
  extractorCurrencies.has(code) ||
  (isoCurrencies ? isoCurrencies.has(code) : /^[A-Z]{3}$/.test(code));

// "square metres" is written m2, as the extractor writes it.
const metricAreas = new Set(['km', 'm', 'cm']);

// The units the extractor writes after a number: durations, measurement units, and the
// compounds `unitAt` builds ("sq mile", "cu m", "km2") and the speeds of `perHour`.
const measures = new Set<string>([...DURATIONS, ...UNIT_WORDS.values(), 'cm2', 'm/h']);
for (const unit of UNIT_WORDS.values()) {
  if (DURATIONS.has(unit)) continue;
  measures.add(`cu ${unit}`);
  if (!metricAreas.has(unit)) measures.add(`sq ${unit}`);
}

// "kilometres", "feet", "yrs": plural words the extractor reads, refused as fact units (the
// contract asks for a singular word) with the unit to write instead.
const isPlural = (word: string, unit: string) =>
  word !== unit && (word.endsWith('s') || word === 'feet');

/** The singular word (or compound) `word` stands for, as the extractor writes it. */
function measureOf(word: string): { unit: string; plural: boolean } | undefined {
  if (measures.has(word)) return { unit: word, plural: false };
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) return { unit, plural: isPlural(word, unit) };
  // "square kilometre" is written km2 by the extractor, "square mile" sq mile, "metric ton" tonne.
  const [first, second, ...rest] = word.split(' ');
  const prefix = UNIT_PREFIXES.get(first);
  const inner = second !== undefined && rest.length === 0 ? measureOf(second) : undefined;
  if (prefix === undefined || !inner || DURATIONS.has(inner.unit) || inner.unit.includes(' '))
    return undefined;
  if (prefix === '') return { ...inner, unit: inner.unit === 'ton' ? 'tonne' : inner.unit };
  const metric = prefix === 'sq ' && metricAreas.has(inner.unit);
  return { unit: metric ? `${inner.unit}2` : prefix + inner.unit, plural: inner.plural };
}

const expected =
  'expected count, percent, an ISO 4217 currency code (USD), a duration (year, month, week, ' +
  'day, hour) or a measurement unit as a singular lowercase word (km, mile, kg, ton, acre)';

/**
 * Reads the `unit` of a figure fact as the extractor writes units, so that a figure can tie to
 * it: `count`, `percent`, an upper-case ISO 4217 code (`RMB` is `CNY`), a duration, or a
 * measurement unit as a singular lowercase word, the spellings the extractor knows folded as it
 * writes them ("kilometre" and "kilometer" are `km`, "metric ton" is `tonne`). Plurals of the
 * units it knows ("years"), lower-case currency codes ("usd"), currency words ("euro"), codes
 * that are not ISO 4217 ("XYZ") and anything but a lowercase word ("Km", "m²") are refused,
 * each with a message that says what to write.
 */
export function readFactUnit(unit: string): FactUnit {
  if (unit === 'count' || unit === 'percent') return { ok: true, unit };
  if (/^[A-Z]{3}$/.test(unit)) {
    if (unit === 'RMB') return { ok: true, unit: 'CNY' };
    return isCurrency(unit)
      ? { ok: true, unit }
      : { ok: false, message: `expected an ISO 4217 currency code (like "USD"), not "${unit}"` };
  }
  const measure = measureOf(unit);
  if (measure && !measure.plural) return { ok: true, unit: measure.unit };
  if (measure)
    return { ok: false, message: `expected a singular unit: "${measure.unit}", not "${unit}"` };
  const upper = unit.toUpperCase();
  if (/^[a-z]{3}$/.test(unit) && extractorCurrencies.has(upper))
    return {
      ok: false,
      message: `expected a currency code in upper case: "${upper}", not "${unit}"`,
    };
  const lower = unit.toLowerCase();
  if (lower !== unit && readFactUnit(lower).ok)
    return { ok: false, message: `expected a lowercase unit: "${lower}", not "${unit}"` };
  const money = CURRENCY_WORDS.get(lower);
  if (money?.factor === 1)
    return { ok: false, message: `expected the currency code "${money.unit}", not "${unit}"` };
  // Any other singular lowercase word is a measurement unit by the contract ("furlong",
  // "megawatt"), even one the extractor does not read yet.
  if (/^[a-z]+(?: [a-z]+)?$/.test(unit)) return { ok: true, unit };
  return { ok: false, message: `${expected}, not "${unit}"` };
}
