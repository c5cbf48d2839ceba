import { describe, expect, it } from 'vitest';
import { check } from './check';
import { briefs } from './check.testing';
import { extract } from './extract';
import type { Fact } from './types';

// Outlets after "told" that probe drafts of wire stories misread: a two-word outlet taken for a
// person (and for the antecedent of a later "he"), an outlet before a possessive "her", and a
// statement whose speaker is a pronoun standing for a surname in the sentence before.

const speaker = (name: string) => ({ name, aliases: [name.split(' ').at(-1) as string] });

const statement = (id: string, name: string, terms: string[], channel: string) =>
  ({
    id,
    kind: 'statement',
    subject: id,
    speaker: speaker(name),
    terms,
    channel,
    source: { name: `${channel} interview` },
  }) as Fact;

const twice = {
  id: 'ferreira-twice',
  kind: 'quote',
  subject: 'Ferreira on choosing Tottenham',
  speaker: speaker('Lucas Ferreira'),
  text: 'When I heard Tottenham wanted me, I didn’t think twice.',
  channel: 'ESPN Brasil',
  source: { name: 'ESPN Brasil interview' },
} as Fact;
const offers = statement(
  'ferreira-offers',
  'Lucas Ferreira',
  ['turned down', 'offers'],
  'ESPN Brasil',
);
const appeal = statement('lowe-appeal', 'Rebecca Lowe', ['appeal'], 'BBC');
const coalition = statement('kalns-ltv', 'Raimonds Kalns', ['coalition', 'would not join'], 'LTV');

const quoted = '“When I heard Tottenham wanted me, I didn’t think twice,” he said.';
const confirmed =
  'quote-confirmed When I heard Tottenham wanted me, I didn’t think twice, ferreira-twice';
const join = 'that he would not join any coalition.';

const cases: [string, string, Fact[], string[]][] = [
  [
    'quote-confirmed: "he" after "told Globo Esporte" is Ferreira, not the outlet',
    `Ferreira told Globo Esporte he had turned down other offers. ${quoted}`,
    [twice],
    [confirmed],
  ],
  [
    'quote-confirmed: "he" after "told Globo Esporte" is Lucas Ferreira, named in full',
    `Lucas Ferreira told Globo Esporte he had turned down other offers. ${quoted}`,
    [twice],
    [confirmed],
  ],
  [
    'attribution-contradicted: Ferreira told Globo Esporte what the record has from ESPN Brasil',
    'Ferreira told Globo Esporte he had turned down offers from other clubs.',
    [offers],
    ['attribution-contradicted Globo Esporte ferreira-offers'],
  ],
  [
    'attribution-contradicted and quote-confirmed: the outlet of the statement, the quote his',
    `Ferreira told Globo Esporte he had turned down other offers. ${quoted}`,
    [twice, offers],
    ['attribution-contradicted Globo Esporte ferreira-offers', confirmed],
  ],
  [
    'nothing: Ferreira told the record’s outlet',
    'Ferreira told ESPN Brasil he had turned down offers from other clubs.',
    [offers],
    [],
  ],
  [
    'attribution-contradicted: Lowe told Sky News, before "her client", what the record has from the BBC',
    'Lowe told Sky News her client would appeal.',
    [appeal],
    ['attribution-contradicted Sky News lowe-appeal'],
  ],
  [
    'attribution-contradicted: Lowe told Sky News that her client would appeal',
    'Lowe told Sky News that her client would appeal.',
    [appeal],
    ['attribution-contradicted Sky News lowe-appeal'],
  ],
  ['nothing: Lowe told the BBC', 'Lowe told the BBC her client would appeal.', [appeal], []],
  ['nothing: Lowe told reporters', 'Lowe told reporters her client would appeal.', [appeal], []],
  ['nothing: Lowe told her, a person', 'Lowe told her the client would appeal.', [appeal], []],
  [
    'attribution-contradicted: "He" after "Kalns conceded defeat." told TV3, the record LTV',
    `Kalns conceded defeat. He told TV3 ${join}`,
    [coalition],
    ['attribution-contradicted TV3 kalns-ltv'],
  ],
  [
    'attribution-contradicted: "He" after the full name, whose last word ends in s',
    `Raimonds Kalns conceded defeat. He told TV3 ${join}`,
    [coalition],
    ['attribution-contradicted TV3 kalns-ltv'],
  ],
  [
    'nothing: "He" told the record’s outlet',
    `Kalns conceded defeat. He told LTV ${join}`,
    [coalition],
    [],
  ],
  [
    'nothing: the sentence before "He" names someone else',
    `Kalns conceded defeat. Ozols said talks would go on. He told TV3 ${join}`,
    [coalition],
    [],
  ],
  [
    'nothing: the speaker is named only inside another’s quote',
    `“Kalns has lost,” Ozols said. He told TV3 ${join}`,
    [coalition],
    [],
  ],
];

describe('outlets after "told" and pronoun speakers, as probe drafts wrote them', () => {
  for (const [name, text, facts, expected] of cases)
    it(name, () => expect(briefs(text, facts, { all: true })).toEqual(expected));

  it('attribution-contradicted: "He" opening a paragraph stands for the speaker the lead names', () => {
    const text = `He told TV3 ${join}`;
    const lead = [{ from: 0, to: 5, text: 'Kalns' }];
    const kinds = (facts: Fact[]) =>
      check(text, extract(text), facts, { lead }).map((f) => `${f.kind} ${f.text}`);
    expect(kinds([coalition])).toEqual(['attribution-contradicted TV3']);
    expect(check(text, extract(text), [coalition], { lead: [] })).toEqual([]);
  });
});
