// The drafts the plugin benchmark types into: made-up nouns, one per fact, in sentences that
// state a figure for them, right or wrong, between sentences with none.

import * as prng from 'lib0/prng';

type Fact = import('@factdesk/core').Fact;
type Node = import('prosemirror-model').Node;

/** A seeded pseudo-random generator: lib0's, which Yjs's own randomised tests use. */
export function random(seed: number): () => number {
  // lib0's generator gives nothing but zeros from the seed 0.
  if (seed === 0) throw new RangeError('random: the seed must not be 0');
  const gen = prng.create(seed);
  return () => prng.real53(gen);
}

/** Distinct made-up nouns, one per fact, so every fact has a term of its own. */
function nouns(count: number, rnd: () => number): string[] {
  const c = 'bdfgklmnprstvz';
  const v = 'aeiou';
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    const syllables = 3 + Math.floor(rnd() * 2);
    for (let i = 0; i < syllables; i++)
      w += c[Math.floor(rnd() * c.length)] + v[Math.floor(rnd() * v.length)];
    out.add(`${w}n`);
  }
  return [...out];
}

const filler = [
  'The ministry published its annual report on the situation in the region.',
  'Residents described long queues outside the only open clinic in town.',
  'Local officials declined to comment on the details of the agreement.',
  'The council is expected to vote on the proposal before the end of the month.',
  'Aid workers said the roads into the valley remained difficult to cross.',
  '"We will rebuild what was lost," the mayor said at a press conference.',
];

/** A number as the drafts write it: "12,345". */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A draft of about `words` words, and `count` facts some of its figures tie to; a share `wrong`
 * of those figures disagree with their fact.
 */
export function corpus(
  words: number,
  count: number,
  seed: number,
  wrong = 0.4,
): { paragraphs: string[]; facts: Fact[] } {
  const rnd = random(seed);
  const terms = nouns(count, rnd);
  const facts: Fact[] = terms.map((term, i) => ({
    id: `fact-${i}`,
    kind: 'figure',
    subject: `Number of ${term}`,
    terms: [term],
    value: 100 + Math.floor(rnd() * 90_000),
    unit: 'count',
    asOf: '2024-03-01',
    source: { name: `Registry ${i % 50}`, url: `https://example.org/registry/${i}` },
  }));
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      if (rnd() < 0.5) {
        const f = facts[Math.floor(rnd() * facts.length)] as Extract<Fact, { kind: 'figure' }>;
        const value = f.value as number;
        const n = rnd() >= wrong ? value : Math.round(value * (0.5 + rnd()));
        sentences.push(
          `Officials said ${fmt(n)} ${f.terms[0]} were recorded in the district last year.`,
        );
      } else sentences.push(filler[Math.floor(rnd() * filler.length)]);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    total += p.split(/\s+/).length;
  }
  return { paragraphs, facts };
}

/** The items in an order drawn with `rnd` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Where a typist types in a draft: the middle of five paragraphs, at the sixths of the draft.
 * A keystroke's cost depends on the findings of the paragraph it lands in, so one paragraph
 * would speak for the whole draft.
 */
export function spots(doc: Node): number[] {
  const out: number[] = [];
  doc.forEach((node, offset, i) => {
    for (let k = 1; k <= 5; k++)
      if (i === Math.floor((doc.childCount * k) / 6))
        out.push(offset + 1 + Math.floor(node.content.size / 2));
  });
  return out;
}
