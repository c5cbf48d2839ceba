// The currencies the extractor reads (contract section 2): symbols, country prefixes, words,
// adjectives and codes, and the readers of a currency before a number or named by its country.

import { CURRENCY_CODES } from './currency-codes';
import type { Scan } from './tokenize';
import type { Unit } from './types';

export { CURRENCY_CODES } from './currency-codes';

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
  ['r', 'BRL'],
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
  // One country's alone, so a figure needs no adjective: "one billion zlotys".
  ...(
    [
      ['PLN', 'zloty', 'zlotys', 'zlotych'],
      ['HUF', 'forint', 'forints'],
      ['CZK', 'koruna', 'korunas', 'koruny'],
      ['UAH', 'hryvnia', 'hryvnias'],
      ['ILS', 'shekel', 'shekels'],
      ['NGN', 'naira', 'nairas'],
      ['THB', 'baht'],
      ['MYR', 'ringgit', 'ringgits'],
      ['IDR', 'rupiah', 'rupiahs'],
      ['TRY', 'lira', 'lire', 'liras'],
      ['GHS', 'cedi', 'cedis'],
      ['ETB', 'birr', 'birrs'],
      ['ZAR', 'rand'],
    ] as const
  ).flatMap(([unit, ...words]) =>
    words.map((w) => [w, { unit: unit as Unit, factor: 1 }] as const),
  ),
]);

/**
 * Adjectives that name a currency word's country ("australian dollars", "swiss francs", "syrian
 * pounds", "hong kong dollars"): the word's currency, by its singular. Some words are currencies
 * only with their adjective ("turkish lira"; "swedish crowns", as Reuters writes the krona).
 */
// biome-ignore format: a table
export const CURRENCY_ADJECTIVES = new Map<string, Map<string, Unit>>(
  Object.entries({
    us: { dollar: 'USD' }, 'u.s.': { dollar: 'USD' }, american: { dollar: 'USD' },
    canadian: { dollar: 'CAD' }, australian: { dollar: 'AUD' }, 'hong kong': { dollar: 'HKD' },
    'new zealand': { dollar: 'NZD' }, singapore: { dollar: 'SGD' }, taiwan: { dollar: 'TWD' },
    'new taiwan': { dollar: 'TWD' }, swiss: { franc: 'CHF' }, french: { franc: 'FRF' },
    british: { pound: 'GBP' }, egyptian: { pound: 'EGP' }, lebanese: { pound: 'LBP' },
    syrian: { pound: 'SYP' }, sudanese: { pound: 'SDG' }, chinese: { yuan: 'CNY', renminbi: 'CNY' },
    japanese: { yen: 'JPY' }, indian: { rupee: 'INR' }, pakistani: { rupee: 'PKR' },
    'sri lankan': { rupee: 'LKR' }, nepalese: { rupee: 'NPR' }, indonesian: { rupiah: 'IDR' },
    russian: { rouble: 'RUB', ruble: 'RUB' }, belarusian: { rouble: 'BYN', ruble: 'BYN' },
    turkish: { lira: 'TRY', lire: 'TRY' }, mexican: { peso: 'MXN' }, argentine: { peso: 'ARS' },
    argentinian: { peso: 'ARS' }, chilean: { peso: 'CLP' }, colombian: { peso: 'COP' },
    philippine: { peso: 'PHP' }, brazilian: { real: 'BRL', reais: 'BRL' },
    'south african': { rand: 'ZAR' }, 'south korean': { won: 'KRW' }, korean: { won: 'KRW' },
    'north korean': { won: 'KPW' }, swedish: { krona: 'SEK', kronor: 'SEK', crown: 'SEK' },
    norwegian: { krone: 'NOK', kroner: 'NOK', crown: 'NOK' },
    danish: { krone: 'DKK', kroner: 'DKK', crown: 'DKK' },
    icelandic: { krona: 'ISK', kronur: 'ISK', crown: 'ISK' }, czech: { koruna: 'CZK', crown: 'CZK' },
    polish: { zloty: 'PLN' },
    hungarian: { forint: 'HUF' }, ukrainian: { hryvnia: 'UAH', hryvnias: 'UAH' },
    israeli: { shekel: 'ILS' }, saudi: { riyal: 'SAR' }, qatari: { riyal: 'QAR' },
    iranian: { rial: 'IRR' }, omani: { rial: 'OMR' }, yemeni: { rial: 'YER' },
    iraqi: { dinar: 'IQD' }, jordanian: { dinar: 'JOD' }, kuwaiti: { dinar: 'KWD' },
    libyan: { dinar: 'LYD' }, algerian: { dinar: 'DZD' }, tunisian: { dinar: 'TND' },
    moroccan: { dirham: 'MAD' }, emirati: { dirham: 'AED' }, nigerian: { naira: 'NGN' },
    kenyan: { shilling: 'KES' }, ugandan: { shilling: 'UGX' }, tanzanian: { shilling: 'TZS' },
    ghanaian: { cedi: 'GHS' }, ethiopian: { birr: 'ETB' }, thai: { baht: 'THB' },
    vietnamese: { dong: 'VND' }, malaysian: { ringgit: 'MYR' }, afghan: { afghani: 'AFN' },
  }).map(([adjective, words]) => [adjective, new Map(Object.entries(words))]),
);
/**
 * The currency of an adjective and a currency word at token `k` ("syrian pounds", "hong kong
 * dollars"), and the index after them.
 */
export function currencyOf(
  scan: Scan,
  k: number,
): { unit: Unit; factor: number; end: number } | undefined {
  const w = scan.low(k);
  for (const [words, at] of [
    [`${w} ${scan.low(k + 1)}`, k + 2],
    [w, k + 1],
  ] as const) {
    const adjective = CURRENCY_ADJECTIVES.get(words);
    const t = scan.tokens[at];
    if (!adjective || t?.kind !== 'word') continue;
    const word = scan.low(at);
    // "5,000 Danish Crown employees": the meat company, a name; the currency is lower case.
    if (word.startsWith('crown') && t.text !== word) continue;
    const cu =
      adjective.get(word) ?? (word.endsWith('s') ? adjective.get(word.slice(0, -1)) : undefined);
    if (cu) return { unit: cu, factor: 1, end: at + 1 };
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
  // "Rs 500 crore", "Rs. 500": rupees, as Indian and Pakistani copy writes them (taken as INR).
  if (t.text === 'Rs') {
    const dot = nx?.text === '.' && nx.from === t.to ? 1 : 0;
    if (tokens[j + 1 + dot]?.kind === 'number') return { unit: 'INR', end: j + 1 + dot };
  }
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
