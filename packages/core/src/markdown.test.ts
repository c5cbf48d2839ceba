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

  it('keeps the text of a link inside brackets and of reference links', () => {
    expect(maskMarkdown('[see [1](https://x.org)] and [the report][r]')).toBe(
      '[see  1                ] and  the report    ',
    );
  });

  it('reads a line of a hundred thousand unclosed brackets through once', () => {
    // Each bracket used to start a scan to the end of the line: minutes for a line like this.
    for (const line of ['['.repeat(100_000), '[a]('.repeat(25_000), '![x]['.repeat(20_000)]) {
      expect(maskMarkdown(line)).toHaveLength(line.length);
    }
  });

  it('blanks HTML comments whole, one spanning lines too, keeping the line breaks', () => {
    expect(maskMarkdown('Only 422 <!-- not 500 --> made it.')).toBe(
      'Only 422                  made it.',
    );
    expect(maskMarkdown('Text.\n<!-- Nearly 500\nmade it. -->\nThen 422.')).toBe(
      'Text.\n               \n            \nThen 422.',
    );
  });

  it('does not open a comment at a `<!--` inside an inline code span', () => {
    const source =
      'Type `<!--` to open a comment. Nearly 500 made it.\n\nNearly 500 made it again.';
    expect(maskMarkdown(source)).toBe(
      'Type        to open a comment. Nearly 500 made it.\n\nNearly 500 made it again.',
    );
    expect(maskMarkdown('Use ``a`<!--`` here, 500.')).toBe('Use            here, 500.');
  });

  it('still opens a comment after a code span closes, or at a backtick run left unclosed', () => {
    expect(maskMarkdown('`x` <!-- Nearly 500\nmade it. -->\nThen 422.')).toBe(
      '                   \n            \nThen 422.',
    );
    expect(maskMarkdown('a ``b` <!-- 500 -->c')).toBe(`a   b${' '.repeat(14)}c`);
  });

  it('reads a line of many unmatched backtick runs through once', () => {
    let line = '';
    for (let n = 1; line.length < 200_000; n++) line += `${'`'.repeat(n)}x`;
    line += '<!-- 500 -->';
    expect(maskMarkdown(line).endsWith(' '.repeat(12))).toBe(true);
  });

  it('blanks the rest of a document after a comment that never closes', () => {
    expect(maskMarkdown('Only 422. <!-- Nearly 500\nmade it.')).toBe(
      'Only 422.                \n        ',
    );
  });

  it('reads a line of many comment openings through once', () => {
    const line = 'x <!--'.repeat(50_000);
    expect(maskMarkdown(line)).toBe(`x${' '.repeat(line.length - 1)}`);
  });

  it('blanks inline code spans whole, and a backtick run that closes none', () => {
    const gap = (code: string) => ' '.repeat(code.length);
    expect(maskMarkdown('Set `retries: 500` and ``a ` b``; 422 made it.')).toBe(
      `Set ${gap('`retries: 500`')} and ${gap('``a ` b``')}; 422 made it.`,
    );
    expect(maskMarkdown('A lone ` and 422 `` people.')).toBe('A lone   and 422    people.');
  });

  it('blanks fenced code and thematic breaks whole', () => {
    expect(maskMarkdown('```\n422 people\n```\n---')).toBe('   \n          \n   \n   ');
  });
});
