// Tying the claims of one sentence to facts, one to one (contract section 1): each claim to at
// most one fact and each fact to at most one claim, preferring the pairing that agrees. When two
// best pairings disagree about a claim, the claim is left untied: a wrong tie is a false alarm.

import { breaksClause, inClause } from './clauses';
import type { TermHit } from './fact-index';
import type { Span } from './types';
import { zeros } from './zeros';

/** A fact a claim may be tied to, and how well the pair agrees (higher is better, > 0). */
export interface TieOption {
  factId: string;
  score: number;
}

/** How well a claim agrees with a fact, as a tie score. */
export const tieScore = {
  /** The record confirms the claim. */
  agrees: 3,
  /** The record confirms the claim but is stale (a newer fact may agree too). */
  agreesStale: 2.5,
  /** They overlap without confirming. */
  overlaps: 1,
  /** They disagree: still a tie (the claim is wrong), but the weakest. */
  disagrees: 0.5,
  /** They disagree and the fact is stale. */
  disagreesStale: 0.25,
  /** Added when the fact's words come right after the figure ("1,700 shootings"). */
  named: 0.1,
} as const;

// Between a part and its whole: "83 of the 90".
const OF_THE = /^\s+of\s+(?:the|its|their)\s+$/i;
// Between two figures of one list: "40 head of cattle and 12".
const LISTED = /^[^,;:]{0,30}\s(?:and|or)\s+$/i;

/** How far before a claim, in characters, `tieNearest` looks for its fact's words. */
const reach = 200;

/** Above this many steps the search gives up and ties only the claims nothing competes for. */
const budget = 20_000;

/**
 * For each claim, the fact it is tied to, or undefined: the one-to-one pairing of highest total
 * score; a claim whose fact differs between pairings of equal best score stays untied.
 * `options[i]` lists the facts claim `i` may be tied to.
 */
export function assignTies(options: readonly (readonly TieOption[])[]): (string | undefined)[] {
  const n = options.length;
  if (!competes(options)) return options.map((list) => list[0]?.factId);
  const current: (string | undefined)[] = new Array(n).fill(undefined);
  let best = -1;
  let agreed: (string | null | undefined)[] = [];
  const used = new Set<string>();
  const eps = 1e-9;
  // Depth-first over the claims with an explicit stack, not recursion: a results table can put
  // thousands of figures in one sentence, deeper than the call stack goes. `next[i]` is the
  // option claim `i` tries next (its options' length: leave it untied; beyond: done), `totals[i]`
  // the score of the claims before it.
  const next = zeros(n + 1);
  const totals = zeros(n + 1);
  let steps = 1;
  let i = 0;
  while (i >= 0) {
    if (i === n) {
      const total = totals[n];
      if (total > best + eps) {
        best = total;
        agreed = [...current];
      } else if (Math.abs(total - best) <= eps) {
        for (let k = 0; k < n; k++) if (agreed[k] !== current[k]) agreed[k] = null;
      }
      i--;
      continue;
    }
    const list = options[i];
    const taken = current[i];
    if (taken !== undefined) used.delete(taken);
    let k = next[i];
    while (k < list.length && used.has(list[k].factId)) k++;
    if (k > list.length) {
      current[i] = undefined;
      i--;
      continue;
    }
    next[i] = k + 1;
    if (k < list.length) {
      used.add(list[k].factId);
      current[i] = list[k].factId;
      totals[i + 1] = totals[i] + list[k].score;
    } else {
      current[i] = undefined;
      totals[i + 1] = totals[i];
    }
    if (++steps > budget) return fallback(options);
    i++;
    next[i] = 0;
  }
  return agreed.map((a) => (a === null ? undefined : a));
}

/**
 * Completes the ties of `assignTies` (`tied`, changed in place) where several claims, each with
 * one candidate fact left (the others tied to other claims) and disagreeing with it, left that
 * fact untied between them: the claim nearest after the fact's words in their clause (`hits` of
 * `text`) takes it, unless another is as near or listed with it. In "extended the unbeaten run
 * to 14 matches, with 13 games left" against a run of 15, both numbers are wrong for the run,
 * and 14 is the one about it; in "Of the 87 taken to hospital, 9 have since died" neither comes
 * after "died", and in "killed 40 head of cattle and 12 people" the two are a list: neither is
 * tied.
 */
