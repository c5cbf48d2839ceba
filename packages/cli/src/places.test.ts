import { describe, expect, it } from 'vitest';
import { lineColumn } from './errors';
import { placesIn } from './places';

describe('placesIn', () => {
  it('gives the line and column lineColumn gives, for every offset and one past the end', () => {
    for (const text of ['', 'a', '\n', 'ab\ncd\n\nef', '\n\n\nx\n', 'a\r\nb']) {
      const placeOf = placesIn(text);
      for (let offset = 0; offset <= text.length + 2; offset++)
        expect(placeOf(offset), `${JSON.stringify(text)} at ${offset}`).toEqual(
          lineColumn(text, offset),
        );
    }
  });
});
