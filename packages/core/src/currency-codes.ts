// The currency codes the extractor reads, in a module of their own: the tokenizer needs them too.

/**
 * ISO 4217 codes written as words before or after a number ("USD 5",
 * "5 EUR", glued: "EUR2.5bn"). Only upper case counts (see `figures.ts`); "NPR" is left out on
 * purpose: in news copy it is the radio network.
 */
// biome-ignore format: a table
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'NZD', 'SEK',
  'NOK', 'DKK', 'RUB', 'BRL', 'ZAR', 'MXN', 'TRY', 'KRW', 'SGD',
]);
