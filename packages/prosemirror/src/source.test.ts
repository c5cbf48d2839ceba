import { type Fact, FactIndex, termKey } from '@factdesk/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingsOf } from './commands';
import { factCheckKey } from './keys';
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
  it('checks with the facts at hand, asks for the terms of the draft, and re-checks when they arrive', () => {
    const remote = slowSource(facts);
    const { view } = mount(docOf(a, b), { source: remote.source });
    // Nothing known yet: the figures are unsourced, and the check did not wait.
    expect(findingsOf(view.state).every((f) => f.kind === 'figure-unsourced')).toBe(true);
    expect(remote.asked.flat()).toContain(termKey('evacuated'));
    remote.answer(1);
    expect(findingsOf(view.state).map((f) => f.kind)).toContain('figure-contradicted');
    expect(factCheckKey.getState(view.state)!.checked).toHaveLength(1);
    view.destroy();
  });

  it('asks only for terms it has not asked for before, in one request per burst of typing', () => {
    vi.useFakeTimers();
    const remote = slowSource(facts);
    const { view } = mount(docOf(a), { source: remote.source });
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

  it('re-checks the blocks tied to a removed fact', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(docOf(a, b), { source });
    source.remove(['evacuated-total']);
    expect(findingsOf(view.state).map((f) => f.factId)).not.toContain('evacuated-total');
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.destroy();
  });
});
