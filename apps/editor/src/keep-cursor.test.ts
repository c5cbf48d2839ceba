// @vitest-environment jsdom
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { ySyncPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { keepCursor } from './keep-cursor';
import { schema } from './setup';

afterEach(() => {
  document.body.replaceChildren();
});

/** Two editors on one story, each edit sent to the other at once. */
function pair(plugins: () => Plugin[]) {
  const views = [0, 1].map(() => {
    const doc = new Y.Doc();
    const place = document.body.appendChild(document.createElement('div'));
    const state = EditorState.create({
      schema,
      plugins: [ySyncPlugin(doc.getXmlFragment('prosemirror')), ...plugins()],
    });
    return { doc, view: new EditorView(place, { state }) };
  });
  for (const [a, b] of [views, [...views].reverse()])
    a.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(b.doc, update, 'remote');
    });
  const [ana, ben] = views.map((v) => v.view);
  const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
  ana.dispatch(
    ana.state.tr.replaceWith(0, ana.state.doc.content.size, [
      p('The council voted on Tuesday.'),
      p('Officials said 400 homes were lost in the floods.'),
      p('Rebuilding will take years.'),
    ]),
  );
  return { ana, ben };
}

/** The position just after the first `text` in the document. */
function after(doc: Node, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    const i = node.isText ? node.text!.indexOf(text) : -1;
    if (found < 0 && i >= 0) found = pos + i + text.length;
  });
  if (found < 0) throw new Error(`no "${text}"`);
  return found;
}

/** The cursor's place as its writer sees it: the text just before and after it in its paragraph. */
function around(view: EditorView): string {
  const { $head } = view.state.selection;
  const text = $head.parent.textContent;
  const at = $head.parentOffset;
  return `${text.slice(Math.max(0, at - 8), at)}|${text.slice(at, at + 8)}`;
}

function put(view: EditorView, pos: number): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

describe('keepCursor', () => {
  it('keeps the cursor beside its text when a colleague splits its paragraph before it', () => {
    const { ana, ben } = pair(() => [keepCursor()]);
    put(ana, after(ana.state.doc, 'Officials said 400'));
    ben.dispatch(ben.state.tr.split(after(ben.state.doc, 'Officials said')));
    expect(around(ana)).toBe(' 400| homes w');
    expect(ana.state.doc.child(2).textContent).toBe(' 400 homes were lost in the floods.');
  });

  it('keeps the cursor beside its text when a colleague joins its paragraph to the one before', () => {
    const { ana, ben } = pair(() => [keepCursor()]);
    put(ana, after(ana.state.doc, 'Officials said 400'));
    ben.dispatch(ben.state.tr.join(ben.state.doc.child(0).nodeSize));
    expect(ana.state.doc.childCount).toBe(2);
    expect(around(ana)).toBe('said 400| homes w');
  });

  it('leaves a cursor inside the colleague’s change where y-prosemirror puts it', () => {
    const { ana, ben } = pair(() => [keepCursor()]);
    const at = after(ana.state.doc, 'Officials said 4');
    put(ana, at);
    ben.dispatch(ben.state.tr.delete(at - 5, at + 5));
    expect(ana.state.selection.head).toBe(at - 5);
  });

  it('moves a cursor no colleague’s edit reached exactly as the edit moved its text (seeded)', () => {
    let seed = 0x2545f491;
    const rnd = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    let moved = 0;
    for (let round = 0; round < 300; round++) {
      const { ana, ben } = pair(() => [keepCursor()]);
      const positions: number[] = [];
      ana.state.doc.descendants((node, pos) => {
        if (node.isTextblock)
          for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
        return !node.isTextblock;
      });
      const pick = () => positions[Math.floor(rnd() * positions.length)];
      const cursor = pick();
      put(ana, cursor);
      const tr: Transaction = ben.state.tr;
      const op = rnd();
      if (op < 0.35) tr.insertText(' 512 more', pick());
      else if (op < 0.6) {
        const from = pick();
        const to = Math.min(from + 1 + Math.floor(rnd() * 12), ben.state.doc.content.size - 1);
        tr.delete(from, to);
      } else if (op < 0.85) tr.split(pick());
      else {
        // The boundary after the first or the second paragraph.
        const doc = ben.state.doc;
        tr.join(doc.child(0).nodeSize + (rnd() < 0.5 ? 0 : doc.child(1).nodeSize));
      }
      let touched = false;
      for (const map of tr.mapping.maps)
        map.forEach((from, to) => {
          if (cursor >= from - 1 && cursor <= to + 1) touched = true;
        });
      const want = tr.mapping.map(cursor);
      const text = tr.doc.textBetween(0, tr.doc.content.size, '¶');
      ben.dispatch(tr);
      expect(ana.state.doc.textBetween(0, ana.state.doc.content.size, '¶')).toBe(text);
      if (touched) continue;
      if (want !== cursor) moved++;
      expect(ana.state.selection.head, `round ${round}`).toBe(want);
    }
    expect(moved).toBeGreaterThan(50);
  });
});
