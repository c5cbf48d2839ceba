import '@factdesk/prosemirror/style.css';
import './style.css';
import './editor.css';
import * as factdesk from '@factdesk/prosemirror';
import { type Dismissal, factCheck } from '@factdesk/prosemirror';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { ApiError, client, collabUrl, type Session, type Story, signOut } from './api';
import { h, replace } from './dom';
import { frame, requireSession } from './frame';
import { keepCursor } from './keep-cursor';
import { guardLeaving, mayLeave } from './leave-guard';
import { findingsPanel } from './panel';
import { pasteGuard } from './paste-guard';
import { connectionStatus, presenceList } from './presence';
import { remoteFactSource } from './remote-source';
import { editingPlugins, schema } from './setup';
import { toolbar } from './toolbar';
import { unsentBytes } from './unsent';

/** The name of the shared map of dismissals in the story's Y.Doc. */
export const dismissalsMap = 'factdesk-dismissals';

/** Which story to open: `?story=<id>` (a new one is created on first edit), else the first listed. */
function pickStory(stories: readonly Story[]): Story | undefined {
  const wanted = new URLSearchParams(location.search).get('story');
  if (wanted && /^[a-z0-9][a-z0-9._-]{0,99}$/.test(wanted)) {
    return stories.find((s) => s.id === wanted) ?? { id: wanted, title: wanted };
  }
  return stories[0];
}

/** A menu of the server's stories; choosing one opens it (keeping the other query parameters). */
/** Kibibytes, rounded up, for messages. */
const kb = (bytes: number) => Math.ceil(bytes / 1024);

function storyPicker(stories: readonly Story[], current: Story): HTMLElement {
  const select = h(
    'select',
    { class: 'editor__stories', 'aria-label': 'Open another story' },
    stories.map((s) =>
      h('option', { value: s.id, selected: s.id === current.id }, s.title || s.id),
    ),
  );
  select.addEventListener('change', () => {
    if (!mayLeave()) {
      select.value = current.id;
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set('story', select.value);
    location.assign(url.href);
  });
  return select;
}

/** A y-prosemirror cursor label built with text only (awareness names are other people's input). */
function cursorBuilder(user: { name?: unknown; color?: unknown }): HTMLElement {
  const color =
    typeof user.color === 'string' && /^#[0-9a-f]{3,8}$/i.test(user.color) ? user.color : '#666';
  const name = typeof user.name === 'string' ? user.name : 'someone';
  const caret = h('span', { class: 'ProseMirror-yjs-cursor', style: `border-color:${color}` });
  caret.append(h('div', { style: `background-color:${color}` }, name));
  return caret;
}

async function start(session: Session, main: HTMLElement) {
  const api = client(session);
  const { stories } = await api.stories();
  const story = pickStory(stories);
  if (!story) {
    replace(main, h('p', { class: 'page__message' }, 'The server holds no story yet.'));
    return;
  }
  const date = new URLSearchParams(location.search).get('date') ?? story.date ?? undefined;

  const toolbarPlace = h('div', { class: 'editor__toolbar' });
  const editorPlace = h('article', { class: 'editor__doc', 'aria-label': `Story: ${story.title}` });
  const side = h('div', { class: 'editor__side' });
  const statusPlace = h('div', { class: 'editor__status' });
  replace(
    main,
    h(
      'div',
      { class: 'editor' },
      h(
        'div',
        { class: 'editor__head' },
        h('h1', { class: 'editor__title' }, story.title || story.id),
        stories.length > 1 ? storyPicker(stories, story) : null,
        statusPlace,
      ),
      toolbarPlace,
      h('div', { class: 'editor__body' }, editorPlace, side),
    ),
  );

  const ydoc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: story.id,
    document: ydoc,
    // Read at each connection: the token is renewed while the page is open.
    token: () => session.token,
  });
  provider.awareness?.setLocalStateField('user', {
    name: session.user.name,
    color: session.user.color,
  });
  const source = remoteFactSource(api);
  const unsent = unsentBytes(ydoc, provider);
  const dismissals = ydoc.getMap<Dismissal>(dismissalsMap);

  // Every plugin is registered here, once: reconfiguring later would destroy yUndo's manager.
  const state = EditorState.create({
    schema,
    plugins: [
      ySyncPlugin(ydoc.getXmlFragment('prosemirror')),
      keepCursor(),
      yCursorPlugin(provider.awareness!, { cursorBuilder }),
      yUndoPlugin(),
      factCheck({ source, date, dismissals, user: session.user.name }),
      ...editingPlugins(),
      pasteGuard(
        () => session.limits?.maxMessageBytes,
        unsent,
        (bytes, pending, max) =>
          status.notice(
            pending
              ? `Not pasted: about ${kb(bytes)} KB, and ${kb(pending)} KB of edits are not saved` +
                  ` yet; the server takes ${kb(max)} KB in one change. Paste it once the story` +
                  ' is saved.'
              : `Not pasted: about ${kb(bytes)} KB, more than the server takes in one change` +
                  ` (${kb(max)} KB). Paste it in parts.`,
          ),
      ),
      toolbar(toolbarPlace),
    ],
  });
  const readOnly = session.user.role === 'viewer';
  const view = new EditorView(editorPlace, {
    state,
    editable: () => !readOnly,
    attributes: {
      class: 'story',
      spellcheck: 'true',
      'aria-label': 'Story text',
      role: 'textbox',
      'aria-multiline': 'true',
    },
  });

  const who = h(
    'section',
    { class: 'side__who', 'aria-label': 'Who is here' },
    h('h2', {}, 'Here now'),
  );
  side.append(who);
  presenceList(who, provider);
  findingsPanel(side, view);
  const status = connectionStatus(statusPlace, provider, source);
  // A viewer's edits (made by script) never reach the server: nothing of theirs to lose.
  guardLeaving(() => !readOnly && provider.hasUnsyncedChanges);

  // Test and host hooks (the e2e suite drives the editor through them).
  Object.assign(window, {
    factdesk: {
      view,
      provider,
      ydoc,
      source,
      story,
      session,
      commands: factdesk,
      lib: { HocuspocusProvider, Y, TextSelection, collabUrl },
    },
  });
  view.focus();
}

const root = document.getElementById('app')!;
const page = frame(root, 'story');
requireSession(page.main, 'reporter')
  .then((session) => {
    page.showUser(session);
    return start(session, page.main);
  })
  .catch((error: Error) => {
    // An expired or foreign token (e.g. the server's secret changed): sign in again.
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      location.reload();
      return;
    }
    replace(
      page.main,
      h(
        'p',
        { class: 'page__message', role: 'alert' },
        `The story could not be opened: ${error.message}`,
      ),
    );
  });
