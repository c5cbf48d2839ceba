// "Ventura won 18% of the vote in his home district of Setubal", "uptake is as low as 69% in
// some London boroughs": a figure of an area inside a place (a district, a borough, some of a
// city's boroughs) is not the whole place's. A record of the whole, one whose subject names a
// nation or the whole country ("Chega national vote share") or the place the area lies in
// ("London MMR uptake"), does not contradict it unless it names the area too; such a figure
// ties to it only when it agrees. A record that names no place at all is still compared
// ("Homes destroyed" and "400 homes in the district of Paradise"): a local story's fact file
// seldom repeats where it is. An area where someone spoke ("said in the city of Porto that …")
// or of another clause ("rose to 5.2% as factories shed jobs in several regions") scopes nothing.

import { MONTHS, WEEKDAYS } from './calendar';
import type { FigureFact, Sentence, Span } from './types';

// What a place is divided into. Not "area" alone ("in the area of 400"), nor "state" without
// a name ("in a state of shock").
const NOUN =
  '(?:district|borough|county|province|region|constituency|municipality|ward|parish|prefecture|governorate|oblast|canton|territory|city|town|village|suburb|neighbou?rhood)';
const NOUNS =
  '(?:districts|boroughs|counties|provinces|regions|constituencies|municipalities|wards|parishes|prefectures|governorates|oblasts|cantons|territories|cities|towns|villages|suburbs|neighbou?rhoods|states|areas)';
