// The checker: the claims of a block (a paragraph) against the facts at hand, sentence by
// sentence, then the ties of a whole document against each other.
import { groupOf, otherGroup } from './among';
import { checkAttributions } from './attributions-check';
import { inThePast, ofTime, timeOfFigure, yearOfNamed } from './background';
import { figureFinding, figureOptions, weekdayFinding } from './claim-findings';
import { namedBefore } from './clauses';
import { type CountedOther, countsOther } from './counted';
import { checkDates } from './date-ties';
import { isEarlier, speaksOfNow } from './earlier';
import { expectations, isExpectation } from './expectations';
import { FactIndex, type TermHit } from './fact-index';
import { fallen, risen } from './falls';
import { finding } from './finding';
import { recordOf, sourceLabel } from './format';
import { isChange, isLeadFact, isMargin, isMarginFact } from './margins';
import { narrowOptions } from './narrow';
import { namedAsPart, nests, subjectNames } from './narrower';
import { otherOwner, ownerOf } from './owners';
import { partOf } from './parts';
import { isPlaceName, type Where, whereOf } from './places';
import { inUnitOf } from './points';
import { unprefixed } from './prefixed';
import { saidWhen } from './said-when';
import { mayHavePeriod, otherScope, partAt, partsOf } from './scope';
import { sentenceFacts } from './sentence-facts';
import { SpanSet, sentenceAt } from './span-search';
import { keyedWords } from './terms';
import { assignTies, tieNamed, tieNearest } from './tie';
import type {
  Claims,
  DateClaim,
  Fact,
  FigureClaim,
  FigureFact,
  Finding,
  Interval,
  Mention,
  Sentence,
  Span,
  Unit,
} from './types';
import { intervalOf, overlaps, unitOf } from './verdict';

/** A prose figure tied to a fact: what `crossCheck` compares across a document. */
export interface FigureTie {
  factId: string;
  from: number;
  to: number;
  text: string;
  value: Interval;
  unit: Unit;
}

/** What checking one block gives: its findings and its figures' ties. */
export interface BlockResult {
  findings: Finding[];
  ties: FigureTie[];
}

/** Options of a check. */
export interface CheckOptions {
  /** Report the ok findings (`figure-confirmed`, `date-confirmed`, `quote-confirmed`) too. */
  all?: boolean;
  /**
   * The story's date (`YYYY-MM-DD`): a sentence that opens on an earlier year ("In 2011, …") is
   * background, its claims tied only to records they agree with (`inThePast`).
   */
  date?: string;
  /**
   * The mentions of the previous paragraph, as `extract` took them (`lead`): a quote that opens
   * the block with no speaker of its own is spoken by a person named there, as a pronoun that
   * opens it would be ("Smith was led from the dock." then “I have nothing left to lose.”).
   */
  lead?: readonly Mention[];
}

export { sentenceAt } from './span-search';

const byFrom = (a: Finding, b: Finding) => a.from - b.from || a.to - b.to;

