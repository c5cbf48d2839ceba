// Numbers that are not figures (contract section 2): parts of dates and times,
// years, ages, ordinals, phone, house and reference numbers, numbers in names
// ("Apollo 11") and the two numbers of a ratio ("one in five").

import { MONTHS, WEEKDAYS } from './calendar';
import { isNumberWord, parseNumeral, readSpelled, SCALES } from './numbers';
import type { Scan } from './tokenize';

// A bare number after these words is a reference ("No. 5", "page 12"), not a figure.
// biome-ignore format: a table
const REFERENCE_BEFORE = new Set([
  'no', 'nos', 'nr', 'number', 'page', 'pages', 'p', 'pp', 'chapter', 'section', 'article',
  'exit', 'route', 'highway', 'flight', 'room', 'version', 'platform', 'gate', 'rule', 'clause',
  'paragraph', 'resolution', 'episode', 'season', 'volume', 'vol', 'aged', 'age', 'ages', 'phase',
  'junction', 'junctions', 'terminal', 'amendment', 'category', 'tier', 'stage', 'grade', 'suite',
  'apartment', 'chapters', 'sections', 'articles', 'exits', 'gates', 'platforms', 'rooms',
  'flat', 'flats', 'seat', 'seats', 'berth', 'level', 'levels',
]);

const AGE_BOUNDS = new Set(['under', 'over', 'above', 'below']);
const AGES = new Set(['aged', 'age', 'ages']);
// "children under 10", "people over 65": a group of people, then an age bound.
// biome-ignore format: a list
const AGE_GROUPS = new Set([
  'children', 'kids', 'people', 'adults', 'those', 'patients', 'women', 'men', 'pupils', 'babies',
  'girls', 'boys', 'voters', 'pensioners', 'teenagers', 'infants', 'youngsters', 'residents',
  'drivers', 'workers', 'anyone', 'everyone',
]);

/** True for a word after which a bare number is a reference ("page 12", "flat 4"). */
export const isReferenceWord = (low: string) => REFERENCE_BEFORE.has(low);

// Words that join a second reference to the first ("pages 4 to 6", "aged 18 to 24").
const JOINS = new Set(['to', 'and', 'or', 'through', '-', '–']);
const RANGE_JOINS = new Set(['to', 'through', '-', '–']);

/**
 * True when the number at `j` is the second of two references after one reference word:
 * "junctions 10 and 11", "aged 18 to 24", "aged between 18 and 24", "pages 4 to 6".
 */
function secondReference(scan: Scan, j: number): boolean {
  const { tokens } = scan;
  if (j < 3 || !JOINS.has(scan.low(j - 1))) return false;
  // "aged 18 to 24"; "aged one to 11", a range, but not "category two and 5,000 homes"
  const spelled = tokens[j - 2].kind !== 'number';
  if (spelled && !(isNumberWord(scan.low(j - 2)) && RANGE_JOINS.has(scan.low(j - 1)))) return false;
  const before = scan.low(j - 3) === 'between' ? j - 4 : j - 3;
  return before >= 0 && REFERENCE_BEFORE.has(scan.low(before));
}

// Names that take a number even at the start of a sentence ("Fortune 500 companies").
// biome-ignore format: a list
const NUMBERED_NAMES = new Set([
  'fortune', 'ftse', 'nikkei', 'russell', 'stoxx', 'dax', 'cac', 'nasdaq', 'kospi', 'formula',
]);

/** "iPhone 15", "iOS 17": a word that starts lower case with a capital inside is a name. */
const camelCase = (s: string) => /^[a-z]+[A-Z]/.test(s);

/**
 * The end of the number at `b` that makes "a in b" a ratio, or -1: b is
 * greater than a ("1 in 5"; "12 in six boxes" is two counts) and not a year.
 */
export function ratioEnd(scan: Scan, b: number, a: number): number {
  const t = scan.tokens[b];
  if (t?.kind === 'number') {
    const v = parseNumeral(t.text);
    if (v === undefined || v <= a || (t.text.length === 4 && v >= 1000 && v <= 2100)) return -1;
    return b + 1;
  }
  const s = t?.kind === 'word' ? readSpelled(scan, b) : undefined;
  return s && s.value > a ? s.end : -1;
}

// Plural nouns after which a four-digit number is a count, not a year.
// biome-ignore format: a list
const COUNTED = new Set([
  'people', 'persons', 'troops', 'soldiers', 'refugees', 'migrants', 'homes', 'houses', 'jobs',
  'votes', 'deaths', 'cases', 'workers', 'children', 'students', 'members', 'families',
  'households', 'volunteers', 'patients', 'civilians', 'residents', 'employees', 'staff',
  'fighters', 'prisoners', 'victims', 'voters', 'customers', 'users', 'acres', 'miles',
]);