export function tieNearest(
  options: readonly (readonly TieOption[])[],
  tied: (string | undefined)[],
  claims: readonly Span[],
  hits: readonly (Span & { factId: string })[],
  text: string,
): void {
  // Most sentences tie every claim: nothing to complete.
  if (!tied.includes(undefined)) return;
  const distance = (i: number, factId: string) => {
    const c = claims[i];
    let best = Infinity;
    for (const h of hits) {
      // A clause is read back from the claim only so far: a table may put thousands in a sentence.
      if (h.factId !== factId || h.to > c.from || c.from - h.to > reach) continue;
      if (breaksClause(text.slice(h.to, c.from))) continue;
      best = Math.min(best, c.from - h.to);
    }
    return best;
  };
  // A claim's facts that no other claim has taken: "watched by a crowd of 60,214" takes the
  // attendance, which leaves 14 and 13 only the unbeaten run.
  const taken = new Set(tied);
  const rivals = new Map<string, number[]>();
  for (let i = 0; i < options.length; i++) {
    if (tied[i] !== undefined) continue;
    const list = options[i].filter((o) => !taken.has(o.factId));
    if (list.length !== 1 || list[0].score >= tieScore.overlaps) continue;
    const group = rivals.get(list[0].factId);
    if (group) group.push(i);
    else rivals.set(list[0].factId, [i]);
  }
  for (const [factId, group] of rivals) {
    if (group.length < 2 || taken.has(factId)) continue;
    // The nearest in the clause of the fact's words, unless the next is listed with it: of
    // "killed 40 head of cattle and 12 people", the nearest is not the one about the deaths; of
    // "killed 83 of the 90 people on board", the whole comes after its part.
    const inClause = group
      .map((i) => ({ i, d: distance(i, factId) }))
      .filter((x) => x.d < Infinity)
      .sort((x, y) => x.d - y.d);
    if (!inClause.length) continue;
    const first = inClause[0].i;
    const next = inClause[1]?.i;
    const between = next === undefined ? '' : text.slice(claims[first].to, claims[next].from);
    if (next !== undefined && inClause[1].d === inClause[0].d) continue;
    if (next === undefined || OF_THE.test(between) || !LISTED.test(between)) tied[first] = factId;
  }
}

/**
 * Completes the ties of `assignTies` (`tied`, changed in place) where two or more figures, each
 * disagreeing with every record it may take, were left untied because each could be any of them,
 * but the words right after each name one record, a different one for each: in "68 passengers
 * and six crew members" against 62 passengers and 4 crew, 68 is of the passengers and six of
 * the crew. One figure alone stays as unclear as it was ("A record 536,940 applicants were
 * accepted" may be the accepted, mistyped), and so do figures far from their records or with
 * another record they may take (`close` says whether claim `i` is near record `factId`).
 */
export function tieNamed(
  options: readonly (readonly TieOption[])[],
  tied: (string | undefined)[],
  claims: readonly Span[],
  hits: readonly (Span & { factId: string })[],
  text: string,
  close: (claim: number, factId: string) => boolean,
): void {
  if (!tied.includes(undefined)) return;
  const named: [number, string][] = [];
  let starting: Map<number, (Span & { factId: string })[]> | undefined;
  for (let i = 0; i < options.length; i++) {
    const list = options[i];
    if (tied[i] !== undefined || list.length < 2 || list.some((o) => o.score >= tieScore.overlaps))
      continue;
    if (!starting) {
      starting = new Map();
      for (const h of hits) starting.set(h.from, [...(starting.get(h.from) ?? []), h]);
    }
    const c = claims[i];
    const ids = new Set<string>();
    // The words right after: at most "of the" and two spaces between (`NOUN_AFTER`).
    for (let at = c.to; at <= c.to + 12; at++)
      for (const h of starting.get(at) ?? [])
        if (NOUN_AFTER.test(text.slice(c.to, at)) && list.some((o) => o.factId === h.factId))
          ids.add(h.factId);
    if (ids.size === 1) named.push([i, [...ids][0]]);
  }
  const ids = new Set(named.map(([, id]) => id));
  if (named.length < 2 || ids.size !== named.length) return;
  // Only when nothing else could be meant: "Two passengers and three crew members were treated
  // for minor injuries" may count the injured.
  if (named.some(([i]) => options[i].some((o) => !ids.has(o.factId)))) return;
  // Near their records, as a slip is: "12 passengers and two crew had been questioned" against
  // 62 and 4 are some of them, not the totals mistyped.
  if (named.some(([i, id]) => !close(i, id))) return;
  for (const id of tied) if (id !== undefined && ids.has(id)) return;
  for (const [i, id] of named) tied[i] = id;
}

// Whether the search has anything to weigh: some claim may take one of several facts, or two
// claims may want the same fact. Most sentences have neither, and then each claim takes its own.
function competes(options: readonly (readonly TieOption[])[]): boolean {
  if (options.length === 1) return options[0].length > 1;
  const seen = new Set<string>();
  for (const list of options) {
    if (list.length > 1) return true;
    if (list.length === 1) {
      if (seen.has(list[0].factId)) return true;
      seen.add(list[0].factId);
    }
  }
  return false;
}

