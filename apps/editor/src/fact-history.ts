// A fact's history on the desk page: each version, who made it and when, and what it changed.
import type { Fact } from '@factdesk/core';
import type { HistoryEntry } from './api';
import { h } from './dom';

/** The top-level fields whose JSON differs between two versions of a fact. */
export function changedFields(before: Fact | null, after: Fact | null): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const field = (fact: Fact | null, key: string) =>
  fact ? (fact as unknown as Record<string, unknown>)[key] : undefined;

const short = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** The history of a fact, newest first, with the fields each update changed. */
export function historyView(history: readonly HistoryEntry[]): HTMLElement {
  return h(
    'ol',
    { class: 'history', reversed: true },
    [...history].reverse().map((e) =>
      h(
        'li',
        { class: 'history__entry', 'data-history-version': e.version },
        h(
          'div',
          { class: 'history__head' },
          h('strong', {}, e.action),
          ` v${e.version} · ${new Date(e.at).toLocaleString()} · by `,
          h('span', { class: 'history__by' }, e.by),
        ),
        e.action === 'create' || e.action === 'delete' || !e.before
          ? null
          : h(
              'ul',
              { class: 'history__changes' },
              changedFields(e.before, e.after).map((k) =>
                h(
                  'li',
                  {},
                  h('code', {}, k),
                  ': ',
                  h('del', {}, short(field(e.before, k))),
                  ' → ',
                  h('ins', {}, short(field(e.after, k))),
                ),
              ),
            ),
      ),
    ),
  );
}
