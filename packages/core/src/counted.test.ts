import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';

describe('a count after a term and a preposition', () => {
  const drivers = recordOf('drivers', 'Drivers called out on strike', ['drivers'], 3400);

  it('counts the noun after it, not what the term names', () => {
    expect(briefs('Drivers at 16 train companies staged strikes in 2022.', [drivers])).toEqual([
      'figure-unsourced 16 -',
    ]);
    expect(
      briefs('Patients in 12 hospitals were moved.', [recordOf('p', 'Patients', ['patients'], 40)]),
    ).toEqual(['figure-unsourced 12 -']);
  });

  it('still counts what the term names otherwise', () => {
    expect(briefs('Drivers at 16 firms, some 3,000 drivers, walked out.', [drivers])).toEqual([
      'figure-unsourced 16 -',
      'figure-contradicted some 3,000 drivers',
    ]);
    const deaths = recordOf('deaths', 'Deaths', ['deaths'], 1200);
    expect(briefs('Deaths at 1,500 makes it the deadliest outbreak.', [deaths])).toEqual([
      'figure-contradicted 1,500 deaths',
    ]);
    expect(briefs('The strike by 3,000 drivers began.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
    expect(briefs('The drivers at 3,000 is the union’s count.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
  });

  it('counts the word a hyphen joins to it ("a 71-page opinion", "the 12-member jury")', () => {
    const markets = recordOf('markets', 'Markets where the firm would lead', ['markets'], 14);
    expect(
      briefs('They compete in local markets, Cole wrote in a 71-page opinion.', [markets]),
    ).toEqual(['figure-unsourced 71 -']);
    const jurors = recordOf('jurors', 'Jury members', ['jury', 'member'], 11);
    expect(briefs('The 12-member jury agreed.', [jurors])).toEqual([
      'figure-contradicted 12 jurors',
    ]);
  });
});

describe('a count of a noun that is none of the record’s words', () => {
  const deaths = recordOf(
    'death-toll',
    'Deaths from Typhoon Marce',
    ['death toll', 'killed', 'dead', 'died'],
    87,
  );
  const outbreaks = recordOf(
    'outbreak-countries',
    'Countries with large or disruptive measles outbreaks, 2024',
    ['outbreaks'],
    57,
  );

  it('is not held against a record of deaths ("triggered more than 150 landslides")', () => {
    const text =
      'Most of the dead were in Kalinga, where heavy rain triggered more than 150 landslides.';
    expect(briefs(text, [deaths])).toEqual(['figure-unsourced more than 150 -']);
  });

  it('is not held against a record of outbreaks when it counts doses ("two doses")', () => {
    const text = 'At least 95% coverage with two doses is needed to prevent outbreaks.';
    expect(briefs(text, [outbreaks])).toEqual([
      'figure-unsourced At least 95% -',
      'figure-unsourced two -',
    ]);
  });

  it('counts people of the one thing a record of such things names in the singular', () => {
    const text = 'The largest U.S. outbreak, in west Texas, infected more than 760 people.';
    expect(briefs(text, [outbreaks])).toEqual(['figure-unsourced more than 760 -']);
  });

  it('still ties to the record when it agrees with it', () => {
    const text = 'Most of the dead were in Kalinga, where heavy rain triggered 87 landslides.';
    expect(briefs(text, [deaths], { all: true })).toEqual(['figure-confirmed 87 death-toll']);
  });

  it('is still held against a record that counts people, or that names its noun', () => {
    const evacuated = recordOf('evacuated', 'White Helmets evacuated', ['evacuated'], 422);
    expect(briefs('Nearly 500 people were evacuated.', [evacuated])).toEqual([
      'figure-contradicted Nearly 500 evacuated',
    ]);
    expect(briefs('The storm killed 92 people.', [deaths])).toEqual([
      'figure-contradicted 92 death-toll',
    ]);
    expect(briefs('The storm killed at least 92.', [deaths])).toEqual([
      'figure-contradicted at least 92 death-toll',
    ]);
    expect(briefs('The storm caused 92 deaths, the death toll said.', [deaths])).toEqual([
      'figure-contradicted 92 death-toll',
    ]);
    const counted = recordOf('deaths', 'Deaths', ['deaths'], 87);
    expect(briefs('Officials reported 92 deaths.', [counted])).toEqual([
      'figure-contradicted 92 deaths',
    ]);
    expect(briefs('The death toll rose to 92 people.', [counted])).toEqual([
      'figure-contradicted 92 deaths',
    ]);
    const slides = recordOf('slides', 'Landslides', ['landslides'], 120);
    expect(briefs('Heavy rain triggered more than 150 landslides.', [slides])).toEqual([
      'figure-contradicted more than 150 slides',
    ]);
    expect(briefs('Large measles outbreaks have hit 63 countries.', [outbreaks])).toEqual([
      'figure-contradicted 63 outbreak-countries',
    ]);
  });

  it('is the measure of a record named right before it ("the unbeaten run to 14 matches")', () => {
    const run = recordOf('run', 'Unbeaten run', ['unbeaten run'], 15);
    expect(briefs('It extended the unbeaten run to 14 matches.', [run])).toEqual([
      'figure-contradicted 14 run',
    ]);
  });

  it('is what a record’s verb counts ("cancelled 300 flights", "300 flights were cancelled")', () => {
    const cancelled = recordOf('cancelled', 'Cancellations', ['cancelled'], 250);
    expect(briefs('The airline cancelled 300 flights on Monday.', [cancelled])).toEqual([
      'figure-contradicted 300 cancelled',
    ]);
    expect(briefs('More than 300 flights were cancelled.', [cancelled])).toEqual([
      'figure-contradicted More than 300 cancelled',
    ]);
  });
});

describe('a count joined by a hyphen to a record’s word, before another noun', () => {
  it('is the size of that noun ("the 100-seat Saeima"), not the record’s', () => {
    const unity = recordOf('unity-seats', 'Seats won by Unity Alliance', ['Unity', 'seats'], 31);
    const text = 'Unity won 27.4% of the vote, well short of a majority in the 100-seat Saeima.';
    expect(briefs(text, [unity])).toEqual(['figure-unsourced 27.4% -', 'figure-unsourced 100 -']);
  });

  it('is still the record’s when the record names that noun', () => {
    const folketing = recordOf('folketing', 'Seats in the Folketing', ['seats'], 175);
    expect(briefs('The 179-seat Folketing met.', [folketing])).toEqual([
      'figure-contradicted 179 folketing',
    ]);
  });
});

describe('a count of a total given after it', () => {
  it('counts the total’s noun ("1,046 of 1,051 polling stations")', () => {
    const unity = recordOf('unity-seats', 'Seats won by Unity Alliance', ['Unity', 'seats'], 31);
    const homeland = recordOf('homeland-seats', 'Seats won by Homeland', ['Homeland', 'seats'], 21);
    const text =
      'With ballots from 1,046 of 1,051 polling stations counted, the commission said Unity would take 31 seats.';
    expect(briefs(text, [unity, homeland])).toEqual([
      'figure-unsourced 1,046 -',
      'figure-unsourced 1,051 -',
    ]);
  });
});
