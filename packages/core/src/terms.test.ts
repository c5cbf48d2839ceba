import { describe, expect, it } from 'vitest';
import {
  findPhrases,
  keyedWords,
  nameKeys,
  phraseKeys,
  quoteWords,
  recordSays,
  termKey,
} from './terms';

describe('termKey', () => {
  it('folds case, possessives and plurals', () => {
    expect(termKey('Jordan’s')).toBe(termKey('jordan'));
    expect(termKey("members'")).toBe(termKey('member'));
    expect(termKey('Deaths')).toBe('death');
    expect(termKey('countries')).toBe(termKey('country'));
    expect(termKey('boxes')).toBe(termKey('box'));
  });

  it('folds -ed, -ing and a final -e, so "evacuated", "evacuate" and "evacuating" share a key', () => {
    const key = termKey('evacuate');
    expect(['evacuated', 'evacuates', 'evacuating', 'Evacuated'].map(termKey)).toEqual([
      key,
      key,
      key,
      key,
    ]);
    expect(termKey('died')).toBe(termKey('die'));
    expect(termKey('killed')).toBe(termKey('kills'));
    expect(termKey('planned')).toBe(termKey('plan'));
  });

  it('keeps derived nouns and short words apart', () => {
    expect(termKey('evacuation')).not.toBe(termKey('evacuated'));
    expect(termKey('this')).toBe('this');
    expect(termKey('news')).toBe('new');
    expect(termKey('bus')).toBe('bus');
  });
});

describe('words and phrases', () => {
  it('keys the words of a text with their offsets, splitting at hyphens', () => {
    expect(keyedWords('Pro-Assad forces, 422 made it')).toEqual([
      { from: 0, to: 3, key: 'pro' },
      { from: 4, to: 9, key: 'assad' },
      { from: 10, to: 16, key: 'forc' },
      { from: 18, to: 21, key: '422' },
      { from: 22, to: 26, key: 'mad' },
      { from: 27, to: 29, key: 'it' },
    ]);
  });

  it('finds phrases as whole words in order, inflections tolerated', () => {
    const words = keyedWords('Only 422 made it to the meeting points.');
    const hits = findPhrases(words, [
      phraseKeys('make it'),
      phraseKeys('meeting point'),
      phraseKeys('it made'),
    ]);
    expect(hits).toEqual([{ phrase: 1, from: 24, to: 38 }]);
    expect(findPhrases(words, [phraseKeys('made it')])).toEqual([{ phrase: 0, from: 9, to: 16 }]);
  });

  it('drops a leading article from a name', () => {
    expect(nameKeys('the Assad regime')).toEqual(phraseKeys('Assad regime'));
  });

  it('reads quote words without case, punctuation or an editor’s brackets', () => {
    expect(quoteWords('[W]e are 300 — [White Helmets] teams.').map((w) => w.word)).toEqual([
      'we',
      'are',
      '300',
      'white',
      'helmets',
      'teams',
    ]);
  });

  it('reads a number in a quote without its thousands separators', () => {
    const words = (text: string) => quoteWords(text).map((w) => w.word);
    expect(words('3,000 homes and 1,234,567.5 pounds')).toEqual(
      words('3000 homes and 1234567.5 pounds'),
    );
    expect(quoteWords('3,000 homes')[0]).toMatchObject({ word: '3000', from: 0, to: 5 });
    // A decimal comma is no separator: "1,5 million" is not "15 million".
    expect(words('1,5 million')).not.toEqual(words('15 million'));
  });
});

describe('recordSays', () => {
  it('reads a record by its subject or any of its terms', () => {
    const fact = { subject: 'Unemployment rate', terms: ['jobless', 'forecast'] };
    expect(recordSays(fact, /\bforecast\b/i)).toBe(true);
    expect(recordSays(fact, /\brate\b/i)).toBe(true);
    expect(recordSays(fact, /\bmajority\b/i)).toBe(false);
    expect(recordSays({ subject: 'Death toll' }, /\btoll\b/i)).toBe(true);
  });

  it('reads each record once for each pattern, however often it is asked', () => {
    const pattern = /\blead\b/i;
    let reads = 0;
    const test = pattern.test.bind(pattern);
    pattern.test = (s: string) => {
      reads++;
      return test(s);
    };
    const fact = { subject: "Arsenal's points", terms: ['league', 'lead'] };
    const other = { subject: 'Labour lead' };
    for (let i = 0; i < 5; i++) {
      expect(recordSays(fact, pattern)).toBe(true);
      expect(recordSays(other, pattern)).toBe(true);
    }
    expect(reads).toBe(4);
  });
});
