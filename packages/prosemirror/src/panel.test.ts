import { EditorState } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { dismissFinding, findingsOf, restoreFindings } from './commands';
import { subscribeFindings } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, mount } from './testing';
import type { FindingsSnapshot } from './types';

const a = 'Officials said nearly 500 people were evacuated on Saturday night.';
const b = 'The group has 3,700 volunteers across the north.';

afterEach(() => {
  document.body.replaceChildren();
});

describe('subscribeFindings', () => {
  it('gives the list with counts by severity and kind at once', () => {
    const { view } = mount(docOf(a, b));
    const seen: FindingsSnapshot[] = [];
    subscribeFindings(view, (s) => seen.push(s));
    expect(seen).toHaveLength(1);
    const [s] = seen;
    expect(s.findings.map((f) => f.id)).toEqual(findingsOf(view.state).map((f) => f.id));
    expect(Object.values(s.bySeverity).reduce((x, y) => x + y, 0)).toBe(s.findings.length);
    expect(s.byKind['figure-contradicted']).toBe(1);
    expect(s.bySeverity.error).toBeGreaterThanOrEqual(1);
    view.destroy();
  });

  it('notifies only when the list really changes', () => {
    const { view } = mount(docOf(a, b, 'Plain words.'));
    const seen: FindingsSnapshot[] = [];
    const stop = subscribeFindings(view, (s) => seen.push(s));
    // Typing that moves findings without changing them: no notice.
    view.dispatch(view.state.tr.insertText('Earlier, ', 1));
    const end = view.state.doc.content.size - 1;
    view.dispatch(view.state.tr.insertText(' More plain words.', end));
    view.dispatch(view.state.tr.setSelection(view.state.selection));
    expect(seen).toHaveLength(1);
    // A new finding: one notice.
    view.dispatch(view.state.tr.insertText(' About 300 people were evacuated.', end));
    expect(seen).toHaveLength(2);
    expect(seen[1].findings.length).toBeGreaterThan(seen[0].findings.length);
    // Dismiss and restore: one notice each.
    dismissFinding(seen[1].findings[0].id)(view.state, view.dispatch);
    expect(seen).toHaveLength(3);
    expect(seen[2].dismissed).toHaveLength(1);
    restoreFindings()(view.state, view.dispatch);
    expect(seen).toHaveLength(4);
    stop();
    view.dispatch(view.state.tr.insertText(' About 200 people were evacuated.', 1));
    expect(seen).toHaveLength(4);
    view.destroy();
  });

  it('lists findings on the same text in one order, and a fact sent again unchanged notifies nothing', () => {
    const source = memoryFactSource(facts);
    const draft = docOf('The war killed 600,000 people.', 'The war killed 900,000 people.');
    const { view } = mount(draft, { source, all: true });
    const seen: FindingsSnapshot[] = [];
    subscribeFindings(view, (s) => seen.push(s));
    const order = () => findingsOf(view.state).map((f) => f.id);
    const start = order();
    // Two findings on "900,000": one of its block, one of the document.
    expect(new Set(findingsOf(view.state).map((f) => f.from)).size).toBeLessThan(start.length);
    const end = view.state.doc.content.size - 1;
    view.dispatch(view.state.tr.insertText(' 12 more', end));
    view.dispatch(view.state.tr.delete(end, end + 8));
    expect(order()).toEqual(start);
    const before = seen.length;
    source.upsert([source.facts.get('war-deaths')!]);
    expect(order()).toEqual(start);
    expect(seen).toHaveLength(before);
    view.destroy();
  });

  it('keeps telling a panel after the host loads a new state', () => {
    const { view } = mount(docOf(a));
    const seen: FindingsSnapshot[] = [];
    subscribeFindings(view, (s) => seen.push(s));
    // A new state with the same plugins: ProseMirror builds new plugin views for it.
    view.updateState(EditorState.create({ doc: docOf(a, b), plugins: view.state.plugins }));
    expect(seen).toHaveLength(2);
    view.dispatch(view.state.tr.insertText('About 300 people were evacuated. ', 1));
    expect(seen).toHaveLength(3);
    expect(seen[2].findings).toEqual(findingsOf(view.state));
    view.destroy();
  });

  it('refuses a view without the plugin', async () => {
    const { EditorView } = await import('prosemirror-view');
    const { EditorState } = await import('prosemirror-state');
    const view = new EditorView(document.createElement('div'), {
      state: EditorState.create({ doc: docOf('x') }),
    });
    expect(() => subscribeFindings(view, () => {})).toThrow(/no factCheck plugin/);
    view.destroy();
  });
});
