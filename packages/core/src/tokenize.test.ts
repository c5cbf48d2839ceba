import { describe, expect, it } from 'vitest';
import { Scan, tokenize } from './tokenize';

const shape = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps thousands separators and decimals inside one number token', () => {
    expect(shape('1,234.5 and 115,000')).toEqual(['number:1,234.5', 'word:and', 'number:115,000']);
  });

  it('ends a number at a full stop that closes a sentence', () => {
    expect(shape('rose 3.7. Then')).toEqual(['word:rose', 'number:3.7', 'punct:.', 'word:Then']);
  });

  it('splits a currency symbol, the number and a glued scale word', () => {
    const tokens = tokenize('$2.5bn');
    expect(tokens.map((t) => t.text)).toEqual(['$', '2.5', 'bn']);
    expect(tokens[1].to).toBe(tokens[2].from);
  });

  it('keeps inner apostrophes in words and splits on hyphens', () => {
    expect(shape('Jordan’s pro-Assad')).toEqual([
      'word:Jordan’s',
      'word:pro',
      'punct:-',
      'word:Assad',
    ]);
  });

  it('reads a word that starts with a letter and holds digits as one word', () => {
    expect(shape('a B52 bomber')).toEqual(['word:a', 'word:B52', 'word:bomber']);
  });

  it('splits a currency code glued to digits from them: "EUR2.5bn"', () => {
    expect(shape('EUR2.5bn')).toEqual(['word:EUR', 'number:2.5', 'word:bn']);
    expect(shape('EURO2016 ABC123')).toEqual(['word:EURO2016', 'word:ABC123']);
  });

  it('gives offsets into the input, from inclusive and to exclusive', () => {
    const text = '  “We are 300,” he said.';
    for (const t of tokenize(text)) expect(text.slice(t.from, t.to)).toBe(t.text);
    expect(tokenize(text)[0]).toEqual({ kind: 'punct', from: 2, to: 3, text: '“' });
  });

  it('reads letters of other scripts as words', () => {
    expect(shape('Zürich Ελλάδα')).toEqual(['word:Zürich', 'word:Ελλάδα']);
  });

  it('skips no-break and typographic spaces', () => {
    expect(shape('5\u00a0km\u2009long')).toEqual(['number:5', 'word:km', 'word:long']);
  });
});

describe('Scan', () => {
  it('holds the tokens with their lowercased texts', () => {
    const scan = new Scan('More than 400 Syrians');
    expect(scan.n).toBe(4);
    expect([0, 1, 2, 3].map((i) => scan.low(i))).toEqual(['more', 'than', '400', 'syrians']);
  });
  it('reads past either end as the empty string', () => {
    const scan = new Scan('one');
    expect(scan.low(-1)).toBe('');
    expect(scan.low(1)).toBe('');
  });
  it('reuses the scan of the same text and makes a new one for another', () => {
    const a = Scan.of('seven years ago');
    expect(Scan.of('seven years ago')).toBe(a);
    expect(Scan.of('three months')).not.toBe(a);
  });
});