// AP style abbreviates these months with a full stop ("Jan. 21"); "June." or "May." ends a
// sentence, so only the abbreviations count.
// biome-ignore format: a list
const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The number at `j` follows a capitalised month abbreviation and its full stop ("Jan. 21"). */
function afterMonthAbbr(scan: Scan, j: number): boolean {
  const { tokens } = scan;
  const dot = tokens[j - 1];
  const w = tokens[j - 2];
  return (
    w?.kind === 'word' &&
    w.to === dot.from &&
    w.text.charCodeAt(0) < 97 &&
    MONTH_ABBREVIATIONS.has(scan.low(j - 2))
  );
}

// The last word of a street's name: "221 Baker Street", "1600 Pennsylvania Avenue".
// biome-ignore format: a list
const STREETS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive',
  'dr', 'way', 'place', 'pl', 'square', 'sq', 'terrace', 'court', 'ct', 'crescent', 'close',
  'row', 'parade', 'plaza', 'strasse', 'straße', 'rue', 'via', 'calle',
]);

/**
 * True when the number whose tokens end before `end` is a house number: one to three
 * capitalised words follow it, the last naming a kind of street ("221 Baker Street",
 * "10 Downing St.", "1600 Pennsylvania Avenue", "3510 S. Michigan Ave.").
 */
function houseNumber(scan: Scan, end: number): boolean {
  const { tokens } = scan;
  let words = 0;
  for (let k = end; words < 3 && k < scan.n; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !isCapital(t.text)) return false;
    if (words > 0 && STREETS.has(scan.low(k))) return true;
    words++;
    // A compass point's full stop: "S. Michigan".
    if (t.to - t.from <= 2 && tokens[k + 1]?.text === '.' && tokens[k + 1].from === t.to) k++;
  }
  return false;
}

/** "ten o'clock", "10 o’clock": a time of day. */
export function isOclock(word: string): boolean {
  return word === "o'clock" || word === 'o’clock';
}

// "A woman, 51, died": people a report gives an age in apposition to, as it does to a name.
// biome-ignore format: a list
const PEOPLE = new Set([
  'man', 'woman', 'boy', 'girl', 'teenager', 'child', 'toddler', 'mother', 'father', 'son',
  'daughter', 'husband', 'wife', 'pensioner', 'driver', 'pedestrian', 'cyclist', 'motorcyclist',
  'passenger', 'victim', 'suspect', 'defendant', 'resident', 'student', 'worker', 'officer',
  'captain', 'pilot', 'co-pilot', 'nurse', 'doctor', 'teacher', 'soldier', 'gunman', 'attacker',
  'farmer', 'mayor', 'owner', 'shopkeeper', 'priest', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'coach', 'manager', 'journalist', 'reporter', 'photographer',
  'activist', 'survivor', 'hostage', 'patient', 'tenant', 'neighbour', 'neighbor', 'brother',
  'sister', 'grandmother', 'grandfather', 'partner', 'fisherman', 'volunteer', 'witness',
]);

/**
 * True when the number at `j` (ending before `end`) is an age bound after a group of people:
 * "children under 10", "children under five", "people over 65"; not "people over 65 million".
 */
export function isAgeBound(scan: Scan, j: number, end: number, value: number): boolean {
  return (
    AGE_BOUNDS.has(scan.low(j - 1)) &&
    AGE_GROUPS.has(scan.low(j - 2)) &&
    value <= 120 &&
    Number.isInteger(value) &&
    scan.tokens[end]?.text !== '%' &&
    !SCALES.has(scan.low(end)) &&
    scan.low(end) !== 'percent'
  );
}

/** True when `s` starts with an ASCII capital letter. */
export const isCapital = (s: string) => s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;

// Punctuation after which a word starts a sentence or a quotation.
const OPENERS = new Set(['.', '!', '?', '“', '"', '‘', "'", ':', ';', '(', '[', '—', '–', '-']);

/**
 * A bare numeral that is not a figure: part of a date, a time, a code or a
 * reference; a year ("in 2017", unless qualified); an age ("Smith, 54,").
 */
