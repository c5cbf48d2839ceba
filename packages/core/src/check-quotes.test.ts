import { describe, expect, it } from 'vitest';
import { check } from './check';
import { ashbyQuote, briefs, claims, index, kinds, quoteBy, span } from './check.testing';
import type { Attribution } from './types';

describe('quotes and attributions', () => {
  it("confirms a recorded quote with an editor's brackets, only with `all`", () => {
    const text =
      'One of the members told CNN, “[W]e are 300 volunteer members. Help us and save our lives.”';
    const a = quoteBy(
      text,
      '[W]e are 300 volunteer members. Help us and save our lives.',
      'told',
      'One of the members',
      { outlet: 'CNN' },
    );
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    expect(check(text, c, index)).toEqual([]);
    expect(kinds(check(text, c, index, { all: true }))).toEqual(['quote-confirmed']);
  });

  it('keeps the prose quote’s own closing punctuation in the suggestion', () => {
    const text = '“The number requested was 800 but the final number settled at 422,” Safadi said.';
    const quote = 'The number requested was 800 but the final number settled at 422,';
    const c = claims(text, {
      attributions: [quoteBy(text, quote, 'said', 'Safadi')],
      sentences: [{ from: 0, to: text.length }],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'quote-altered',
      expected: 'The number requested was 800 but the actual number settled at 422.',
      suggestion: 'The number requested was 800 but the actual number settled at 422,',
    });
  });

  it('flags a quote with a word changed as altered, suggesting the recorded words', () => {
    const text = 'Safadi said, “The number requested was 800 but the final number settled at 422.”';
    const quote = 'The number requested was 800 but the final number settled at 422.';
    const c = claims(text, {
      attributions: [quoteBy(text, quote, 'said', 'Safadi')],
      sentences: [{ from: 0, to: text.length }],
    });
    const found = check(text, c, index).filter((f) => f.kind.startsWith('quote'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'quote-altered',
      severity: 'error',
      text: quote,
      factId: 'safadi-numbers',
      suggestion: 'The number requested was 800 but the actual number settled at 422.',
    });
  });

  it('flags a recorded quote given to someone else, resolving the pronoun', () => {
    const text = 'He said, “The number requested was 800 but the actual number settled at 422.”';
    const quote = 'The number requested was 800 but the actual number settled at 422.';
    const a = quoteBy(text, quote, 'said', 'He', { resolved: 'Benjamin Netanyahu' });
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    const [f] = check(text, c, index).filter((x) => x.kind.startsWith('quote'));
    expect(f).toMatchObject({
      kind: 'quote-misattributed',
      from: 0,
      to: 2,
      text: 'He',
      expected: 'Ayman Safadi',
    });
    const right = quoteBy(text, quote, 'said', 'He', {
      resolved: 'Jordanian Foreign Minister Ayman Safadi',
    });
    const ok = claims(text, { attributions: [right], sentences: [{ from: 0, to: text.length }] });
    expect(check(text, ok, index).filter((x) => x.kind.startsWith('quote'))).toEqual([]);
  });

  it('flags a quote holding a whole recorded quote given to someone else, and nothing more', () => {
    const ashby = ashbyQuote;
    const all = { all: true };
    expect(
      briefs('"The study cannot prove cause and effect," Sarah Lindqvist said.', [ashby], all),
    ).toEqual(['quote-misattributed Sarah Lindqvist ashby-cause']);
    expect(
      briefs('Sarah Lindqvist said: "The study cannot prove cause and effect."', [ashby], all),
    ).toEqual(['quote-misattributed Sarah Lindqvist ashby-cause']);
    // Its speaker's: the words the record does not hold are neither confirmed nor altered.
    expect(
      briefs('"The study cannot prove cause and effect," Tom Ashby said.', [ashby], all),
    ).toEqual([]);
  });

  it('contradicts "told NPR" where the record says CNN, over the outlet', () => {
    const text = 'He told NPR, “We are 300 volunteer members. Help us and save our lives.”';
    const a = quoteBy(
      text,
      'We are 300 volunteer members. Help us and save our lives.',
      'told',
      'He',
      {
        resolved: 'one of the members',
        outlet: 'NPR',
      },
    );
    const c = claims(text, { attributions: [a], sentences: [{ from: 0, to: text.length }] });
    const [f] = check(text, c, index).filter((x) => x.kind === 'attribution-contradicted');
    expect(f).toMatchObject({
      text: 'NPR',
      from: 8,
      to: 11,
      expected: 'CNN',
      suggestion: 'CNN',
      severity: 'error',
    });
  });

  it('contradicts the outlet of an indirect statement tied by its terms', () => {
    const text = 'Roads out were cut, one of the members told Reuters, citing blocked roads.';
    const s = span(text, 'one of the members');
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'told'),
      source: s,
      outlet: span(text, 'Reuters'),
      content: { from: 0, to: text.length - 1 },
      quote: false,
    };
    const [f] = check(text, claims(text, { attributions: [a] }), index);
    expect(f).toMatchObject({
      kind: 'attribution-contradicted',
      text: 'Reuters',
      suggestion: 'CNN',
      factId: 'member-roads',
    });
  });

  it('contradicts the source of a statement the record gives to someone else', () => {
    const text = 'The roads were blocked, according to a government spokesman.';
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'according to'),
      source: span(text, 'a government spokesman'),
      content: { from: 0, to: 22 },
      quote: false,
    };
    // "blocked roads" is the term; "roads were blocked" holds neither phrase, so nothing is tied.
    expect(check(text, claims(text, { attributions: [a] }), index)).toEqual([]);
    const text2 = 'There were blocked roads, according to a government spokesman.';
    const a2 = {
      ...a,
      to: text2.length - 1,
      cue: span(text2, 'according to'),
      source: span(text2, 'a government spokesman'),
    };
    const [f] = check(text2, claims(text2, { attributions: [a2] }), index);
    expect(f).toMatchObject({
      kind: 'attribution-contradicted',
      text: 'a government spokesman',
      expected: 'a White Helmets member',
    });
  });

  it('warns about a direct quote with no speaker in its sentence or the next', () => {
    const text =
      'The night was long. “We will not leave anyone behind.” Trucks waited at the border.';
    const [f] = check(text, claims(text, {}), index);
    expect(f).toMatchObject({
      kind: 'quote-unattributed',
      severity: 'warning',
      text: 'We will not leave anyone behind.',
    });
  });

  it('does not count short scare quotes inside an attributed sentence as unattributed', () => {
    const text = 'Officials called it a “rescue” of “civil defence” staff, Reuters reported.';
    const a: Attribution = {
      from: 0,
      to: text.length - 1,
      cue: span(text, 'reported'),
      source: span(text, 'Reuters'),
      content: { from: 0, to: span(text, ', Reuters').from },
      quote: false,
    };
    expect(check(text, claims(text, { attributions: [a] }), index)).toEqual([]);
  });
});
