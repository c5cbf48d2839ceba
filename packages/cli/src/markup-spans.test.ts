import { maskMarkdown } from '@factdesk/core';
import { describe, expect, it } from 'vitest';
import { fitToMarks } from './markup-spans';

/** The text `fitToMarks` gives for the span of `part` in the masked source, and `whole`. */
function fit(source: string, part: string) {
  const masked = maskMarkdown(source);
  const from = masked.indexOf(part);
  const span = fitToMarks(source, masked, { from, to: from + part.length });
  return [source.slice(span.from, span.to), span.whole];
}

describe('fitToMarks', () => {
  it('leaves a span that holds no mark as it is, marks around it included', () => {
    expect(fit('**Nearly 500** made it', 'Nearly 500')).toEqual(['Nearly 500', true]);
    expect(fit('Nearly 500 made it', 'Nearly 500')).toEqual(['Nearly 500', true]);
  });

  it('widens a span over the emphasis, links and tags it cuts through', () => {
    expect(fit('Nearly *500* made it', 'Nearly  500')).toEqual(['Nearly *500*', true]);
    expect(fit('*Nearly* 500 made it', 'Nearly  500')).toEqual(['*Nearly* 500', true]);
    expect(fit('**Nearly *500*** made', 'Nearly  500')).toEqual(['**Nearly *500***', true]);
    expect(fit('Nearly <b>500</b> made', 'Nearly    500')).toEqual(['Nearly <b>500</b>', true]);
    expect(fit('[Nearly](https://x.org/a_b*) 500', 'Nearly')).toEqual(['Nearly', true]);
    expect(fit('[Nearly](https://x.org/a_b*) 500', `Nearly${' '.repeat(22)}500`)).toEqual([
      '[Nearly](https://x.org/a_b*) 500',
      true,
    ]);
  });

  it('never widens a span over an HTML tag it does not cut through', () => {
    expect(fit('Nearly *500*<br>made it.', 'Nearly  500')).toEqual(['Nearly *500*', true]);
    expect(fit('Nearly **500**<sup>1</sup> made', 'Nearly   500')).toEqual([
      'Nearly **500**',
      true,
    ]);
    expect(fit('<br>*Nearly* 500 made', 'Nearly  500')).toEqual(['*Nearly* 500', true]);
    expect(fit('Nearly <b>*500*</b><i>x</i>', 'Nearly     500')).toEqual([
      'Nearly <b>*500*</b>',
      true,
    ]);
  });

  it('keeps the span, not whole, when widening leaves a mark open', () => {
    expect(fit('**Nearly *500* made it**', 'Nearly  500')).toEqual(['Nearly *500', false]);
    expect(fit('>*Nearly* 500', 'Nearly  500')).toEqual(['Nearly* 500', false]);
  });
});
