// Newspapers named for a day and days named for an event: "The Sunday Times", "told Scotland on
// Sunday", "Bloody Sunday", "Black Friday" are names, not days a story can be held to.

import type { Scan } from './tokenize';

// Newspapers named for a day ("The Sunday Times", "the Mail on Sunday") and days named for an
// event ("Bloody Sunday", "Black Friday"): a name, not a day the story can be held to.
// biome-ignore format: a list
const PAPER_NOUNS = new Set(['times', 'telegraph', 'mirror', 'post', 'express', 'herald', 'independent',
  'world', 'star', 'mail', 'tribune', 'sport', 'people', 'observer', 'business', 'life', 'argus',
  'age', 'sun', 'journal', 'record', 'news', 'standard', 'tasmanian', 'nation', 'edition']);
// biome-ignore format: a list
const ON_DAY = new Set(['mail on sunday', 'independent on sunday', 'scotland on sunday',
  'wales on sunday', 'ireland on sunday']);
// Newspapers whose name a weekday opens, with or without "the".
const PAPERS = new Set([
  'times',
  'telegraph',
  'mirror',
  'express',
  'herald',
  'independent',
  'tribune',
]);
// Around a paper named "<Place> on Sunday": "told Scotland on Sunday", "Wales on Sunday reported".
const REPORTING = new Set(['told', 'with']);
const REPORTED = new Set(['reported', 'said', 'says', 'reports', 'revealed', 'quoted']);
// biome-ignore format: a list
const DAY_NAMES = new Set(['bloody', 'black', 'good', 'cyber', 'super', 'ash', 'easter', 'palm',
  'holy', 'maundy', 'shrove', 'giving', 'whit', 'low', 'mothering', 'remembrance', 'plough',
  'boxing', 'blue', 'mad', 'freaky', 'casual', 'fat', 'clean', 'spy', 'red', 'pancake', 'great']);

/**
 * True when the weekday at token `i` of `scan` is part of a name: "Sunday Times", "the Mail on
 * Sunday", "Black Friday".
 */
export function inName(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const next = tokens[i + 1];
  if (next?.kind === 'word' && next.text.charCodeAt(0) < 97) {
    const paper = scan.low(i + 1);
    // "Sunday Times reporters"; the rarer names only after "the" ("the Sunday Post"), as "on
    // Sunday Business Secretary …" and "on Friday Post Office …" are days.
    if (PAPERS.has(paper) || (PAPER_NOUNS.has(paper) && scan.low(i - 1) === 'the')) return true;
  }
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || prev.text.charCodeAt(0) >= 97) {
    // "the Mail on Sunday", "told Scotland on Sunday": "on" is lowercase.
    if (scan.low(i - 1) !== 'on' || !ON_DAY.has(`${scan.low(i - 2)} on ${scan.low(i)}`))
      return false;
    const paperOf = scan.low(i - 3);
    return scan.low(i - 2) === 'mail' || scan.low(i - 2) === 'independent'
      ? paperOf === 'the'
      : REPORTING.has(paperOf) || REPORTED.has(scan.low(i + 1));
  }
  return DAY_NAMES.has(scan.low(i - 1)) && prev.to + 1 === tokens[i].from;
}
