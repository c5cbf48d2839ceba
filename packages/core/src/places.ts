// "In Scotland, prices rose 5.9%", "Prices rose 5.9% in Scotland": a sentence that opens on a
// place, or a figure's clause that names one with "in", gives that place's figures. A record
// whose subject names another place (the UK's 4.7%) does not contradict them; such a figure ties
// to it only when it agrees (contract section 1: when the tie is unclear, say less).

import { type Area, areaAt, escaped, namesArea, otherArea } from './areas';
import { countries } from './demonyms';
import type { FigureFact, Sentence, Span } from './types';

// "In Scotland,", "In Northern Ireland, where …", "In the Netherlands,": one to three capitalised
// words after an opening "In", then a comma.
// A few words may lead up to it: "Across the border in the Czech Republic,", "Elsewhere in Spain,".
const OPENS =
  /^[\s"“‘']*(?:In|Across|(?:Elsewhere|Meanwhile|Nearby|(?:Across|Over)\s+the\s+border|(?:Further|Farther)\s+(?:north|south|east|west))\s+(?:in|across))\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})\s*,(?!\s*(?:the\s+)?[A-Z][\p{L}]*(?:\s+[A-Z][\p{L}]*)?\s*(?:,|and\b))/u;
// Places a record's subject may name as its whole: a nation, a union, the whole country, a
// company's whole group ("Group revenue"); not "National Party".
const WHOLE =
  /^Group\b|\b(?:[Gg]roup-?wide|[Cc]ompany-?wide|U\.?K\.?|United Kingdom|Great Britain|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|U\.?S\.?|United States|America|American|EU|European Union|euro ?zone|national|nationally|[Nn]ationwide|[Gg]lobal|[Ww]orldwide)\b/;
// The names of one place, its adjectives too: "In Britain," is of a record of the UK, "In
// Scotland," of one of Scottish prices. Only these places scope a figure: a capital or a city
// often stands for who speaks there ("said in Washington that inflation eased to 2.9%").
// biome-ignore format: a table
const NAMES: readonly (readonly string[])[] = [
  ['uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'british'],
  ['us', 'u.s.', 'united states', 'america', 'american'],
  ['scotland', 'scottish'], ['wales', 'welsh'], ['england', 'english'],
  ['northern ireland', 'northern irish'], ['eu', 'european union', 'europe', 'european'],
  ...countries.filter(([c]) => c !== 'america' && c !== 'britain' && c !== 'europe'),
];
const placeNames = new Map(NAMES.flatMap((names) => names.map((n) => [n, names] as const)));

// A place in the figure's clause: right after the figure, or between the clause's start and the
// figure ("Prices in Scotland rose 5.9%", "4.2% across the UK"), not where a statement was made
// ("said in Britain that …").
const IN_AFTER =
  /^[^,;:()]{0,24}?\b(?:in|across)\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})(?!\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z])/u;
const IN_BEFORE =
  /\b(?:in|across)\s+(?:the\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})(?!\s+that\b)[^,;:()]*$/u;

// "European revenue fell 14%", "Scottish prices rose 4.2%": a place's adjective opening the
// figure's clause, before a measure of an economy or a business, where nobody speaks; not
// "European officials said revenue …", nor "Israeli strikes killed 126".
const ADJECTIVE =
  /^[\s"“‘']*(?:(?:and|but|while|whereas)\s+)?(?:the\s+|its\s+|their\s+)?([A-Z][\p{L}.]*)\s+(?:[a-z]+\s+)?(?:revenues?|sales|prices|inflation|wages|pay|earnings|profits?|exports|imports|output|growth|unemployment|jobless|employment|GDP|economy|debt|deficit|spending|investment|demand|production|shipments|orders|bookings|operations|business|market|turnover)\b/u;
const SPEAKS = /\b(?:said|says|told|tells|according)\b/;

function named(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  // "U.K." keeps its stops; "in Britain." and "Britain's" do not.
  const place = m[1]
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(?<=[^.][^.])\.$/, '');
  return placeNames.has(place) ? place : undefined;
}

