// "grew 6.3% in five years", "up from 16.5% five years earlier": a duration that is the time a
// change took, or how long before or after something happened, is no one's age. It ties to a
// record of an age ("Median age of the Maori ethnic group") only when it agrees with it, and a
// span before or after ("five years earlier") to any record only so: it is never the quantity
// a story reports.

import { recordSays } from './terms';
import type { FigureClaim, FigureFact } from './types';

const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);
// Before the figure: "in five years", "over three years", "within two years", "in the past
// five years".
const OVER = /\b(?:in|over|within|during)\s+(?:the\s+(?:past|last|next|previous)\s+)?$/i;
// After it: "five years earlier", "two years ago", "three days later", "Five years on,"; not
// "jailed for 12 years on Tuesday", "held for 448 days before his release" or "three years later
// than planned" (a gap).
const OFFSET = /^\s+(?:(?:earlier|later)(?!\s+than)|ago|previously|on(?=\s*[,.;]))/i;
const AGE_FACT = /\b(?:age|aged|ages|old|lifespan|life\s+expectancy)\b/i;

/** How figure `claim` of `text` is a span of time, if it is one. */
export type TimeSpan = 'over' | 'offset';

/** Whether duration figure `claim` of `text` is the time a change took or an offset. */
export function spanOf(text: string, claim: FigureClaim): TimeSpan | undefined {
  if (!DURATIONS.has(claim.unit)) return undefined;
  if (OFFSET.test(text.slice(claim.to, claim.to + 16))) return 'offset';
  return OVER.test(text.slice(Math.max(0, claim.from - 28), claim.from)) ? 'over' : undefined;
}

/** True when a figure of span `span` ties to `fact` only when it agrees with it. */
export function otherThanSpan(span: TimeSpan, fact: FigureFact): boolean {
  return span === 'offset' || recordSays(fact, AGE_FACT);
}
