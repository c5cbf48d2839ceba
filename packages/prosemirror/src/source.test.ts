import { type Fact, FactIndex, termKey } from '@factdesk/core';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingsOf } from './commands';
import { factCheckKey } from './keys';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, freshFindings, mount, pluginFindings } from './testing';
import type { FactChange, FactSource } from './types';

const a = 'Officials said nearly 500 people were evacuated on Saturday night.';
const b = 'The group has 3,700 volunteers across the north.';

afterEach(() => {
  document.body.replaceChildren();
});

/** A source like a remote store's: it starts empty and answers `need` later, when told to. */
function slowSource(store: readonly Fact[]) {
  const index = new FactIndex([]);
  const asked: string[][] = [];
  const listeners = new Set<(c: FactChange) => void>();
  const source: FactSource = {
    facts: index,
    need: (terms) => asked.push([...terms]),
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const answer = (version: number) => {
    const wanted = new Set(asked.flat());
    const found = store.filter((f) =>
      (f.terms ?? []).some((t) => t.split(' ').some((w) => wanted.has(termKey(w)))),
    );
    index.upsert(found);
    for (const l of listeners) l({ version, ids: found.map((f) => f.id) });
  };
  return { source, asked, answer, listeners };
}

describe('fact sources', () => {
  it('checks with the facts at hand, asks for the terms of the draft, and re-checks when they arrive', async () => {
    const remote = slowSource(facts);
    const { view } = mount(docOf(a, b), { source: remote.source });
    // Nothing known yet: the figures are unsourced, and the check did not wait.
    expect(findingsOf(view.state).every((f) => f.kind === 'figure-unsourced')).toBe(true);
    // The view asks once the task that made it ends (a source may answer at once).
    expect(remote.asked).toHaveLength(0);
    await Promise.resolve();
    expect(remote.asked.flat()).toContain(termKey('evacuated'));
    remote.answer(1);
    expect(findingsOf(view.state).map((f) => f.kind)).toContain('figure-contradicted');
    expect(factCheckKey.getState(view.state)!.checked).toHaveLength(1);
    view.destroy();
  });

  it('asks only for terms it has not asked for before, in one request per burst of typing', async () => {
    vi.useFakeTimers();
    const remote = slowSource(facts);
    const { view } = mount(docOf(a), { source: remote.source });
    await Promise.resolve();
    const first = remote.asked.flat().length;
    view.dispatch(view.state.tr.insertText('Officials said ', 1));
    vi.advanceTimersByTime(300);
    expect(remote.asked.flat().length).toBe(first);
    view.dispatch(view.state.tr.insertText('Helicopters ', 1));
    view.dispatch(view.state.tr.insertText('Drones ', 1));
    expect(remote.asked.flat().length).toBe(first);
    vi.advanceTimersByTime(300);
    expect([...remote.asked.at(-1)!].sort()).toEqual(
      [termKey('Drones'), termKey('Helicopters')].sort(),
    );
    vi.useRealTimers();
    view.destroy();
  });

  it('ignores a change of a version it has already seen', () => {
    const remote = slowSource(facts);
    const { view } = mount(docOf(a), { source: remote.source });
    remote.answer(2);
    const revision = factCheckKey.getState(view.state)!.revision;
    for (const l of remote.listeners) l({ version: 1, ids: ['evacuated-total'] });
    expect(factCheckKey.getState(view.state)!.revision).toBe(revision);
    view.destroy();
  });

  it('checks figures for one fact in different paragraphs against each other again when the fact changes', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(
      docOf('About 520,000 people have died.', 'More than 600,000 people have died.'),
      { source },
    );
    const deaths = facts.find((f) => f.id === 'war-deaths')!;
    source.upsert([{ ...deaths, value: { min: 510_000, max: 530_000 } } as Fact]);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.destroy();
  });

  it('takes in fact changes made between the creation of the state and of its view', async () => {
    const source = memoryFactSource(facts);
    const state = EditorState.create({
      doc: docOf(a, b),
      plugins: [factCheck({ source, delay: 0, date: '2018-07-22' })],
    });
    source.upsert([{ ...facts[0], value: 480 } as Fact]);
    const view = new EditorView(document.body.appendChild(document.createElement('div')), {
      state,
    });
    await Promise.resolve();
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.destroy();
  });

  it('waits for its view to exist before asking a source that answers at once', async () => {
    const remote = slowSource(facts);
    let version = 1;
    const source: FactSource = {
      ...remote.source,
      need(terms) {
        remote.asked.push([...terms]);
        remote.answer(++version);
      },
    };
    const state = EditorState.create({ doc: docOf(a), plugins: [factCheck({ source, delay: 0 })] });
    // The host's usual dispatch, which needs `view` to exist.
    const view: EditorView = new EditorView(document.createElement('div'), {
      state,
      dispatchTransaction: (tr) => view.updateState(view.state.apply(tr)),
    });
    await Promise.resolve();
    expect(findingsOf(view.state).map((f) => f.kind)).toContain('figure-contradicted');
    view.destroy();
  });

  it('re-checks the blocks tied to a removed fact', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(docOf(a, b), { source });
    source.remove(['evacuated-total']);
    expect(findingsOf(view.state).map((f) => f.factId)).not.toContain('evacuated-total');
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.destroy();
  });

  describe('a superseded record', () => {
    // The two records share no term: only the first is found by the draft's words.
    const first = {
      id: 'evac-first-count',
      kind: 'figure',
      subject: 'People evacuated (first count)',
      terms: ['evacuated'],
      value: 400,
      unit: 'count',
      supersededBy: 'evac-final-count',
      source: { name: 'First statement' },
    } as Fact;
    const final = {
      id: 'evac-final-count',
      kind: 'figure',
      subject: 'Final count',
      terms: ['final count'],
      value: 422,
      unit: 'count',
      source: { name: 'Final statement' },
    } as Fact;
    const text = 'Officials said 400 people were evacuated.';

    it('re-checks its figures when the record that replaced it changes', () => {
      const source = memoryFactSource([first, final]);
      const { view } = mount(docOf(text), { source });
      expect(findingsOf(view.state)[0].message).toContain('422');
      source.upsert([{ ...final, value: 430 } as Fact]);
      expect(findingsOf(view.state)[0].message).toContain('430');
      expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
      view.destroy();
    });

    it('re-checks its figures when the record that replaced it arrives', () => {
      const source = memoryFactSource([first]);
      const { view } = mount(docOf(text), { source });
      source.upsert([final]);
      expect(findingsOf(view.state)[0].message).toContain('422');
      expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
      view.destroy();
    });
  });
});
