import { type Fact, FactIndex } from '@factdesk/core';
import type { FactChange, FactSource } from './types';

/** An in-memory fact source that can also be changed in place (a fact store's page, a test). */
export interface MemoryFactSource extends FactSource {
  /** Adds or replaces facts, and tells the subscribed plugins. */
  upsert(facts: readonly Fact[]): void;
  /** Removes facts by id, and tells the subscribed plugins. */
  remove(ids: readonly string[]): void;
}

/** A fact source over facts held in memory: every fact is at hand, so `need` asks for nothing. */
export function memoryFactSource(facts: readonly Fact[] | FactIndex): MemoryFactSource {
  const index = Array.isArray(facts) ? new FactIndex(facts as Fact[]) : (facts as FactIndex);
  const listeners = new Set<(change: FactChange) => void>();
  const before = (ids: readonly string[]) =>
    ids.map((id) => index.get(id)).filter((f): f is Fact => f !== undefined);
  const tell = (ids: readonly string[], previous: Fact[]) => {
    const change = { version: index.version, ids, previous };
    for (const l of [...listeners]) l(change);
  };
  return {
    facts: index,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    upsert(list) {
      const previous = before(list.map((f) => f.id));
      index.upsert(list);
      tell(
        list.map((f) => f.id),
        previous,
      );
    },
    remove(ids) {
      const previous = before(ids);
      index.remove(ids);
      tell(ids, previous);
    },
  };
}
