import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const source = { name: 'AFAD' };
const facts: Fact[] = [
  {
    id: 'deaths',
    kind: 'figure',
    subject: 'Deaths in the earthquake',
    terms: ['killed'],
    value: 63,
    unit: 'count',
    source,
  },
  {
    id: 'day',
    kind: 'date',
    subject: 'Day of the earthquake',
    terms: ['quake'],
    value: '2026-11-28',
    source,
  },
];
const index = new FactIndex(facts);
const date = '2026-11-30';
const run = (text: string, on: string | null = date) =>
  check(text, extract(text, { date }), index, { date: on ?? undefined }).map(
    (f) => `${f.kind} ${f.text}`,
  );

describe('a sentence that opens on an earlier year', () => {
  it('is background: the records of the story do not contradict it', () => {
    expect(run('In 2011, a quake near the city of Van killed 604 people.')).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('Back in 2020 a smaller quake killed 12.')).toEqual(['figure-unsourced 12']);
    expect(run('In April 2015, a quake killed nearly 9,000 people.')).toEqual([
      'figure-unsourced nearly 9,000',
    ]);
  });

  it('is not a recent month, a day, nor a sentence that comes back to now', () => {
    expect(run('In December 2025, the quake killed 70 people.')).toEqual([
      'figure-contradicted 70',
    ]);
    // A day is most often the very event a record holds.
    expect(run('On May 2, 2019, the quake killed 70 people.')).toEqual(['figure-contradicted 70']);
    expect(run('In 2011, a quake killed 604 people on a Sunday night.')).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('In 2011, a quake killed 604 people on Sunday night.')).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('In 2011, a quake struck Van, and on Saturday a quake killed 70 people.')).toEqual([
      'figure-contradicted 70',
    ]);
  });

  it('stays background when it moves on: "later" says no time of now', () => {
    expect(run('In 2011, the fault formed, and it later killed 70 people.')).toEqual([
      'figure-unsourced 70',
    ]);
  });

  it('is not a month or a day of this year written without it', () => {
    expect(run('In November, a quake killed 70 people.')).toEqual(['figure-contradicted 70']);
    expect(run('On November 28, the quake killed 70 people.')).toEqual(['figure-contradicted 70']);
  });

  it('is read as of now without the story date, in the story year, or with the year later on', () => {
    expect(run('In 2011, a quake near the city of Van killed 604 people.', null)).toEqual([
      'date-contradicted 2011',
      'figure-contradicted 604',
    ]);
    expect(run('In 2026, the quake killed 70 people.')).toEqual(['figure-contradicted 70']);
    // 2011 is another quake's year, not a wrong day for this one.
    expect(run('The quake killed 70 people, more than in 2011.')).toEqual([
      'figure-contradicted 70',
    ]);
  });

  it('reads a figure dated by an earlier year in its clause as of that year', () => {
    expect(run('A quake killed 604 in 2011.')).toEqual(['figure-unsourced 604']);
    expect(run('Quakes in 2011 killed 50,000 people in Van and 604 in Ercis.')).toEqual([
      'figure-unsourced 50,000',
      'figure-unsourced 604',
    ]);
    expect(run('The region was devastated in February 2011 by a quake that killed 604.')).toEqual([
      'figure-unsourced 604',
    ]);
    // A running total since then, of no one quake.
    expect(run('Since 2011, quakes have killed 70 people.')).toEqual(['figure-unsourced 70']);
    // A clause of that year, after its comma ("the first day since 2011 when …" is of now).
    expect(run('It was the first day since 2011 when a quake killed 70 people.')).toEqual([
      'figure-contradicted 70',
    ]);
    expect(run("It was the region's worst quake since 2011, when one killed 604 people.")).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('The quake, the worst since 2011, killed 70 people.')).toEqual([
      'figure-contradicted 70',
    ]);
    expect(run('The quake killed 70 people in 2026.')).toEqual(['figure-contradicted 70']);
  });

  it('reads what the dated event did, in a clause right after its year, as of that year', () => {
    expect(run('A quake struck the town of Van in October 2011, killing 604 people.')).toEqual([
      'figure-unsourced 604',
    ]);
    expect(run('A quake hit Van in October 2011, leaving at least 604 dead.')).toEqual([
      'figure-unsourced at least 604',
    ]);
    // Not past another clause, nor when the event is this week's.
    expect(run('A quake hit Van in 2011, and on Saturday a quake struck, killing 70.')).toEqual([
      'figure-contradicted 70',
    ]);
    expect(run('A quake struck on Saturday, killing 70 people.')).toEqual([
      'figure-contradicted 70',
    ]);
  });
});

