import { describe, expect, it } from 'vitest';
import { check } from './check';
import { claims, span } from './check.testing';
import { FactIndex } from './fact-index';
import type { Attribution, Fact, Finding, Mention } from './types';

// Claims are built by hand, mentions included, so that the checker is tested on its own.

const facts: Fact[] = [
  {
    id: 'rebuild',
    kind: 'quote',
    subject: 'Mayor on rebuilding',
    speaker: { name: 'Jane Smith', aliases: ['the mayor'] },
    text: 'Nobody will be left without a roof this winter.',
    source: { name: 'BBC' },
  },
  {
    id: 'safadi-numbers',
    kind: 'quote',
    subject: 'Safadi on the numbers',
    speaker: { name: 'Ayman Safadi', aliases: ['Safadi'] },
    text: 'The number requested was 800 but the actual number settled at 422.',
    channel: 'tweet',
    source: { name: 'Ayman Safadi on Twitter' },
  },
  {
    id: 'flood-bbc',
    kind: 'statement',
    subject: 'Mayor on the flood defences',
    speaker: { name: 'Jane Smith', aliases: ['the mayor'] },
    terms: ['flood defences'],
    channel: 'BBC',
    source: { name: 'BBC Radio 4' },
  },
  {
    id: 'flood-statement',
    kind: 'statement',
    subject: 'Mayor on the river wall',
    speaker: { name: 'Jane Smith' },
    terms: ['river wall'],
    channel: 'statement',
    source: { name: 'Council press office' },
  },
  {
    id: 'flood-facebook',
    kind: 'statement',
    subject: 'Mayor on the pumps',
    speaker: { name: 'Jane Smith' },
    terms: ['pumps'],
    channel: 'Facebook',
    source: { name: 'Jane Smith on Facebook' },
  },
];
const index = new FactIndex(facts);

const mentions = (text: string, ...names: string[]): Mention[] =>
  names.map((name) => span(text, name));

/** An attribution of `content` by `source` with cue `cue` and, maybe, an outlet. */
function said(text: string, content: string, cue: string, source: string, outlet?: string) {
  const c = span(text, content);
  const s = span(text, source);
  const o = outlet ? span(text, outlet) : undefined;
  const a: Attribution = {
    from: Math.min(c.from, s.from),
    to: Math.max(c.to, s.to, o?.to ?? 0),
    cue: span(text, cue),
    source: s,
    ...(o ? { outlet: o } : {}),
    content: { from: c.from, to: c.to },
    quote: text[c.from - 1] === '“',
  };
  return a;
}

const unattributed = (found: Finding[]) => found.filter((f) => f.kind === 'quote-unattributed');
const contradicted = (found: Finding[]) => found.find((f) => f.kind === 'attribution-contradicted');

describe('quotes with no speaker', () => {
  it('takes a person named before the quote in its sentence, with no speech verb, as its speaker', () => {
    const text = 'Mayor Jane Smith was defiant: “We will rebuild everything.”';
    const c = claims(text, { mentions: mentions(text, 'Mayor Jane Smith') });
    expect(unattributed(check(text, c, index))).toEqual([]);
  });

  it('takes a person named in the sentence before or after the quote as its speaker', () => {
    const before = 'Mayor Jane Smith spoke to reporters on Monday. “We will rebuild everything.”';
    const c1 = claims(before, { mentions: mentions(before, 'Mayor Jane Smith', 'reporters') });
    expect(unattributed(check(before, c1, index))).toEqual([]);
    const after = '“We will rebuild everything.” Jane Smith did not take questions.';
    const c2 = claims(after, { mentions: mentions(after, 'Jane Smith') });
    expect(unattributed(check(after, c2, index))).toEqual([]);
  });

  it('takes a person the previous paragraph names as the speaker of a quote opening the paragraph', () => {
    const text = '“We will rebuild everything.” The crowd cheered.';
    const c = claims(text, { mentions: mentions(text, 'The crowd') });
    const lead = [{ from: 0, to: 16, text: 'Mayor Jane Smith' }];
    expect(unattributed(check(text, c, index, { lead }))).toEqual([]);
    // Not a group named there, nor a quote later in the paragraph.
    expect(
      unattributed(check(text, c, index, { lead: [{ from: 0, to: 6, text: 'Trucks' }] })),
    ).toHaveLength(1);
    const later = 'The crowd cheered. The rain went on. “We will rebuild everything.”';
    const c2 = claims(later, { mentions: mentions(later, 'The crowd') });
    expect(unattributed(check(later, c2, index, { lead }))).toHaveLength(1);
  });

  it('still warns when the only person is named inside the quote, too far away, or is no person', () => {
    const inside = 'The crowd was quiet. “We thank Jane Smith for everything.”';
    const c1 = claims(inside, { mentions: mentions(inside, 'Jane Smith') });
    const far = 'Jane Smith left. The rain went on. “We will rebuild everything.”';
    const c2 = claims(far, { mentions: mentions(far, 'Jane Smith') });
    const group = 'The night was long. “We will rebuild everything.” Trucks waited at the border.';
    const c3 = claims(group, { mentions: mentions(group, 'Trucks') });
    // A name in another quote's words speaks neither.
    const other = '“I voted for Jane Smith.” “Now I regret it.”';
    const c4 = claims(other, { mentions: mentions(other, 'Jane Smith') });
    expect(unattributed(check(other, c4, index))).toHaveLength(2);
    for (const [text, c] of [
      [inside, c1],
      [far, c2],
      [group, c3],
    ] as const) {
      const [f] = unattributed(check(text, c, index));
      expect(f).toMatchObject({ kind: 'quote-unattributed', severity: 'warning' });
      expect(f.message).toBe(
        'No one is named as the speaker of this quote in its sentence or the ones next to it.',
      );
    }
  });
});

