// Of the records a figure of a sentence may be tied to (`figureOptions`), the ones that are its
// own: those that name its place or area, those of now when the sentence says it is of now or
// the record is old, those its clause names or it agrees with, and those the words after it
// name (`namedAfter`, `namedMore`).

import { inClause } from './clauses';
import { isEarlier } from './earlier';
import type { FactIndex, TermHit } from './fact-index';
import type { Where } from './places';
import { namedAfter, namedMore, type TieOption, tieScore } from './tie';
import type { FigureClaim, FigureFact } from './types';

/** What a sentence tells of its figures' records, read once for all of them. */
export interface SentenceView {
  text: string;
  hits: readonly TermHit[];
  index: FactIndex;
  /** The sentence says its figures are of now (`speaksOfNow`). */
  ofNow: boolean;
  /** The story's date, `YYYY-MM-DD`, if known. */
  date?: string;
  /** The sentence has dates, none of them of a year before the story's ("on Saturday"). */
  current: boolean;
}

// A record as of more than a year before the story's date: another event's ("Deaths in the
// 1996 Aeroperu crash"), not the one the story reports.
function old(fact: FigureFact, date: string | undefined): boolean {
  if (!date || !fact.asOf) return false;
  return fact.asOf < `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/** Narrows `list`, the records figure `c` may be tied to, to its own; `where` is where `c` is. */
export function narrowOptions(
  c: FigureClaim,
  list: readonly TieOption[],
  where: Where,
  view: SentenceView,
): readonly TieOption[] {
  const { text, hits, index } = view;
  const fact = (o: TieOption) => index.get(o.factId) as FigureFact;
  const keep = (test: (f: FigureFact) => boolean) => {
    const kept = list.filter((o) => test(fact(o)));
    if (kept.length && kept.length < list.length) list = kept;
  };
  if (list.length < 2) return list;
  // "In Jajarkot district alone, at least 700 people were killed" is of Jajarkot's toll, not
  // the quake's.
  keep(where.names);
  // A figure the sentence says is of now is not an earlier time's record, when a record of now
  // is there to hold it: "27.8% achieved top grades this summer" against 28.4% now and 27.8% the
  // previous year is wrong, not right. Without such words the figure may well be the earlier
  // one ("four members preferred to hold rates at 4%"), but not one of years ago when the
  // sentence is dated now ("The plane crashed on Saturday, killing more than 50" is not of a 1996
  // crash; "a town of 27,000 residents" may be of a census years ago).
  if (!c.was && view.ofNow) keep((f) => f.supersededBy !== undefined || !isEarlier(f));
  if (!c.was && view.current) keep((f) => !old(f, view.date));
  if (list.length < 2) return list;
  // Of the facts a figure fits, those its own clause names, and those it agrees with: "More
  // than 1,400 people were injured, officials said, as rescuers searched" is of the injured,
  // not the rescuers; "Northern Ireland …, at 8.9% year on year" still meets its own record.
  const near = list.filter(
    (o) => o.score >= tieScore.agreesStale || inClause(text, hits, c, o.factId),
  );
  return namedMore(namedAfter(text, c, near.length ? near : list, hits), hits);
}
