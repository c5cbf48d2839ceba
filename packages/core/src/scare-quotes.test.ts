import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import { attributedInPlace, namedInPlace, readsAsName } from './scare-quotes';
import type { Fact } from './types';

/** The span inside the first quotation of `text`, without its marks. */
function firstQuote(text: string): { from: number; to: number } {
  const from = text.search(/[“"]/) + 1;
  return { from, to: text.slice(from).search(/[”"]/) + from };
}

/** Whether the first quotation of `text` is attributed by the words right before it. */
const inPlace = (text: string) => attributedInPlace(text, firstQuote(text));

/** Whether the first quotation of `text` is a name the words right before it give. */
const named = (text: string) => namedInPlace(text, firstQuote(text));

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

describe('readsAsName', () => {
  it('reads a short phrase in title case as a name, small words and a leading article aside', () => {
    for (const name of [
      'Flood of the Millennium',
      'the Beast from the East',
      'Lucky',
      'We Are Here',
      'Operation Iron Swords',
      'Storm Éowyn',
      'Flood of the Millennium.',
      'the Beast from the East,',
    ])
      expect(readsAsName(name)).toBe(true);
  });

  it('reads words someone said as no name: lower case, speech punctuation, a small last word, too long', () => {
    for (const words of [
      'a disaster for the city,',
      'final',
      'Help!',
      'Why now?',
      'Disaster, Frankly',
      'Flood of the',
      'The Worst Flood We Have Seen In Our Lives Here',
      '',
    ])
      expect(readsAsName(words)).toBe(false);
  });
});

describe('namedInPlace', () => {
  it('reads a name after "known as", "dubbed", "nicknamed", "called", "named", "branded", "labelled", "titled", "so-called"', () => {
    expect(named('The 1997 flood is known in Poland as the "Flood of the Millennium".')).toBe(true);
    expect(named('The storm, nicknamed “the Beast from the East”, closed schools.')).toBe(true);
    expect(named('The storm, dubbed "the Beast from the East," closed schools.')).toBe(true);
    expect(named('Locals nicknamed him “Lucky”.')).toBe(true);
    expect(named('The group, known as “We Are Here”, marched.')).toBe(true);
    expect(named('The military operation, named “Iron Swords”, began at dawn.')).toBe(true);
    expect(named('A report titled “Feeding Britain” was published.')).toBe(true);
    expect(named('It is what became known as the “Flood of the Millennium”.')).toBe(true);
    expect(named('Members of the so-called “Islamic State” were arrested.')).toBe(true);
    expect(named('The policy, branded “Bad for Britain”, was dropped.')).toBe(true);
    expect(named('The party labelled it the “Fair Deal”.')).toBe(true);
  });

  it('reads no name in words someone said after them, or in a name after other words', () => {
    expect(named('He called the plan “a disaster for the city,” and left.')).toBe(false);
    expect(named('The plan, branded “a disaster for the city”, was dropped.')).toBe(false);
    expect(named('They rejected so-called “experts”.')).toBe(false);
    expect(named('The flood was, he said, the “Flood of the Millennium”.')).toBe(false);
    expect(named('He said “Help!” and ran.')).toBe(false);
  });

  it('keeps a name from quote-unattributed, and words someone said after "called" a quote', () => {
    expect(
      briefs('The 1997 flood is known in Poland as the "Flood of the Millennium".', []),
    ).toEqual([]);
    expect(briefs('The storm, nicknamed "the Beast from the East", closed schools.', [])).toEqual(
      [],
    );
    expect(briefs('The plan, branded "a disaster for the city", was dropped.', [])).toEqual([
      'quote-unattributed a disaster for the city -',
    ]);
    const lee: Fact = {
      id: 'lee-plan',
      kind: 'quote',
      subject: 'The mayor on the plan',
      speaker: { name: 'Ann Lee', aliases: ['Lee'] },
      text: 'The plan is a disaster for the city.',
      source: { name: 'City Hall briefing' },
    };
    expect(
      briefs('Tom Reed called the plan "a disaster for the city," and vowed to fight it.', [lee]),
    ).toEqual(['quote-misattributed Tom Reed lee-plan']);
  });
});
