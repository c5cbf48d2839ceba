import { describe, expect, it } from 'vitest';
import { check, checkBlock, crossCheck } from './check';
import { FactIndex } from './fact-index';
import type {
  Attribution,
  Claims,
  DateClaim,
  Fact,
  FigureClaim,
  Interval,
  Sentence,
  TextSpan,
} from './types';

// Claims are built by hand here so that the checker is tested on its own; the end-to-end tests
// (packages/cli) run the real extractor.

const safadi = { name: 'Jordanian foreign minister Ayman Safadi (tweet)' };
const facts: Fact[] = [
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
const index = new FactIndex(facts);

function span(text: string, part: string, nth = 0): TextSpan {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(part, from + 1);
  if (from < 0) throw new Error(`"${part}" not in "${text}"`);
  return { from, to: from + part.length, text: part };
}

function figure(
  text: string,
  part: string,
  value: Interval,
  extra: Partial<FigureClaim> = {},
  nth = 0,
): FigureClaim {
  return { ...span(text, part, nth), value, unit: 'count', ...extra };
}

function date(
  text: string,
  part: string,
  value: string,
  extra: Partial<DateClaim> = {},
): DateClaim {
  return { ...span(text, part), value, ...extra };
}

function sentencesOf(text: string): Sentence[] {
  return Array.from(text.matchAll(/[^.!?]+[.!?]+[”"]?\s*/g), (m) => ({
    from: m.index,
    to: m.index + m[0].length,
  }));
}

function claims(text: string, parts: Partial<Claims>): Claims {
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

function quoteBy(
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

const kinds = (list: { kind: string }[]) => list.map((f) => f.kind);
const exact = (n: number): Interval => ({ min: n, max: n });

describe('figures', () => {
  it('contradicts "nearly 500 made it" with the record of 422, suggesting "422"', () => {
    const text = 'But nearly 500 made it to the meeting point.';
    const c = claims(text, {
      figures: [
        figure(
          text,
          'nearly 500',
          { min: 450, max: 500, maxExclusive: true },
          { amount: 500, qualifier: 'nearly' },
        ),
      ],
    });
    const [f] = check(text, c, index);
    expect(f).toMatchObject({
      kind: 'figure-contradicted',
      severity: 'error',
      text: 'nearly 500',
      factId: 'evacuated-total',
      expected: '422',
      suggestion: '422',
      message:
        'The record says 422 (Jordanian foreign minister Ayman Safadi (tweet), as of 2018-07-22).',
    });
  });

  it('ties "only 422 made it" to the evacuation total and 800 to the request, both confirmed', () => {
    const text = 'It was intended to evacuate 800 but only 422 made it.';
    const c = claims(text, {
      figures: [figure(text, '800', { min: 760, max: 840 }), figure(text, '422', exact(422))],
    });
    const r = checkBlock(text, c, index, { all: true });
    expect(r.ties.map((t) => [t.text, t.factId])).toEqual([
      ['800', 'evacuation-requested'],
      ['422', 'evacuated-total'],
    ]);
    expect(kinds(r.findings)).toEqual(['figure-confirmed', 'figure-confirmed']);
  });

  it('reports confirmed figures only with `all`', () => {
    const text = 'More than 400 were evacuated.';
    const c = claims(text, {
      figures: [figure(text, 'More than 400', { min: 400, minExclusive: true }, { amount: 400 })],
    });
    expect(check(text, c, index)).toEqual([]);
    expect(kinds(check(text, c, index, { all: true }))).toEqual(['figure-confirmed']);
  });

  it('calls "more than 200" understated when the record is at least twice that', () => {
    const text = 'More than 200 were evacuated.';
    const c = claims(text, {
      figures: [figure(text, 'More than 200', { min: 200, minExclusive: true }, { amount: 200 })],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'figure-understated',
      severity: 'warning',
      expected: '422',
    });
  });

  it('confirms "about 400": 422 lies within its 10%', () => {
    const text = 'About 400 were evacuated.';
    const c = claims(text, {
      figures: [figure(text, 'About 400', { min: 360, max: 440 }, { amount: 400 })],
    });
    expect(check(text, c, index, { all: true })[0]).toMatchObject({
      kind: 'figure-confirmed',
      expected: '422',
    });
  });

  it('contradicts "between 400 and 500 died" with a record of more than 500,000', () => {
    const text = 'Between 400 and 500 died.';
    const c = claims(text, {
      figures: [figure(text, 'Between 400 and 500', { min: 400, max: 500 })],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'figure-contradicted',
      expected: 'more than 500,000',
    });
  });

  it('calls "at least 600,000 deaths" unconfirmed against a record of more than 500,000', () => {
    const text = 'At least 600,000 deaths.';
    const c = claims(text, {
      figures: [figure(text, 'At least 600,000', { min: 600000 }, { amount: 600000 })],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'figure-unconfirmed',
      severity: 'warning',
      expected: 'more than 500,000',
    });
  });

  it('calls a figure that agrees only with a superseded fact stale, naming the new value', () => {
    const text = 'The aid budget is $2bn.';
    const c = claims(text, {
      figures: [figure(text, '$2bn', { min: 1.95e9, max: 2.05e9 }, { unit: 'USD', amount: 2e9 })],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'figure-stale',
      severity: 'warning',
      factId: 'budget-old',
      expected: '$2.5bn',
    });
  });

  it('ties a figure that agrees with neither the old nor the new fact to the new one, with a suggestion in its style', () => {
    const text = 'The aid budget is $3.1bn.';
    const c = claims(text, {
      figures: [figure(text, '$3.1bn', exact(3.1e9), { unit: 'USD', amount: 3.1e9 })],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'figure-contradicted',
      factId: 'budget',
      suggestion: '$2.5bn',
    });
  });

  it('leaves a figure unsourced when no fact has its terms in the sentence', () => {
    const text = 'The town has 12,000 people.';
    const c = claims(text, { figures: [figure(text, '12,000', { min: 11950, max: 12050 })] });
    expect(check(text, c, index)[0]).toMatchObject({ kind: 'figure-unsourced', severity: 'info' });
  });

  it('ties only to a fact of the same unit', () => {
    const text = 'They were evacuated after 3 months.';
    const c = claims(text, { figures: [figure(text, '3 months', exact(3), { unit: 'month' })] });
    expect(kinds(check(text, c, index))).toEqual(['figure-unsourced']);
  });

  it('says less when a figure could be tied to two facts it disagrees with', () => {
    const text = 'It was intended that 1,000 made it.';
    const c = claims(text, { figures: [figure(text, '1,000', exact(1000))] });
    expect(kinds(check(text, c, index))).toEqual(['figure-unsourced']);
  });

  it('flags two figures of a draft tied to the same fact that do not overlap each other', () => {
    const text = 'More than 500,000 people died. Fewer than 490,000 died, others said.';
    const c = claims(text, {
      figures: [
        figure(text, 'More than 500,000', { min: 500000, minExclusive: true }, { amount: 500000 }),
        figure(text, 'Fewer than 490,000', { max: 490000, maxExclusive: true }, { amount: 490000 }),
      ],
    });
    const r = checkBlock(text, c, index);
    expect(kinds(r.findings)).toEqual(['figure-contradicted']);
    // The contradicted one is left to its own finding; two that fit the record but not each other clash.
    const a = {
      factId: 'war-deaths',
      from: 0,
      to: 5,
      text: 'about 520,000',
      value: { min: 468000, max: 572000 },
      unit: 'count',
    };
    const b = {
      factId: 'war-deaths',
      from: 3,
      to: 9,
      text: 'more than 600,000',
      value: { min: 600000, minExclusive: true },
      unit: 'count',
    };
    const cross = crossCheck(
      [
        { offset: 0, ties: [a] },
        { offset: 100, ties: [b] },
      ],
      index,
    );
    expect(cross).toHaveLength(1);
    expect(cross[0]).toMatchObject({
      kind: 'figure-inconsistent',
      severity: 'warning',
      from: 103,
      to: 109,
    });
  });
});

describe('dates', () => {
  it('contradicts a weekday that does not fall on its date, even with no fact', () => {
    const text = 'It happened on Sunday, July 21, 2018.';
    const c = claims(text, {
      dates: [
        date(text, 'Sunday, July 21, 2018', '2018-07-21', {
          weekday: 'Sunday',
          weekdayExpected: 'Saturday',
        }),
      ],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'date-contradicted',
      severity: 'error',
      suggestion: 'Saturday, July 21, 2018',
      message: 'July 21, 2018 was a Saturday, not a Sunday.',
    });
  });

  it('contradicts a date tied to a fact of another day', () => {
    const text = 'They were evacuated on July 20.';
    const c = claims(text, { dates: [date(text, 'July 20', '2018-07-20')] });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'date-contradicted',
      factId: 'evacuation-night',
      expected: 'July 21, 2018',
    });
  });

  it('confirms any day inside a fact of month precision', () => {
    const text = 'The offensive began on June 19.';
    const c = claims(text, { dates: [date(text, 'June 19', '2018-06-19')] });
    expect(kinds(check(text, c, index, { all: true }))).toEqual(['date-confirmed']);
  });
});

describe('quotes and attributions', () => {
  it("confirms a recorded quote with an editor's brackets, only with `all`", () => {
    const text =
      'One of the members told CNN, “[W]e are 300 volunteer members. Help us and save our lives.”';
    const a = quoteBy(
      text,
      '[W]e are 300 volunteer members. Help us and save our lives.',
      'told',
      'One of the members',
      { outlet: 'CNN' },
    );
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    expect(check(text, c, index)).toEqual([]);
    expect(kinds(check(text, c, index, { all: true }))).toEqual(['quote-confirmed']);
  });

  it('keeps the prose quote’s own closing punctuation in the suggestion', () => {
    const text = '“The number requested was 800 but the final number settled at 422,” Safadi said.';
    const quote = 'The number requested was 800 but the final number settled at 422,';
    const c = claims(text, {
      attributions: [quoteBy(text, quote, 'said', 'Safadi')],
      sentences: [{ from: 0, to: text.length }],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'quote-altered',
      expected: 'The number requested was 800 but the actual number settled at 422.',
      suggestion: 'The number requested was 800 but the actual number settled at 422,',
    });
  });

  it('flags a quote with a word changed as altered, suggesting the recorded words', () => {
    const text = 'Safadi said, “The number requested was 800 but the final number settled at 422.”';
    const quote = 'The number requested was 800 but the final number settled at 422.';
    const c = claims(text, {
      attributions: [quoteBy(text, quote, 'said', 'Safadi')],
      sentences: [{ from: 0, to: text.length }],
    });
    const found = check(text, c, index).filter((f) => f.kind.startsWith('quote'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'quote-altered',
      severity: 'error',
      text: quote,
      factId: 'safadi-numbers',
      suggestion: 'The number requested was 800 but the actual number settled at 422.',
    });
  });

  it('flags a recorded quote given to someone else, resolving the pronoun', () => {
    const text = 'He said, “The number requested was 800 but the actual number settled at 422.”';
    const quote = 'The number requested was 800 but the actual number settled at 422.';
    const a = quoteBy(text, quote, 'said', 'He', { resolved: 'Benjamin Netanyahu' });
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    const [f] = check(text, c, index).filter((x) => x.kind.startsWith('quote'));
    expect(f).toMatchObject({
      kind: 'quote-misattributed',
      from: 0,
      to: 2,
      text: 'He',
      expected: 'Ayman Safadi',
    });
    const right = quoteBy(text, quote, 'said', 'He', {
      resolved: 'Jordanian Foreign Minister Ayman Safadi',
    });
    const ok = claims(text, { attributions: [right], sentences: [{ from: 0, to: text.length }] });
    expect(check(text, ok, index).filter((x) => x.kind.startsWith('quote'))).toEqual([]);
  });

  it('contradicts "told NPR" where the record says CNN, over the outlet', () => {
    const text = 'He told NPR, “We are 300 volunteer members. Help us and save our lives.”';
    const a = quoteBy(
      text,
      'We are 300 volunteer members. Help us and save our lives.',
      'told',
      'He',
      {
        resolved: 'one of the members',
        outlet: 'NPR',
      },
    );
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    const [f] = check(text, c, index).filter((x) => x.kind === 'attribution-contradicted');
    expect(f).toMatchObject({
      text: 'NPR',
      from: 8,
      to: 11,
      expected: 'CNN',
      suggestion: 'CNN',
      severity: 'error',
    });
  });

  it('contradicts the outlet of an indirect statement tied by its terms', () => {
    const text = 'Roads out were cut, one of the members told Reuters, citing blocked roads.';
    const s = span(text, 'one of the members');
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'told'),
      source: s,
      outlet: span(text, 'Reuters'),
      content: { from: 0, to: text.length - 1 },
      quote: false,
    };
    const [f] = check(text, claims(text, { attributions: [a] }), index);
    expect(f).toMatchObject({
      kind: 'attribution-contradicted',
      text: 'Reuters',
      suggestion: 'CNN',
      factId: 'member-roads',
    });
  });

  it('contradicts the source of a statement the record gives to someone else', () => {
    const text = 'The roads were blocked, according to a government spokesman.';
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'according to'),
      source: span(text, 'a government spokesman'),
      content: { from: 0, to: 22 },
      quote: false,
    };
    // "blocked roads" is the term; "roads were blocked" holds neither phrase, so nothing is tied.
    expect(check(text, claims(text, { attributions: [a] }), index)).toEqual([]);
    const text2 = 'There were blocked roads, according to a government spokesman.';
    const a2 = {
      ...a,
      to: text2.length - 1,
      cue: span(text2, 'according to'),
      source: span(text2, 'a government spokesman'),
    };
    const [f] = check(text2, claims(text2, { attributions: [a2] }), index);
    expect(f).toMatchObject({
      kind: 'attribution-contradicted',
      text: 'a government spokesman',
      expected: 'a White Helmets member',
    });
  });

  it('warns about a direct quote with no speaker in its sentence or the next', () => {
    const text =
      'The night was long. “We will not leave anyone behind.” Trucks waited at the border.';
    const [f] = check(text, claims(text, {}), index);
    expect(f).toMatchObject({
      kind: 'quote-unattributed',
      severity: 'warning',
      text: 'We will not leave anyone behind.',
    });
  });

  it('does not count short scare quotes inside an attributed sentence as unattributed', () => {
    const text = 'Officials called it a “rescue” of “civil defence” staff, Reuters reported.';
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'reported'),
      source: span(text, 'Reuters'),
      content: { from: 0, to: span(text, ', Reuters').from },
      quote: false,
    };
    expect(check(text, claims(text, { attributions: [a] }), index)).toEqual([]);
  });

  it('sorts findings by where they start', () => {
    const text = 'It was on Sunday, July 21, 2018 that nearly 500 made it. “Nothing is certain.”';
    const c = claims(text, {
      figures: [
        figure(
          text,
          'nearly 500',
          { min: 450, max: 500, maxExclusive: true },
          { amount: 500, qualifier: 'nearly' },
        ),
      ],
      dates: [
        date(text, 'Sunday, July 21, 2018', '2018-07-21', {
          weekday: 'Sunday',
          weekdayExpected: 'Saturday',
        }),
      ],
    });
    const found = check(text, c, index);
    expect(kinds(found)).toEqual([
      'date-contradicted',
      'figure-contradicted',
      'quote-unattributed',
    ]);
    expect(found.map((f) => f.from)).toEqual([...found.map((f) => f.from)].sort((a, b) => a - b));
  });
});
