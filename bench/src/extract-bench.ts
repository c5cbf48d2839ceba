// `pnpm bench extract`: extraction speed on ~1 MB of news prose, side by side
// with the peer (@microsoft/recognizers-text-number) and a one-regex floor,
// then the check of one paragraph against an index of 100,000 facts.

import { existsSync, readFileSync } from 'node:fs';
import type { Claims, Fact } from '@factdesk/core';
import * as core from '@factdesk/core';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';

// Used when ../shared is absent: prose of the same kind, with figures, dates and quotes.
const BUILT_IN = `Israel, the United States, and several European nations evacuated more than 400 rescue workers and their families from the province to Jordan during the night on Saturday, July 21.

The group has reportedly saved more than 115,000 lives during the war, which the observatory estimates has resulted in the deaths of more than half a million people since it began seven years ago.

It was initially intended to evacuate 800 volunteers and their families but only 422 made it to the meeting point. The minister confirmed Sunday that they will stay for around three months.

He told CNN, “We are 300 volunteer members.” There are estimated to be an additional 3,000 members who received $2.5bn in aid, about 12% of the budget, over 48 hours and 10 km.`;

type Extract = (text: string, options?: { date?: string }) => Claims;

/** The full `extract` once it has landed; until then figures + dates alone. */
function extractor(): { name: string; run: Extract } {
  const full = (core as unknown as { extract?: Extract }).extract;
  if (full) return { name: 'factdesk extract', run: full };
  return {
    name: 'factdesk extractFigures+extractDates',
    run: (text, options) => ({
      schema: 'factdesk.claims/v1',
      figures: core.extractFigures(text),
      dates: core.extractDates(text, options?.date),
      attributions: [],
      sentences: [],
      mentions: [],
    }),
  };
}

function loadParagraphs(): string[] {
  const shared = new URL('../../../shared/stories/white-helmets/article.txt', import.meta.url);
  const text = existsSync(shared) ? readFileSync(shared, 'utf8') : BUILT_IN;
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

/** A word made of letters only, distinct for every n. */
function tag(n: number): string {
  let s = '';
  do {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** Runs `fn` over every paragraph `rounds` times; returns the best round in ms. */
function time(paragraphs: readonly string[], fn: (p: string) => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of paragraphs) sink += fn(p) ? 1 : 0;
    best = Math.min(best, performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return best;
}

function syntheticFacts(count: number): Fact[] {
  const nouns = [
    'deaths',
    'evacuees',
    'volunteers',
    'homes',
    'schools',
    'refugees',
    'budget',
    'votes',
  ];
  const places = ['Syria', 'Jordan', 'Idlib', 'Deraa', 'Aleppo', 'Quneitra', 'Homs', 'Hama'];
  const units = ['count', 'count', 'count', 'percent', 'USD', 'year', 'month', 'km'];
  const facts: Fact[] = [];
  for (let i = 0; i < count; i++) {
    const noun = nouns[i % nouns.length];
    const place = places[(i >> 3) % places.length];
    facts.push({
      id: `synthetic-${i}`,
      kind: 'figure',
      subject: `${noun} in ${place} #${i}`,
      terms: [`${noun}${i % 97}`, `${place.toLowerCase()}-${i % 1013}`, `term${i}`],
      value: (i * 7919) % 1000000,
      unit: units[i % units.length],
      source: { name: 'Synthetic source' },
    });
  }
  return facts;
}

/** Prints the extraction benchmark (figures only; asserts nothing). */
export async function run(): Promise<void> {
  const base = loadParagraphs();
  const paragraphs: string[] = [];
  let bytes = 0;
  // Every paragraph a distinct string (a tag word appended), so no library or
  // engine cache can answer from an earlier identical input.
  while (bytes < 1_000_000) {
    for (const p of base) {
      const unique = `${p} Tag ${tag(paragraphs.length)}.`;
      paragraphs.push(unique);
      bytes += unique.length;
    }
  }
  const mb = bytes / 1e6;
  const per500 = (ms: number) => ((ms * 1000) / bytes) * 500;
  const ours = extractor();
  const options = { date: '2018-07-22' };
  time(paragraphs, (p) => ours.run(p, options), 2); // warm-up
  const oursMs = time(paragraphs, (p) => ours.run(p, options), 5);
  const figuresMs = time(
    paragraphs,
    (p) => core.extractFigures(p).length + core.extractDates(p, options.date).length,
    5,
  );
  const peer = new NumberRecognizer(Culture.English).getNumberModel();
  const peerMs = time(paragraphs, (p) => peer.parse(p).length, 2);
  const digits = /\d[\d,.]*/g;
  const regexMs = time(paragraphs, (p) => p.match(digits)?.length ?? 0, 5);

  console.log(`\nExtraction: ${paragraphs.length} paragraphs, ${mb.toFixed(2)} MB (best of runs)`);
  const row = (name: string, ms: number) => ({
    extractor: name,
    'MB/s': Number((mb / (ms / 1000)).toFixed(2)),
    'µs / 500 chars': Number(per500(ms).toFixed(2)),
  });
  console.table([
    row(ours.name, oursMs),
    row('factdesk extractFigures+extractDates', figuresMs),
    row('@microsoft/recognizers-text-number (English NumberModel)', peerMs),
    row('one regex pass /\\d[\\d,.]*/g', regexMs),
  ]);
  console.log(
    `${ours.name}/peer: ${(peerMs / oursMs).toFixed(1)}x faster; ` +
      `figures+dates/peer: ${(peerMs / figuresMs).toFixed(1)}x faster; ` +
      `regex/${ours.name}: ${(oursMs / regexMs).toFixed(1)}x slower than the floor`,
  );

  const facts = syntheticFacts(100_000);
  const t0 = performance.now();
  const index = new core.FactIndex(facts);
  const buildMs = performance.now() - t0;
  const paragraph = base.find((p) => /\d/.test(p)) ?? base[0];
  const claims = ours.run(paragraph, options);
  const reps: string[] = Array(500).fill(paragraph);
  const extractOneMs = time(reps, (p) => ours.run(p, options), 5) / reps.length;
  const checkMs = time(reps, (p) => core.checkBlock(p, claims, index), 5) / reps.length;
  const extractCheckMs =
    time(reps, (p) => core.checkBlock(p, ours.run(p, options), index), 5) / reps.length;
  console.log(`\nCheck of one ${paragraph.length}-char paragraph against 100,000 facts`);
  console.table([
    { step: 'new FactIndex(100,000 facts)', µs: Math.round(buildMs * 1000) },
    { step: 'extract(paragraph)', µs: Number((extractOneMs * 1000).toFixed(1)) },
    {
      step: 'checkBlock(paragraph, claims, index), same claims',
      µs: Number((checkMs * 1000).toFixed(1)),
    },
    { step: 'extract + checkBlock, fresh claims', µs: Number((extractCheckMs * 1000).toFixed(1)) },
  ]);
}