function groupBy<T>(groups: Map<number, T[]>, key: number, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * Checks one block of text (a paragraph) with its claims (from `extract`) against the facts:
 * figures and dates are tied to the facts whose terms occur in their sentence, one to one;
 * quotes and attributions are compared with the recorded quotes and statements. Returns the
 * findings, sorted by `from`, and the figures' ties for `crossCheck`.
 */
export function checkBlock(
  text: string,
  claims: Claims,
  index: FactIndex,
  options: CheckOptions = {},
): BlockResult {
  const all = options.all === true;
  const words = keyedWords(text);
  const hits = unprefixed(text, index.termHits(words));
  const sentences: Sentence[] = claims.sentences.length
    ? claims.sentences
    : [{ from: 0, to: text.length }];
  const findings: Finding[] = [];
  const ties: FigureTie[] = [];
  // Quotes and attributions first: a figure in words the record holds as someone's is checked
  // with those words (see `figureOptions`), and is not unsourced.
  const recorded: Span[] = [];
  const said = checkAttributions(
    text,
    claims,
    index,
    { sentences, words, hits },
    all,
    recorded,
    options.lead,
  );
  const worded = recorded.length ? new SpanSet(recorded) : null;
  const inWords = (c: Span) => worded?.holding(c.from, c.to) !== undefined;
  const saying = saidWhen(text, claims.dates, claims.attributions);
  const falls = fallen(text, claims.figures);
  // Only a change in percent can be a slip for points.
  const rises = risen(
    text,
    claims.figures.filter((f) => f.unit === 'percent'),
  );
  // A change of the rate a record's words name before it, in its clause.
  // Not when the sentence gives the points too ("up 0.3 points, and youth unemployment rose 0.3%").
  // Asked only of a percent against a record in points, so most figures never pay for it.
  let pointed: Set<number | undefined> | undefined;
  const changeOf = (c: FigureClaim, hits: readonly TermHit[]) => (fact: FigureFact) => {
    if (c.unit !== 'percent' || unitOf(fact) !== 'percentage point') return false;
    if (!(falls.has(c) || rises.has(c)) || !namedBefore(text, hits, c, fact.id)) return false;
    pointed ??= new Set(
      claims.figures.filter((f) => f.unit.endsWith('point')).map((f) => f.amount),
    );
    return !pointed.has(c.amount);
  };
  const expected = expectations(text, claims.figures);
  const figuresBy = new Map<number, FigureClaim[]>();
  const datesBy = new Map<number, DateClaim[]>();
  for (const f of claims.figures) groupBy(figuresBy, sentenceAt(sentences, f.from), f);
  // A wrong weekday, unless the record of the date says more (its finding suggests the record's
  // day, where the weekday's would keep the wrong date).
  const weekdays = new Map<DateClaim, Finding>();
  for (const d of claims.dates) {
    groupBy(datesBy, sentenceAt(sentences, d.from), d);
    const w = weekdayFinding(d);
    if (w) weekdays.set(d, w);
  }
  // Each hit goes to the one sentence that holds it whole, so a long paragraph is read once.
  const hitsBy = new Map<number, TermHit[]>();
  for (const hit of hits) {
    const s = sentenceAt(sentences, hit.from);
    if (!figuresBy.has(s) && !datesBy.has(s)) continue;
    if (hit.from >= sentences[s].from && hit.to <= sentences[s].to) groupBy(hitsBy, s, hit);
  }
  // The sentences with figures, then those with dates only.
  const claimed = [...figuresBy.keys()];
  for (const s of datesBy.keys()) if (!figuresBy.has(s)) claimed.push(s);
  for (const s of claimed) {
    const figures = figuresBy.get(s) ?? [];
    const dates = datesBy.get(s) ?? [];
    const sentenceHits = hitsBy.get(s) ?? [];
    const { facts, about, dated } = sentenceFacts(
      text,
      sentences[s],
      sentenceHits,
      index,
      figures,
      dates,
    );
    const past = inThePast(text, sentences[s], dates, options.date);
    // Parts with many figures (a table pasted as one sentence) are read once, not per figure.
    const parts = partsOf(text, sentences[s]);
    const periodic = mayHavePeriod(text.slice(sentences[s].from, sentences[s].to));
    const ofNow = speaksOfNow(text.slice(sentences[s].from, sentences[s].to), dates, options.date);
    const group = figures.length ? groupOf(text, sentences[s]) : undefined;
    /**
     * The facts figure `c` ties to only when it agrees with them: `c` is in someone's recorded
     * words (checked with those words); of an earlier time (`was`), a background year or an
     * earlier month, and the record is not of that time; expected, and the record is no
     * expectation; a gap ("three points clear"), and the record is of no gap, or a change over
     * time ("244 fewer than in 2019"), which no record of a lead or majority holds; of another period than the
     * record ("$1bn of annual revenue" against a quarter's) or far from it in size (`scope.ts`);
     * of a place or an area the sentence opens on or the clause names, or a group the sentence
     * opens on, that the record does not name (`places.ts`, `areas.ts`, `among.ts`); some of
     * the group the record counts ("87 of the injured"); of a part another record's longer term
     * names ("Data-center revenue grew 41%", `narrower.ts`); or of a noun the record does not
     * name ("Drivers at 16 train companies", "150 landslides", `counted.ts`); or owned by a
     * name the record does not give ("Microsoft's $69 billion takeover", `owners.ts`).
     */
    let nested: ReturnType<typeof nests> | undefined;
    let counted: CountedOther | undefined;
    const agreeingOnly = (c: FigureClaim, where: Where) => {
      // What the figure is, read once; what each record is, asked only when it matters.
      const said = inWords(c);
      const gap = isMargin(text, c);
      const change = gap && isChange(text, c);
      const then =
        past ??
        timeOfFigure(text, c, dates, options.date) ??
        yearOfNamed(text, sentences[s], c, options.date);
      const scoped = otherScope(text, c, partAt(parts, c.from), periodic);
      nested ??= nests(sentenceHits, (id, outer) =>
        subjectNames(index.get(id)?.subject ?? '', text.slice(outer.from, outer.to)),
      );
      const part = namedAsPart(text, nested, c, sentenceHits);
      const owner = ownerOf(text, c);
      const owned = owner !== undefined && !isPlaceName(owner) ? owner : undefined;
      counted ??= countsOther(text, sentenceHits);
      const other = counted(c);
      return (fact: FigureFact) =>
        said ||
        (c.was === true && !isEarlier(fact)) ||
        (then !== undefined && !ofTime(fact, then)) ||
        (expected.has(c) && !isExpectation(fact)) ||
        (gap && ((change && isLeadFact(fact)) || !isMarginFact(fact))) ||
        scoped(fact) ||
        where.other(fact) ||
        (group !== undefined && c.from >= group.to && otherGroup(group, fact)) ||
        partOf(text, c, sentenceHits, fact.id) ||
        part.has(fact.id) ||
        other?.(fact) === true ||
        (owned !== undefined && otherOwner(owned, fact));
    };
    const figureFacts = [...facts.values()].filter((f): f is FigureFact => f.kind === 'figure');
    const year = options.date?.slice(0, 4) ?? '';
    const current = dates.length > 0 && dates.every((d) => d.value.slice(0, 4) >= year);
    const view = { text, hits: sentenceHits, index, ofNow, date: options.date, current };
    const candidates = figures.map((c) => {
      const where = whereOf(text, sentences[s], c, figureFacts);
      const list = figureOptions(
        c,
        figureFacts.filter((f) => about(c, f)),
        agreeingOnly(c, where),
        falls.has(c),
        changeOf(c, sentenceHits),
      );
      return narrowOptions(c, list, where, view);
    });
    const tied = assignTies(candidates);
    tieNearest(candidates, tied, figures, sentenceHits, text);
    tieNamed(candidates, tied, figures, sentenceHits, text, (i, id) =>
      nearRecord(figures[i], facts.get(id) as FigureFact),
    );
    // A figure of a superseded record beside one of the record that replaced it is the earlier
    // value, given as such: "cut its forecast to 1.5% from 1.9%", "up from the £105bn it forecast".
    const replaced = (fact: FigureFact) => {
      let next = fact.supersededBy;
      for (let n = 0; next !== undefined && n < 8; n++) {
        if (tied.includes(next)) return true;
        next = (facts.get(next) ?? index.get(next))?.supersededBy;
      }
      return false;
    };
    // A figure given for the day a superseded record is of: "The toll had stood at 870 on
    // Wednesday", what it was then, not out of date.
    const onItsDay = (claim: FigureClaim, fact: FigureFact) =>
      dates.some((d) => d.value === fact.asOf && /^\s+on\s+$/.test(text.slice(claim.to, d.from)));
    figures.forEach((claim, i) => {
      const fact = tied[i] ? (facts.get(tied[i]!) as FigureFact) : undefined;
      if (!fact && inWords(claim)) return;
      if (!fact) {
        findings.push(
          finding(
            'figure-unsourced',
            'info',
            claim,
            `No fact in the record backs "${claim.text}".`,
          ),
        );
        return;
      }
      // In the record's unit: "seven years" against a record of 80 months is 84 months.
      // A change in percent tied to a record in points keeps its own unit (`isPointsSlip`).
      const own = inUnitOf(claim, fact) ?? claim;
      const c =
        !own.was && fact.supersededBy !== undefined && (replaced(fact) || onItsDay(claim, fact))
          ? { ...own, was: true as const }
          : own;
      const { from, to, text: t, value, unit } = c;
      ties.push({ factId: fact.id, from, to, text: t, value, unit });
      const found = figureFinding(
        c,
        fact,
        index,
        all,
        falls.has(claim),
        changeOf(claim, sentenceHits)(fact),
      );
      if (found) findings.push(found);
    });
    if (dates.length)
      checkDates(
        {
          text,
          sentence: sentences[s],
          dates,
          facts,
          hits: sentenceHits,
          dated,
          inWords,
          past,
          saying,
          date: options.date,
          all,
        },
        findings,
        weekdays,
      );
  }
  for (const w of weekdays.values()) findings.push(w);
  // Not `push(...list)`: a list that long would overflow the call stack as arguments.
  for (const f of said) findings.push(f);
  findings.sort(byFrom);
  return { findings, ties };
}

/** True when figure `c`'s amount is within two-thirds to one and a half times `fact`'s value. */
function nearRecord(c: FigureClaim, fact: FigureFact): boolean {
  const v = intervalOf(fact.value);
  const value = v.min ?? v.max;
  if (c.amount === undefined || value === undefined || value <= 0) return false;
  const ratio = c.amount / value;
  return ratio >= 2 / 3 && ratio <= 1.5;
}

/**
 * Document-level findings: `figure-inconsistent` for a figure tied to the same fact as an
 * earlier figure of the document that it does not overlap. Ties already contradicted by the
 * record are left to their `figure-contradicted`. Offsets of each block are added.
 */
export function crossCheck(
  blocks: ReadonlyArray<{ offset: number; ties: readonly FigureTie[] }>,
  index: FactIndex,
): Finding[] {
  const seen = new Map<string, FigureTie[]>();
  const out: Finding[] = [];
  for (const block of blocks) {
    for (const tie of block.ties) {
      const fact = index.get(tie.factId);
      if (fact?.kind === 'figure' && !overlaps(tie.value, intervalOf(fact.value))) continue;
      const earlier = seen.get(tie.factId) ?? [];
      const clash = earlier.find((e) => e.unit === tie.unit && !overlaps(e.value, tie.value));
      if (clash) {
        const about = fact ? fact.subject : 'the same fact';
        const at = { from: tie.from + block.offset, to: tie.to + block.offset, text: tie.text };
        out.push(
          finding(
            'figure-inconsistent',
            'warning',
            at,
            `Earlier this draft says "${clash.text}" for ${about}; "${tie.text}" does not agree with it${fact ? ` (the record says ${recordOf(fact)}, ${sourceLabel(fact)})` : ''}.`,
            { factId: tie.factId, expected: fact ? recordOf(fact) : undefined },
          ),
        );
      }
      const { factId, text, value, unit } = tie;
      earlier.push({
        factId,
        from: tie.from + block.offset,
        to: tie.to + block.offset,
        text,
        value,
        unit,
      });
      seen.set(tie.factId, earlier);
    }
  }
  return out.sort(byFrom);
}

/**
 * Checks a whole text in one go: `checkBlock` then `crossCheck`, findings sorted by `from`.
 * `facts` may be a `FactIndex` or a list of facts.
 */
export function check(
  text: string,
  claims: Claims,
  facts: FactIndex | readonly Fact[],
  options: CheckOptions = {},
): Finding[] {
  const index = facts instanceof FactIndex ? facts : new FactIndex(facts);
  const block = checkBlock(text, claims, index, options);
  return [...block.findings, ...crossCheck([{ offset: 0, ties: block.ties }], index)].sort(byFrom);
}
