// "Ventura won 18% of the vote in his home district of Setubal", "uptake is as low as 69% in
// some London boroughs": a figure of an area inside a place (a district, a borough, some of a
// city's boroughs) is not the whole place's. A record of the whole, one whose subject names a
// nation or the whole country ("Chega national vote share") or the place the area lies in
// ("London MMR uptake"), does not contradict it unless it names the area too; such a figure
// ties to it only when it agrees. A record that names no place at all is still compared
// ("Homes destroyed" and "400 homes in the district of Paradise"): a local story's fact file
// seldom repeats where it is.

import type { FigureFact, Sentence, Span } from './types';

// What a place is divided into. Not "area" alone ("in the area of 400"), nor "state" without
// a name ("in a state of shock").
const NOUN =
  '(?:district|borough|county|province|region|constituency|municipality|ward|parish|prefecture|governorate|city|town|village|suburb|neighbou?rhood)';
const NOUNS =
  '(?:districts|boroughs|counties|provinces|regions|constituencies|municipalities|wards|parishes|prefectures|governorates|cities|towns|villages|suburbs|neighbou?rhoods|states|areas)';
// A name: one to three capitalised words ("Setubal", "Setúbal", "North West"). The patterns use
// no Unicode property classes: compiling one costs a fresh page milliseconds.
const NAME = '[A-Z][^\\s,;:()"“”]*(?:\\s+[A-Z][^\\s,;:()"“”]*){0,2}';
const END = '(?![\\w\\u00C0-\\u024F])';
// "his home district of Setubal", "the state of Kerala", "the Setubal district": one area.
const NAMED = `(?:(?:his|her|their|its|the)\\s+)?(?:home\\s+|native\\s+)?(?:${NOUN}|state)\\s+of\\s+(${NAME})|(?:the\\s+)?(${NAME})\\s+${NOUN}${END}`;
// "some London boroughs", "several of the city's wards", "parts of the region": some areas.
const PART = `(?:some|several|many|most|a\\s+few|certain|parts?)\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:(${NAME})\\s+|[a-z\\u00DF-\\u024F'’]+\\s+)?(${NOUNS}|${NOUN})${END}`;
// An area read where "in" or "across" stands; the words each such phrase starts at; a
// sentence's opening "In".
const AREA = new RegExp(`(?:[Ii]n|[Aa]cross)\\s+(?:${NAMED}|${PART})`, 'y');
const LEAD = /\b(?:[Ii]n|[Aa]cross)\s/g;
const OPENS = /^[\s"“‘']*In\s/;
const MARK = /[,;:()]/;

/** An area a figure is of: its name ("setubal"), or the kind of area of which some are meant. */
export interface Area {
  /** Lower-cased words a record of the area names: "setubal", or "borough" (of "boroughs"). */
  names: string[];
  /** The place a part lies in ("london" in "some London boroughs"), lower-cased, if named. */
  within?: string;
}

function read(m: RegExpExecArray | null): Area | undefined {
  if (!m) return undefined;
  const [, ofName, nameFirst, within, kind] = m;
  const name = ofName ?? nameFirst;
  // Each word of the name, so that a record naming any of them is of the area ("the North
  // West region", "Lisbon" of "in the district of Lisbon Chega won"). "of Setubal." ends the
  // sentence; "Setubal's" is the place.
  if (name)
    return {
      names: name
        .toLowerCase()
        .replace(/['’]s$|\.$/, '')
        .split(/\s+/),
    };
  const one = kind
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=sh|ch)es$|s$/, '');
  return { names: [one], within: within?.toLowerCase() };
}

// The first area phrase of `s` whose "in" starts by `latest` and that shares the figure's clause:
// no clause mark between it and the figure, which is after `s` (`before`) or before it. The
// phrase is read only where "in" or "across" stands, and marks are looked for only around a
// phrase: most figures have none, and the checker's cold first run pays for every step.
function areaIn(s: string, latest: number, before: boolean): Area | undefined {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(s); m && m.index <= latest; m = LEAD.exec(s)) {
    AREA.lastIndex = m.index;
    const phrase = AREA.exec(s);
    if (!phrase) continue;
    if (!before) return MARK.test(s.slice(0, m.index)) ? undefined : read(phrase);
    if (!MARK.test(s.slice(m.index))) return read(phrase);
  }
  return undefined;
}

/**
 * The area figure `claim` of `text` is of, if its clause or its sentence's opening names one:
 * right after the figure ("18% of the vote in his home district of Setubal"), between the
 * clause's start and the figure ("In some London boroughs uptake is 69%"), or opening the
 * sentence ("In his home district of Setubal, Ventura won 25%").
 */
export function areaAt(text: string, sentence: Sentence, claim: Span): Area | undefined {
  const after = text.slice(claim.to, Math.min(sentence.to, claim.to + 80));
  const before = text.slice(Math.max(sentence.from, claim.from - 80), claim.from);
  return areaIn(after, 24, false) ?? areaIn(before, before.length, true) ?? opening(text, sentence);
}

// "In his home district of Setubal, Ventura won 25%": an area the sentence opens on, up to a
// comma.
function opening(text: string, sentence: Sentence): Area | undefined {
  const start = text.slice(sentence.from, Math.min(sentence.to, sentence.from + 80));
  const m = OPENS.exec(start);
  if (!m) return undefined;
  AREA.lastIndex = m[0].length - 3;
  const phrase = AREA.exec(start);
  const mark = phrase && MARK.exec(start.slice(AREA.lastIndex));
  return mark?.[0] === ',' ? read(phrase) : undefined;
}

/**
 * True when `fact` is a record of a whole that `area` is some of: its subject names a whole
 * (`wholeNamed`), or it names the place the area lies in, and neither it nor its terms name the
 * area.
 */
export function otherArea(area: Area, fact: FigureFact, wholeNamed: boolean): boolean {
  const words = [fact.subject, ...(fact.terms ?? [])].join(' | ').toLowerCase();
  const said = (w: string) => new RegExp(`(?<!\\p{L})${escaped(w)}`, 'u').test(words);
  if (area.names.some(said)) return false;
  return wholeNamed || (area.within !== undefined && said(area.within));
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
