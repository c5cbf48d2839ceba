import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { ySyncPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { dismissedOf, dismissFinding, findingsOf, restoreFindings } from './commands';
import { dismissalOrigin } from './keys';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, mount, schema } from './testing';
import type { Dismissal } from './types';

const a = 'Officials said nearly 500 people were evacuated on Saturday night.';
const b = 'The group has 3,700 volunteers across the north.';

afterEach(() => {
  document.body.replaceChildren();
});

/** Two Y.Docs that pass every update to each other at once. */
function pair() {
  const one = new Y.Doc();
  const two = new Y.Doc();
  one.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(two, u, 'peer'),
  );
  two.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(one, u, 'peer'),
  );
  return [one, two] as const;
}

describe('shared dismissals', () => {
  it('are seen by every collaborator, with who, when and why', async () => {
    const [one, two] = pair();
    const m1 = one.getMap<Dismissal>('factdesk-dismissals');
    const m2 = two.getMap<Dismissal>('factdesk-dismissals');
    const { view: v1 } = mount(docOf(a, b), { dismissals: m1, user: 'ana' });
    const { view: v2 } = mount(docOf('A new first paragraph.', a, b), {
      dismissals: m2,
      user: 'ben',
    });
    const f = findingsOf(v1.state).find((x) => x.kind === 'figure-contradicted')!;
    dismissFinding(f.id, 'agreed with the desk')(v1.state, v1.dispatch);
    expect(m1.get(f.key)).toMatchObject({ by: 'ana', reason: 'agreed with the desk' });
    // The other view reads the map once the Yjs transaction is over.
    await Promise.resolve();
    // The other view, whose document differs elsewhere, hides the same claim.
    expect(findingsOf(v2.state).map((x) => x.key)).not.toContain(f.key);
    expect(dismissedOf(v2.state)).toHaveLength(1);
    expect(dismissedOf(v2.state)[0].dismissed).toMatchObject({ by: 'ana' });
    restoreFindings([f.key])(v2.state, v2.dispatch);
    expect(m1.has(f.key)).toBe(false);
    await Promise.resolve();
    expect(findingsOf(v1.state).map((x) => x.key)).toContain(f.key);
    v1.destroy();
    v2.destroy();
  });

  it("keep a peer's paragraphs that arrive in the same update as its dismissal", async () => {
    // Ana works offline: she adds a paragraph and dismisses a finding; on reconnecting, Ben
    // gets both in one update.
    const bound = (doc: Y.Doc) => {
      const place = document.body.appendChild(document.createElement('div'));
      const plugins = [
        ySyncPlugin(doc.getXmlFragment('prosemirror')),
        factCheck({
          source: memoryFactSource(facts),
          date: '2018-07-22',
          delay: 0,
          dismissals: doc.getMap<Dismissal>('factdesk-dismissals'),
        }),
      ];
      return new EditorView(place, { state: EditorState.create({ schema, plugins }) });
    };
    const [ana, ben] = [new Y.Doc(), new Y.Doc()];
    const [va, vb] = [bound(ana), bound(ben)];
    va.dispatch(va.state.tr.replaceWith(0, va.state.doc.content.size, docOf(a, b).content));
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana));
    const before = Y.encodeStateVector(ben);
    const end = va.state.doc.content.size;
    va.dispatch(va.state.tr.insert(end, docOf('The convoy left at dawn.').content));
    const f = findingsOf(va.state).find((x) => x.kind === 'figure-contradicted')!;
    dismissFinding(f.id, 'checked')(va.state, va.dispatch);
    const replies: Uint8Array[] = [];
    ben.on('update', (u: Uint8Array, origin: unknown) => origin !== 'ana' && replies.push(u));
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana, before), 'ana');
    await Promise.resolve();
    for (const u of replies) Y.applyUpdate(ana, u, 'ben');
    expect(vb.state.doc.textContent).toBe(va.state.doc.textContent);
    expect(va.state.doc.textContent).toContain('The convoy left at dawn.');
    expect(findingsOf(vb.state).map((x) => x.key)).not.toContain(f.key);
    va.destroy();
    vb.destroy();
  });

  it('apply to a claim typed after the dismissal', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Dismissal>('factdesk-dismissals');
    const { view } = mount(docOf(a, b), { dismissals: map });
    const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
    dismissFinding(f.id)(view.state, view.dispatch);
    view.dispatch(view.state.tr.insertText(` ${a}`, view.state.doc.child(0).nodeSize - 1));
    expect(findingsOf(view.state).map((x) => x.key)).not.toContain(f.key);
    expect(dismissedOf(view.state)).toHaveLength(2);
    view.destroy();
  });

  it('are written with their own origin, out of the undo history', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Dismissal>('factdesk-dismissals');
    const undo = new Y.UndoManager([doc.getXmlFragment('prosemirror'), map]);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const { view } = mount(docOf(a), { dismissals: map });
    dismissFinding(findingsOf(view.state)[0].id)(view.state, view.dispatch);
    expect(map.size).toBe(1);
    expect(origins).toEqual([dismissalOrigin]);
    expect(undo.undoStack).toHaveLength(0);
    view.destroy();
  });

  it('are read when the editor starts', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Dismissal>('factdesk-dismissals');
    const { view: first } = mount(docOf(a), { dismissals: map });
    const f = findingsOf(first.state)[0];
    first.destroy();
    map.set(f.key, { at: '2018-07-22T10:00:00Z', by: 'ana' });
    const { view } = mount(docOf(a), { dismissals: map });
    expect(findingsOf(view.state).map((x) => x.key)).not.toContain(f.key);
    view.destroy();
  });

  it('are taken in when shared between the creation of the state and of its view', async () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Dismissal>('factdesk-dismissals');
    const state = EditorState.create({
      doc: docOf(a, b),
      plugins: [factCheck({ source: memoryFactSource(facts), dismissals: map, delay: 0 })],
    });
    const [f] = findingsOf(state);
    // A provider that synced in between.
    map.set(f.key, { at: '2018-07-22T10:00:00Z', by: 'ana' });
    const view = new EditorView(document.body.appendChild(document.createElement('div')), {
      state,
    });
    await Promise.resolve();
    expect(findingsOf(view.state).map((x) => x.key)).not.toContain(f.key);
    expect(dismissedOf(view.state)[0].dismissed).toEqual({ at: '2018-07-22T10:00:00Z', by: 'ana' });
    view.destroy();
  });

  it('dismiss nothing when a peer writes something else into the map', async () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('factdesk-dismissals');
    const { view: probe } = mount(docOf(a, b));
    const [f, g] = findingsOf(probe.state);
    probe.destroy();
    map.set(f.key, { at: 7, reason: '<img src=x onerror=alert(1)>' });
    map.set(g.key, 'dismissed');
    const { view } = mount(docOf(a, b), { dismissals: map as Y.Map<Dismissal> });
    expect(dismissedOf(view.state)).toEqual([]);
    map.set(g.key, { at: '2018-07-22T10:00:00Z', reason: 'checked', extra: { deep: true } });
    await Promise.resolve();
    expect(dismissedOf(view.state).map((x) => x.dismissed)).toEqual([
      { at: '2018-07-22T10:00:00Z', reason: 'checked' },
    ]);
    view.destroy();
  });

  it('use the transact function the caller passes', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Dismissal>('factdesk-dismissals');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const { view } = mount(docOf(a), { dismissals: map, transact: (f) => doc.transact(f, 'mine') });
    dismissFinding(findingsOf(view.state)[0].id)(view.state, view.dispatch);
    expect(origins).toEqual(['mine']);
    view.destroy();
  });
});
