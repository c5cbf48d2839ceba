import { describe, expect, it } from 'vitest';
import { CAP, DET, HEAD, readWords, STOP, VERB, WORD } from './lexicon';
import { splitSentences } from './sentences';

describe('readWords', () => {
  const text = 'The officials said so. Haaretz reported it.';
  const w = readWords(text, splitSentences(text));

  it('lowercases every token and files it under its sentence', () => {
    expect(w.lower).toEqual([
      'the',
      'officials',
      'said',
      'so',
      '.',
      'haaretz',
      'reported',
      'it',
      '.',
    ]);
    expect(Array.from(w.sentence)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(Array.from(w.first)).toEqual([0, 5, 9]);
  });

  it('flags words with their lexicon bits and capitals', () => {
    expect(w.flags[0] & (DET | CAP | WORD)).toBe(DET | CAP | WORD);
    expect(w.flags[1] & HEAD).toBe(HEAD);
    expect(w.flags[2] & VERB).toBe(VERB);
    expect(w.flags[3] & STOP).toBe(STOP);
    expect(w.flags[4]).toBe(0);
    expect(w.flags[5]).toBe(CAP | WORD);
  });

  it('reads a text without sentences', () => {
    expect(readWords('', []).tokens).toEqual([]);
  });
});
