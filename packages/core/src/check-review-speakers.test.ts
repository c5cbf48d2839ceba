import { describe, expect, it } from 'vitest';
import { ashbyQuote, briefs } from './check.testing';
import type { Fact } from './types';

// Wire-copy sentences probe drafts found the speaker rules misreading: an appositive that hides
// the name, a pronoun after one, a role word before a name, each with the findings an editor
// expects.

const statement = (id: string, name: string, alias: string, terms: string[], channel: string) =>
  ({
    id,
    kind: 'statement',
    subject: id,
    speaker: { name, aliases: [alias] },
    terms,
    channel,
    source: { name: channel },
  }) as Fact;

const cases: [string, string, Fact[], string[]][] = [
  [
    'the outlet contradicted, past an age and a relative clause',
    'Linda Frayne, 67, who had lived in Spring Valley, told the Sacramento Bee she had lost her home.',
    [statement('frayne', 'Linda Frayne', 'Frayne', ['lost her home'], 'KCRA')],
    ['attribution-contradicted the Sacramento Bee frayne'],
  ],
  [
    'the outlet contradicted, past an age and a second phrase',
    'Tesfay Gebre, 24, from Eritrea, told the BBC that smugglers had charged each passenger for the crossing.',
    [statement('gebre', 'Tesfay Gebre', 'Gebre', ['smugglers'], 'Al Jazeera')],
    ['attribution-contradicted the BBC gebre'],
  ],
  [
    'nothing when the outlet is the record’s',
    'Tesfay Gebre, 24, from Eritrea, told Al Jazeera that smugglers had charged each passenger.',
    [statement('gebre', 'Tesfay Gebre', 'Gebre', ['smugglers'], 'Al Jazeera')],
    [],
  ],
  [
    'the outlet contradicted: the name between commas after a title speaks',
    'Brazil’s president, Luiz Inacio Lula da Silva, told the BBC that a roadmap would be drawn up.',
    [statement('lula', 'Luiz Inacio Lula da Silva', 'Lula', ['roadmap'], 'Reuters')],
    ['attribution-contradicted the BBC lula'],
  ],
  [
    'the outlet contradicted: a lone name after a title speaks',
    'Brazil’s president, Lula, told the BBC that a roadmap would be drawn up.',
    [statement('lula', 'Luiz Inacio Lula da Silva', 'Lula', ['roadmap'], 'Reuters')],
    ['attribution-contradicted the BBC lula'],
  ],
  [
    'the outlet contradicted: "He" is the name, not the title after it',
    'Colin Brayfield, the TWU’s general secretary, said the offer was not enough. He told LBC that talks had broken down.',
    [statement('brayfield', 'Colin Brayfield', 'Brayfield', ['broken down'], 'BBC Radio 4')],
    ['attribution-contradicted LBC brayfield'],
  ],
  [
    'nothing when "He" told the record’s outlet',
    'Colin Brayfield, the TWU’s general secretary, said the offer was not enough. He told BBC Radio 4 that talks had broken down.',
    [statement('brayfield', 'Colin Brayfield', 'Brayfield', ['broken down'], 'BBC Radio 4')],
    [],
  ],
  [
    'the outlet contradicted, past a title and a relative clause',
    'Colin Brayfield, the TWU’s general secretary, who has led the union since 2019, told LBC that talks had broken down.',
    [statement('brayfield', 'Colin Brayfield', 'Brayfield', ['broken down'], 'BBC Radio 4')],
    ['attribution-contradicted LBC brayfield'],
  ],
  [
    'quote-misattributed: the role word does not hide the name',
    '“That is what champions do,” said captain Marcus Hale.',
    [
      {
        id: 'solberg',
        kind: 'quote',
        subject: 'Solberg',
        speaker: { name: 'Erik Solberg', aliases: ['Solberg'] },
        text: 'That is what champions do. It is three points, nothing more.',
        source: { name: 'presser' },
      } as Fact,
    ],
    // Not "confirmed" beside the error on who said it.
    ['quote-misattributed captain Marcus Hale solberg'],
  ],
  [
    'quote-confirmed, no misattribution, for the recorded speaker with his role',
    '“That is what champions do,” said goalkeeper Erik Solberg.',
    [
      {
        id: 'solberg',
        kind: 'quote',
        subject: 'Solberg',
        speaker: { name: 'Erik Solberg', aliases: ['Solberg'] },
        text: 'That is what champions do. It is three points, nothing more.',
        source: { name: 'presser' },
      } as Fact,
    ],
    ['quote-confirmed That is what champions do, solberg'],
  ],
  [
    'quote-misattributed: a long description holding "who" does not hide the name',
    'Sarah Lindqvist, a professor at the University of Edinburgh who was not involved, said the study "cannot prove cause and effect".',
    [ashbyQuote],
    ['quote-misattributed Sarah Lindqvist ashby-cause'],
  ],
  [
    'quote-confirmed: the place of a leading "In …," is no speaker, the unnamed expert is',
    'In Edinburgh, an expert who was not involved in the research and spoke on condition of anonymity, said the study "cannot prove cause and effect".',
    [ashbyQuote],
    ['quote-confirmed cannot prove cause and effect ashby-cause'],
  ],
  [
    'quote-misattributed: a name after a leading "In …," still speaks',
    'In Edinburgh, Sarah Lindqvist, a professor who was not involved in the research, said the study "cannot prove cause and effect".',
    [ashbyQuote],
    ['quote-misattributed Sarah Lindqvist ashby-cause'],
  ],
];

describe('speakers behind appositives and role words, as probe drafts wrote them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2025-11-04' })).toEqual(found);
    });
  }
});
