import { describe, expect, it } from 'vitest';
import { check } from './check';
import { dayOf } from './check.testing';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

// Friday, March 15, 2024.
const date = '2024-03-15';
const run = (text: string, facts: Fact[]) =>
  check(text, extract(text, { date }), new FactIndex(facts), { date, all: true }).map(
    (f) => `${f.kind} ${f.text}`,
  );

describe('a weekday written alone', () => {
  it('agrees with the record of the same weekday a week the other way round the story date', () => {
    const mourning = [dayOf('mourning', ['mourning'], '2024-03-18')];
    expect(run('The government declared national mourning starting Monday.', mourning)).toEqual([
      'date-confirmed Monday',
    ]);
    const closed = [dayOf('closed', ['closed'], '2024-03-18')];
    expect(run('Schools in the district were closed from Monday.', closed)).toEqual([
      'date-confirmed Monday',
    ]);
  });

  it('reads a weekday\'s possessive the same way ("Sunday\'s election" in a preview)', () => {
    const vote = [dayOf('vote', ['election'], '2024-03-17')];
    expect(run("Voters go to the polls in Sunday's election.", vote)).toEqual([
      "date-confirmed Sunday's",
    ]);
    expect(
      run("The SDS won Saturday's election.", [dayOf('vote', ['election'], '2024-03-10')]),
    ).toEqual(["date-contradicted Saturday's"]);
  });

  it('is still another day a week the same way, or with its date written', () => {
    const strike = [dayOf('strike', ['strike'], '2024-03-04')];
    expect(run('Rail workers began a strike on Monday.', strike)).toEqual([
      'date-contradicted Monday',
    ]);
    const polls = [dayOf('polls', ['polls'], '2024-03-24')];
    expect(run('Voters will go to the polls on Sunday.', polls)).toEqual([
      'date-contradicted Sunday',
    ]);
    const mourning = [dayOf('mourning', ['mourning'], '2024-03-18')];
    expect(run('Mourning starts on Monday, March 11.', mourning)).toEqual([
      'date-contradicted Monday, March 11',
    ]);
  });
});
