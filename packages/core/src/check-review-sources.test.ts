import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// Wire-copy sentences a review wrote to break session 12's rules on speakers described, not
// named, and news frames, each with the findings an editor expects. Every one went wrong before
// those rules were narrowed.

const cases: [string, string, Fact[], string[]][] = [
  [
    'quote-confirmed; no misattribution',
    'City lost 2-0 at home. “We were not good enough,” the City manager said.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Guardiola after defeat',
        speaker: { name: 'Pep Guardiola', aliases: ['Guardiola'] },
        text: 'We were not good enough.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed We were not good enough, q'],
  ],
  [
    'quote-confirmed; no misattribution',
    "Guardiola's side lost again on Saturday. The manager was furious. “We were not good enough,” he said.",
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Guardiola after defeat',
        speaker: { name: 'Pep Guardiola', aliases: ['Guardiola'] },
        text: 'We were not good enough.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed We were not good enough, q'],
  ],
  [
    'quote-confirmed; nothing else',
    '“We are deeply saddened by this news,” the club said in a statement.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Chelsea on death of former player',
        speaker: { name: 'Chelsea FC', aliases: ['Chelsea'] },
        text: 'We are deeply saddened by this news.',
        source: { name: 'Desk record' },
        channel: 'statement',
      },
    ] as Fact[],
    ['quote-confirmed We are deeply saddened by this news, q'],
  ],
  [
    'quote-confirmed',
    '“Safety is our first priority,” the airline said.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Ryanair on incident',
        speaker: { name: 'Ryanair', aliases: ["Ryanair's spokesman"] },
        text: 'Safety is our first priority.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed Safety is our first priority, q'],
  ],
  [
    'quote-confirmed, no misattribution to police',
    'Police sealed off the street, warning residents to stay indoors as a neighbour screamed “He has a gun”.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: "Neighbour's warning",
        speaker: { name: 'Jane Doe', aliases: ['a neighbour', 'Doe'] },
        text: 'He has a gun',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed He has a gun q'],
  ],
  [
    'quote-confirmed',
    '“The defendant showed no remorse,” the judge said.',
    [
      {
        id: 'q',
        kind: 'quote',
        subject: 'Sentencing remarks',
        speaker: { name: 'Mr Justice Fraser', aliases: ['Fraser'] },
        text: 'The defendant showed no remorse.',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['quote-confirmed The defendant showed no remorse, q'],
  ],
  [
    'nothing (Reuters reported his tweet)',
    'Smith said in a tweet that he would not resign, according to Reuters.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith refuses to resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'tweet',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (the Guardian reported the BBC interview)',
    'Smith told the BBC that he would not resign, the Guardian reported.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith refuses to resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'BBC',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (AP = Associated Press)',
    'Smith said he would not resign, according to the Associated Press.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith refuses to resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'AP',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (NYT = The New York Times)',
    'Smith said he would not resign, according to The New York Times.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: 'Smith refuses to resign',
        speaker: { name: 'John Smith', aliases: ['Smith'] },
        terms: ['would not resign'],
        source: { name: 'Desk record' },
        channel: 'NYT',
      },
    ] as Fact[],
    [],
  ],
  [
    'nothing (IOPC is no news outlet; it is the channel)',
    'PC Smith said he feared for his life, according to the Independent Office for Police Conduct.',
    [
      {
        id: 's',
        kind: 'statement',
        subject: "Officer's account",
        speaker: { name: 'PC John Smith', aliases: ['PC Smith', 'Smith'] },
        terms: ['feared for his life'],
        source: { name: 'Desk record' },
        channel: 'IOPC report',
      },
    ] as Fact[],
    [],
  ],
];

describe('speakers described, not named, and news frames, as a review tried to break them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2026-11-30' })).toEqual(found);
    });
  }
});
