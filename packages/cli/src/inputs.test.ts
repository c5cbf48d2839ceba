import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './inputs';

const bom = [0xef, 0xbb, 0xbf];

describe('decodeUtf8', () => {
  it('drops a byte order mark, so offsets and columns count from the first character', () => {
    const bytes = Uint8Array.from([...bom, ...Buffer.from('Nearly 500 made it.')]);
    expect(decodeUtf8(bytes, 'bom.txt')).toBe('Nearly 500 made it.');
    expect(decodeUtf8(Uint8Array.from(bom), 'bom-only.txt')).toBe('');
  });

  it('keeps a byte order mark that is not at the start, as the text it is', () => {
    const bytes = Uint8Array.from([...Buffer.from('a'), ...bom]);
    expect(decodeUtf8(bytes, 'mid.txt')).toBe('a\ufeff');
  });

  it('names the line and column of invalid UTF-8 after a byte order mark', () => {
    const bytes = Uint8Array.from([...bom, ...Buffer.from('ab\ncd'), 0xff]);
    expect(() => decodeUtf8(bytes, 'bad.txt')).toThrow(
      expect.objectContaining({ file: 'bad.txt', place: '2:3', message: 'invalid UTF-8' }),
    );
  });
});
