// The dates of one sentence against its date records: each date tied to at most one record, one
// to one, as the figures are, then checked as the record may read it.

import { ofTime } from './background';
import { dateFinding } from './claim-findings';
import { inClause, inPart } from './clauses';
import type { TermHit } from './fact-index';
import { assignTies, type TieOption, tieNearest, tieScore } from './tie';
import { otherEvent } from './to-come';
import type { DateClaim, DateFact, Fact, Finding, Sentence, Span } from './types';
import { dateVerdict } from './verdict';
import { reread } from './weekday-reading';
import { inYearNamed } from './year-reading';

/** One sentence's dates and what `checkBlock` knows of them. */
export interface DateSentence {
  text: string;
  sentence: Sentence;
  dates: readonly DateClaim[];
  /** The sentence's records, by id. */
  facts: ReadonlyMap<string, Fact>;
  /** The sentence's term hits. */
  hits: readonly TermHit[];
  /** Whether date `claim` may be tied to `fact` (`sentenceFacts`). */
  dated(claim: DateClaim, fact: Fact): boolean;
  /** Whether a span is in words a record holds as someone's. */
  inWords(span: Span): boolean;
  /** The earlier year or month the sentence is background of (`inThePast`). */
  past: string | undefined;
  /** The dates that say when something was said (`saidWhen`). */
  saying: ReadonlySet<DateClaim>;
  /** The story's date. */
  date: string | undefined;
  /** Report confirmed dates too. */
  all: boolean;
}

/**
 * Ties the sentence's dates to its date records and pushes their findings onto `findings`. A
 * date whose record settles its weekday (contradicted, or right as the record reads it) loses
 * its own weekday finding from `weekdays`.
 */
export function checkDates(
  s: DateSentence,
  findings: Finding[],
  weekdays: Map<DateClaim, Finding>,
): void {
  const { text, dates, hits } = s;
  const dateFacts = [...s.facts.values()].filter((f): f is DateFact => f.kind === 'date');
  // A date as the record may read it: in the year the sentence names, or a weekday a week on.
  const read = (c: DateClaim, f: DateFact) =>
    reread(inYearNamed(text, s.sentence, c, f, s.date), f, s.date);
  const options: TieOption[][] = dates.map((c) =>
    dateFacts.flatMap((f) => {
      // "“We have cut rates today,” Ashby said": the quote's day is when it was said.
      if (s.inWords(c) || !s.dated(c, f) || !inPart(text, hits, c, f.id)) return [];
      const agrees = dateVerdict(read(c, f), f) === 'confirmed';
      const other = otherEvent(text, s.sentence, c, f, s.date);
      if (!agrees && ((s.past && !ofTime(f, s.past)) || s.saying.has(c) || other)) return [];
      return [{ factId: f.id, score: agrees ? tieScore.agrees : tieScore.disagrees }];
    }),
  );
  // Of the records a date disagrees with, the one its clause names: "will go on sale on
  // Friday, September 19, the company said at its launch event" is of the sale.
  for (let i = 0; i < dates.length; i++) {
    const list = options[i];
    if (list.length < 2) continue;
    const near = list.filter((o) => inClause(text, hits, dates[i], o.factId));
    if (near.length === 1)
      options[i] = list.map((o) =>
        o === near[0] ? { factId: o.factId, score: o.score + tieScore.named } : o,
      );
  }
  const ties = assignTies(options);
  // "The fire broke out Friday and was contained on Tuesday": the day right after the words.
  tieNearest(options, ties, dates, hits, text);
  dates.forEach((claim, i) => {
    const fact = ties[i] ? (s.facts.get(ties[i]!) as DateFact) : undefined;
    // A wrong weekday is already an error on this date; "confirmed" beside it would confuse.
    const asRead = fact && read(claim, fact);
    const found = asRead && dateFinding(asRead, fact, s.all && !asRead.weekdayExpected);
    if (found) findings.push(found);
    // Contradicted, or right in the year the sentence names: no weekday finding of its own.
    if (found?.kind === 'date-contradicted' || (asRead && !asRead.weekdayExpected))
      weekdays.delete(claim);
  });
}
