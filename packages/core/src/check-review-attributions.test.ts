import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// Wire-copy attributions probe drafts found misread: a surname shared by two people, a speaker
// described before her name or after it, an outlet with its description, each with the findings
// an editor expects.

const quote = (id: string, name: string, alias: string, text: string, channel: string) =>
  ({
    id,
    kind: 'quote',
    subject: id,
    speaker: { name, aliases: [alias] },
    text,
    channel,
    source: { name: channel },
  }) as Fact;

const sophie = quote(
  'sophie',
  'Sophie Marchand',
  'Marchand',
  'I am tired, but I am free.',
  'Reuters',
);

const quispe = quote(
  'quispe',
  'Julia Quispe',
  'Quispe',
  'We heard a huge noise, like a bomb.',
  'The Associated Press',
);

const brother = {
  id: 'brother',
  kind: 'statement',
  subject: 'Brother on the news',
  speaker: { name: 'Olivier Marchand', aliases: ['her brother'] },
  terms: ['learned of her release'],
  channel: 'Le Monde',
  source: { name: 'Le Monde' },
} as Fact;

const recordPaper = {
  id: 'record',
  kind: 'statement',
  subject: 'Record on payment terms',
  speaker: { name: 'Record' },
  terms: ['instalments', 'future sale'],
  channel: 'Record',
  source: { name: 'Record (Portuguese newspaper)' },
} as Fact;

const liu = {
  id: 'liu',
  kind: 'statement',
  subject: 'Liu on hiring',
  speaker: { name: 'Karen Liu', aliases: ['Liu'] },
  terms: ['hiring engineers'],
  channel: 'CNBC',
  source: { name: 'CNBC interview' },
} as Fact;

const cases: [string, string, Fact[], string[]][] = [
  [
    'quote-misattributed: another given name before the recorded surname is another person',
    '“I am tired, but I am free,” Olivier Marchand told Reuters.',
    [sophie],
    ['quote-misattributed Olivier Marchand sophie'],
  ],
  [
    'quote-confirmed: the surname alone is the recorded speaker',
    '“I am tired, but I am free,” Marchand told Reuters.',
    [sophie],
    ['quote-confirmed I am tired, but I am free, sophie'],
  ],
  [
    'quote-confirmed: the recorded speaker with her title',
    '“I am tired, but I am free,” Ms Marchand told Reuters.',
    [sophie],
    ['quote-confirmed I am tired, but I am free, sophie'],
  ],
  [
    'attribution-contradicted: the speaker after the quote past her age told another outlet',
    '“We heard a huge noise, like a bomb,” Julia Quispe, 52, told Reuters.',
    [quispe],
    ['attribution-contradicted Reuters quispe'],
  ],
  [
    'attribution-contradicted: the speaker after the quote past a description told another outlet',
    '“We heard a huge noise, like a bomb,” Julia Quispe, a farmer, told Reuters.',
    [quispe],
    ['attribution-contradicted Reuters quispe'],
  ],
  [
    'quote-confirmed: the speaker past her age told the recorded outlet',
    '“We heard a huge noise, like a bomb,” Julia Quispe, 52, told the AP.',
    [quispe],
    ['quote-confirmed We heard a huge noise, like a bomb, quispe'],
  ],
  [
    'attribution-contradicted: the brother named after his relation said it to another outlet',
    'Her brother, Olivier Marchand, said in an interview with Le Figaro that the family had learned of her release early on Tuesday.',
    [brother],
    ['attribution-contradicted Le Figaro brother'],
  ],
  [
    'attribution-contradicted: the brother told another outlet, which is no speaker',
    'Her brother, Olivier Marchand, told Le Figaro that the family had learned of her release early on Tuesday.',
    [brother],
    ['attribution-contradicted Le Figaro brother'],
  ],
  [
    'nothing: the brother told the recorded outlet',
    'Her brother, Olivier Marchand, told Le Monde that the family had learned of her release early on Tuesday.',
    [brother],
    [],
  ],
  [
    'attribution-contradicted: a newspaper named after its description reported it, not the record’s',
    'Sporting will get the fee in instalments and keep 10% of any future sale, Portuguese newspaper A Bola reported.',
    [recordPaper],
    ['figure-unsourced 10% -', 'attribution-contradicted A Bola record'],
  ],
  [
    'attribution-contradicted: "according to" a newspaper named after its description',
    'Sporting will get the fee in instalments and keep 10% of any future sale, according to the Portuguese newspaper A Bola.',
    [recordPaper],
    ['figure-unsourced 10% -', 'attribution-contradicted A Bola record'],
  ],
  [
    'nothing but the figure: the recorded newspaper with its description',
    'Sporting will get the fee in instalments and keep 10% of any future sale, Portuguese newspaper Record reported.',
    [recordPaper],
    ['figure-unsourced 10% -'],
  ],
  [
    'attribution-contradicted: a known outlet with "Television" is one outlet, not the interview',
    'Liu told Bloomberg Television in an interview that the company would keep hiring engineers.',
    [liu],
    ['attribution-contradicted Bloomberg Television liu'],
  ],
  [
    'attribution-contradicted: a known outlet with "Business" is one outlet',
    'Liu told Fox Business that the company would keep hiring engineers.',
    [liu],
    ['attribution-contradicted Fox Business liu'],
  ],
  [
    'nothing: she told the recorded outlet in an interview',
    'Liu told CNBC in an interview that the company would keep hiring engineers.',
    [liu],
    [],
  ],
];

describe('attributions as probe drafts wrote them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2025-04-16' })).toEqual(found);
    });
  }
});
