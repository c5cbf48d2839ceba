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
const NAME = "[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2}";
// "his home district of Setubal", "the state of Kerala", "the Setubal district": one area.
const NAMED = `(?:(?:his|her|their|its|the)\\s+)?(?:home\\s+|native\\s+)?(?:${NOUN}|state)\\s+of\\s+(${NAME})|(?:the\\s+)?(${NAME})\\s+${NOUN}(?!\\p{L})`;
// "some London boroughs", "several of the city's wards", "parts of the region": some areas.
const PART = `(?:some|several|many|most|a\\s+few|certain|parts?)\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:(${NAME})\\s+|[\\p{Ll}'’]+\\s+)?(${NOUNS}|${NOUN})(?!\\p{L})`;
const AREA = `\\b(?:[Ii]n|[Aa]cross)\\s+(?:${NAMED}|${PART})`;
// Right after the figure, between the clause's start and the figure, or the sentence's opening.
const AFTER = new RegExp(`^[^,;:()]{0,24}?${AREA}`, 'u');
const BEFORE = new RegExp(`${AREA}[^,;:()]*$`, 'u');
const OPENS = new RegExp(`^[\\s"“‘']*In\\s+(?:${NAMED}|${PART})[^,;:()]*,`, 'u');

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

/**
 * The area figure `claim` of `text` is of, if its clause or its sentence's opening names one:
 * "18% of the vote in his home district of Setubal", "In some London boroughs uptake is 69%".
 */
export function areaAt(text: string, sentence: Sentence, claim: Span): Area | undefined {
  const after = text.slice(claim.to, Math.min(sentence.to, claim.to + 80));
  const before = text.slice(Math.max(sentence.from, claim.from - 80), claim.from);
  return (
    read(AFTER.exec(after)) ??
    read(BEFORE.exec(before)) ??
    read(OPENS.exec(text.slice(sentence.from, Math.min(sentence.to, sentence.from + 80))))
  );
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