// Too many claims and facts to weigh every pairing: tie a claim only to its single candidate,
// and only when no other claim could take that fact.
function fallback(options: readonly (readonly TieOption[])[]): (string | undefined)[] {
  const wanted = new Map<string, number>();
  for (const list of options)
    for (const o of list) wanted.set(o.factId, (wanted.get(o.factId) ?? 0) + 1);
  return options.map((list) =>
    list.length === 1 && wanted.get(list[0].factId) === 1 ? list[0].factId : undefined,
  );
}

/**
 * `options` whose facts the sentence names by more of their terms than the others' scored half
 * `tieScore.named` higher: "The National Party fell to 46 seats" is of the record termed
 * "National" and "seats", not of the one termed "Labour" and "seats", when both disagree.
 */
export function namedMore(
  options: readonly TieOption[],
  hits: readonly (Span & { factId: string; text?: string })[],
): readonly TieOption[] {
  if (options.length < 2) return options;
  const terms = new Map<string, Set<number>>();
  for (const h of hits) {
    const set = terms.get(h.factId) ?? new Set<number>();
    set.add(h.from);
    terms.set(h.factId, set);
  }
  const count = (o: TieOption) => terms.get(o.factId)?.size ?? 0;
  const most = Math.max(...options.map(count));
  if (options.every((o) => count(o) === most)) return options;
  return options.map((o) =>
    count(o) === most ? { factId: o.factId, score: o.score + tieScore.named / 2 } : o,
  );
}

// Between a figure and the noun it counts: "6 crew", "8% of its workforce", "a third of the staff".
const NOUN_AFTER = /^\s{1,2}(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?)?$/i;
const OF_AFTER = /^\s+of\s/i;
const LATER_CLAUSE =
  /[,;]\s*(?:as|while|whereas|and|but|after|before|when|since|because|although|though|with)\b/i;

/**
 * `options` of `claim`, each fact whose words come right after it ("1,700 shootings", "2,104
 * people shot", "8% of its workforce") scored `tieScore.named` higher: of pairings that agree
 * equally well, the one that names what each figure counts wins. When those words are one
 * fact's alone, the facts named only after it, past its clause, drop out: "8% of its workforce,
 * as it reported higher revenue" is not the revenue's growth, even if it agrees with it; so,
 * more closely still, do the facts other than the one the words right before it name ("killing
 * more than 50"). A percent names what it counts with "of" ("8.9% year on year" names no
 * count). Only for a figure some fact agrees with; one no fact agrees with stays as unclear as
 * it was.
 */
export function namedAfter(
  text: string,
  claim: Span & { unit: string },
  options: readonly TieOption[],
  hits: readonly TermHit[],
): readonly TieOption[] {
  if (!options.some((o) => o.score >= tieScore.agreesStale)) return options;
  const right = (h: Span) => h.from >= claim.to && NOUN_AFTER.test(text.slice(claim.to, h.from));
  const left = (h: Span) => h.to <= claim.from && /^\s{1,2}$/.test(text.slice(h.to, claim.from));
  // Of the facts the figure may be tied to only: a word of another's is no rival.
  const ids = new Set(options.map((o) => o.factId));
  const of = (test: (h: Span) => boolean) =>
    new Set(hits.filter((h) => ids.has(h.factId) && test(h)).map((h) => h.factId));
  const named = of(right);
  const governing = of(left);
  if (!named.size && !governing.size) return options;
  const counted = claim.unit !== 'percent' || OF_AFTER.test(text.slice(claim.to, claim.to + 5));
  const clause = (o: TieOption) => inClause(text, hits, claim, o.factId);
  // Named only in another clause after the figure, one a conjunction starts ("…, as it reported
  // higher revenue"); not past an aside ("3,500 workers, many of them at its plant, will be
  // laid off"), nor before the figure ("Auckland remained the largest region, home to 1,656,486
  // people" is Auckland's, whatever "people" names).
  const elsewhere = (o: TieOption) =>
    !hits.some(
      (h) =>
        h.factId === o.factId &&
        (h.to <= claim.from || !LATER_CLAUSE.test(text.slice(claim.to, h.from))),
    );
  // The words right before it govern it more closely still: "crashed …, killing more than 50
  // people" is of the dead, not of the passengers a "passenger plane" carried.
  const governs = governing.size === 1 && options.find((o) => governing.has(o.factId));
  const own = named.size === 1 && counted && options.find((o) => named.has(o.factId));
  if (governs) options = options.filter((o) => o === governs || clause(o));
  else if (own) options = options.filter((o) => o === own || !elsewhere(o));
  return options.map((o) =>
    named.has(o.factId) ? { factId: o.factId, score: o.score + tieScore.named } : o,
  );
}
