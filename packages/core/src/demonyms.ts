// A country's name and its adjective name one speaker: "Syria's government" is "the Syrian
// government", "Israel's army" "the Israeli army".

import { termKey } from './terms';

// Countries and their adjectives, as news copy writes them.
// biome-ignore format: a table
const PAIRS: [country: string, adjective: string][] = [
  ['syria', 'syrian'], ['jordan', 'jordanian'], ['israel', 'israeli'], ['iraq', 'iraqi'],
  ['iran', 'iranian'], ['russia', 'russian'], ['ukraine', 'ukrainian'], ['china', 'chinese'],
  ['america', 'american'], ['britain', 'british'], ['france', 'french'], ['germany', 'german'],
  ['turkey', 'turkish'], ['egypt', 'egyptian'], ['lebanon', 'lebanese'], ['japan', 'japanese'],
  ['india', 'indian'], ['pakistan', 'pakistani'], ['afghanistan', 'afghan'], ['canada', 'canadian'],
  ['mexico', 'mexican'], ['brazil', 'brazilian'], ['italy', 'italian'], ['spain', 'spanish'],
  ['poland', 'polish'], ['qatar', 'qatari'], ['yemen', 'yemeni'], ['libya', 'libyan'],
  ['sudan', 'sudanese'], ['nigeria', 'nigerian'], ['kenya', 'kenyan'], ['korea', 'korean'],
  ['vietnam', 'vietnamese'], ['palestine', 'palestinian'], ['europe', 'european'],
  ['australia', 'australian'], ['greece', 'greek'], ['sweden', 'swedish'], ['norway', 'norwegian'],
  ['netherlands', 'dutch'], ['ethiopia', 'ethiopian'], ['somalia', 'somali'], ['venezuela', 'venezuelan'],
];

/** Countries and their adjectives, lower-cased, as news copy writes them ("syria", "syrian"). */
export const countries: readonly (readonly [country: string, adjective: string])[] = PAIRS;

const countryOf = new Map(
  PAIRS.map(([country, adjective]) => [termKey(adjective), termKey(country)]),
);

/** Term keys with each country's adjective read as the country ("syrian" as "syria"). */
export function asCountries(keys: readonly string[]): string[] {
  return keys.map((k) => countryOf.get(k) ?? k);
}
