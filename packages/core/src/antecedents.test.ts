import { describe, expect, it } from 'vitest';
import { extractAttributions } from './attributions';
import { splitSentences } from './sentences';
import type { Mention } from './types';

/** What the pronoun source of the last attribution of `text` stands for. */
function antecedentIn(text: string): string | undefined {
  return extractAttributions(text, splitSentences(text)).attributions.at(-1)?.source?.resolved;
}

describe('antecedent', () => {
  it('resolves a pronoun to the name before its title in apposition, not to the title', () => {
    expect(
      antecedentIn(
        'Colin Brayfield, the TWU’s general secretary, said the offer was poor. He told LBC that talks had failed.',
      ),
    ).toBe('Colin Brayfield');
    expect(
      antecedentIn(
        'They met Colin Brayfield, the TWU’s general secretary. He told LBC it was over.',
      ),
    ).toBe('Colin Brayfield');
  });

  it('resolves a pronoun to the name after a title in apposition', () => {
    expect(antecedentIn('Brazil’s president, Lula, said so. He told the BBC it was over.')).toBe(
      'Lula',
    );
  });

  it('resolves a pronoun opening a paragraph to the name before a title in the lead', () => {
    const text = 'He told LBC that talks had failed.';
    const read = (lead: Mention[]) =>
      extractAttributions(text, splitSentences(text), lead).attributions[0].source?.resolved;
    const name = { from: 0, to: 15, text: 'Colin Brayfield' };
    const title = { from: 17, to: 44, text: 'the TWU’s general secretary' };
    expect(read([name, title])).toBe('Colin Brayfield');
    // Apart, the title is no apposition: "Colin Brayfield met the TWU's general secretary".
    expect(read([name, { ...title, from: 20, to: 47 }])).toBe('the TWU’s general secretary');
  });

  it('resolves a pronoun to the name before a title with its place of work, not to the firm', () => {
    for (const firm of ['Harcourt', 'Harcourt Smith', 'Harcourt Asset Management'])
      expect(
        antecedentIn(
          `Daniel Ortiz, a fund manager at ${firm}, said so. He told Reuters it was low.`,
        ),
        firm,
      ).toBe('Daniel Ortiz');
  });

  it('keeps the title when the name before it is a place after a preposition', () => {
    expect(antecedentIn('In Spring Valley, the mayor said so. He told the BBC it was over.')).toBe(
      'the mayor',
    );
  });

  it('resolves a pronoun to the person named, not to her relative or lawyer after a possessive', () => {
    expect(
      antecedentIn(
        'Sophie Marchand lost her husband in the flood. She told Le Monde that the dam was unsafe.',
      ),
    ).toBe('Sophie Marchand');
    expect(
      antecedentIn(
        'The prime minister met his wife at the airport. He told reporters it was over.',
      ),
    ).toBe('The prime minister');
    expect(
      antecedentIn(
        'Sophie Marchand, whose son was injured, spoke. She told France Inter it was over.',
      ),
    ).toBe('Sophie Marchand');
    expect(
      antecedentIn('Sophie Marchand met her lawyer on Monday. She told Le Monde it was over.'),
    ).toBe('Sophie Marchand');
  });

  it('resolves a pronoun to a relative who is the subject of the sentence before', () => {
    expect(antecedentIn('Her husband was at work. He told Le Monde it was over.')).toBe(
      'Her husband',
    );
  });

  it('never resolves a pronoun to the outlet of "told"', () => {
    const quote = '“When I heard Tottenham wanted me, I didn’t think twice,” he said.';
    expect(
      antecedentIn(`Lucas Ferreira told Globo Esporte he had turned down other offers. ${quote}`),
    ).toBe('Lucas Ferreira');
    // A surname alone is no person the extractor knows: the pronoun stays unresolved.
    expect(
      antecedentIn(`Ferreira told Globo Esporte he had turned down other offers. ${quote}`),
    ).toBeUndefined();
    expect(
      antecedentIn(
        'The ministry told Sky News that the talks had failed. It said the border would stay closed.',
      ),
    ).toBe('The ministry');
  });
});
