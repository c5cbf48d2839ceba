import { describe, expect, it } from 'vitest';
import { anotherGivenName } from './given-names';

describe('another person of the same surname', () => {
  it('takes a full name with a different given name for another person', () => {
    expect(anotherGivenName('Olivier Marchand', 'Sophie Marchand')).toBe(true);
    expect(anotherGivenName('O. Marchand', 'Sophie Marchand')).toBe(true);
  });

  it('keeps the speaker in a surname alone, with a title or role, or with her own given name or initial', () => {
    expect(anotherGivenName('Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('Ms Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('President Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('Sen. Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('S. Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('Sophie Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName('Anne Marchand', 'Sophie Anne Marchand')).toBe(false);
    expect(anotherGivenName('Labour MP Marchand', 'Sophie Marchand')).toBe(false);
    expect(anotherGivenName("France's Marchand", 'Sophie Marchand')).toBe(false);
  });

  it('judges only a recorded speaker named as a person', () => {
    expect(anotherGivenName('Olivier Marchand', 'Marchand')).toBe(false);
    expect(anotherGivenName('Olivier Marchand', 'the Marchand family')).toBe(false);
  });

  it('keeps the speaker with middle initials, titles, ranks, honorifics and affiliations before her surname', () => {
    for (const said of [
      'Sophie A. Marchand',
      'Detective Superintendent Marchand',
      'Chief Constable Marchand',
      'Chief Executive Marchand',
      'Sheriff Marchand',
      'Cllr Marchand',
      'Sgt Marchand',
      'the Rev Marchand',
      'Mme Marchand',
      'Democrat Marchand',
      'Defender Marchand',
    ])
      expect(anotherGivenName(said, 'Sophie Marchand', ['Marchand'])).toBe(false);
    expect(anotherGivenName('Secretary of State Antony J. Blinken', 'Antony Blinken')).toBe(false);
    expect(anotherGivenName('Vice President J.D. Vance', 'JD Vance')).toBe(false);
    expect(anotherGivenName('Cardinal Parolin', 'Pietro Parolin')).toBe(false);
    expect(anotherGivenName('Spaniard Alcaraz', 'Carlos Alcaraz')).toBe(false);
  });

  it('takes a word of an alias for the speaker’s own', () => {
    expect(anotherGivenName('Joe Biden', 'Joseph R. Biden', ['Joe Biden', 'Biden'])).toBe(false);
    expect(anotherGivenName('Ed Davey', 'Edward Davey', ['Ed Davey', 'Davey'])).toBe(false);
    expect(
      anotherGivenName('Foreign Secretary Lord Cameron', 'David Cameron', ['Lord Cameron']),
    ).toBe(false);
    expect(anotherGivenName('Mark Marchand', 'Sophie Marchand', ['Marchand'])).toBe(true);
  });
});
