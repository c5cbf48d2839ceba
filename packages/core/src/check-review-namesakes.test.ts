import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// A recorded speaker written with a title, a middle initial or a name an alias gives is the
// speaker; only another given name before the surname is another person, and then the source,
// not the outlet, is what the copy gets wrong.

const quote = (speaker: string, aliases: string[], text: string) =>
  ({
    id: 'q',
    kind: 'quote',
    subject: 'q',
    speaker: { name: speaker, aliases },
    text,
    source: { name: 'Wire' },
  }) as Fact;

const statement = (speaker: string, aliases: string[], terms: string[], channel: string) =>
  ({
    id: 's',
    kind: 'statement',
    subject: 's',
    speaker: { name: speaker, aliases },
    terms,
    channel,
    source: { name: channel },
  }) as Fact;

const blinken = quote('Antony Blinken', ['Blinken'], 'We are closer than ever to a deal.');
const sophie = quote('Sophie Marchand', ['Marchand'], 'Profits will recover.');
const dam = statement('Sophie Marchand', ['Marchand'], ['dam had not been inspected'], 'Le Monde');
const ceasefire = statement(
  'Antony Blinken',
  ['Blinken'],
  ['ceasefire deal', 'within reach'],
  'CNN',
);

const cases: [string, string, Fact[], string[]][] = [
  [
    'quote-confirmed: a middle initial is no other given name',
    '“We are closer than ever to a deal,” Secretary of State Antony J. Blinken said on Monday.',
    [blinken],
    ['quote-confirmed We are closer than ever to a deal, q'],
  ],
  [
    'quote-confirmed: a name an alias gives',
    '“We are ready,” Joe Biden said.',
    [quote('Joseph R. Biden', ['Joe Biden', 'Biden'], 'We are ready.')],
    ['quote-confirmed We are ready, q'],
  ],
  [
    'quote-confirmed: a rank before the surname',
    '“Profits will recover,” Chief Executive Marchand said.',
    [sophie],
    ['quote-confirmed Profits will recover, q'],
  ],
  [
    'quote-misattributed: another given name',
    '“Profits will recover,” Olivier Marchand said.',
    [sophie],
    ['quote-misattributed Olivier Marchand q'],
  ],
  [
    'attribution-contradicted: the speaker with a middle initial told another outlet',
    'Secretary of State Antony J. Blinken told NPR that a ceasefire deal was within reach.',
    [ceasefire],
    ['attribution-contradicted NPR s'],
  ],
  [
    'attribution-contradicted: another person of the surname is the wrong source',
    'Olivier Marchand told Le Figaro that the dam had not been inspected since 2019.',
    [dam],
    ['attribution-contradicted Olivier Marchand s'],
  ],
  [
    'nothing: "She" after "lost her husband" is the woman named, who told the recorded outlet',
    'Sophie Marchand lost her husband in the flood. She told Le Monde that the dam had not been inspected since 2019.',
    [dam],
    [],
  ],
  [
    'quote-misattributed: "she" after "with her daughter" is the woman named, not the speaker',
    'Rosa Mamani, 47, sells fruit with her daughter in the market. “The water came in all at once,” she said.',
    [quote('Julia Quispe', ['Quispe'], 'The water came in all at once.')],
    ['quote-misattributed she q'],
  ],
  [
    'attribution-contradicted: "She" is the minister named by her portfolio, who told another outlet',
    'The Minister for Small Business visited the market on Monday. She told Sky News that every trader would get help.',
    [
      statement(
        'Julie Collins',
        ['Minister for Small Business', 'Collins'],
        ['every trader', 'get help'],
        'ABC',
      ),
    ],
    ['attribution-contradicted Sky News s'],
  ],
  [
    'quote-confirmed: "Bloomberg Television" is the recorded "Bloomberg TV"',
    '“We will not raise taxes on working people,” Rachel Reeves told Bloomberg Television in an interview.',
    [
      {
        ...quote('Rachel Reeves', ['Reeves'], 'We will not raise taxes on working people.'),
        channel: 'Bloomberg TV',
      } as Fact,
    ],
    ['quote-confirmed We will not raise taxes on working people, q'],
  ],
];

describe('namesakes and titles before a recorded surname', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2025-03-10' })).toEqual(found);
    });
  }
});
