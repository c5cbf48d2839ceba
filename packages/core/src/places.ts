// "In Scotland, prices rose 5.9%": a sentence that opens on a place gives that place's figures.
// A record whose subject names another place (the UK's 4.7%) does not contradict them; such a
// figure ties to it only when it agrees (contract section 1: when the tie is unclear, say less).

import type { FigureFact, Sentence } from './types';

// "In Scotland,", "In Northern Ireland, where …", "In the Netherlands,": one to three capitalised
// words after an opening "In", then a comma.
const OPENS = /^[\s"“‘']*In\s+(?:the\s+)?([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2})\s*,/u;
// Not places: "In March,", "In Monday's vote,", "In Reuters' count,".
// biome-ignore format: a list
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.',
  'oct.', 'nov.', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'addition', 'total', 'all', 'general', 'particular', 'short', 'fact', 'response',
]);
// Places a record's subject may name as its whole: a nation, a union, the whole country.
const WHOLE =
  /\b(?:U\.?K\.?|United Kingdom|Great Britain|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|U\.?S\.?|United States|America|American|EU|European Union|euro ?zone|[Nn]ational|[Nn]ationwide|[Gg]lobal|[Ww]orldwide)\b/;
// Names of one country: "In Britain," is of a record of the UK.
// biome-ignore format: a table
const SAME: string[][] = [
  ['uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'british'],
  ['us', 'u.s.', 'united states', 'america', 'american'],
];

/** The place `sentence` of `text` opens on ("In Scotland, …"), lower-cased, if any. */
export function placeOf(text: string, sentence: Sentence): string | undefined {
  const m = OPENS.exec(text.slice(sentence.from, Math.min(sentence.to, sentence.from + 48)));
  if (!m) return undefined;
  const place = m[1].toLowerCase();
  return NOT_PLACES.has(place.split(/\s/)[0].replace(/['’]s$/, '')) ? undefined : place;
}

/**
 * True when `fact`'s subject names a place as its whole and neither it nor the fact's terms name
 * `place` (or another name of the same country): "In Scotland" against "UK average house price".
 */
export function otherPlace(place: string, fact: FigureFact): boolean {
  if (!WHOLE.test(fact.subject)) return false;
  const words = [fact.subject, ...(fact.terms ?? [])].map((w) => w.toLowerCase());
  const names = SAME.find((group) => group.includes(place)) ?? [place];
  const said = (name: string) => {
    const re = new RegExp(`(?<!\\p{L})${escaped(name)}(?!\\p{L})`, 'u');
    return words.some((w) => re.test(w));
  };
  return !names.some(said);
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
