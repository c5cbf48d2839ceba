import {
  type DocFinding,
  type FindingsSnapshot,
  restoreFindings,
  selectFinding,
  subscribeFindings,
} from '@factdesk/prosemirror';
import type { EditorView } from 'prosemirror-view';
import { h, replace } from './dom';

const severities = ['error', 'warning', 'info', 'ok'] as const;
const severityLabels: Record<string, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
  ok: 'Confirmed',
};
const icons: Record<string, string> = { error: '✕', warning: '!', info: 'i', ok: '✓' };

/** "figure-contradicted" -> "Figure contradicted". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The filter of the panel: severities shown (none = all) and one kind or all. */
interface Filter {
  severities: Set<string>;
  kind: string;
}

/** The findings a filter lets through. */
export function filterFindings(findings: readonly DocFinding[], filter: Filter): DocFinding[] {
  return findings.filter(
    (f) =>
      (filter.severities.size === 0 || filter.severities.has(f.severity)) &&
      (filter.kind === '' || f.kind === filter.kind),
  );
}

/**
 * The findings panel: counts by severity (each a filter toggle), a filter by kind, the list of
 * live findings (click or Enter selects one in the editor; arrow keys move through the list) and
 * the dismissed ones with a restore button. It re-renders only when the plugin reports that the
 * list changed, not on every keystroke.
 */
