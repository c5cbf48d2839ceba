import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// Wire-copy sentences a review wrote to break session 12's rules on dates and their tense, the
// year of a weekday and the fact of a date, each with the findings an editor expects. Every one
// went wrong before those rules were narrowed.

const cases: [string, string, Fact[], string[]][] = [
  [
    'date-confirmed (Friday = Nov 27)',
    'Inflation came in higher than expected on Friday, official figures showed.',
    [
      {
        id: 'cpi-day',
        kind: 'date',
        subject: 'Release of the October inflation figures',
        terms: ['inflation'],
        value: '2026-11-27',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Friday cpi-day'],
  ],
  [
    'date-confirmed (Thursday = Nov 26)',
    'As expected, the Bank of England cut interest rates on Thursday.',
    [
      {
        id: 'cut-day',
        kind: 'date',
        subject: 'Bank of England rate cut',
        terms: ['cut', 'interest rates'],
        value: '2026-11-26',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Thursday cut-day'],
  ],
  [
    'date-confirmed (Sunday = Nov 29)',
    'Hundreds of flights were grounded at Heathrow due to fog on Sunday.',
    [
      {
        id: 'fog-day',
        kind: 'date',
        subject: 'Heathrow fog disruption',
        terms: ['flights', 'grounded'],
        value: '2026-11-29',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced Hundreds -', 'date-confirmed Sunday fog-day'],
  ],
  [
    'date-confirmed (Tuesday = Nov 24)',
    'Shares in the retailer rose by 4% on Tuesday.',
    [
      {
        id: 'shares-day',
        kind: 'date',
        subject: 'Retailer share jump',
        terms: ['shares'],
        value: '2026-11-24',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced 4% -', 'date-confirmed Tuesday shares-day'],
  ],
  [
    'date-confirmed (Friday = Nov 27)',
    'The minister, who said the reforms will save billions, resigned on Friday.',
    [
      {
        id: 'resign-day',
        kind: 'date',
        subject: "Minister's resignation",
        terms: ['resigned'],
        value: '2026-11-27',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced billions -', 'date-confirmed Friday resign-day'],
  ],
  [
    'date-confirmed (Tuesday = Nov 24)',
    'The vote, expected for weeks, finally took place on Tuesday.',
    [
      {
        id: 'vote-day',
        kind: 'date',
        subject: 'Parliamentary vote',
        terms: ['vote'],
        value: '2026-11-24',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Tuesday vote-day'],
  ],
  [
    'date-confirmed (Tuesday = Nov 24)',
    'The next round of talks began in Geneva on Tuesday.',
    [
      {
        id: 'talks-day',
        kind: 'date',
        subject: 'Start of new round of talks',
        terms: ['talks'],
        value: '2026-11-24',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Tuesday talks-day'],
  ],
  [
    'date-confirmed (Sunday = Nov 29)',
    'Rescuers worked until Sunday to free the last survivors.',
    [
      {
        id: 'rescue-end',
        kind: 'date',
        subject: 'End of rescue operation',
        terms: ['rescuers'],
        value: '2026-11-29',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Sunday rescue-end'],
  ],
  [
    'date-confirmed (Saturday = Nov 28)',
    'A man arrested by police on Saturday has been charged with murder.',
    [
      {
        id: 'arrest-day',
        kind: 'date',
        subject: 'Arrest of the suspect',
        terms: ['arrested'],
        value: '2026-11-28',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Saturday arrest-day'],
  ],
  [
    'date-confirmed (Sunday = Nov 29)',
    'The ship, hit by a missile on Sunday, sank within hours.',
    [
      {
        id: 'hit-day',
        kind: 'date',
        subject: 'Missile strike on ship',
        terms: ['missile'],
        value: '2026-11-29',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Sunday hit-day'],
  ],
  [
    'weekday error: May 29 (2026) was a Friday',
    'The plant closed on Saturday, May 29, after 80 years.',
    [
      {
        id: 'other',
        kind: 'date',
        subject: 'Unrelated',
        terms: ['zzzz'],
        value: '2026-01-01',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-contradicted Saturday, May 29 -', 'figure-unsourced 80 years -'],
  ],
  [
    'date-confirmed (March 2026)',
    'The company sold 2 million phones by the end of March.',
    [
      {
        id: 'sales-month',
        kind: 'date',
        subject: 'Sales milestone reached',
        terms: ['sold'],
        value: '2026-03',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced 2 million -', 'date-confirmed March sales-month'],
  ],
  [
    'date-confirmed (March 2026)',
    'Schools stayed closed until the end of March.',
    [
      {
        id: 'schools-month',
        kind: 'date',
        subject: 'Schools reopening',
        terms: ['schools'],
        value: '2026-03',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed March schools-month'],
  ],
  [
    'date-confirmed (March 2026)',
    'By the end of March, more than 400 people had been evacuated.',
    [
      {
        id: 'evac-month',
        kind: 'date',
        subject: 'Evacuation completed',
        terms: ['evacuated'],
        value: '2026-03',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed March evac-month', 'figure-unsourced more than 400 -'],
  ],
  [
    'ceasefire date-confirmed (or nothing); certainly not contradicted against the talks',
    'The ceasefire, though fragile, took effect on Sunday, two days after talks in Cairo.',
    [
      {
        id: 'cf-day',
        kind: 'date',
        subject: 'Ceasefire in effect',
        terms: ['ceasefire'],
        value: '2026-11-29',
        source: { name: 'Desk record' },
      },
      {
        id: 'talks-day',
        kind: 'date',
        subject: 'Cairo talks',
        terms: ['talks'],
        value: '2026-11-27',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Sunday cf-day', 'figure-unsourced two days -'],
  ],
  [
    'nothing or Saturday confirmed; Sunday not contradicted (the march was on both days)',
    'On Saturday, and again on Sunday, thousands marched in Paris.',
    [
      {
        id: 'march-day',
        kind: 'date',
        subject: 'Paris march (first day)',
        terms: ['marched'],
        value: '2026-11-28',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Saturday march-day', 'figure-unsourced thousands -'],
  ],
];

describe('dates and their tense, the year of a weekday, the fact of a date, as a review tried to break them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2026-11-30' })).toEqual(found);
    });
  }
});