describe('a background sentence against a record of its own year', () => {
  it('is held against that record, and a sentence that speaks of now is no background', () => {
    const census: Fact = {
      id: 'census',
      kind: 'figure',
      subject: 'Population of Leeds, 2021 census',
      terms: ['population'],
      value: 812_000,
      unit: 'count',
      asOf: '2021-03-21',
      source: { name: 'ONS' },
    };
    const staff: Fact = {
      ...census,
      id: 'staff',
      terms: ['employs'],
      value: 4000,
      asOf: undefined,
    };
    const both = new FactIndex([census, staff]);
    const kinds = (text: string) =>
      check(text, extract(text, { date }), both, { date }).map((f) => `${f.kind} ${f.text}`);
    expect(kinds('In 2021, the census put the population of Leeds at 798,000.')).toEqual([
      'figure-contradicted 798,000',
    ]);
    expect(kinds('In 2011, Smith founded the company, which now employs 6,500 staff.')).toEqual([
      'figure-contradicted 6,500',
    ]);
  });
});

describe('a figure given for an earlier month', () => {
  const list: Fact = {
    id: 'list',
    kind: 'figure',
    subject: 'Waiting list in England',
    terms: ['waiting list'],
    value: 7_580_000,
    unit: 'count',
    asOf: '2024-01-31',
    source: { name: 'NHS England' },
  };
  const rate: Fact = { ...list, id: 'rate', terms: ['unemployment'], value: 4.2, unit: 'percent' };
  const on = '2024-03-14';
  const kinds = (text: string, fact: Fact) =>
    check(text, extract(text, { date: on }), new FactIndex([fact]), { date: on }).map(
      (f) => `${f.kind} ${f.text}`,
    );

  it('is not contradicted by the record of another month, or of January last year', () => {
    expect(kinds('The waiting list had peaked at 7.77 million in September.', list)).toEqual([
      'figure-unsourced 7.77 million',
    ]);
    const last = 'The waiting list stood at 7.21 million in January last year, when he spoke.';
    expect(kinds(last, list)).toEqual(['figure-unsourced 7.21 million']);
  });

  it('is still contradicted by the record of its month, or by one of no stated time', () => {
    expect(kinds('The waiting list fell to 7.68 million in January.', list)).toEqual([
      'figure-contradicted 7.68 million',
    ]);
    // As of the day the month's figures came out.
    for (const asOf of ['2024-02-14', '2024-02'])
      expect(kinds('The waiting list fell to 7.68 million in January.', { ...list, asOf })).toEqual(
        ['figure-contradicted 7.68 million'],
      );
    const profit: Fact = { ...list, id: 'profit', terms: ['profit'], value: 1.5e9, unit: 'USD' };
    const after = 'After a loss last year the airline posted a profit of $1.2 billion.';
    expect(kinds(after, { ...profit, asOf: '2024-03-01' })).toEqual([
      'figure-contradicted $1.2 billion',
    ]);
    // A record as of February 14 is January's: December's figure is another's.
    const december = 'The waiting list had been 7.9 million in December.';
    expect(kinds(december, { ...list, asOf: '2024-02-14' })).toEqual([
      'figure-unsourced 7.9 million',
    ]);
    const undated: Fact = { ...rate, asOf: undefined };
    expect(kinds('Unemployment was 4.8% in February.', undated)).toEqual([
      'figure-contradicted 4.8%',
    ]);
  });
});

describe('a figure of a thing named with an earlier year', () => {
  const acres: Fact = {
    id: 'acres',
    kind: 'figure',
    subject: 'Acres burned by the Eaton Fire',
    terms: ['burned', 'acres'],
    value: 14117,
    unit: 'acre',
    asOf: '2025-01-12',
    source,
  };
  const run = (text: string) =>
    check(text, extract(text, { date: '2025-01-12' }), new FactIndex([acres]), {
      date: '2025-01-12',
    }).map((f) => `${f.kind} ${f.text}`);

  it('is not held against a record of now, in a relative clause or its own clause', () => {
    expect(
      run('It is larger than the 2020 Bobcat Fire, which burned about 115,000 acres.'),
    ).toEqual(['figure-unsourced about 115,000 acres']);
    expect(run('The 2020 Bobcat Fire burned about 115,000 acres.')).toEqual([
      'figure-unsourced about 115,000 acres',
    ]);
  });

  it('is held against it when the thing is said to act now ("has drawn", "pays")', () => {
    expect(run('The 2020 Bobcat Fire plan has burned about 115,000 acres.')).toEqual([
      'figure-contradicted about 115,000 acres',
    ]);
    expect(run('Under the 2020 plan the fire burned about 115,000 acres.')).toEqual([
      'figure-contradicted about 115,000 acres',
    ]);
  });

  it('is held against it past a clause of its own, or when the words speak of now', () => {
    expect(run('After the 2020 Bobcat Fire, the Eaton Fire has burned 115,000 acres.')).toEqual([
      'figure-contradicted 115,000 acres',
    ]);
    expect(run('The 2020 plan failed, and the fire has burned 115,000 acres.')).toEqual([
      'figure-contradicted 115,000 acres',
    ]);
    expect(run('Since the 2020 season the fire has burned 115,000 acres.')).toEqual([
      'figure-contradicted 115,000 acres',
    ]);
    expect(run('The 2020 plan is dead and the fire has now burned 115,000 acres.')).toEqual([
      'figure-contradicted 115,000 acres',
    ]);
  });
});