describe('quotes against the record', () => {
  it('confirms a quote that differs from the record only by a thousands separator', () => {
    const text = '“The actual number settled at 4220 after the requested 8,000,” Safadi said.';
    const record: Fact = {
      id: 'numbers',
      kind: 'quote',
      subject: 'Safadi on the numbers',
      speaker: { name: 'Ayman Safadi', aliases: ['Safadi'] },
      text: 'The actual number settled at 4,220 after the requested 8000.',
      source: { name: 'Ayman Safadi on Twitter' },
    };
    const a = said(
      text,
      'The actual number settled at 4220 after the requested 8,000,',
      'said',
      'Safadi',
    );
    const found = check(text, claims(text, { attributions: [a] }), [record], { all: true });
    expect(found.map((f) => f.kind)).toEqual(['quote-confirmed']);
  });
});

describe('a wrong outlet or channel', () => {
  it('suggests an outlet for an outlet: "told ITV" where the record says BBC', () => {
    const text = 'The flood defences had failed, Jane Smith told ITV.';
    const a = said(text, 'The flood defences had failed', 'told', 'Jane Smith', 'ITV');
    expect(contradicted(check(text, claims(text, { attributions: [a] }), index))).toMatchObject({
      text: 'ITV',
      expected: 'BBC',
      suggestion: 'BBC',
    });
  });

  it('suggests nothing where the recorded channel would not fit the sentence', () => {
    // "Safadi told tweet", "said in a BBC", "told Facebook" are not English.
    const q =
      '“The number requested was 800 but the actual number settled at 422,” Safadi told CNN.';
    const qa = said(
      q,
      'The number requested was 800 but the actual number settled at 422,',
      'told',
      'Safadi',
      'CNN',
    );
    const tweet = 'The mayor said in a tweet that the flood defences had failed.';
    const ta = said(tweet, 'the flood defences had failed', 'said', 'The mayor', 'tweet');
    const told = 'Jane Smith told CNN the pumps had failed.';
    const pa = said(told, 'the pumps had failed', 'told', 'Jane Smith', 'CNN');
    for (const [text, a, expected] of [
      [q, qa, 'tweet'],
      [tweet, ta, 'BBC'],
      [told, pa, 'Facebook'],
    ] as const) {
      const f = contradicted(check(text, claims(text, { attributions: [a] }), index));
      expect(f).toMatchObject({ kind: 'attribution-contradicted', expected });
      expect(f).not.toHaveProperty('suggestion');
    }
  });

  it('suggests a channel for a channel when its article still fits', () => {
    const tweet = 'Jane Smith said in a tweet that the river wall had held.';
    const ta = said(tweet, 'the river wall had held', 'said', 'Jane Smith', 'tweet');
    expect(contradicted(check(tweet, claims(tweet, { attributions: [ta] }), index))).toMatchObject({
      text: 'tweet',
      suggestion: 'statement',
    });
    const interview = 'Jane Smith said in an interview that the river wall had held.';
    const ia = said(interview, 'the river wall had held', 'said', 'Jane Smith', 'interview');
    const f = contradicted(check(interview, claims(interview, { attributions: [ia] }), index));
    expect(f).toMatchObject({ text: 'interview', expected: 'statement' });
    expect(f).not.toHaveProperty('suggestion');
    const platform = 'Jane Smith said on Twitter that the pumps had failed.';
    const pa = said(platform, 'the pumps had failed', 'said', 'Jane Smith', 'Twitter');
    expect(
      contradicted(check(platform, claims(platform, { attributions: [pa] }), index)),
    ).toMatchObject({ text: 'Twitter', suggestion: 'Facebook' });
  });
});

describe('one quote in two parts, one cue', () => {
  const text = '“We heard a huge noise,” Julia Quispe told the AP. “People were screaming inside.”';
  const record = (channel: string): Fact => ({
    id: 'quispe',
    kind: 'quote',
    subject: 'Witness',
    speaker: { name: 'Julia Quispe', aliases: ['Quispe'] },
    text: 'We heard a huge noise. People were screaming inside.',
    channel,
    source: { name: 'AP' },
  });
  const parts = () => [
    said(text, 'We heard a huge noise,', 'told', 'Julia Quispe', 'the AP'),
    said(text, 'People were screaming inside.', 'told', 'Julia Quispe', 'the AP'),
  ];

  it('takes an outlet written in initials for the recorded name they spell', () => {
    const found = check(text, claims(text, { attributions: parts() }), [
      record('The Associated Press'),
    ]);
    expect(found).toEqual([]);
  });

  it('finds a wrong outlet once, not once for each part of the quote', () => {
    const found = check(text, claims(text, { attributions: parts() }), [record('Reuters')]);
    expect(found.map((f) => `${f.kind} ${f.text}`)).toEqual(['attribution-contradicted the AP']);
  });
});
