import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const rate: Fact = {
  id: 'rate',
  kind: 'figure',
  subject: 'Bank of England base rate',
  terms: ['interest rates'],
  value: 3.75,
  unit: 'percent',
  source: { name: 'Bank of England' },
};
const monthly: Fact = {
  id: 'monthly',
  kind: 'figure',
  subject: 'House prices, monthly change',
  terms: ['monthly', 'month'],
  value: 0.6,
  unit: 'percent',
  source: { name: 'Nationwide' },
};
const index = new FactIndex([rate, monthly]);
const run = (text: string) =>
  check(text, extract(text, { date: '2026-11-30' }), index).map(
    (f) => `${f.kind} ${f.text}${f.factId ? ` ${f.factId}` : ''}`,
  );

describe('terms inside other claims', () => {
  it('takes no term from a date: "last month" is when, not what', () => {
    expect(run('The Bank of England cut interest rates to 3.5% last month.')).toEqual([
      'figure-contradicted 3.5% rate',
    ]);
  });

  it('takes no term from another figure: "three months" is a duration', () => {
    expect(run('Completions fell 8% in the three months to September.')).toEqual([
      'figure-unsourced 8%',
      'figure-unsourced three months',
    ]);
  });

  it('still takes the term written outside any claim', () => {
    expect(run('The monthly rise was 0.9%, in the three months to September.')).toEqual([
      'figure-contradicted 0.9% monthly',
      'figure-unsourced three months',
    ]);
  });
});

describe('a term that holds its number', () => {
  it('still names what a figure is about: "more than 52 weeks"', () => {
    const waits: Fact = {
      id: 'waits',
      kind: 'figure',
      subject: 'Patients waiting more than 52 weeks',
      terms: ['52 weeks'],
      value: 191_813,
      unit: 'count',
      source: { name: 'NHS England' },
    };
    const text = 'Patients waiting more than 52 weeks fell to 250,000.';
    const found = check(text, extract(text), new FactIndex([waits]));
    expect(found.map((f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`)).toEqual([
      'figure-unsourced more than 52 weeks -',
      'figure-contradicted 250,000 waits',
    ]);
  });
});

describe('two wrong figures for one fact', () => {
  it('holds the fact against the figure nearest its words', () => {
    const run: Fact = {
      id: 'run',
      kind: 'figure',
      subject: "Arsenal's unbeaten league run",
      terms: ['unbeaten run'],
      value: 15,
      unit: 'count',
      source: { name: 'Opta' },
    };
    const text = "The win extended Arsenal's unbeaten run to 14 matches, with 13 games left.";
    const found = check(text, extract(text), new FactIndex([run]));
    expect(found.map((f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`)).toEqual([
      'figure-contradicted 14 run',
      'figure-unsourced 13 -',
    ]);
  });
});

describe('a term in an aside', () => {
  const revenue: Fact = {
    id: 'revenue',
    kind: 'figure',
    subject: 'Quarterly revenue',
    terms: ['revenue'],
    value: 4.82e9,
    unit: 'USD',
    source: { name: 'Earnings release' },
  };
  const index = new FactIndex([revenue]);
  const run = (text: string) =>
    check(text, extract(text), index).map((f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`);

  it('speaks only for the figures in the aside', () => {
    expect(
      run('Data-center sales, which make up two-thirds of revenue, grew 31% to $3.1 billion.'),
    ).toEqual(['figure-unsourced 31% -', 'figure-unsourced $3.1 billion -']);
    expect(run('The unit, which booked revenue of $5.1 billion, was sold.')).toEqual([
      'figure-contradicted $5.1 billion revenue',
    ]);
  });

  it('still ties a figure when the term is outside the aside', () => {
    expect(run('Revenue, which analysts watch closely, rose to $5.1 billion.')).toEqual([
      'figure-contradicted $5.1 billion revenue',
    ]);
    expect(run('The group, which now has revenue of $5,100 million.')).toEqual([
      'figure-contradicted $5,100 million revenue',
    ]);
    expect(run('The unit, which booked revenue of $5,100 million, was sold.')).toEqual([
      'figure-contradicted $5,100 million revenue',
    ]);
  });
});

describe('two wrong figures for one fact, once the other facts are taken', () => {
  it('holds the fact against the figure nearest after its words', () => {
    const source = { name: 'Opta' };
    const facts: Fact[] = [
      {
        id: 'crowd',
        kind: 'figure',
        subject: 'Attendance',
        terms: ['crowd'],
        value: 60_214,
        unit: 'count',
        source,
      },
      {
        id: 'run',
        kind: 'figure',
        subject: 'Unbeaten run',
        terms: ['unbeaten run'],
        value: 15,
        unit: 'count',
        source,
      },
    ];
    const text =
      "The win, watched by a crowd of 60,214, extended Arsenal's unbeaten run to 14 matches and left them top after 13 games.";
    const found = check(text, extract(text), new FactIndex(facts));
    expect(found.map((f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`)).toEqual([
      'figure-contradicted 14 run',
      'figure-unsourced 13 -',
    ]);
  });
});

describe('a term narrowed to a part', () => {
  it('names no record of the whole: "Revenue at the consumer unit"', () => {
    const revenue: Fact = {
      id: 'revenue',
      kind: 'figure',
      subject: 'Group revenue',
      terms: ['revenue'],
      value: 4.82e9,
      unit: 'USD',
      source: { name: 'Earnings release' },
    };
    const index = new FactIndex([revenue]);
    const run = (text: string) => check(text, extract(text), index).map((f) => f.kind);
    expect(run('Revenue at the consumer unit fell to $612 million.')).toEqual(['figure-unsourced']);
    expect(run('Revenue in its cloud division rose to $1.2bn.')).toEqual(['figure-unsourced']);
    expect(run('Revenue at the group rose to $5.1bn.')).toEqual(['figure-contradicted']);
  });
});

describe('a figure that fits two facts', () => {
  it('goes to the one its own clause names', () => {
    const source = { name: 'AFAD' };
    const facts: Fact[] = [
      {
        id: 'injured',
        kind: 'figure',
        subject: 'Injured',
        terms: ['injured'],
        value: 1320,
        unit: 'count',
        source,
      },
      {
        id: 'rescuers',
        kind: 'figure',
        subject: 'Rescuers',
        terms: ['rescuers'],
        value: 2850,
        unit: 'count',
        source,
      },
    ];
    const text =
      'More than 1,400 people were injured, officials said, as rescuers searched the rubble.';
    const found = check(text, extract(text), new FactIndex(facts));
    expect(found.map((f) => `${f.kind} ${f.factId}`)).toEqual(['figure-contradicted injured']);
  });

  it('still meets a record it agrees with in another clause', () => {
    const source = { name: 'Nationwide' };
    const facts: Fact[] = [
      {
        id: 'ni',
        kind: 'figure',
        subject: 'NI growth',
        terms: ['Northern Ireland'],
        value: 8.9,
        unit: 'percent',
        source,
      },
      {
        id: 'uk',
        kind: 'figure',
        subject: 'UK growth',
        terms: ['year on year'],
        value: 1.8,
        unit: 'percent',
        source,
      },
    ];
    const text = 'Northern Ireland led again, at 8.9% year on year.';
    const found = check(text, extract(text), new FactIndex(facts), { all: true });
    expect(found.map((f) => `${f.kind} ${f.factId}`)).toEqual(['figure-confirmed ni']);
  });
});
