import { describe, expect, it } from 'vitest';
import { initialsOf, sameByInitials } from './outlet-initials';

describe('outlets written in initials', () => {
  it('spells the initials of a name’s capitalised words, without a leading "The"', () => {
    expect(initialsOf('The Associated Press')).toBe('AP');
    expect(initialsOf('Agence France-Presse')).toBe('AFP');
    expect(initialsOf('Radio Television of Serbia')).toBe('RTS');
  });

  it('takes initials for the name they spell, either way round', () => {
    expect(sameByInitials('the AP', 'The Associated Press')).toBe(true);
    expect(sameByInitials('AP', 'Associated Press')).toBe(true);
    expect(sameByInitials('The Associated Press', 'AP')).toBe(true);
    expect(sameByInitials('RNZ', 'Radio New Zealand')).toBe(true);
    expect(sameByInitials('Agence France-Presse', 'AFP')).toBe(true);
    expect(sameByInitials('A.P.', 'The Associated Press')).toBe(true);
  });

  it('keeps other initials and other names apart', () => {
    expect(sameByInitials('AFP', 'The Associated Press')).toBe(false);
    expect(sameByInitials('AP', 'Reuters')).toBe(false);
    expect(sameByInitials('Reuters', 'The Associated Press')).toBe(false);
    expect(sameByInitials('RNZ', 'Radio New Zealand News')).toBe(false);
    expect(sameByInitials('CNN', 'CNBC')).toBe(false);
  });

  it('takes only the listed expansions, not initials that happen to spell another outlet', () => {
    expect(sameByInitials('RT', 'Reuters TV')).toBe(false);
    expect(sameByInitials('the FT', 'France Televisions')).toBe(false);
    expect(sameByInitials('France Télévisions', 'FT')).toBe(false);
    expect(sameByInitials('DW', 'The Daily Wire')).toBe(false);
    expect(sameByInitials('the FT', 'Financial Times')).toBe(true);
    expect(sameByInitials('DW', 'Deutsche Welle')).toBe(true);
    expect(sameByInitials('dpa', 'Deutsche Presse-Agentur')).toBe(true);
  });
});
