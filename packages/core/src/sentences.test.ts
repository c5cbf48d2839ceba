import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.from, s.to));

describe('splitSentences', () => {
  it('splits on full stops, exclamation and question marks', () => {
    expect(split('It rained. Did it? Yes!  Then it stopped.')).toEqual([
      'It rained.',
      'Did it?',
      'Yes!',
      'Then it stopped.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(split('He said, “It is over.” The crowd left.')).toEqual([
      'He said, “It is over.”',
      'The crowd left.',
    ]);
  });

  it('does not split a quote from the cue that follows it in lowercase', () => {
    expect(split('“We are leaving.” she said. Then she left.')).toEqual([
      '“We are leaving.” she said.',
      'Then she left.',
    ]);
    expect(split('“Are we safe?” he asked.')).toEqual(['“Are we safe?” he asked.']);
  });

  it('does not split on titles and dotted abbreviations', () => {
    expect(split('Mr. Safadi met Dr. Lee in St. Louis. They talked.')).toEqual([
      'Mr. Safadi met Dr. Lee in St. Louis.',
      'They talked.',
    ]);
    expect(split('The U.S. Army and the U.K. government agreed.')).toEqual([
      'The U.S. Army and the U.K. government agreed.',
    ]);
    expect(split('Aid from the U.S., U.K., and Canada arrived.')).toHaveLength(1);
  });

  it('ends a sentence at an acronym when a usual sentence opener follows', () => {
    expect(split('under the auspices of the U.N. It was initially intended')).toEqual([
      'under the auspices of the U.N.',
      'It was initially intended',
    ]);
  });

  it('does not split on a month abbreviation before a day or on initials', () => {
    expect(split('On Jan. 5 the talks began. J. K. Rowling wrote.')).toEqual([
      'On Jan. 5 the talks began.',
      'J. K. Rowling wrote.',
    ]);
  });

  it('does not split on decimals', () => {
    expect(split('Prices rose 3.7 percent. Wages fell.')).toEqual([
      'Prices rose 3.7 percent.',
      'Wages fell.',
    ]);
  });

  it('does not split on an ellipsis inside a quotation', () => {
    expect(split('She said, “We waited... Nobody came.” Then she left.')).toEqual([
      'She said, “We waited... Nobody came.”',
      'Then she left.',
    ]);
  });

  it('ends a sentence at an ellipsis outside a quotation', () => {
    expect(split('She paused… Then she left. “We waited… Nobody came.”')).toEqual([
      'She paused…',
      'Then she left.',
      '“We waited… Nobody came.”',
    ]);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(split('A title without a stop\n\nThe text begins. It ends')).toEqual([
      'A title without a stop',
      'The text begins.',
      'It ends',
    ]);
  });

  it('returns offsets into the text, trimmed of white space', () => {
    const text = '  One.   Two.  ';
    expect(splitSentences(text)).toEqual([
      { from: 2, to: 6 },
      { from: 9, to: 13 },
    ]);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
