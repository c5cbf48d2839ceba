import { describe, expect, it } from 'vitest';
import { InputError, naming } from './errors';

describe('naming', () => {
  it('turns an unexpected error inside checking into one line naming the file', () => {
    const overflow = () => {
      throw new RangeError('Maximum call stack size exceeded\n    at deep (tie.ts:1:1)');
    };
    let caught: unknown;
    try {
      naming('drafts/story.md', overflow);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).line()).toBe(
      'factdesk: drafts/story.md: internal error: Maximum call stack size exceeded',
    );
  });

  it('passes the value through, and an InputError as it is', () => {
    expect(naming('a.txt', () => 42)).toBe(42);
    const bad = new InputError('invalid UTF-8', 'b.txt', '2:5');
    expect(() =>
      naming('a.txt', () => {
        throw bad;
      }),
    ).toThrow(bad);
  });
});
