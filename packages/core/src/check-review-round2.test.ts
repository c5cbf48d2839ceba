import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// A second review's sentences against session 12's rules once narrowed: dates read back and
// forward, points beside percent, speakers described, news frames that may be the record's
// outlet, and records whose subject names a former person. Each went wrong before this round.

const cases: [string, string, Fact[], string[]][] = [
  [
    "date-confirmed (Fri Nov 27; 'would not say' is past)",
    'Officials would not say on Friday whether the plant would reopen.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: "Officials' refusal to comment",
        terms: ['officials'],
        value: '2026-11-27',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Friday d'],
  ],
  [
    'date-confirmed (October 2026)',
    'Retail sales rose less than economists expected in October.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Retail sales data month',
        terms: ['retail sales'],
        value: '2026-10',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed October d'],
  ],
  [
    'date-confirmed (Fri Nov 27)',
    'The shipment, due on Friday, never arrived.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Missed delivery',
        terms: ['shipment'],
        value: '2026-11-27',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Friday d'],
  ],
  [
    'date-confirmed (Jan 12 2027)',
    'The hearing was adjourned until January 12.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Resumed hearing',
        terms: ['hearing'],
        value: '2027-01-12',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed January 12 d'],
  ],
  [
    'date-confirmed (Fri Dec 4) or nothing',
    'The company said it expects to complete the takeover on Friday.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Takeover completion',
        terms: ['takeover'],
        value: '2026-12-04',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Friday d'],
  ],
  [
    'date-confirmed (Mar 3 2027) or nothing',
    'Parliament voted to delay the election to March 3.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Election date',
        terms: ['election'],
        value: '2027-03-03',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed March 3 d'],
  ],
  [
    'date-confirmed (Fri Feb 12 2027)',
    'The tournament opens on Friday, February 12.',
    [
      {
        id: 'd',
        kind: 'date',
        subject: 'Tournament opening',
        terms: ['tournament'],
        value: '2027-02-12',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['date-confirmed Friday, February 12 d'],
  ],
  [
    '0.2 points confirmed; claims 0.2% unsourced, no slip',
    'The unemployment rate rose 0.2 points and claims for unemployment benefit rose 0.2%.',
    [
      {
        id: 'pp',
        kind: 'figure',
        subject: 'Rise in unemployment rate',
        terms: ['unemployment'],
        value: 0.2,
        unit: 'percentage point',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 0.2 points pp', 'figure-unsourced 0.2% -'],
  ],
  [
    '5.1% and 0.3 points confirmed; youth 0.3% unsourced (different measure), not a slip',
    'Unemployment rose to 5.1%, up 0.3 points, and youth unemployment rose 0.3%.',
    [
      {
        id: 'pp',
        kind: 'figure',
        subject: 'Rise in unemployment rate',
        terms: ['unemployment'],
        value: 0.3,
        unit: 'percentage point',
        source: { name: 'Desk record' },
      },
      {
        id: 'lvl',
        kind: 'figure',
        subject: 'Unemployment rate',
        terms: ['unemployment'],
        value: 5.1,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 5.1% lvl', 'figure-confirmed 0.3 points pp', 'figure-unsourced 0.3% -'],
  ],
  [
    "quote-confirmed or nothing (health secretary may be 'the minister')",
    '“We will not be intimidated,” the health secretary said.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Minister on threats',
        speaker: { name: 'Wes Streeting', aliases: ['Streeting', 'the minister'] },
        text: 'We will not be intimidated.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed We will not be intimidated, q'],
  ],
  [
    'quote-confirmed (prosecuting counsel = the prosecutor)',
    '“The evidence is overwhelming,” prosecuting counsel told the jury.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Closing speech',
        speaker: { name: 'Jane Doe KC', aliases: ['Doe', 'the prosecutor'] },
        text: 'The evidence is overwhelming.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed The evidence is overwhelming, q'],
  ],
  [
    'quote-confirmed',
    '“We did everything we could,” the spokeswoman said.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Hospital statement',
        speaker: { name: 'Mary Lee', aliases: ['Lee', 'a spokesperson'] },
        text: 'We did everything we could.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed We did everything we could, q'],
  ],
  [
    'nothing (Sky = Sky News, named)',
    'Smith told Sky he would not resign, the Guardian reported.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith will not resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'Sky News',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (the broadcaster may be the BBC)',
    'Smith told the broadcaster he would not resign, according to the Times.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith will not resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'BBC',
      },
    ] as Fact[],
    [],
  ],
  [
    "nothing (Meet the Press is NBC's, named)",
    'Smith said on NBC he would not resign, the Washington Post reported.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith will not resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'Meet the Press',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (Press Association = PA Media)',
    'He would not resign, Smith told reporters, according to the Press Association.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith will not resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'PA Media',
      },
    ] as Fact[],
    [],
  ],
  [
    '3 confirmed against ham',
    'Former champion Lewis Hamilton has won three races this season.',
    [
      {
        id: 'ham',
        kind: 'figure',
        subject: 'Races won this season by former champion Hamilton',
        terms: ['races', 'won'],
        value: 3,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'ver',
        kind: 'figure',
        subject: 'Races won this season by Verstappen',
        terms: ['races', 'won'],
        value: 9,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed three ham'],
  ],
  [
    '5,000 confirmed against pa',
    'Prior authorisation requests have risen to 5,000 this year.',
    [
      {
        id: 'pa',
        kind: 'figure',
        subject: 'Prior authorisation requests this year',
        terms: ['prior authorisation', 'requests'],
        value: 5000,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'app',
        kind: 'figure',
        subject: 'Appeal requests this year',
        terms: ['requests'],
        value: 800,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 5,000 pa'],
  ],
];

describe('the narrowed rules, as a second review tried to break them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2026-11-30' })).toEqual(found);
    });
  }
});