describe('a sentence that opens on a thing named with an earlier year ("In the 2018 election,")', () => {
  const turnout = (value: number, asOf: string): Fact => ({
    id: `turnout-${asOf}`,
    kind: 'figure',
    subject: `Turnout, ${asOf.slice(0, 4)} election`,
    terms: ['turnout'],
    value,
    unit: 'percent',
    asOf,
    source: { name: 'Central Election Commission' },
  });
  const on = '2026-10-04';
  const kinds = (text: string, facts: Fact[]) =>
    check(text, extract(text, { date: on }), new FactIndex(facts), { date: on }).map(
      (f) => `${f.kind} ${f.text}`,
    );
  const now = turnout(61.8, on);

  it('is of that year, in the past tense: the record of now does not contradict it', () => {
    expect(kinds('In the 2018 election, turnout was just 54.6%.', [now])).toEqual([
      'figure-unsourced 54.6%',
    ]);
    expect(kinds('During the 2018 campaign, turnout fell to 54.6%.', [now])).toEqual([
      'figure-unsourced 54.6%',
    ]);
  });

  it('is held against a record of that year, and is no background of the story year', () => {
    expect(
      kinds('In the 2018 election, turnout was just 58%.', [now, turnout(54.6, '2018-10-06')]),
    ).toEqual(['figure-contradicted 58%']);
    expect(kinds('In the 2026 election, turnout was just 54.6%.', [now])).toEqual([
      'figure-contradicted 54.6%',
    ]);
  });

  it('is not when the sentence speaks of now, moves on, or opens otherwise', () => {
    expect(kinds('In the 2018 election, turnout is now 54.6%.', [now])).toEqual([
      'figure-contradicted 54.6%',
    ]);
    expect(kinds('In the 2018 election, turnout fell, and this time it was 54.6%.', [now])).toEqual(
      ['figure-contradicted 54.6%'],
    );
    expect(kinds('Since the 2018 election, turnout has fallen to 54.6%.', [now])).toEqual([
      'figure-contradicted 54.6%',
    ]);
    expect(kinds('After the 2018 election, turnout was 54.6%.', [now])).toEqual([
      'figure-contradicted 54.6%',
    ]);
  });
});

describe('a figure right before "in the" and an earlier year before a noun', () => {
  const spend: Fact = {
    id: 'summer-spend',
    kind: 'figure',
    subject: 'Tottenham summer 2025 spending',
    terms: ['spending', 'spent'],
    value: 188_500_000,
    unit: 'GBP',
    asOf: '2025-08-29',
    source: { name: 'Transfermarkt' },
  };
  const on = '2025-08-29';
  const kinds = (text: string) =>
    check(text, extract(text, { date: on }), new FactIndex([spend]), { date: on }).map(
      (f) => `${f.kind} ${f.text}`,
    );

  it('is of that year ("in the 2023 summer window")', () => {
    expect(
      kinds('Premier League clubs spent a record 2.36 billion pounds in the 2023 summer window.'),
    ).toEqual(['figure-unsourced 2.36 billion pounds']);
    expect(kinds('Tottenham spent 250 million pounds during the 2023 window.')).toEqual([
      'figure-unsourced 250 million pounds',
    ]);
  });

  it('is still held against the record in the story year, a financial year, or further on', () => {
    expect(kinds('Tottenham spent 250 million pounds in the 2025 summer window.')).toEqual([
      'figure-contradicted 250 million pounds',
    ]);
    // A financial year's figures come out the year after it.
    expect(kinds('Tottenham spent 250 million pounds in the 2024 financial year.')).toEqual([
      'figure-contradicted 250 million pounds',
    ]);
    expect(kinds('Tottenham spent 250 million pounds on players in the 2023 window.')).toEqual([
      'figure-contradicted 250 million pounds',
    ]);
  });
});
