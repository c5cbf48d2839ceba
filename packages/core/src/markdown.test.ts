import { describe, expect, it } from 'vitest';
import { maskMarkdown } from './markdown';

describe('maskMarkdown', () => {
  it('blanks Markdown syntax with spaces, keeping every offset', () => {
    const source =
      '# Title *em*\n\n> “Quote,” he said.\n\n- **Bold** and _em_ [a link](https://x.org/a) here';
    const masked = maskMarkdown(source);
    expect(masked).toHaveLength(source.length);
    expect(masked.split('\n')).toEqual([
      '  Title  em ',
      '',
      '  “Quote,” he said.',
      '',
      '    Bold   and  em   a link                   here',
    ]);
  });

  it('keeps snake_case, arithmetic asterisks and list numbers in running text', () => {
    expect(maskMarkdown('a snake_case name, 2 * 3 = 6, in 2018.')).toBe(
      'a snake_case name, 2 * 3 = 6, in 2018.',
    );
    expect(maskMarkdown('1. First point')).toBe('   First point');
  });

  it('blanks fenced code and thematic breaks whole', () => {
    expect(maskMarkdown('```\n422 people\n```\n---')).toBe('   \n          \n   \n   ');
  });
});
