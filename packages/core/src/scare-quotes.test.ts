import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import { attributedInPlace } from './scare-quotes';

/** Whether the first quotation of `text` is attributed by the words right before it. */
function inPlace(text: string): boolean {
  const from = text.search(/[“"]/) + 1;
  const to = text.slice(from).search(/[”"]/) + from;
  return attributedInPlace(text, { from, to });
}

describe('attributedInPlace', () => {
  it('reads "what X called", "what X described as" and "X’s so-called" as attributing the quote', () => {
    expect(inPlace('The union rejected what employers called a "final" pay offer.')).toBe(true);
    expect(inPlace('He condemned what critics described as “reckless” cuts.')).toBe(true);
    expect(inPlace('It dropped what it had called “a fair deal”.')).toBe(true);
    expect(inPlace('Staff rejected the company’s so-called “final” offer.')).toBe(true);
    expect(inPlace('Staff rejected their so-called “final” offer.')).toBe(true);
  });

  it('reads no owner in the passive, a bare "so-called" or a quote elsewhere', () => {
    expect(inPlace('They rejected what was called a “final” offer.')).toBe(false);
    expect(inPlace('They rejected so-called “experts”.')).toBe(false);
    expect(inPlace('What employers called it was “final”.')).toBe(false);
    expect(inPlace('The offer was “final”.')).toBe(false);
  });

  it('keeps a scare quote so attributed from quote-unattributed', () => {
    const text =
      'Rail workers will walk out after their union rejected what employers called a "final" pay offer.';
    expect(briefs(text, [])).toEqual([]);
    expect(briefs('Rail workers will walk out over a "final" pay offer.', [])).toEqual([
      'quote-unattributed final -',
    ]);
  });
});
