// The shapes of the public contracts (../shared/spec/facts-and-findings.md).
// Every other module of the core speaks in these types.

/**
 * A numeric interval. A missing end is open (unbounded). An exact number is
 * `{ min: n, max: n }`.
 */
export interface Interval {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/**
 * The unit of a figure: `count`, `percent`, an ISO 4217 code (`USD`), a
 * duration unit (`year`, `month`, `week`, `day`, `hour`) or a measurement
 * unit as a singular lowercase word (`ton`, `km`).
 */
export type Unit = string;

/** Where a fact comes from; every verdict shows it. */
export interface Source {
  name: string;
  url?: string;
  publishedAt?: string;
}

/** Who said a quote or a statement. */
export interface Speaker {
  name: string;
  aliases?: string[];
}

interface FactBase {
  /** Unique in its file, `^[a-z0-9][a-z0-9._-]*$`. */
  id: string;
  /** A human label of what the fact is about. */
  subject: string;
  source: Source;
  /** Words or phrases whose presence in a sentence ties a claim to this fact. */
  terms?: string[];
  /** ISO date the figure was true as of. */
  asOf?: string;
  /** The id of the fact that replaces this one: this one is stale. */
  supersededBy?: string;
  note?: string;
}

/** A number or an interval, with its unit. */
export interface FigureFact extends FactBase {
  kind: 'figure';
  terms: string[];
  value: number | Interval;
  unit?: Unit;
}

/** A calendar date of day, month or year precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
export interface DateFact extends FactBase {
  kind: 'date';
  terms: string[];
  value: string;
}

/** A verbatim quote and its speaker. */
export interface QuoteFact extends FactBase {
  kind: 'quote';
  speaker: Speaker;
  text: string;
  channel?: string;
  date?: string;
}

/** An indirect, attributed claim. */
export interface StatementFact extends FactBase {
  kind: 'statement';
  speaker: Speaker;
  terms: string[];
  channel?: string;
}

/** One canonical fact of the store. */
export type Fact = FigureFact | DateFact | QuoteFact | StatementFact;

/** The kinds of fact. */
export type FactKind = Fact['kind'];

/** A fact file (`factdesk.facts/v1`). */
export interface FactFile {
  schema: 'factdesk.facts/v1';
  story?: { id?: string; date?: string };
  facts: Fact[];
}

/** A span of the input text: `from` inclusive, `to` exclusive (JavaScript string indices). */
export interface Span {
  from: number;
  to: number;
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** A figure found in prose, read as an interval (contract section 2). */
export interface FigureClaim extends TextSpan {
  /** The number as stated; absent for a range or a vague quantity. */
  amount?: number;
  value: Interval;
  unit: Unit;
  /** The qualifier as written, lowercased ("more than", "about"), if any. */
  qualifier?: string;
  /**
   * Set on a value the prose gives for an earlier time: where a change started ("5%" in "rose
   * from 5% to 7%") or a figure of an earlier period ("had been 4.1% in the previous quarter",
   * "compared with 3.9% a year earlier"). It ties only to a fact it agrees with (an earlier
   * record), so that the record of now is not held against it. An extension of the contract.
   */
  was?: true;
  /**
   * Set on the size of a change given with where it ended ("26,000" in "fell 26,000 to 861,000"):
   * it ties to a record of a change, and to a record of a level only when it agrees with it, so
   * that the record of the level is held against the level. An extension of the contract.
   */
  change?: true;
}

/** A date found in prose. */
export interface DateClaim extends TextSpan {
  /** The resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; the first day of a span. */
  value: string;
  /**
   * The last day (`YYYY-MM-DD`) of a date that spans the days from `value` on: a week
   * ("last week", "this week", "next week", "two weeks ago") runs Monday (`value`) through
   * Sunday. A recorded date anywhere in the span agrees with it. An extension of the contract.
   */
  through?: string;
  /** The weekday as written ("Saturday"), if any. */
  weekday?: string;
  /**
   * Set when the written weekday does not fall on the written date
   * ("Sunday, July 21, 2018"): the weekday the date really has.
   */
  weekdayExpected?: string;
}

/** An attributed statement or a direct quote. */
export interface Attribution extends Span {
  /** The speech or reporting verb ("said", "told", "according to"). */
  cue: TextSpan;
  /** Who speaks; `resolved` is the mention a pronoun stands for. */
  source?: TextSpan & { resolved?: string };
  /** The outlet or channel ("CNN" in "told CNN", "tweet" in "in a tweet"). */
  outlet?: TextSpan;
  /** What is said (for a quote, the text inside the quotation marks). */
  content: Span;
  /** True for a direct quote. */
  quote: boolean;
}

/** A person or group mentioned in the text, for pronoun resolution. */
export interface Mention extends TextSpan {}

/** A sentence of the input. */
export interface Sentence extends Span {}

/** What `extract` finds in a text (`factdesk.claims/v1`). */
export interface Claims {
  schema: 'factdesk.claims/v1';
  figures: FigureClaim[];
  dates: DateClaim[];
  attributions: Attribution[];
  /** The sentences of the text, in order (an extension of the contract). */
  sentences: Sentence[];
  /** Person and group mentions, in order (an extension of the contract). */
  mentions: Mention[];
}

/** The kinds of finding (contract section 4). */
export type FindingKind =
  | 'figure-contradicted'
  | 'figure-understated'
  | 'figure-unconfirmed'
  | 'figure-stale'
  | 'figure-inconsistent'
  | 'figure-unsourced'
  | 'figure-confirmed'
  | 'date-contradicted'
  | 'date-confirmed'
  | 'quote-altered'
  | 'quote-misattributed'
  | 'quote-confirmed'
  | 'attribution-contradicted'
  | 'quote-unattributed';

/** How much a finding matters. */
export type Severity = 'error' | 'warning' | 'info' | 'ok';

/** One verdict on a claim (contract section 4). */
export interface Finding extends Span {
  kind: FindingKind;
  severity: Severity;
  /** The text the finding covers. */
  text: string;
  /** The fact the claim was tied to, if any. */
  factId?: string;
  /** What the record says, as a reporter would write it ("422"). */
  expected?: string;
  /** A replacement for `text`, when there is one. */
  suggestion?: string;
  /** A sentence a reporter understands, naming the source. */
  message: string;
}

/** What `check` returns (`factdesk.findings/v1`). */
export interface Findings {
  schema: 'factdesk.findings/v1';
  findings: Finding[];
}