export function notAFigure(
  scan: Scan,
  j: number,
  end: number,
  value: number,
  qualified: boolean,
  afterDash: boolean,
): boolean {
  const { tokens } = scan;
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[end];
  const s = t.text;
  if (s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) !== 46) return true; // "007"
  if (prev) {
    if (prev.kind === 'word' && MONTHS.has(scan.low(j - 1)) && prev.text.charCodeAt(0) < 97)
      return true;
    if (prev.text === '.' && s.length <= 2 && value >= 1 && value <= 31 && afterMonthAbbr(scan, j))
      return true;
    if (prev.kind === 'punct' && prev.to === t.from) {
      const p = prev.text;
      if (p === '#' || p === '/' || p === ':' || p === '+') return true;
      // "COVID-19", or the second part of a date or code ("2018-07-22").
      if ((p === '-' || p === '.') && !afterDash && tokens[j - 2]?.to === prev.from) return true;
    }
    if (prev.kind === 'word' && REFERENCE_BEFORE.has(scan.low(j - 1))) return true;
    // "aged between 5 and 11": the first of two references, then the second.
    if (scan.low(j - 1) === 'between' && REFERENCE_BEFORE.has(scan.low(j - 2))) return true;
    // "aged under 35", "aged over 65": an age.
    if (AGE_BOUNDS.has(scan.low(j - 1)) && AGES.has(scan.low(j - 2))) return true;
    if (isAgeBound(scan, j, end, value)) return true;
    if (secondReference(scan, j)) return true;
    if (prev.text === '.' && j >= 2 && /^(no|nos|nr)$/.test(scan.low(j - 2))) return true;
  }
  if (next) {
    if (
      next.kind === 'word' &&
      MONTHS.has(scan.low(end)) &&
      value <= 31 &&
      next.text.charCodeAt(0) < 97
    )
      return true;
    if (next.from === t.to && (next.text === ':' || next.text === '/')) return true;
    if (next.kind === 'word') {
      const w = scan.low(end);
      if (w === 'am' || w === 'pm' || ((w === 'a' || w === 'p') && tokens[end + 1]?.text === '.'))
        return true;
      if (!qualified && isCapital(next.text) && Number.isInteger(value) && houseNumber(scan, end))
        return true;
      // "its 737 Max fleet": an aircraft's model. Not "40 Max jets", "lap 12 Max Verstappen".
      if (
        w === 'max' &&
        next.text === 'Max' &&
        /^\d{3}$/.test(s) &&
        !isCapital(tokens[end + 1]?.text ?? '')
      )
        return true;
    }
  }
  // "prices will fall by about 2% over 2024, while …": a year after "over", nothing counted.
  if (
    qualified &&
    scan.low(j - 1) === 'over' &&
    s.length === 4 &&
    value >= 1900 &&
    value <= 2100 &&
    (!next || next.kind === 'punct')
  )
    return true;
  // A four-digit number is a year, unless qualified or counting something ("2000 troops").
  if (
    !qualified &&
    s.length === 4 &&
    value >= 1000 &&
    value <= 2100 &&
    !COUNTED.has(scan.low(end))
  ) {
    // "1000-5000" is a range; "1990-1995" a span of years.
    const b = tokens[end + 1];
    const joined = next && (next.text === '-' || next.text === '–' || scan.low(end) === 'to');
    const v = b?.kind === 'number' ? parseNumeral(b.text) : undefined;
    if (!joined || v === undefined || v <= value || v <= 2100 || b.text.charCodeAt(0) === 48)
      return true;
    if (tokens[end + 2]?.text === '-') return true; // "2018-07-22
  }
  // "Apollo 11", "Route 66", "Windows 10", "iPhone 15": a number that is part of a name. A
  // capital that starts a sentence ("Only 422 made it") does not count, unless the word names
  // numbered things ("Fortune 500 companies").
  if (!qualified && prev?.kind === 'word' && Number.isInteger(value)) {
    if (camelCase(prev.text)) return true;
    if (isCapital(prev.text) && NUMBERED_NAMES.has(scan.low(j - 1))) return true;
    if (
      isCapital(prev.text) &&
      j >= 2 &&
      !OPENERS.has(tokens[j - 2].text) &&
      !WEEKDAYS.has(scan.low(j - 1))
    )
      return true;
  }
  // "Smith, 54,", "a woman, 51,": an age in apposition to a name or a person.
  if (
    prev?.text === ',' &&
    value <= 120 &&
    j >= 2 &&
    tokens[j - 2].kind === 'word' &&
    (tokens[j - 2].text.charCodeAt(0) < 97 ||
      PEOPLE.has(scan.low(j - 2)) ||
      hyphenName(scan, j - 2)) &&
    (!next || next.text === ',' || next.text === '.' || next.text === ';')
  ) {
    return true;
  }
  return false;
}

// "Son Heung-min, 32,": the last part of a hyphenated name at token `k`, its first part
// capitalised.
function hyphenName(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const dash = tokens[k - 1];
  const first = tokens[k - 2];
  if (!dash || !first || dash.text !== '-' || first.kind !== 'word') return false;
  if (dash.from !== first.to || tokens[k].from !== dash.to) return false;
  const c = first.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
