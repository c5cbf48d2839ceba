// The finding of one claim against the fact it is tied to, and the facts a figure may be tied
// to with their scores: what `checkBlock` weighs and reports, one claim at a time.

import type { FactIndex } from './fact-index';
import { comparedAs } from './falls';
import { finding } from './finding';
import { formatDate, formatLike, recordOf, sourceLabel, weekdayOf } from './format';
import { inUnitOf, isPointsSlip, pointsText } from './points';
import { type TieOption, tieScore } from './tie';
import type { DateClaim, DateFact, FigureClaim, FigureFact, Finding } from './types';
import { dateVerdict, figureVerdict } from './verdict';

/**
 * The facts a figure may be tied to, with their scores; those `agreeing` holds for only when
 * the figure agrees with them (see `agreeingOnly`). With `fall`, the figure is the size of a
 * fall, compared negated with a record below zero; with `changeOf(fact)`, the size of a change
 * of what `fact` records, which a record in percentage points of that size takes as a slip
 * (`isPointsSlip`).
 */
export function figureOptions(
  claim: FigureClaim,
  facts: readonly FigureFact[],
  agreeing: (fact: FigureFact) => boolean,
  fall: boolean,
  changeOf: (fact: FigureFact) => boolean,
): TieOption[] {
  const out: TieOption[] = [];
  for (const fact of facts) {
    const c = inUnitOf(claim, fact);
    if (!c) {
      // Weaker than a record that agrees, stronger than one that disagrees.
      if (isPointsSlip(claim, fact, changeOf(fact), fall) && !agreeing(fact))
        out.push({ factId: fact.id, score: tieScore.overlaps });
      continue;
    }
    const v = figureVerdict(comparedAs(c, fact, fall), fact);
    // A figure given for an earlier time may agree with a superseded record: it is that time's.
    const stale = fact.supersededBy !== undefined && !claim.was;
    if ((v !== 'confirmed' || stale) && agreeing(fact)) continue;
    const score =
      v === 'confirmed'
        ? stale
          ? tieScore.agreesStale
          : tieScore.agrees
        : v === 'contradicted'
          ? stale
            ? tieScore.disagreesStale
            : tieScore.disagrees
          : tieScore.overlaps;
    out.push({ factId: fact.id, score });
  }
  return out;
}

export function figureFinding(
  claim: FigureClaim,
  fact: FigureFact,
  index: FactIndex,
  all: boolean,
  fall: boolean,
  changed: boolean,
): Finding | null {
  if (isPointsSlip(claim, fact, changed, fall)) {
    const expected = recordOf(fact);
    return finding(
      'figure-contradicted',
      'error',
      claim,
      `The record says ${expected} (${sourceLabel(fact)}): a change in percentage points, not percent.`,
      { factId: fact.id, expected, suggestion: pointsText(fact) },
    );
  }
  // A fall against a signed change below zero: compared negated, suggested without the sign.
  const compared = comparedAs(claim, fact, fall);
  const sign = compared === claim ? 1 : -1;
  const verdict = figureVerdict(compared, fact);
  if (verdict === 'confirmed' && !all && (fact.supersededBy === undefined || claim.was))
    return null;
  const expected = recordOf(fact);
  const label = sourceLabel(fact);
  if (fact.supersededBy !== undefined && !(claim.was && verdict === 'confirmed')) {
    const next = index.get(fact.supersededBy);
    return finding(
      'figure-stale',
      'warning',
      claim,
      next
        ? `The record was updated: it now says ${recordOf(next)} (${sourceLabel(next)}); ${expected} (${label}) is out of date.`
        : `The record for this figure (${expected}, ${label}) has been superseded.`,
      { factId: fact.id, expected: next ? recordOf(next) : expected },
    );
  }
  const record = { factId: fact.id, expected };
  switch (verdict) {
    case 'contradicted': {
      const suggestion =
        typeof fact.value === 'number' ? formatLike(sign * fact.value, claim) : undefined;
      return finding(
        'figure-contradicted',
        'error',
        claim,
        `The record says ${expected} (${label}).`,
        {
          factId: fact.id,
          expected,
          suggestion,
        },
      );
    }
    case 'understated':
      return finding(
        'figure-understated',
        'warning',
        claim,
        `The record says ${expected} (${label}); "${claim.text}" understates it.`,
        record,
      );
    case 'unconfirmed':
      return finding(
        'figure-unconfirmed',
        'warning',
        claim,
        `The record says ${expected} (${label}), which does not establish "${claim.text}".`,
        record,
      );
    case 'confirmed':
      return all
        ? finding(
            'figure-confirmed',
            'ok',
            claim,
            `Matches the record: ${expected} (${label}).`,
            record,
          )
        : null;
  }
}

export function weekdayFinding(claim: DateClaim): Finding | null {
  if (!claim.weekday || !claim.weekdayExpected) return null;
  const expected = `${claim.weekdayExpected}, ${formatDate(claim.value)}`;
  const suggestion = claim.text.replace(claim.weekday, claim.weekdayExpected);
  return finding(
    'date-contradicted',
    'error',
    claim,
    `${formatDate(claim.value)} was a ${claim.weekdayExpected}, not a ${claim.weekday}.`,
    { expected, suggestion: suggestion !== claim.text ? suggestion : undefined },
  );
}

export function dateFinding(claim: DateClaim, fact: DateFact, all: boolean): Finding | null {
  const expected = formatDate(fact.value);
  const record = { factId: fact.id, expected };
  if (dateVerdict(claim, fact) === 'confirmed') {
    return all
      ? finding(
          'date-confirmed',
          'ok',
          claim,
          `Matches the record: ${expected} (${sourceLabel(fact)}).`,
          record,
        )
      : null;
  }
  const weekday =
    claim.weekday && /^\d{4}-\d\d-\d\d$/.test(fact.value) ? weekdayOf(fact.value) : '';
  return finding(
    'date-contradicted',
    'error',
    claim,
    `The record says ${weekday ? `${weekday}, ` : ''}${expected} (${sourceLabel(fact)}).`,
    record,
  );
}
