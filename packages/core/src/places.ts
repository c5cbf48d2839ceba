// "In Scotland, prices rose 5.9%", "Prices rose 5.9% in Scotland": a sentence that opens on a
// place, or a figure's clause that names one with "in", gives that place's figures. A record
// whose subject names another place (the UK's 4.7%) does not contradict them; such a figure ties
// to it only when it agrees (contract section 1: when the tie is unclear, say less).

import type { FigureFact, Sentence, Span } from './types';

// "In Scotland,", "In Northern Ireland, where …", "In the Netherlands,": one to three capitalised
// words after an opening "In", then a comma.
const OPENS = /^[\s"“‘']*In\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})\s*,/u;
// Not places: "In March,", "In Monday's vote,", "In Reuters' count,".
// biome-ignore format: a list
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'addition', 'total', 'all', 'general', 'particular', 'short', 'fact', 'response',
]);
// Places a record's subject may name as its whole: a nation, a union, the whole country; not
// "National Party".
const WHOLE =
  /\b(?:U\.?K\.?|United Kingdom|Great Britain|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|U\.?S\.?|United States|America|American|EU|European Union|euro ?zone|national|nationally|[Nn]ationwide|[Gg]lobal|[Ww]orldwide)\b/;
// Names of one country: "In Britain," is of a record of the UK.
// biome-ignore format: a table
const SAME: string[][] = [
  ['uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'british'],
  ['us', 'u.s.', 'united states', 'america', 'american'],
];

// "in Scotland" in the figure's clause: right after the figure, or between the clause's start
// and the figure ("Prices in Scotland rose 5.9%").
const IN_AFTER =
  /^[^,;:()]{0,24}?\bin\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})/u;
const IN_BEFORE =
  /\bin\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})[^,;:()]*$/u;

function named(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  // "U.K." keeps its stops; "in March." does not.
  const place = m[1].toLowerCase().replace(/(?<=[^.][^.])\.$/, '');
  // "in Q3", "in FY2024": a period, not a place.
  if (/\d/.test(place)) return undefined;
  return NOT_PLACES.has(place.split(/\s/)[0].replace(/['’]s$/, '')) ? undefined : place;
}

/** The place `sentence` of `text` opens on ("In Scotland, …"), lower-cased, if any. */
export function placeOf(text: string, sentence: Sentence): string | undefined {
  return named(OPENS.exec(text.slice(sentence.from, Math.min(sentence.to, sentence.from + 48))));
}

/**
 * The place figure `claim` of `text` is of, lower-cased, if any: the one `sentence` opens on, or
 * one its clause names with "in" ("Prices in Scotland rose 5.9%", "rose 5.9% in Scotland").
 */
export function placeAt(text: string, sentence: Sentence, claim: Span): string | undefined {
  const before = text.slice(Math.max(sentence.from, claim.from - 48), claim.from);
  return (
    placeOf(text, sentence) ??
    named(IN_AFTER.exec(text.slice(claim.to, Math.min(sentence.to, claim.to + 48)))) ??
    named(IN_BEFORE.exec(before))
  );
}

/** True when `fact`'s subject names a place as its whole ("UK average house price"). */
export function namesWhole(fact: FigureFact): boolean {
  return WHOLE.test(fact.subject);
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
