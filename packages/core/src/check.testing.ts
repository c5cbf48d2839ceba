// Shared by the checker's tests (not exported from the package): facts, and claims built by hand
// so that the checker is tested on its own; `recordOf` and `briefs` for the tests that run the
// real extractor first (the end-to-end tests are in packages/cli).
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type {
  Attribution,
  Claims,
  DateClaim,
  DateFact,
  Fact,
  FigureClaim,
  FigureFact,
  Interval,
  QuoteFact,
  Sentence,
  TextSpan,
} from './types';

const safadi = { name: 'Jordanian foreign minister Ayman Safadi (tweet)' };
export const facts: Fact[] = [
  {
    id: 'evacuated-total',
    kind: 'figure',
    subject: 'White Helmets evacuated',
    terms: ['evacuated', 'made it', 'meeting point'],
    value: 422,
    unit: 'count',
    asOf: '2018-07-22',
    source: safadi,
  },
  {
    id: 'evacuation-requested',
    kind: 'figure',
    subject: 'White Helmets the evacuation was meant for',
    terms: ['intended', 'requested'],
    value: 800,
    source: safadi,
  },
  {
    id: 'war-deaths',
    kind: 'figure',
    subject: 'Deaths in the war',
    terms: ['deaths', 'died'],
    value: { min: 500000, minExclusive: true },
    source: { name: 'Syrian Observatory for Human Rights' },
  },
  {
    id: 'budget-old',
    kind: 'figure',
    subject: 'Aid budget (first estimate)',
    terms: ['aid budget'],
    value: 2_000_000_000,
    unit: 'USD',
    supersededBy: 'budget',
    source: { name: 'UN OCHA' },
  },
  {
    id: 'budget',
    kind: 'figure',
    subject: 'Aid budget',
    terms: ['aid budget'],
    value: 2_500_000_000,
    unit: 'USD',
    source: { name: 'UN OCHA', publishedAt: '2018-08-01' },
  },
  {
    id: 'resettlement',
    kind: 'figure',
    subject: 'Months before resettlement',
    terms: ['resettled'],
    value: 3,
    unit: 'month',
    source: { name: 'Petra' },
  },
  {
    id: 'evacuation-night',
    kind: 'date',
    subject: 'Night of the evacuation',
    terms: ['evacuated', 'night'],
    value: '2018-07-21',
    source: { name: 'Israel Defense Forces statement' },
  },
  {
    id: 'offensive-start',
    kind: 'date',
    subject: 'Start of the offensive',
    terms: ['offensive'],
    value: '2018-06',
    source: { name: 'SOHR' },
  },
  {
    id: 'safadi-numbers',
    kind: 'quote',
    subject: 'Safadi on the numbers',
    speaker: { name: 'Ayman Safadi', aliases: ['Safadi', 'Jordanian Foreign Minister'] },
    text: 'The number requested was 800 but the actual number settled at 422.',
    channel: 'tweet',
    source: { name: 'Ayman Safadi on Twitter' },
  },
  {
    id: 'member-cnn',
    kind: 'quote',
    subject: 'A member appeals for help',
    speaker: { name: 'a White Helmets member', aliases: ['one of the members'] },
    text: 'We are 300 volunteer members. Help us and save our lives.',
    channel: 'CNN',
    source: { name: 'CNN' },
  },
  {
    id: 'member-roads',
    kind: 'statement',
    subject: 'Why the rest did not make it',
    speaker: { name: 'a White Helmets member', aliases: ['one of the members'] },
    terms: ['blocked roads'],
    channel: 'CNN',
    source: { name: 'CNN' },
  },
];
export const index = new FactIndex(facts);

export function span(text: string, part: string, nth = 0): TextSpan {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(part, from + 1);
  if (from < 0) throw new Error(`"${part}" not in "${text}"`);
  return { from, to: from + part.length, text: part };
}

export function figure(
  text: string,
  part: string,
  value: Interval,
  extra: Partial<FigureClaim> = {},
  nth = 0,
): FigureClaim {
  return { ...span(text, part, nth), value, unit: 'count', ...extra };
}

export function date(
  text: string,
  part: string,
  value: string,
  extra: Partial<DateClaim> = {},
): DateClaim {
  return { ...span(text, part), value, ...extra };
}

export function sentencesOf(text: string): Sentence[] {
  return Array.from(text.matchAll(/[^.!?]+[.!?]+[”"]?\s*/g), (m) => ({
    from: m.index,
    to: m.index + m[0].length,
  }));
}

export function claims(text: string, parts: Partial<Claims>): Claims {
  return {
    schema: 'factdesk.claims/v1',
    figures: [],
    dates: [],
    attributions: [],
    sentences: sentencesOf(text),
    mentions: [],
    ...parts,
  };
}

export function quoteBy(
  text: string,
  quote: string,
  cue: string,
  source: string,
  extra: { resolved?: string; outlet?: string } = {},
): Attribution {
  const content = span(text, quote);
  const s = span(text, source);
  return {
    from: Math.min(content.from, s.from),
    to: Math.max(content.to, s.to),
    cue: span(text, cue),
    source: { ...s, ...(extra.resolved ? { resolved: extra.resolved } : {}) },
    ...(extra.outlet ? { outlet: span(text, extra.outlet) } : {}),
    content: { from: content.from, to: content.to },
    quote: true,
  };
}

export const kinds = (list: { kind: string }[]) => list.map((f) => f.kind);
export const exact = (n: number): Interval => ({ min: n, max: n });

/** A figure fact for a test: its id, subject, terms, value and unit (a count unless given). */
export function recordOf(
  id: string,
  subject: string,
  terms: string[],
  value: number,
  unit = 'count',
  extra: Partial<FigureFact> = {},
): FigureFact {
  return { id, kind: 'figure', subject, terms, value, unit, source: { name: 'Record' }, ...extra };
}

/** Tom Ashby's recorded "cannot prove cause and effect", which the quote tests give to others. */
export const ashbyQuote: QuoteFact = {
  id: 'ashby-cause',
  kind: 'quote',
  subject: 'Independent expert on the study’s limits',
  speaker: { name: 'Tom Ashby', aliases: ['Ashby'] },
  text: 'cannot prove cause and effect',
  source: { name: 'Science Media Centre' },
};

/** A date fact `id` of day `value` (`YYYY-MM-DD`), tied by `terms`, its subject its id. */
export function dayOf(id: string, terms: string[], value: string): DateFact {
  return { id, kind: 'date', subject: id, terms, value, source: { name: 'Record' } };
}

/** Extracts then checks `text` against `facts`: each finding as "kind text factId" ("-" if none). */
export function briefs(
  text: string,
  facts: Fact[],
  options: { all?: boolean; date?: string } = {},
): string[] {
  return check(text, extract(text, { date: options.date }), new FactIndex(facts), options).map(
    (f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`,
  );
}
