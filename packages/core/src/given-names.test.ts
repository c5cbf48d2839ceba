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
});