export function findingsPanel(place: HTMLElement, view: EditorView): { destroy(): void } {
  const filter: Filter = { severities: new Set(), kind: '' };
  let snapshot: FindingsSnapshot | null = null;
  let activeId: string | null = null;

  const counts = h('div', {
    class: 'panel__counts',
    role: 'group',
    'aria-label': 'Filter by severity',
  });
  const kindSelect = h('select', { class: 'panel__kind', 'aria-label': 'Filter by kind' });
  const list = h('ul', {
    class: 'panel__list',
    role: 'listbox',
    tabindex: 0,
    'aria-label': 'Findings',
  });
  const empty = h('p', { class: 'panel__empty', role: 'status' });
  const dismissedList = h('ul', { class: 'panel__dismissed-list' });
  const dismissedSummary = h('summary', {});
  const dismissed = h('details', { class: 'panel__dismissed' }, dismissedSummary, dismissedList);
  const root = h(
    'aside',
    { class: 'panel', 'data-factdesk-panel': true, 'aria-label': 'Fact-check findings' },
    h('h2', { class: 'panel__title' }, 'Findings'),
    counts,
    h('label', { class: 'panel__filter' }, 'Kind ', kindSelect),
    list,
    empty,
    dismissed,
  );
  place.append(root);

  const visible = () => (snapshot ? filterFindings(snapshot.findings, filter) : []);

  const go = (id: string) => {
    selectFinding(id)(view.state, view.dispatch, view);
    view.focus();
  };

  const renderCounts = () => {
    const by = snapshot?.bySeverity ?? {};
    replace(
      counts,
      severities.map((s) =>
        h(
          'button',
          {
            type: 'button',
            class: `panel__count panel__count--${s}`,
            'data-severity': s,
            'aria-pressed': String(filter.severities.has(s)),
            title: `Show only ${severityLabels[s].toLowerCase()}`,
          },
          h('span', { class: 'panel__icon', 'aria-hidden': 'true' }, icons[s]),
          h('span', { class: 'panel__count-n' }, by[s] ?? 0),
          ` ${severityLabels[s]}`,
        ),
      ),
    );
  };

  const renderKinds = () => {
    const kinds = Object.keys(snapshot?.byKind ?? {}).sort();
    if (filter.kind && !kinds.includes(filter.kind)) kinds.push(filter.kind);
    replace(
      kindSelect,
      h('option', { value: '' }, 'All kinds'),
      kinds.map((k) =>
        h(
          'option',
          { value: k, selected: k === filter.kind },
          `${kindLabel(k)} (${snapshot?.byKind[k] ?? 0})`,
        ),
      ),
    );
  };

  const renderList = () => {
    const shown = visible();
    if (activeId && !shown.some((f) => f.id === activeId)) activeId = null;
    replace(
      list,
      shown.map((f, i) =>
        h(
          'li',
          {
            id: `finding-row-${i}`,
            class: `panel__row panel__row--${f.severity}`,
            role: 'option',
            'data-finding-id': f.id,
            'data-severity': f.severity,
            'aria-selected': String(f.id === activeId),
          },
          h('span', { class: 'panel__icon', 'aria-hidden': 'true' }, icons[f.severity] ?? '?'),
          h(
            'span',
            { class: 'panel__row-body' },
            h('span', { class: 'panel__row-kind' }, kindLabel(f.kind)),
            h('q', { class: 'panel__row-text' }, f.text),
            h('span', { class: 'panel__row-message' }, f.message),
          ),
        ),
      ),
    );
    const index = shown.findIndex((f) => f.id === activeId);
    if (index >= 0) list.setAttribute('aria-activedescendant', `finding-row-${index}`);
    else list.removeAttribute('aria-activedescendant');
    const total = snapshot?.findings.length ?? 0;
    empty.textContent =
      total === 0
        ? 'No findings: every checked claim agrees with the record.'
        : shown.length === 0
          ? `No finding matches the filter (${total} hidden).`
          : '';
    empty.hidden = !empty.textContent;
  };

  const renderDismissed = () => {
    const items = snapshot?.dismissed ?? [];
    dismissed.hidden = items.length === 0;
    dismissedSummary.textContent = `Dismissed (${items.length})`;
    replace(
      dismissedList,
      items.map((f) =>
        h(
          'li',
          { class: 'panel__dismissed-row', 'data-dismissed-id': f.id },
          h('q', {}, f.text),
          ` ${kindLabel(f.kind)}`,
          f.dismissed?.by ? ` · by ${f.dismissed.by}` : '',
          f.dismissed?.reason ? ` · “${f.dismissed.reason}”` : '',
          ' ',
          // A viewer's restore would reach no one: none offered.
          view.editable
            ? h(
                'button',
                { type: 'button', class: 'panel__restore', 'data-restore-key': f.key },
                'Restore',
              )
            : '',
        ),
      ),
    );
  };

  const render = () => {
    renderCounts();
    renderKinds();
    renderList();
    renderDismissed();
  };

  // Marks the active row in place: replacing rows under the pointer would swallow the click.
  const setActive = (id: string | null) => {
    activeId = id;
    let activeRow: HTMLElement | null = null;
    for (const row of list.querySelectorAll<HTMLElement>('[data-finding-id]')) {
      const on = row.dataset.findingId === id;
      row.setAttribute('aria-selected', String(on));
      if (on) activeRow = row;
    }
    if (activeRow) {
      list.setAttribute('aria-activedescendant', activeRow.id);
      activeRow.scrollIntoView({ block: 'nearest' });
    } else list.removeAttribute('aria-activedescendant');
  };

  counts.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-severity]');
    const s = button?.dataset.severity;
    if (!s) return;
    if (filter.severities.has(s)) filter.severities.delete(s);
    else filter.severities.add(s);
    render();
  });
  kindSelect.addEventListener('change', () => {
    filter.kind = kindSelect.value;
    render();
  });
  list.addEventListener('click', (e) => {
    const row = (e.target as Element).closest<HTMLElement>('[data-finding-id]');
    const id = row?.dataset.findingId;
    if (!id) return;
    setActive(id);
    go(id);
  });
  list.addEventListener('keydown', (e) => {
    const shown = visible();
    if (!shown.length) return;
    const at = shown.findIndex((f) => f.id === activeId);
    let next = at;
    if (e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(shown.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = at < 0 ? shown.length - 1 : Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = shown.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (at >= 0) go(shown[at].id);
      return;
    } else return;
    e.preventDefault();
    setActive(shown[next].id);
  });
  list.addEventListener('focus', () => {
    if (!activeId && visible().length) setActive(visible()[0].id);
  });
  dismissedList.addEventListener('click', (e) => {
    const key = (e.target as Element).closest<HTMLElement>('[data-restore-key]')?.dataset
      .restoreKey;
    if (key) restoreFindings([key])(view.state, view.dispatch, view);
  });

  const stop = subscribeFindings(view, (next) => {
    snapshot = next;
    render();
  });
  return {
    destroy() {
      stop();
      root.remove();
    },
  };
}
