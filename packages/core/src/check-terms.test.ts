import { describe, expect, it } from 'vitest';
import { check } from './check';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';
import { FactIndex } from './fact-index';

const rate = recordOf('rate', 'Bank of England base rate', ['interest rates'], 3.75, 'percent');
const monthly = recordOf(
  'monthly',
  'House prices, monthly change',
  ['monthly', 'month'],
  0.6,
  'percent',
);
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
    const waits = recordOf('waits', 'Patients waiting more than 52 weeks', ['52 weeks'], 191_813);
    expect(briefs('Patients waiting more than 52 weeks fell to 250,000.', [waits])).toEqual([
      'figure-unsourced more than 52 weeks -',
      'figure-contradicted 250,000 waits',
    ]);
  });
});

describe('two wrong figures for one fact', () => {
  const run = recordOf('run', "Arsenal's unbeaten league run", ['unbeaten run'], 15);

  it('holds the fact against the figure nearest its words', () => {
    const text = "The win extended Arsenal's unbeaten run to 14 matches, with 13 games left.";
    expect(briefs(text, [run])).toEqual(['figure-contradicted 14 run', 'figure-unsourced 13 -']);
  });

  it('holds it so once the other facts are taken', () => {
    const crowd = recordOf('crowd', 'Attendance', ['crowd'], 60_214);
    const text =
      "The win, watched by a crowd of 60,214, extended Arsenal's unbeaten run to 14 matches and left them top after 13 games.";
    expect(briefs(text, [crowd, { ...run, subject: 'Unbeaten run' }])).toEqual([
      'figure-contradicted 14 run',
      'figure-unsourced 13 -',
    ]);
  });
});

describe('a term in an aside', () => {
  const revenue = recordOf('revenue', 'Quarterly revenue', ['revenue'], 4.82e9, 'USD');
  const run = (text: string) => briefs(text, [revenue]);

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

describe('a term narrowed to a part', () => {
  it('names no record of the whole: "Revenue at the consumer unit"', () => {
    const revenue = recordOf('revenue', 'Group revenue', ['revenue'], 4.82e9, 'USD');
    const run = (text: string) => briefs(text, [revenue]).map((b) => b.split(' ')[0]);
    expect(run('Revenue at the consumer unit fell to $612 million.')).toEqual(['figure-unsourced']);
    expect(run('Revenue in its cloud division rose to $1.2bn.')).toEqual(['figure-unsourced']);
    expect(run('Revenue at the group rose to $5.1bn.')).toEqual(['figure-contradicted']);
  });

  it('names no record of the whole: "Revenue from chips for personal computers"', () => {
    const revenue = recordOf('revenue', 'Group revenue', ['revenue'], 8.42e9, 'USD');
    const run = (text: string) => briefs(text, [revenue]).map((b) => b.split(' ')[0]);
    expect(run('Revenue from chips for personal computers fell to $1.37 billion.')).toEqual([
      'figure-unsourced',
    ]);
    expect(run('Revenue from all segments fell to $1.37 billion.')).toEqual([
      'figure-contradicted',
    ]);
    expect(run('Revenue from continuing operations fell to $1.37 billion.')).toEqual([
      'figure-contradicted',
    ]);
    expect(run('Revenue rose 5% from a year earlier to $1.37 billion.')).toEqual([
      'figure-unsourced',
      'figure-contradicted',
    ]);
  });
});

describe('a figure that fits two facts', () => {
  const kindAndFact = (text: string, facts: ReturnType<typeof recordOf>[], all = false) =>
    briefs(text, facts, { all }).map((b) => `${b.split(' ')[0]} ${b.split(' ').at(-1)}`);

  it('goes to the one its own clause names', () => {
    const facts = [
      recordOf('injured', 'Injured', ['injured'], 1320),
      recordOf('rescuers', 'Rescuers', ['rescuers'], 2850),
    ];
    const text =
      'More than 1,400 people were injured, officials said, as rescuers searched the rubble.';
    expect(kindAndFact(text, facts)).toEqual(['figure-contradicted injured']);
  });

  it('is of the record the words right after it name, not an agreeing one in another clause', () => {
    const facts = [
      recordOf('cut', 'Job cuts as a share of the workforce', ['workforce'], 6, 'percent'),
      recordOf('rev', 'Revenue growth', ['revenue'], 8, 'percent'),
    ];
    const text = 'Norwell said it would cut 4,000 jobs, or 8% of its workforce, as revenue rose.';
    expect(kindAndFact(text, facts, true)).toEqual([
      'figure-unsourced -',
      'figure-contradicted cut',
    ]);
  });

  it('keeps a record the sentence names before it, whatever the word after it names', () => {
    const facts = [
      recordOf('nz', 'New Zealand population', ['people', 'population'], 4993923),
      recordOf('akl', 'Auckland region population', ['Auckland'], 1656486),
    ];
    const text = 'Auckland remained the largest region, home to 1,656,486 people.';
    expect(kindAndFact(text, facts, true)).toEqual(['figure-confirmed akl']);
  });

  it('is of the record the words right before it name, not an agreeing one elsewhere', () => {
    const facts = [
      recordOf('dead', 'Deaths in the crash', ['killing', 'killed'], 49),
      recordOf('pax', 'Passengers on the flight', ['passengers'], 68),
    ];
    const text = 'A passenger plane crashed on Saturday, killing more than 50 people.';
    expect(kindAndFact(text, facts, true)).toEqual(['figure-contradicted dead']);
  });

  it('keeps an agreeing record named past an aside, not a clause of its own', () => {
    const facts = [
      recordOf('cuts', 'Job cuts', ['laid off', 'job cuts'], 3500),
      recordOf('staff', 'Wolfsburg workforce', ['workers', 'workforce'], 60000),
    ];
    const text = 'Around 3,500 workers, many of them at its Wolfsburg plant, will be laid off.';
    expect(kindAndFact(text, facts, true)).toEqual(['figure-confirmed cuts']);
  });

  it('still meets a record it agrees with in another clause', () => {
    const facts = [
      recordOf('ni', 'NI growth', ['Northern Ireland'], 8.9, 'percent'),
      recordOf('uk', 'UK growth', ['year on year'], 1.8, 'percent'),
    ];
    const text = 'Northern Ireland led again, at 8.9% year on year.';
    expect(kindAndFact(text, facts, true)).toEqual(['figure-confirmed ni']);
  });
});
