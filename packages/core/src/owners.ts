// "The agency lost a bid to stop Microsoft's $69 billion takeover of Activision Blizzard": a
// figure a possessive name owns is that name's. A record that names others, but not it, is of
// something else ("Value of Harlan's takeover of FreshWay").

import { MONTHS, WEEKDAYS } from './calendar';
import type { FigureFact, Span } from './types';

// A capitalised name and its possessive right before the figure, with at most one word between
// ("Microsoft's $69 billion", "Harlan's proposed $24.6 billion").
const OWNER =
  /(?:^|[^\p{L}\d])((?:[A-Z][\p{L}\d&.-]*)(?:\s+[A-Z][\p{L}\d&.-]*){0,3})['’]s?\s+(?:[a-z][\p{L}-]*\s+)?$/u;
// A name in a record's subject: a capitalised word that does not open it.
const NAME_IN = /(?<=\S\s+)[A-Z][\p{L}\d&.-]+/u;

/** The name whose possessive owns figure `claim` of `text` ("Microsoft" of "Microsoft's $69 billion"). */
export function ownerOf(text: string, claim: Span): string | undefined {
  const before = text.slice(Math.max(0, claim.from - 64), claim.from);
  // Most figures have no possessive before them: one look for its mark first.
  if (before.indexOf("'") < 0 && before.indexOf('’') < 0) return undefined;
  const m = OWNER.exec(before);
  if (!m) return undefined;
  // "Saturday's 3-1 win", "January's 4.2% rise": a time, not an owner.
  const word = m[1].toLowerCase();
  return WEEKDAYS.has(word) || MONTHS.has(word) ? undefined : m[1];
}

/**
 * True when `fact` names someone (a capitalised name past its subject's first word) but not
 * `owner` (by its first word) in its subject or terms: "Microsoft" against "Value of Harlan's
 * takeover of FreshWay".
 */
export function otherOwner(owner: string, fact: FigureFact): boolean {
  if (!NAME_IN.test(fact.subject)) return false;
  const first = owner.split(/\s+/)[0].replace(/['’]$/, '').toLowerCase();
  const words = [fact.subject, ...(fact.terms ?? [])].join(' ').toLowerCase();
  return !new RegExp(`(?<!\\p{L})${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(words);
}
