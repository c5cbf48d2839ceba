import { describe, expect, it } from 'vitest';
import { classifyMentions, findMentions, mentionKind } from './mentions';
import { splitSentences } from './sentences';

const mentions = (text: string) => findMentions(text, splitSentences(text)).map((m) => m.text);

describe('findMentions', () => {
  it('reads a name with its titles as one mention', () => {
    expect(mentions('Jordanian Foreign Minister Ayman Safadi confirmed it.')).toEqual([
      'Jordanian Foreign Minister Ayman Safadi',
    ]);
  });

  it('reads organisations with their determiners and modifiers', () => {
    expect(
      mentions(
        'The Israeli military and the British-based Syrian Observatory for Human Rights spoke to Le Monde.',
      ),
    ).toEqual([
      'The Israeli military',
      'the British-based Syrian Observatory for Human Rights',
      'Le Monde',
    ]);
    expect(mentions('The Jordanian state news agency reported it.')).toEqual([
      'The Jordanian state news agency',
    ]);
  });

  it('reads descriptive mentions of people and groups', () => {
    expect(mentions('An undisclosed source spoke, according to one of the members.')).toEqual([
      'An undisclosed source',
      'one of the members',
    ]);
    expect(mentions('Both Jordanian and Israeli officials confirmed it.')).toEqual([
      'Both Jordanian and Israeli officials',
    ]);
  });

  it('reads the particles inside a personal name as part of it, and the name as a person', () => {
    expect(mentions('Luiz Inacio Lula da Silva and Ursula von der Leyen met.')).toEqual([
      'Luiz Inacio Lula da Silva',
      'Ursula von der Leyen',
    ]);
    expect(mentionKind('Luiz Inacio Lula da Silva')).toBe('person');
    expect(mentionKind('Mohammed bin Salman')).toBe('person');
  });

  it('keeps separate names apart', () => {
    expect(mentions('They went from Jordan via Israel to the U.K. and Canada.')).toEqual([
      'Jordan',
      'Israel',
      'the U.K.',
      'Canada',
    ]);
  });

  it('skips weekdays, months, pronouns and capitalised words that open a sentence', () => {
    expect(mentions('He left on Sunday, July 21. Regardless of that, nobody came.')).toEqual([]);
    expect(mentions('The war in the Syrian civil conflict ended.')).toEqual([]);
  });

  it('returns offsets into the text', () => {
    const text = 'Yesterday Haaretz reported it.';
    expect(findMentions(text, splitSentences(text))).toEqual([
      { from: 10, to: 17, text: 'Haaretz' },
    ]);
  });
});

describe('mentionKind', () => {
  it('tells people from groups and plural groups', () => {
    expect(mentionKind('Jordanian Foreign Minister Ayman Safadi')).toBe('person');
    expect(mentionKind('Ayman Safadi')).toBe('person');
    expect(mentionKind('An undisclosed source')).toBe('person');
    expect(mentionKind('one of the members')).toBe('person');
    expect(mentionKind('The Israeli military')).toBe('group');
    expect(mentionKind('Le Monde')).toBe('group');
    expect(mentionKind('the United States')).toBe('group');
    expect(mentionKind('Syrian authorities')).toBe('groups');
    expect(mentionKind('Both Jordanian and Israeli officials')).toBe('groups');
  });

  it('reads a relative, a partner, a friend or a colleague as a person', () => {
    expect(mentions('Her brother, Olivier Marchand, spoke.')).toEqual([
      'Her brother',
      'Olivier Marchand',
    ]);
    for (const who of ['Her brother', 'his wife', 'the victim’s husband', 'a colleague'])
      expect(mentionKind(who)).toBe('person');
    expect(mentionKind('her neighbours')).toBe('groups');
  });

  it('reads a name ending in Television, Radio or Business as an organisation', () => {
    for (const name of ['Bloomberg Television', 'Fox Business', 'Times Radio', 'Business Insider'])
      expect(mentionKind(name)).toBe('group');
    expect(mentionKind('Business Secretary Peter Kyle')).toBe('person');
  });

  it('reads a name that opens on a masthead’s or broadcaster’s as an organisation', () => {
    for (const name of ['Globo Esporte', 'Sky Italia', 'Bild Zeitung', 'Asahi Shimbun'])
      expect(mentionKind(name)).toBe('group');
    // A given name before a masthead's word is a person's: "Tom Fox", "Rita Marca".
    for (const name of ['Tom Fox', 'Rita Marca']) expect(mentionKind(name)).toBe('person');
  });

  it('reads a title with its portfolio as a person, though the portfolio ends in Business', () => {
    expect(mentionKind('The Minister for Small Business')).toBe('person');
    expect(mentionKind('the Secretary of State for Business')).toBe('person');
    expect(mentionKind('the Department for Business')).toBe('group');
  });

  it('knows a last name once the full name was mentioned', () => {
    expect(
      classifyMentions([
        { from: 0, to: 12, text: 'Ayman Safadi' },
        { from: 20, to: 26, text: 'Safadi' },
      ]),
    ).toEqual(['person', 'person']);
    expect(mentionKind('Safadi')).toBe('group');
  });
});
