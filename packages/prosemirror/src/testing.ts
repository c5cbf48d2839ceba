// Shared by this package's tests (not exported): a schema, fixture facts, views, fresh checks.
import type { Fact } from '@factdesk/core';
import * as prng from 'lib0/prng';
import type { Node } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { checkDocument } from './check';
import { dismissedOf, findingsOf } from './commands';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import type { FactCheckOptions, FactSource } from './types';

export { schema };

// jsdom has no layout: give ranges and elements empty boxes so scrolling into view works.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const noRect = () =>
  ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 0,
    bottom: 0,
    width: 0,
    height: 0,
    toJSON() {},
  }) as DOMRect;
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = noRects;
  Range.prototype.getBoundingClientRect = noRect;
}

/** Facts of the seed story (contract section 1), plus one whose texts are markup. */
export const facts: Fact[] = [
  {
    id: 'evacuated-total',
    kind: 'figure',
    subject: 'White Helmets members and relatives evacuated via Israel to Jordan',
    terms: ['evacuated', 'made it', 'meeting point'],
    value: 422,
    unit: 'count',
    asOf: '2018-07-22',
    source: {
      name: 'Jordanian foreign minister Ayman Safadi (tweet)',
      url: 'https://twitter.com/AymanHsafadi',
    },
  },
  {
    id: 'war-deaths',
    kind: 'figure',
    subject: 'Deaths in the Syrian civil war',
    terms: ['deaths', 'died', 'killed'],
    value: { min: 500000, minExclusive: true },
    unit: 'count',
    source: { name: 'Syrian Observatory for Human Rights' },
  },
  {
    id: 'evacuation-night',
    kind: 'date',
    subject: 'Night of the evacuation',
    terms: ['evacuated', 'night'],
    value: '2018-07-21',
    source: { name: 'Israel Defense Forces statement' },
  },
  {
    id: 'lives-saved',
    kind: 'figure',
    subject: '<img src=x onerror=alert(1)>',
    terms: ['lives saved', 'saved'],
    value: 115000,
    unit: 'count',
    source: { name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
  },
];

/** A document of paragraphs. */
export function docOf(...paragraphs: string[]): Node {
  return schema.node(
    'doc',
    null,
    paragraphs.map((p) => schema.node('paragraph', null, p ? [schema.text(p)] : [])),
  );
}

/** An editor view in the test DOM with the plugin (and any other plugins). */
export function mount(
  doc: Node,
  options: Partial<FactCheckOptions> = {},
  plugins: Plugin[] = [],
): { view: EditorView; source: FactSource } {
  const source = options.source ?? memoryFactSource(facts);
  const place = document.createElement('div');
  document.body.appendChild(place);
  const state = EditorState.create({
    doc,
    plugins: [...plugins, factCheck({ date: '2018-07-22', delay: 0, ...options, source })],
  });
  return { view: new EditorView(place, { state }), source };
}

/** A short form of a finding for comparisons. */
export interface Brief {
  id: string;
  kind: string;
  from: number;
  to: number;
  text: string;
}

/** The plugin's findings, live and dismissed, in document order. */
export function pluginFindings(state: EditorState): Brief[] {
  return [...findingsOf(state), ...dismissedOf(state)]
    .map(({ id, kind, from, to, text }) => ({ id, kind, from, to, text }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
}

/** A fresh check of a document, with nothing cached: what the plugin's findings must equal. */
export function freshFindings(
  doc: Node,
  source: FactSource,
  options: { date?: string; all?: boolean } = {},
): Brief[] {
  const ctx = {
    source,
    date: options.date ?? '2018-07-22',
    all: options.all,
    cache: new WeakMap(),
    keys: new WeakMap(),
  };
  const seen = new Map<string, number>();
  return checkDocument(ctx, doc)
    .findings.map((f) => {
      const n = (seen.get(f.key) ?? 0) + 1;
      seen.set(f.key, n);
      return {
        id: n > 1 ? `${f.key}~${n}` : f.key,
        kind: f.value.kind,
        from: f.from,
        to: f.to,
        text: f.value.text,
      };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
}

/** A seeded pseudo-random generator: lib0's, which Yjs's own randomised tests use. */
export function random(seed: number): () => number {
  // lib0's generator gives nothing but zeros from the seed 0.
  if (seed === 0) throw new RangeError('random: the seed must not be 0');
  const gen = prng.create(seed);
  return () => prng.real53(gen);
}