/** True when `name` is a place's name or adjective ("Britain", "Polish"). */
export function isPlaceName(name: string): boolean {
  return placeNames.has(name.toLowerCase());
}

// A place the sentence opens on as its subject: "Northern Ireland was again the strongest
// region", "Scotland's prices rose 5.9%", "The UK economy grew 0.1%".
const SUBJECT =
  /^[\s"“‘']*(?:[Tt]he\s+)?([A-Z][\p{L}\d'’.-]*(?:\s+[A-Z][\p{L}\d'’.-]*){0,2})\s+[a-z]/u;

/**
 * The place `sentence` of `text` opens on ("In Scotland, …", "Across the border in the Czech
 * Republic, …", "Northern Ireland was …"), lower-cased, if any.
 */
export function placeOf(text: string, sentence: Sentence): string | undefined {
  const start = text.slice(sentence.from, Math.min(sentence.to, sentence.from + 64));
  const opened = named(OPENS.exec(start));
  if (opened) return opened;
  // A name, not an adjective: "European officials said …" is nobody's place.
  const subject = named(SUBJECT.exec(start));
  return subject && !ADJECTIVES.has(subject) ? subject : undefined;
}

// Wholes of many countries: a figure of one is some of them, not another's.
const UNIONS = new Set(['eu', 'european union', 'europe']);

// The adjectives among the places' names.
const ADJECTIVES = new Set([
  'british',
  'american',
  'scottish',
  'welsh',
  'english',
  'northern irish',
  'european',
  ...countries.map(([, adjective]) => adjective),
]);

/**
 * The place figure `claim` of `text` is of, lower-cased, if any: one its clause names ("Prices in
 * Scotland rose 5.9%", "rose 5.9% in Scotland", "4.2% across the UK", "Scottish prices rose
 * 4.2%"), or else the one `sentence` opens on.
 */
export function placeAt(text: string, sentence: Sentence, claim: Span): string | undefined {
  const before = text.slice(Math.max(sentence.from, claim.from - 48), claim.from);
  return (
    named(IN_AFTER.exec(text.slice(claim.to, Math.min(sentence.to, claim.to + 48)))) ??
    named(IN_BEFORE.exec(before)) ??
    adjectiveOf(before, claim.from - before.length === sentence.from) ??
    placeOf(text, sentence)
  );
}

// The place whose adjective opens the clause of `before`, the words before a figure, if the
// clause starts in them (after a clause mark, or at the sentence's start: `whole`).
function adjectiveOf(before: string, whole: boolean): string | undefined {
  const mark = Math.max(...[',', ';', ':', '('].map((c) => before.lastIndexOf(c)));
  if (mark < 0 && !whole) return undefined;
  const clause = before.slice(mark + 1);
  return SPEAKS.test(clause) ? undefined : named(ADJECTIVE.exec(clause));
}

/** True when `fact`'s subject names a place as its whole ("UK average house price"). */
export function namesWhole(fact: FigureFact): boolean {
  return WHOLE.test(fact.subject);
}

// A test of whether a record's words name a place's name: compiled once per name, since each
// place is asked of every record its figure may take.
const namers = new Map<string, RegExp>();
function namer(name: string): RegExp {
  let re = namers.get(name);
  if (!re) {
    re = new RegExp(`(?<!\\p{L})${escaped(name)}(?!\\p{L})`, 'u');
    namers.set(name, re);
  }
  return re;
}

/** True when `fact`'s subject or terms name `place`, or another name of the same country. */
function namesPlace(place: string, fact: FigureFact): boolean {
  const words = [fact.subject, ...(fact.terms ?? [])].map((w) => w.toLowerCase());
  const names = placeNames.get(place) ?? [place];
  return names.some((name) => words.some((w) => namer(name).test(w)));
}

/**
 * True when `fact`'s subject names a place as its whole and neither it nor the fact's terms name
 * `place` (or another name of the same country): "In Scotland" against "UK average house price".
 */
export function otherPlace(place: string, fact: FigureFact): boolean {
  return WHOLE.test(fact.subject) && !namesPlace(place, fact);
}

// The places a record's subject names, read once per record.
const subjectPlaces = new WeakMap<FigureFact, ReadonlySet<readonly string[]>>();
function placesOf(fact: FigureFact): ReadonlySet<readonly string[]> {
  let found = subjectPlaces.get(fact);
  if (!found) {
    // Capitalised names only, as written ("turkey prices" names no country), and no adjective
    // of who acted ("the Russian missile strike on Odesa") nor a continent or a union.
    const words = fact.subject.split(/[^\p{L}.'’]+/u);
    const set = new Set<readonly string[]>();
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const name = words
          .slice(i, i + n)
          .join(' ')
          .toLowerCase()
          .replace(/['’]s$/, '');
        const names = placeNames.get(name);
        if (names && !ADJECTIVES.has(name) && !UNIONS.has(name)) set.add(names);
      }
    }
    found = set;
    subjectPlaces.set(fact, found);
  }
  return found;
}

/**
 * True when `fact`'s subject names a country, or another place `placeNames` knows, and neither it
 * nor the fact's terms name `place`: "In the Czech Republic, 12 people have died" against "Flood
 * deaths in Poland".
 */
export function otherCountry(place: string, fact: FigureFact): boolean {
  return placesOf(fact).size > 0 && !namesPlace(place, fact);
}

/** Where a figure is, as its records are asked about it. */
export interface Where {
  /**
   * True when the record is of another place or area than the figure: a whole the figure's place
   * or area is some of, another place, or one that does not name an area another of the
   * sentence's records names ("Deaths in Jajarkot district" beside "Earthquake deaths").
   */
  other(fact: FigureFact): boolean;
  /** True when the record names the figure's area. */
  names(fact: FigureFact): boolean;
}

/**
 * Where figure `claim` of `text` is, against the records `facts` of its sentence: its place
 * (`placeAt`) and area (`areaAt`), each read once, on first need.
 */
export function whereOf(
  text: string,
  sentence: Sentence,
  claim: Span & { unit?: string },
  facts: readonly FigureFact[],
): Where {
  let place: string | null | undefined;
  let area: Area | null | undefined;
  let told: boolean | undefined;
  let toldPlace: boolean | undefined;
  let placedFacts: boolean | undefined;
  const placed = () => (place ??= placeAt(text, sentence, claim) ?? null);
  const areaed = () => (area ??= areaAt(text, sentence, claim) ?? null);
  // Only an area, not a country: "Israeli strikes killed 126" is not of a record of Israel.
  const names = (fact: FigureFact) => {
    const a = areaed();
    return a !== null && namesArea(a, fact);
  };
  return {
    names,
    other(fact) {
      const whole = namesWhole(fact);
      // Only when a record of the sentence names a place: most do not, and then no place is read.
      placedFacts ??= facts.some((f) => namesWhole(f) || placesOf(f).size > 0);
      const p = placedFacts ? placed() : null;
      if (p !== null) {
        if ((whole || placesOf(fact).size) && (otherPlace(p, fact) || otherCountry(p, fact)))
          return true;
        // "Northern Ireland was again the strongest region, with prices up 8.1%, while London
        // lagged": when a record of the figure's kind names its place, one that does not is
        // another's.
        toldPlace ??= facts.some((f) => f.unit === claim.unit && namesPlace(p, f));
        if (toldPlace && !namesPlace(p, fact)) return true;
      }
      const a = areaed();
      if (a === null) return false;
      if (otherArea(a, fact, whole)) return true;
      told ??= facts.some(names);
      return told && !names(fact);
    },
  };
}
