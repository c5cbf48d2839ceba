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
  ['czech republic', 'czech'], ['czechia', 'czech'], ['austria', 'austrian'], ['hungary', 'hungarian'],
  ['romania', 'romanian'], ['slovakia', 'slovak'], ['croatia', 'croatian'], ['serbia', 'serbian'],
  ['bulgaria', 'bulgarian'], ['portugal', 'portuguese'], ['belgium', 'belgian'], ['switzerland', 'swiss'],
  ['denmark', 'danish'], ['finland', 'finnish'], ['argentina', 'argentine'], ['chile', 'chilean'],
  ['colombia', 'colombian'], ['peru', 'peruvian'], ['cuba', 'cuban'], ['indonesia', 'indonesian'],
  ['philippines', 'philippine'], ['thailand', 'thai'], ['malaysia', 'malaysian'],
  ['bangladesh', 'bangladeshi'], ['nepal', 'nepali'], ['sri lanka', 'sri lankan'],
  ['south africa', 'south african'], ['morocco', 'moroccan'], ['algeria', 'algerian'],
  ['tunisia', 'tunisian'], ['saudi arabia', 'saudi'], ['ghana', 'ghanaian'], ['uganda', 'ugandan'],
  ['tanzania', 'tanzanian'], ['new zealand', 'new zealander'], ['taiwan', 'taiwanese'],
  ['haiti', 'haitian'], ['zimbabwe', 'zimbabwean'], ['myanmar', 'burmese'],
];

/** Countries and their adjectives, lower-cased, as news copy writes them ("syria", "syrian"). */
export const countries: readonly (readonly [country: string, adjective: string])[] = PAIRS;

// One word to one word: a term key is one word's.
const countryOf = new Map(
  PAIRS.filter(([country, adjective]) => !/\s/.test(country + adjective)).map(
    ([country, adjective]) => [termKey(adjective), termKey(country)],
  ),
);

/** Term keys with each country's adjective read as the country ("syrian" as "syria"). */
export function asCountries(keys: readonly string[]): string[] {
  return keys.map((k) => countryOf.get(k) ?? k);
}
