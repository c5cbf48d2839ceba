// The facts a sentence's claims may be tied to: those whose terms it holds, less the terms that
// belong to something else. A one-word term inside another claim is that claim's unit or time
// ("fell 8% in the three months to September" says nothing of a record termed "month", nor does
// "cut rates to 3.5% last month"), a term inside an aside set off by commas ("Data-center
// sales, which make up two-thirds of revenue, grew 31%") speaks only for the figures in it, and
// a term narrowed to a part ("Revenue at the consumer unit") names no record of the whole.

import type { FactIndex, TermHit } from './fact-index';
import { SpanSet } from './span-search';
import type { DateClaim, Fact, FigureClaim, Span } from './types';

/** What a sentence's terms say: its facts, and which of them each figure and date may take. */
export interface SentenceFacts {
  /** Every fact whose terms the sentence holds, by id. */
  facts: Map<string, Fact>;
  /** Whether figure `claim` may be tied to `fact`. */
  about(claim: FigureClaim, fact: Fact): boolean;
  /** Whether date `claim` may be tied to `fact`. */
  dated(claim: DateClaim, fact: Fact): boolean;
}

// ", which make up two-thirds of revenue,": a relative clause closed by a comma. A comma or a
// point between digits ("1,380", "2.5") is part of a number, not the clause's end.
const ASIDE = /,\s+(?:which|who|whom|whose|where)\b(?:[^,;:.!?]|[,.](?=\d))*,(?!\d)/g;

// After a term, a part of what it names: "Revenue at the consumer unit", "sales in its cloud
// division" are not the group's revenue or sales. "Unit" only after "at" or "from": "died in
// the neonatal unit" is a ward.
const NARROWED =
  /^\s+(?:(?:at|in|from|for)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(division|divisions|segment|segments|arm|business|businesses|subsidiary)|(?:at|from)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(unit|units))\b/i;

// "Revenue from chips for personal computers", "sales from advertising": money a business takes
// from one source, a part of its revenue; not "revenue from continuing operations", nor a change
// "from a year earlier".
const MONEY_TERM = /^(?:revenues?|sales|income|earnings|profits?|turnover)$/i;
const FROM_SOURCE =
  /^\s+from\s+(?:its\s+|their\s+)?(?!(?:a|an|the|last|this|that|continuing|core|operations|its|their|all|both|every|each|total|products\s+and\s+services)\b)([a-z][\w-]*)/;

/**
 * The asides of `text` between `from` and `to`. A comma inside a claim ("on Friday, December 4")
 * does not close one.
 */
function asides(text: string, from: number, to: number, claims: readonly Span[]): Span[] {
  const out: Span[] = [];
  let part = text.slice(from, to);
  if (!part.includes(',')) return out;
  for (const c of claims) {
    const inner = text.slice(c.from, c.to);
    if (c.from >= from && c.to <= to && inner.includes(','))
      part = part.slice(0, c.from - from) + inner.replaceAll(',', ' ') + part.slice(c.to - from);
  }
  for (const m of part.matchAll(ASIDE))
    out.push({ from: from + m.index, to: from + m.index + m[0].length });
  return out;
}

/** The claim of `claims` that holds a span whole: a search, for a sentence of thousands. */
function holder<T extends Span>(claims: readonly T[]): (span: Span) => T | undefined {
  if (claims.length <= 16)
    return (span) => claims.find((c) => c.from <= span.from && span.to <= c.to);
  const set = new SpanSet(claims);
  return (span) => set.holding(span.from, span.to);
}

/**
 * The facts of the sentence `sentence` of `text`, from its term hits, with the figures and dates
 * of the sentence they may be tied to.
 */
export function sentenceFacts(
  text: string,
  sentence: Span,
  hits: readonly TermHit[],
  index: FactIndex,
  figures: readonly FigureClaim[],
  dates: readonly DateClaim[],
): SentenceFacts {
  const facts = new Map<string, Fact>();
  const free = new Set<string>();
  const owners = new Map<string, Set<FigureClaim | DateClaim>>();
  const own = (id: string, claims: readonly (FigureClaim | DateClaim)[]) => {
    const set = owners.get(id) ?? new Set<FigureClaim | DateClaim>();
    for (const c of claims) set.add(c);
    owners.set(id, set);
  };
  let parts: Span[] | undefined;
  const figureAt = holder(figures);
  const dateAt = holder(dates);
  for (const hit of hits) {
    const fact = index.get(hit.factId);
    if (!fact) continue;
    facts.set(fact.id, fact);
    const inside = (c: Span) => c.from <= hit.from && hit.to <= c.to;
    const figure = figureAt(hit);
    if ((figure || dateAt(hit)) && !/[\s\d\-–]/.test(text.slice(hit.from, hit.to))) {
      if (figure) own(fact.id, [figure]);
      continue;
    }
    // Unless the record is of that part ("Azure cloud division revenue").
    const after = text.slice(hit.to, hit.to + 60);
    const narrowed =
      NARROWED.exec(after) ??
      (MONEY_TERM.test(text.slice(hit.from, hit.to)) ? FROM_SOURCE.exec(after) : null);
    const part = narrowed && (narrowed[1] ?? narrowed[2]).toLowerCase();
    if (part && !fact.subject.toLowerCase().includes(part.replace(/s$/, ''))) continue;
    parts ??= asides(text, sentence.from, sentence.to, dates);
    const aside = parts.find(inside);
    if (aside) {
      const within = (c: Span) => aside.from <= c.from && c.to <= aside.to;
      own(fact.id, [...figures.filter(within), ...dates.filter(within)]);
      continue;
    }
    free.add(fact.id);
  }
  return {
    facts,
    about: (claim, fact) => free.has(fact.id) || owners.get(fact.id)?.has(claim) === true,
    dated: (claim, fact) => free.has(fact.id) || owners.get(fact.id)?.has(claim) === true,
  };
}
