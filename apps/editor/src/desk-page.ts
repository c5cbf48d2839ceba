import './style.css';
import './desk.css';
import type { Fact } from '@factdesk/core';
import { ApiError, type Client, client, type Problem, type Session } from './api';
import { h, replace } from './dom';
import { historyView } from './fact-history';
import { frame, requireSession } from './frame';

/** A new fact to start from when adding one. */
const template = {
  id: 'new-fact',
  kind: 'figure',
  subject: '',
  terms: [],
  value: 0,
  unit: 'count',
  source: { name: '' },
};

function problemList(problems: readonly Problem[]): HTMLElement {
  return h(
    'ul',
    { class: 'problems' },
    problems.map((p) =>
      h('li', { 'data-problem-path': p.path }, h('code', {}, p.path), `: ${p.message}`),
    ),
  );
}

/** Shows an error (and the server's problems by JSON path) in `place`. */
function showError(place: HTMLElement, error: unknown) {
  const e = error as Error;
  const problems = error instanceof ApiError ? error.problems : [];
  replace(place, h('p', {}, e.message), problems.length ? problemList(problems) : null);
  place.hidden = false;
}

function factRow(fact: Fact, selected: boolean): HTMLElement {
  return h(
    'li',
    {
      class: 'facts__row',
      'data-fact-id': fact.id,
      'aria-selected': String(selected),
      role: 'option',
    },
    h('span', { class: `facts__kind facts__kind--${fact.kind}` }, fact.kind),
    h('span', { class: 'facts__id' }, fact.id),
    h('span', { class: 'facts__subject' }, fact.subject),
  );
}