// A name: one to three capitalised words ("Setubal", "Évora", "North West"). The patterns use
// no Unicode property classes: compiling one costs a fresh page milliseconds.
const CAP = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const WORD = `[${CAP}][^\\s,;:()"“”]*`;
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;
const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u024F';
const END = `(?![\\w\\u00C0-\\u024F])`;
// "his home district of Setubal", "the southern Indian state of Kerala", "the Setubal
// district": one area (its name in the first or second group).
const NAMED = `(?:(?:his|her|their|its|the)\\s+)?(?:home\\s+|native\\s+)?(?:[${LOWER}]+\\s+|[${CAP}][${LOWER}]+\\s+){0,2}(?:${NOUN}|state)\\s+of\\s+(${NAME})|(?:the\\s+)?(${NAME})\\s+${NOUN}${END}`;
// "some London boroughs", "some of London's poorest boroughs", "several rural counties", "some
// boroughs of London", "parts of the region": some areas (the place they lie in, before or
// after them, in the third or fifth group; their kind in the fourth). "parts of London": some
// of a place (the sixth).
const PART = `(?:some|several|many|most|a\\s+few|certain|parts?)\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:[${LOWER}]+\\s+)?(?:(${NAME})\\s+)?(?:[${LOWER}]+\\s+)?(${NOUNS}|${NOUN})${END}(?:\\s+of\\s+(${NAME}))?|parts?\\s+of\\s+(?:the\\s+)?(${NAME})`;
// "Paiporta, the worst-hit town": a name, then the kind of area it is (the seventh group).
const APPOSED = `(${NAME}),\\s+(?:the|a|an)\\s+(?:[${LOWER}-]+\\s+){0,2}${NOUN}${END}`;
// "the North East", "the Midlands": a region of a country named by its bearing (the eighth).
const REGION = `(?:the\\s+)?((?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:[\\s-](?:East|West|Midlands|Island))?|Midlands|Midwest)${END}(?![\\s-][A-Z])`;
// An area read where "in" or "across" stands; the words each such phrase starts at; a
// sentence's opening "In".
const AREA = new RegExp(`(?:[Ii]n|[Aa]cross)\\s+(?:${NAMED}|${PART}|${APPOSED}|${REGION})`, 'y');
const LEAD = /\b(?:[Ii]n|[Aa]cross)\s/g;
const OPENS = /^[\s"“‘']*In\s/;
const MARK = /[,;:()]/;
// Where the figure's clause ends after it: a clause mark, but not the comma of an area's kind
// ("died in Paiporta, the worst-hit town").
const END_MARK = new RegExp(
  `[;:()]|,(?!\\s+(?:the|a|an)\\s+(?:[${LOWER}-]+\\s+){0,2}${NOUN}${END})`,
);
// Between a figure and an area after it: the start of another clause ("5.2% as factories shed
// jobs in several regions").
const BREAK =
  /\b(?:as|with|despite|while|amid|after|before|because|although|though|but|and|or|when|where|which|who|that|since|until|than|for)\b/;
// After an area: what someone said there ("said in the city of Porto that …").
const SAID_THERE = /^\s+that\b/;
// A figure's clause that says it is of the whole country, or is what someone said ("In the
// battleground state of Pennsylvania, Biden said the economy grew 3.1%").
const NATIONAL =
  /\b(?:national(?:ly)?|nationwide|countrywide|as\s+a\s+whole|across\s+the\s+(?:country|nation|region|state|province|county)|for\s+the\s+(?:UK|US|country|nation))\b|\bacross\s+[A-Z]/i;
// Between an opening area and the figure: another part of the sentence ("In Jajarkot district
// alone, at least 105 people were killed, and the quake's toll rose to 157").
const PART_BREAK = /;|,\s*(?:and|but|while|whereas)\b/;
const SPOKEN = /\b[A-Z][\w'’-]+\s+(?:said|says|told|tells|added|argued|claimed|insisted|warned)\b/;

/** An area a figure is of: its name ("setubal"), or the kind of area of which some are meant. */
export interface Area {
  /**
   * Lower-cased words, without accents, a record of the area names, all of them: "setubal",
   * "north" and "west", or "borough" (of "boroughs").
   */
  names: string[];
  /** The place a part lies in ("london" in "some London boroughs"), likewise, if named. */
  within?: string;
}

/** Lower case without accents, as an area's names and a record's words are compared. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// A name as a record would write it: "Setubal." ends a sentence, "London's" is London, and a
// closing quote is not part of it.
function named(name: string): string[] {
  return plain(name)
    .replace(/[.'’!?]+$|['’]s$/g, '')
    .split(/\s+/);
}

function read(m: RegExpExecArray | null): Area | undefined {
  if (!m) return undefined;
  const [, ofName, nameFirst, before, kind, after, whole, apposed, region] = m;
  const name = ofName ?? nameFirst ?? apposed ?? region;
  if (name) {
    // "In March, the city …" names a time, not a town.
    const names = named(name);
    return names.length === 1 && (MONTHS.has(names[0]) || WEEKDAYS.has(names[0]))
      ? undefined
      : { names };
  }
  const within = before ?? after ?? whole;
  const names = kind
    ? [
        plain(kind)
          .replace(/ies$/, 'y')
          .replace(/(?<=sh|ch)es$|s$/, ''),
      ]
    : ['part'];
  return within ? { names, within: named(within).join(' ') } : { names };
}

// The first area phrase of `s`, the part of the figure's clause after it, whose "in" starts by
// `latest`, with no other clause starting between the figure and it.
function after(s: string, latest: number): Area | undefined {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(s); m && m.index <= latest; m = LEAD.exec(s)) {
    if (BREAK.test(s.slice(0, m.index))) return undefined;
    AREA.lastIndex = m.index;
    const phrase = AREA.exec(s);
    if (phrase && !SAID_THERE.test(s.slice(AREA.lastIndex))) return read(phrase);
  }
  return undefined;
}

// An area the part of the figure's clause before it opens on ("In some London boroughs uptake
// is 69%"): one inside it may be of another noun ("Strong demand in several regions pushed
// prices up 2.1%") or where someone spoke.
function before(s: string): Area | undefined {
  const m = /^[\s"“‘']*(?=(?:[Ii]n|[Aa]cross)\s)/.exec(s);
  if (!m) return undefined;
  AREA.lastIndex = m[0].length;
  const phrase = AREA.exec(s);
  return phrase && !SAID_THERE.test(s.slice(AREA.lastIndex)) ? read(phrase) : undefined;
}

/**
 * The area figure `claim` of `text` is of, if its clause or its sentence's opening names one:
 * right after the figure ("18% of the vote in his home district of Setubal"), opening the part
 * of the clause before it ("In some London boroughs uptake is 69%"), or opening the sentence
 * ("In his home district of Setubal, Ventura won 25%") when the figure's clause does not say it
 * is national.
 */
export function areaAt(text: string, sentence: Sentence, claim: Span): Area | undefined {
  // Only a few words either side are read: the figure's clause, up to a clause mark.
  let end = text.slice(claim.to, Math.min(sentence.to, claim.to + 80));
  const endMark = END_MARK.exec(end);
  if (endMark) end = end.slice(0, endMark.index);
  let start = text.slice(Math.max(sentence.from, claim.from - 80), claim.from);
  const cut = Math.max(...[',', ';', ':', '(', ')'].map((c) => start.lastIndexOf(c)));
  if (cut >= 0) start = start.slice(cut + 1);
  return after(end, 24) ?? before(start) ?? opening(text, sentence, start + end, claim.from);
}

// "In his home district of Setubal, Ventura won 25%": an area the sentence opens on, up to a
// comma, unless the figure's own clause says it is national or what someone said there, or the
// figure (at `at`) is in another part of the sentence.
function opening(text: string, sentence: Sentence, clause: string, at: number): Area | undefined {
  const start = text.slice(sentence.from, Math.min(sentence.to, sentence.from + 80));
  const m = OPENS.exec(start);
  if (!m) return undefined;
  AREA.lastIndex = m[0].length - 3;
  const phrase = AREA.exec(start);
  const mark = phrase && MARK.exec(start.slice(AREA.lastIndex));
  if (mark?.[0] !== ',' || NATIONAL.test(clause) || SPOKEN.test(clause)) return undefined;
  const comma = sentence.from + AREA.lastIndex + mark.index + 1;
  return PART_BREAK.test(text.slice(comma, at)) ? undefined : read(phrase);
}

// A test of whether a record's words name an area's word, singular or plural: compiled once per
// word, since each area is asked of every record its figure may take.
const namers = new Map<string, RegExp>();
function namer(word: string): RegExp {
  let re = namers.get(word);
  if (!re) {
    const w = escaped(word);
    const forms = w.endsWith('y') ? `${w.slice(0, -1)}(?:y|ies)` : `${w}(?:e?s)?`;
    re = new RegExp(`(?<![a-z])${forms}(?![a-z])`);
    namers.set(word, re);
  }
  return re;
}

/**
 * True when `fact` is a record of a whole that `area` is some of: its subject names a whole
 * (`wholeNamed`), or it names the place the area lies in, and neither it nor its terms name the
 * area (every word of its name).
 */
export function otherArea(area: Area, fact: FigureFact, wholeNamed: boolean): boolean {
  if (namesArea(area, fact)) return false;
  const words = recordWords(fact);
  const said = (w: string) => namer(w).test(words);
  return wholeNamed || area.within?.split(' ').every(said) === true || ownPlace(fact);
}

/** True when `fact`'s subject or terms name `area`: every word of its name. */
export function namesArea(area: Area, fact: FigureFact): boolean {
  const words = recordWords(fact);
  return area.names.every((w) => namer(w).test(words));
}

// A record's subject and terms as an area's names are sought in them, read once per record: a
// figure's area is asked of each record it may take, several times in a check.
const wordsOf = new WeakMap<FigureFact, string>();
function recordWords(fact: FigureFact): string {
  let words = wordsOf.get(fact);
  if (words === undefined) {
    words = plain([fact.subject, ...(fact.terms ?? [])].join(' | '));
    wordsOf.set(fact, words);
  }
  return words;
}

// "Flood deaths in Valencia region", "Turnout across the Basque Country": a record of a place
// of its own; not "Deaths in March".
const IN_PLACE = new RegExp(`\\b(?:in|across)\\s+(?:the\\s+)?(${WORD})`, 'g');

// Words that name an event, not a place: "Deaths in Storm Boris".
// biome-ignore format: a list
const EVENTS = new Set([
  'storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'operation', 'flight', 'election',
]);

/** True when `fact`'s subject says it is of a place ("Flood deaths in Valencia region"). */
function ownPlace(fact: FigureFact): boolean {
  IN_PLACE.lastIndex = 0;
  for (let m = IN_PLACE.exec(fact.subject); m; m = IN_PLACE.exec(fact.subject)) {
    const w = m[1].toLowerCase().replace(/[.,]$|['’]s$/g, '');
    if (!MONTHS.has(w) && !WEEKDAYS.has(w) && !/^q[1-4]$/.test(w) && !EVENTS.has(w)) return true;
  }
  return false;
}

/** `s` with the characters a regular expression reads as syntax escaped. */
export function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
