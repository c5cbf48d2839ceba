// Clauses: where a term stops speaking for a figure. A term in another clause of the sentence
// ("injured, officials said, as rescuers searched") names what that clause is about, not the figure.

import type { TermHit } from './fact-index';
import type { Span } from './types';

// What ends a clause between a term and a claim: punctuation, or a word that opens another
// clause ("rose to 70 as rescuers searched", "after police found"; not "as many as", and not
// "with", which as often brings the figure itself: "came third with 47 seats").
const CLAUSE =
  /[,;:()—–]|\b(?:while|when|whereas|although|though|because|but|if|unless)\b|\b(?:since|after|before)\b(?!\s+\d)|(?<!\b(?:many|much|few|little|high|low|long|far|soon|well)\s+)\bas\b(?!\s+(?:many|much|few|little|high|low|long|far|soon|well|of)\b)/i;

// The words of CLAUSE alone: a comma may set off an apposition ("The clearance rate, the share
// of cases solved, rose 9%") and still leave one clause.
const CLAUSE_WORDS =
  /\b(?:while|when|whereas|although|though|because|since|after|before|but|if|unless)\b|(?<!\b(?:many|much|few|little|high|low|long|far|soon|well)\s+)\bas\b(?!\s+(?:many|much|few|little|high|low|long|far|soon|well|of)\b)/i;

// Another subject joined on: "rose 0.2 points and claims for benefit rose 0.2%", "…, pushing
// repayments up 0.5%".
const JOINED = /\band\b|,\s*\w+ing\b/i;

/**
 * True when a hit of `factId` comes before `claim` with no word between that opens another
 * clause or joins another subject: what a change's subject is ("The headline rate has now
 * fallen 0.4%"; not "…, while average earnings grew 0.4%").
 */
export function namedBefore(
  text: string,
  hits: readonly TermHit[],
  claim: Span,
  factId: string,
): boolean {
  return hitWith(
    text,
    hits,
    claim,
    factId,
    (between, before) => before && !CLAUSE_WORDS.test(between) && !JOINED.test(between),
  );
}

/**
 * True when some hit of `factId` and `claim` pass `keeps`, given the text between them and
 * whether the hit comes before the claim: the one walk `namedBefore`, `inClause` and `inPart` share.
 */
function hitWith(
  text: string,
  hits: readonly TermHit[],
  claim: Span,
  factId: string,
  keeps: (between: string, before: boolean) => boolean,
): boolean {
  return hits.some((h) => {
    if (h.factId !== factId) return false;
    const before = h.to <= claim.from;
    return keeps(before ? text.slice(h.to, claim.from) : text.slice(claim.to, h.from), before);
  });
}

/** True when `between`, the text between a term and a claim, ends a clause. */
export function breaksClause(between: string): boolean {
  return CLAUSE.test(between);
}

/**
 * True when a hit of `factId` names it in the clause of `claim`: no comma, semicolon, colon,
 * dash or bracket between them. "More than 1,400 people were injured, officials said, as
 * rescuers searched": "injured" is in the figure's clause, "rescuers" is not.
 */
export function inClause(
  text: string,
  hits: readonly TermHit[],
  claim: Span,
  factId: string,
): boolean {
  return hitWith(text, hits, claim, factId, (between) => !breaksClause(between));
}

// What parts a sentence into statements about different things: a semicolon, ", and that", ",
// while" ("not expected until next week, and that the southerly change could bring…"). Weaker
// than a clause: "On Saturday, July 21, more than 400 were evacuated", "On Saturday, and again on
// Sunday, thousands marched" and "The ceasefire, though fragile, took effect on Sunday" are one.
const PART = /;|,\s*(?:and|but)\s+that\b|,\s*(?:while|whereas)\b/i;

/**
 * True when a hit of `factId` is in the same part of the sentence as `claim` (see `PART`): how a
 * date, which often stands apart from its verb ("On Saturday, … were evacuated"), finds its fact.
 */
export function inPart(
  text: string,
  hits: readonly TermHit[],
  claim: Span,
  factId: string,
): boolean {
  return hitWith(text, hits, claim, factId, (between) => !PART.test(between));
}