function start(session: Session, main: HTMLElement) {
  const api: Client = client(session);
  const canWrite = session.user.role === 'desk';
  let selected: string | null = null;
  // The version of the open fact as loaded into the editor: saves and deletes apply only to it.
  let loadedVersion: number | null = null;
  let facts: Fact[] = [];

  const search = h('input', {
    type: 'search',
    id: 'fact-search',
    placeholder: 'Search id, subject, terms, speaker',
  });
  const list = h('ul', { class: 'facts', role: 'listbox', 'aria-label': 'Facts', tabindex: 0 });
  const count = h('p', { class: 'facts__count', role: 'status' });
  const addButton = h(
    'button',
    { type: 'button', class: 'button', disabled: !canWrite },
    'New fact',
  );
  const importInput = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    id: 'fact-import',
    disabled: !canWrite,
  });
  const importStatus = h('div', { class: 'desk__import-status', role: 'status' });

  const title = h('h2', { class: 'fact__title' }, 'Select a fact');
  const editor = h('textarea', {
    class: 'fact__json',
    id: 'fact-json',
    spellcheck: 'false',
    rows: 18,
    'aria-label': 'Fact as JSON',
    readonly: !canWrite,
  });
  const save = h(
    'button',
    { type: 'button', class: 'button button--primary', disabled: !canWrite },
    'Save',
  );
  const del = h(
    'button',
    { type: 'button', class: 'button button--danger', disabled: !canWrite },
    'Delete',
  );
  const problems = h('div', { class: 'fact__problems', role: 'alert', hidden: true });
  const saved = h('p', { class: 'fact__saved', role: 'status' });
  const history = h('section', { class: 'fact__history', 'aria-label': 'History' });
  const pane = h(
    'section',
    { class: 'desk__fact', hidden: true },
    title,
    editor,
    h('div', { class: 'fact__actions' }, save, del, saved),
    problems,
    h('h3', {}, 'History'),
    history,
  );

  replace(
    main,
    h(
      'div',
      { class: 'desk' },
      h(
        'section',
        { class: 'desk__list', 'aria-label': 'Fact store' },
        h('h1', {}, 'Fact desk'),
        canWrite
          ? null
          : h(
              'p',
              { class: 'desk__note' },
              'Read only: sign in with the fact desk role to edit facts.',
            ),
        h('label', { for: 'fact-search' }, 'Search'),
        search,
        count,
        list,
        h(
          'div',
          { class: 'desk__tools' },
          addButton,
          h('label', { class: 'button', for: 'fact-import' }, 'Import a fact file…'),
          importInput,
        ),
        importStatus,
      ),
      pane,
    ),
  );

  const renderList = () => {
    replace(
      list,
      facts.map((f) => factRow(f, f.id === selected)),
    );
    count.textContent = `${facts.length} fact${facts.length === 1 ? '' : 's'}`;
  };

  let searching: AbortController | null = null;
  const refresh = async () => {
    searching?.abort();
    const ctrl = new AbortController();
    searching = ctrl;
    try {
      facts = (await api.facts({ q: search.value.trim() }, ctrl.signal)).facts;
      renderList();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') count.textContent = (error as Error).message;
    }
  };

  // Someone else changed the open fact since it was loaded: say so plainly, keep the edit in
  // the editor (nothing was saved), and offer to load their version.
  const showConflict = (error: ApiError, what: 'saved' | 'deleted') => {
    const reload = h('button', { type: 'button', class: 'button' }, 'Load their version');
    reload.addEventListener('click', () => open(selected));
    replace(
      problems,
      h('p', { class: 'fact__conflict' }, h('strong', {}, `Not ${what}: `), error.message),
      h(
        'p',
        {},
        `Someone else changed this fact after you opened it. ${what === 'saved' ? 'Your edit is still in the editor: copy what you need, load their version, then apply your change again.' : 'Load their version and check it before deleting.'}`,
      ),
      reload,
    );
    problems.hidden = false;
  };
  const isConflict = (error: unknown): error is ApiError =>
    error instanceof ApiError && error.status === 412;

  const open = async (id: string | null) => {
    selected = id;
    loadedVersion = null;
    renderList();
    problems.hidden = true;
    saved.textContent = '';
    del.dataset.confirm = '';
    del.textContent = 'Delete';
    pane.hidden = false;
    if (id === null) {
      title.textContent = 'New fact';
      editor.value = JSON.stringify(template, null, 2);
      del.disabled = true;
      replace(history);
      editor.focus();
      return;
    }
    del.disabled = !canWrite;
    title.textContent = id;
    try {
      const [{ fact, version }, { history: entries }] = await Promise.all([
        api.fact(id),
        api.history(id),
      ]);
      if (selected !== id) return;
      loadedVersion = version;
      editor.value = JSON.stringify(fact, null, 2);
      replace(history, historyView(entries));
    } catch (error) {
      showError(problems, error);
    }
  };

  const parseEditor = (): unknown => {
    try {
      return JSON.parse(editor.value);
    } catch (error) {
      throw new ApiError(0, `The fact is not valid JSON: ${(error as Error).message}`);
    }
  };

  save.addEventListener('click', async () => {
    problems.hidden = true;
    saved.textContent = '';
    try {
      const body = parseEditor() as { id?: string };
      if (selected === null) await api.create(body);
      else if (loadedVersion === null) throw new ApiError(0, 'The fact is still loading.');
      else await api.update(selected, body, loadedVersion);
      saved.textContent = 'Saved.';
      await refresh();
      await open(typeof body.id === 'string' ? body.id : selected);
      saved.textContent = 'Saved.';
    } catch (error) {
      if (isConflict(error)) showConflict(error, 'saved');
      else showError(problems, error);
    }
  });

  // Two steps instead of a dialog: the first click asks, the second deletes.
  del.addEventListener('click', async () => {
    if (!selected) return;
    if (del.dataset.confirm !== 'yes') {
      del.dataset.confirm = 'yes';
      del.textContent = `Delete ${selected}? Click again`;
      return;
    }
    try {
      if (loadedVersion === null) throw new ApiError(0, 'The fact is still loading.');
      await api.remove(selected, loadedVersion);
      selected = null;
      loadedVersion = null;
      pane.hidden = true;
      await refresh();
    } catch (error) {
      del.dataset.confirm = '';
      del.textContent = 'Delete';
      if (isConflict(error)) showConflict(error, 'deleted');
      else showError(problems, error);
    }
  });

  addButton.addEventListener('click', () => open(null));

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    replace(importStatus, `Importing ${file.name}…`);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch (error) {
        throw new ApiError(0, `${file.name} is not valid JSON: ${(error as Error).message}`);
      }
      await api.importFile(parsed);
      replace(importStatus, `Imported ${file.name}.`);
      await refresh();
    } catch (error) {
      showError(importStatus, error);
    } finally {
      importInput.value = '';
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
  list.addEventListener('click', (e) => {
    const id = (e.target as Element).closest<HTMLElement>('[data-fact-id]')?.dataset.factId;
    if (id) open(id);
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const at = facts.findIndex((f) => f.id === selected);
    const next =
      facts[Math.max(0, Math.min(facts.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) open(next.id);
  });

  // Someone else changed the store: refresh the list, and the open fact's history.
  const events = new EventSource(api.eventsUrl());
  events.addEventListener('fact', (event) => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
    try {
      const { id } = JSON.parse((event as MessageEvent<string>).data) as { id: string };
      if (id === selected)
        api.history(id).then(
          ({ history: entries }) => replace(history, historyView(entries)),
          () => {},
        );
    } catch {
      // An unreadable event only skips the history refresh.
    }
  });

  Object.assign(window, { factdesk: { api, session, refresh, open } });
  refresh();
}

const root = document.getElementById('app')!;
const page = frame(root, 'desk');
requireSession(page.main, 'desk')
  .then((session) => {
    page.showUser(session);
    start(session, page.main);
  })
  .catch((error: Error) => {
    replace(page.main, h('p', { class: 'page__message', role: 'alert' }, error.message));
  });
