import type { Fact } from '@factdesk/core';
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { canJoin } from 'prosemirror-transform';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { ySyncPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { checkNow, findingsOf } from './commands';
import { factCheckKey } from './keys';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, freshFindings, pluginFindings, random, schema } from './testing';
import type { DocFinding } from './types';

const phrases = [
  ' Nearly 500 people were evacuated.',
  ' About 300 were evacuated that night.',
  ' Only 422 made it to the meeting point.',
  ' The group has 3,700 volunteers.',
  ' More than half a million people have died.',
  ' He told CNN they were safe.',
  ' They were evacuated on Sunday, July 21.',
  ' 500',
  ' evacuated',
  ' Officials said',
];

afterEach(() => {
  document.body.replaceChildren();
});

interface Peer {
  doc: Y.Doc;
  view: EditorView;
  inbox: Uint8Array[];
  delayed: boolean;
  windowed: boolean;
}

/** Text positions of the document: every position inside a textblock. */
function textPositions(doc: Node): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}

function edit(view: EditorView, rnd: () => number): void {
  const { state } = view;
  const positions = textPositions(state.doc);
  const pick = () => positions[Math.floor(rnd() * positions.length)];
  // Concurrent structural edits can duplicate paragraphs in y-prosemirror: long documents
  // delete more, and in larger pieces, so they stay around a dozen paragraphs.
  const long = state.doc.content.size > 1200;
  const op = long ? 0.45 + rnd() * 0.55 : rnd();
  const tr = state.tr;
  if (op < 0.45) {
    tr.insertText(phrases[Math.floor(rnd() * phrases.length)], pick());
  } else if (op < 0.65) {
    const from = pick();
    const to = Math.min(
      state.doc.content.size - 1,
      from + 1 + Math.floor(rnd() * (long ? 600 : 40)),
    );
    if (to > from) tr.delete(from, to);
  } else if (op < 0.8) {
    tr.split(pick());
  } else {
    const boundaries: number[] = [];
    state.doc.forEach((_n, offset, i) => {
      if (i > 0 && canJoin(state.doc, offset)) boundaries.push(offset);
    });
    if (boundaries.length) tr.join(boundaries[Math.floor(rnd() * boundaries.length)]);
  }
  if (tr.docChanged) {
    tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(pick(), tr.doc.content.size))));
    view.dispatch(tr);
  }
}

function holds(peer: Peer, source: ReturnType<typeof memoryFactSource>, where: string): void {
  if (peer.delayed) checkNow(peer.view.state, peer.view.dispatch);
  const { state } = peer.view;
  const mine = pluginFindings(state);
  const fresh = freshFindings(state.doc, source);
  if (JSON.stringify(mine) !== JSON.stringify(fresh)) expect(mine, where).toEqual(fresh);
  const all = findingsOf(state);
  for (const f of all) {
    const covered = state.doc.textBetween(f.from, f.to, undefined, '\ufffc');
    if (covered !== f.text) expect(covered, `${where}: decoration of ${f.id}`).toBe(f.text);
  }
  drawn(peer, all, where);
}

/**
 * What the view draws: in a windowed peer, exactly the findings inside its window, which holds
 * the cursor; in the others, all of them. Read from the DOM.
 */
function drawn(peer: Peer, all: readonly DocFinding[], where: string): void {
  const { state } = peer.view;
  const s = factCheckKey.getState(state)!;
  if (peer.windowed) {
    expect(s.window, where).not.toBeNull();
    const head = state.selection.head;
    expect(
      s.window!.some((r) => r.from <= head && head <= r.to),
      `${where}: cursor drawn`,
    ).toBe(true);
  } else expect(s.window, where).toBeNull();
  const want = all
    .filter((f) => !s.window || s.window.some((r) => r.from <= f.from && f.to <= r.to))
    .map((f) => f.id);
  const dom = [...peer.view.dom.querySelectorAll<HTMLElement>('.factdesk-finding')].map(
    (e) => e.dataset.findingId,
  );
  expect([...new Set(dom)].sort(), `${where}: drawn findings`).toEqual([...new Set(want)].sort());
}

function run(seed: number, rounds: number, peers = 3): void {
  const rnd = random(seed);
  const source = memoryFactSource(facts);
  const all: Peer[] = [];
  for (let i = 0; i < peers; i++) {
    const doc = new Y.Doc();
    const place = document.createElement('div');
    document.body.appendChild(place);
    const delayed = i === peers - 1;
    // The second peer, and on odd seeds the delayed one, draws only the findings near its cursor.
    const windowed = i === 1 || (delayed && seed % 2 === 1);
    const state = EditorState.create({
      schema,
      plugins: [
        ySyncPlugin(doc.getXmlFragment('prosemirror')),
        // The last peer re-checks only when told to: the delayed path, flushed with checkNow.
        factCheck({
          source,
          date: '2018-07-22',
          delay: delayed ? 60_000 : 0,
          tooltip: false,
          window: windowed ? { above: 0, margin: 1 } : false,
        }),
      ],
    });
    const peer: Peer = {
      doc,
      view: new EditorView(place, { state }),
      inbox: [],
      delayed,
      windowed,
    };
    all.push(peer);
  }
  for (const peer of all) {
    peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      for (const other of all) if (other !== peer) other.inbox.push(update);
    });
  }
  const first = all[0].view;
  const start = docOf(
    'Officials said nearly 500 people were evacuated on Saturday night.',
    'The group has 3,700 volunteers.',
    'More than half a million people have died in the war.',
  );
  first.dispatch(first.state.tr.replaceWith(0, first.state.doc.content.size, start.content));

  for (let round = 0; round < rounds; round++) {
    // Now and then the record changes under the editors: a figure's value, or a fact goes and comes back.
    const change = rnd();
    if (change < 0.04) {
      const total = facts[0] as Extract<Fact, { kind: 'figure' }>;
      source.upsert([{ ...total, value: [422, 480, 300][Math.floor(rnd() * 3)] }]);
    } else if (change < 0.06) {
      const deaths = facts[1];
      if (source.facts.get(deaths.id)) source.remove([deaths.id]);
      else source.upsert([deaths]);
    }
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) edit(all[Math.floor(rnd() * peers)].view, rnd);
    for (const peer of all) {
      if (rnd() < 0.3) continue; // This peer stays behind this round.
      const inbox = peer.inbox.splice(0);
      for (let i = inbox.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [inbox[i], inbox[j]] = [inbox[j], inbox[i]];
      }
      for (const update of inbox) Y.applyUpdate(peer.doc, update, 'remote');
      holds(peer, source, `seed ${seed}, round ${round}`);
    }
  }
  for (const peer of all) {
    for (const update of peer.inbox.splice(0)) Y.applyUpdate(peer.doc, update, 'remote');
  }
  for (const peer of all) holds(peer, source, `seed ${seed}, end`);
  const texts = all.map((p) => p.view.state.doc.toJSON());
  expect(texts[1]).toEqual(texts[0]);
  expect(texts[2]).toEqual(texts[0]);
  for (const peer of all) peer.view.destroy();
}

describe('collaboration', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'keeps every view equal to a fresh check under random concurrent edits (seed %i)',
    (seed) => {
      run(seed, 100);
    },
    60_000,
  );
});
