import { describe, expect, it } from 'vitest';
import { check, checkBlock, crossCheck } from './check';
import { claims, date, exact, figure, index, kinds } from './check.testing';
import { FactIndex } from './fact-index';

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

  it('ties the value a change started from only to a record it agrees with', () => {
    const rates = new FactIndex([
      {
        id: 'inflation',
        kind: 'figure',
        subject: 'Inflation',
        terms: ['inflation'],
        value: 7,
        unit: 'percent',
        source: { name: 'ONS' },
      },
    ]);
    const text = 'Inflation rose from 5% to 8% last year.';
    const c = claims(text, {
      figures: [
        figure(text, '5%', exact(5), { unit: 'percent', amount: 5, was: true }),
        figure(text, '8%', exact(8), { unit: 'percent', amount: 8 }),
      ],
    });
    // Without `was` the two figures compete for the one record and neither is tied.
    expect(check(text, c, rates).map((f) => [f.kind, f.text, f.suggestion])).toEqual([
      ['figure-unsourced', '5%', undefined],
      ['figure-contradicted', '8%', '7%'],
    ]);
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

describe('findings', () => {
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
