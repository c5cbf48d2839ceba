import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';

// Wire-copy sentences a review found the rules of sentence-facts.ts, margins.ts and tie.ts
// getting wrong.

describe('clauses, gaps, parts and the nearest figure, in wire copy', () => {
  it('reads what "as" opens as another clause', () => {
    const facts = [
      recordOf('deaths', 'Deaths', ['death toll'], 63),
      recordOf('rescuers', 'Rescuers', ['rescuers'], 2850),
    ];
    const text = 'The death toll, AFAD said, rose to 70 as rescuers searched the rubble.';
    expect(briefs(text, facts)).toEqual(['figure-unsourced 70 -']);
  });

  it('reads "ahead of" after a rate or an amount as time, and after points as a gap', () => {
    const rate = [recordOf('rate', 'Bank Rate', ['interest rates'], 3.75, 'percent')];
    expect(briefs('The Bank held interest rates at 4% ahead of the budget.', rate)).toEqual([
      'figure-contradicted 4% rate',
    ]);
    const points = [recordOf('points', 'Points', ['points'], 32, 'point')];
    expect(briefs('Arsenal are three points ahead of Chelsea.', points)).toEqual([
      'figure-unsourced three points -',
    ]);
  });

  it('narrows no term to a ward, nor away from a record of that very part', () => {
    const babies = [recordOf('babies', 'Babies who died', ['died'], 7)];
    expect(briefs('Eight babies died in the neonatal unit.', babies)).toEqual([
      'figure-contradicted Eight babies',
    ]);
    const cloud = [recordOf('cloud', 'Azure cloud division revenue', ['revenue'], 24.1e9, 'USD')];
    expect(briefs('Revenue at the cloud division rose to $26.1 billion.', cloud)).toEqual([
      'figure-contradicted $26.1 billion cloud',
    ]);
  });

  it('ties no wrong figure of a list to a fact, but the part of a whole it names', () => {
    const tornado = [
      recordOf('dead', 'Killed', ['killed'], 10),
      recordOf('hurt', 'Injured', ['injured'], 30),
    ];
    expect(
      briefs('The tornado killed 40 head of cattle and 12 people and injured 30 others.', tornado),
    ).toEqual(['figure-unsourced 40 -', 'figure-unsourced 12 -']);
    const crash = [recordOf('dead', 'Killed', ['killed'], 63)];
    expect(briefs('The crash killed 83 of the 90 people on board.', crash)).toEqual([
      'figure-contradicted 83 dead',
      'figure-unsourced 90 -',
    ]);
  });
});

describe('what opens a clause', () => {
  it('is "if" and "unless": the deal in "…$650 million if the deal collapses" is another clause\'s', () => {
    const fee = recordOf('fee', 'Termination fee', ['termination fee'], 600e6, 'USD');
    const deal = recordOf('deal', 'Value of the takeover', ['deal', 'takeover'], 24.6e9, 'USD');
    expect(
      briefs('Harlan must pay FreshWay a termination fee of $650 million if the deal collapses.', [
        fee,
        deal,
      ]),
    ).toEqual(['figure-contradicted $650 million fee']);
    expect(
      briefs('Harlan must pay a termination fee of $650 million unless the deal closes.', [
        fee,
        deal,
      ]),
    ).toEqual(['figure-contradicted $650 million fee']);
  });
});

describe('what opens no clause', () => {
  it('is "with" that brings the figure, and "as many as"', () => {
    const facts = [
      recordOf('chega', 'Chega seats', ['Chega'], 49),
      recordOf('ps', 'Socialist seats', ['Socialists', 'seats'], 94),
    ];
    expect(briefs('The far-right Chega came third with 19.8% and 47 seats.', facts)).toEqual([
      'figure-unsourced 19.8% -',
      'figure-unsourced 47 -',
    ]);
    const quake = [
      recordOf('dead', 'Killed', ['killed'], 63),
      recordOf('hurt', 'Injured', ['injured'], 300),
    ];
    expect(briefs('The quake killed as many as 50 people and injured 300.', quake)).toEqual([
      'figure-contradicted as many as 50 dead',
    ]);
  });
});

describe('the nearest wrong figure', () => {
  it('is held against the fact past another figure that is not listed with it', () => {
    const facts = [recordOf('run', 'Unbeaten run', ['unbeaten run'], 15)];
    const text =
      'It extended the unbeaten run to 14 matches and left them on 32 points from 13 games.';
    expect(briefs(text, facts)).toEqual([
      'figure-contradicted 14 run',
      'figure-unsourced 32 points -',
      'figure-unsourced 13 -',
    ]);
  });
});

describe('two figures that each agree with the other one’s record', () => {
  const shootings = recordOf('shootings', 'Shooting incidents', ['shootings'], 1683);
  const shot = recordOf('shot', 'People shot', ['people shot'], 2104);

  it('ties each to the record named right after it', () => {
    const text =
      'There were more than 1,700 shootings and 2,104 people shot, both down by a fifth.';
    expect(briefs(text, [shootings, shot], { all: true })).toEqual([
      'figure-contradicted more than 1,700 shootings',
      'figure-confirmed 2,104 shot',
    ]);
  });

  it('ties two figures no record agrees with each to the record named right after it', () => {
    const passengers = recordOf('passengers', 'Passengers on board', ['passengers'], 62);
    const crew = recordOf('crew', 'Crew on board', ['crew'], 4);
    const text = 'The plane was carrying 68 passengers and six crew members, the airline said.';
    expect(briefs(text, [passengers, crew])).toEqual([
      'figure-contradicted 68 passengers',
      'figure-contradicted six crew',
    ]);
  });

  it('leaves two named figures untied when a record outside their names may be meant', () => {
    const passengers = recordOf('passengers', 'Passengers on board', ['passengers'], 62);
    const crew = recordOf('crew', 'Crew on board', ['crew'], 4);
    const hurt = recordOf('hurt', 'People injured', ['injuries'], 40);
    const text = 'Two passengers and three crew members were treated for minor injuries.';
    expect(briefs(text, [passengers, crew, hurt])).toEqual([
      'figure-unsourced Two -',
      'figure-unsourced three -',
    ]);
    // Far from the records: some of those on board, not the totals mistyped.
    const some = 'Police said 12 passengers and two crew had been questioned.';
    expect(briefs(some, [passengers, crew])).toEqual([
      'figure-unsourced 12 -',
      'figure-unsourced two -',
    ]);
  });

  it('leaves a figure no record agrees with as unclear as before', () => {
    const accepted = recordOf('accepted', 'Accepted applicants', ['accepted'], 563940);
    const applicants = recordOf('applicants', 'Applicants', ['applicants'], 719300);
    expect(briefs('A record 536,940 applicants were accepted.', [accepted, applicants])).toEqual([
      'figure-unsourced 536,940 -',
    ]);
  });
});
