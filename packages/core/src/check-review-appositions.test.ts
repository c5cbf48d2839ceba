import { describe, expect, it } from 'vitest';
import { extractAttributions } from './attributions';
import { briefs } from './check.testing';
import { splitSentences } from './sentences';
import type { Fact } from './types';

// Appositions in wire copy that probe drafts misread: the firm in a speaker's description taken
// for the antecedent of a later "he", and a name set off after its title taken for no subject of
// "told", so that the outlet after the verb became the speaker.

const silver = {
  id: 'ortiz-silver',
  kind: 'quote',
  subject: 'Fund manager criticises the price',
  speaker: { name: 'Daniel Ortiz', aliases: ['Ortiz'] },
  text: 'The board has sold the family silver at a car-boot price.',
  channel: 'Reuters',
  source: { name: 'Reuters interview' },
} as Fact;

const shortfall = {
  id: 'ellery-fell-short',
  kind: 'statement',
  subject: 'Contractor accepts inspection regime fell short',
  speaker: { name: 'Mark Ellery', aliases: ['Ellery'] },
  terms: ['fell short', 'inspection regime'],
  channel: 'BBC',
  source: { name: 'BBC News interview' },
} as Fact;

const quoted = '“The board has sold the family silver at a car-boot price,” he told Reuters.';
const confirmed =
  'quote-confirmed The board has sold the family silver at a car-boot price, ortiz-silver';

/** The source of the last attribution of `text`, as what its pronoun stands for or as written. */
function sourceIn(text: string): string | undefined {
  const source = extractAttributions(text, splitSentences(text)).attributions.at(-1)?.source;
  return source?.resolved ?? source?.text;
}

describe('appositions around a speaker, as probe drafts wrote them', () => {
  it('quote-confirmed: "he" after "X, a fund manager at Harcourt Asset Management," is X', () => {
    const text = `Daniel Ortiz, a fund manager at Harcourt Asset Management, said the offer was too low. ${quoted}`;
    expect(briefs(text, [silver], { all: true })).toEqual([confirmed]);
  });

  it('resolves "he" to the person, not to a firm named like one in his description', () => {
    for (const firm of ['Harcourt Partners', 'Harcourt Capital', 'Harcourt Holdings'])
      expect(sourceIn(`Daniel Ortiz, a fund manager at ${firm}, said so. ${quoted}`), firm).toBe(
        'Daniel Ortiz',
      );
  });

  it('keeps lowercase partners no firm: "It" after "lost its partners" is the firm', () => {
    expect(sourceIn('The firm lost its partners. It told Reuters the deal was off.')).toBe(
      'The firm',
    );
  });

  it('nothing: "Its chief executive, Mark Ellery, told the BBC" names Ellery and the BBC', () => {
    const text =
      'Its chief executive, Mark Ellery, told the BBC the company accepted that its inspection regime fell short.';
    expect(sourceIn(text)).toBe('Mark Ellery');
    expect(briefs(text, [shortfall], { all: true })).toEqual([]);
  });

  it('attribution-contradicted: the named chief executive told Sky News what the record has from the BBC', () => {
    const text =
      'Its chief executive, Mark Ellery, told Sky News the company accepted that its inspection regime fell short.';
    expect(briefs(text, [shortfall])).toEqual([
      'attribution-contradicted Sky News ellery-fell-short',
    ]);
  });
});
