import type { HocuspocusProvider } from '@hocuspocus/provider';
import { h, replace } from './dom';
import type { RemoteFactSource } from './remote-source';

interface AwarenessUser {
  name?: unknown;
  color?: unknown;
}

const safeColor = (c: unknown) =>
  typeof c === 'string' && /^#[0-9a-f]{3,8}$/i.test(c) ? c : '#666666';

/**
 * Who is here: one chip per connected person (from the provider's awareness), the local user
 * first, each in their cursor colour. Names are set as text.
 */
export function presenceList(place: HTMLElement, provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness!;
  const list = h('ul', { class: 'presence', 'aria-label': 'Who is here' });
  place.append(list);
  const render = () => {
    const people: { name: string; color: string; self: boolean }[] = [];
    awareness.getStates().forEach((state, client) => {
      const user = (state as { user?: AwarenessUser }).user;
      if (!user || typeof user.name !== 'string') return;
      people.push({
        name: user.name,
        color: safeColor(user.color),
        self: client === awareness.clientID,
      });
    });
    people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    replace(
      list,
      people.map((p) =>
        h(
          'li',
          { class: 'presence__person', 'data-presence-name': p.name, title: p.name },
          h('span', {
            class: 'presence__dot',
            style: `background:${p.color}`,
            'aria-hidden': 'true',
          }),
          p.self ? `${p.name} (you)` : p.name,
        ),
      ),
    );
  };
  awareness.on('change', render);
  render();
  return () => {
    awareness.off('change', render);
    list.remove();
  };
}

/** The connection state shown in the status bar. */
export type Connection = 'connecting' | 'connected' | 'offline';

/** The status bar: `notice` shows (and reads out) a message for a while; `stop` removes it. */
export interface StatusBar {
  notice(text: string): void;
  stop(): void;
}

/** How long a notice stays, ms. */
const noticeMs = 15_000;

/**
 * The status bar: the collaboration link (connecting, connected, offline), whether the story is
 * synced with the server, and the fact store link. Exposed as data attributes for tests.
 */
export function connectionStatus(
  place: HTMLElement,
  provider: HocuspocusProvider,
  source: RemoteFactSource,
): StatusBar {
  const link = h('span', { class: 'status__item status__link' });
  const sync = h('span', { class: 'status__item status__sync' });
  const facts = h('span', { class: 'status__item status__facts' });
  // Read out only when the link to the server or to the facts changes, not at each save: a
  // screen reader would say "Saving…" and "All changes saved" at every keystroke.
  const news = h('span', { class: 'status__news', role: 'status' });
  const notice = h('span', { class: 'status__item status__notice', hidden: true });
  const bar = h(
    'div',
    { class: 'status', 'data-factdesk-status': true },
    link,
    sync,
    facts,
    notice,
    news,
  );
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  place.append(bar);
  let connection: Connection = 'connecting';
  let refused = '';
  // The trouble last read out ('' when none), and whether the link was ever up.
  let told = '';
  let connected = false;
  // The server closed the link on a change too large to take (WebSocket code 1009): it is sent
  // again on each reconnect, and refused again, and every later edit waits behind it. Undoing
  // it does not help: the undo history keeps the pasted text in the document's history.
  let tooLarge = false;
  const render = () => {
    bar.dataset.connection = connection;
    bar.dataset.synced = String(provider.isSynced);
    bar.dataset.facts = source.state;
    link.textContent = refused
      ? `Refused: ${refused}`
      : tooLarge
        ? 'Not saved: a change is larger than the server takes. Copy your latest work, reload, and paste it in smaller parts'
        : connection === 'connected'
          ? 'Connected'
          : connection === 'connecting'
            ? 'Connecting…'
            : 'Offline: edits are kept and sent on reconnect';
    link.dataset.state = refused || tooLarge ? 'offline' : connection;
    sync.textContent = provider.isSynced
      ? provider.hasUnsyncedChanges
        ? 'Saving…'
        : 'All changes saved'
      : 'Not synced';
    facts.textContent =
      source.state === 'live'
        ? 'Facts: live'
        : source.state === 'loading'
          ? 'Facts: loading…'
          : 'Facts: offline';
    // Read out once: the link lost (however often the provider retries meanwhile), refused or
    // over the size limit, the facts going offline; and their coming back. Not the first
    // connection, nor a save.
    if (connection === 'connected') connected = true;
    const lost = connection !== 'connected' && connected;
    const trouble = refused
      ? `Refused: ${refused}.`
      : tooLarge
        ? `${link.textContent}.`
        : lost
          ? 'Link to the server lost: edits are kept and sent on reconnect.'
          : source.state === 'offline'
            ? 'Facts offline: figures are checked against the facts already loaded.'
            : '';
    if (trouble && trouble !== told) news.textContent = trouble;
    else if (!trouble && told) news.textContent = 'Connected again.';
    told = trouble;
  };
  const onStatus = ({ status }: { status: string }) => {
    connection =
      status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline';
    render();
  };
  const onClose = ({ event }: { event: { code: number } }) => {
    if (event.code === 1009) tooLarge = true;
    render();
  };
  // Saved at last (the change was undone): the warning goes.
  const onSaved = () => {
    if (tooLarge && provider.isSynced && !provider.hasUnsyncedChanges) tooLarge = false;
    render();
  };
  const onFailed = ({ reason }: { reason: string }) => {
    refused = reason || 'not allowed';
    render();
  };
  provider.on('status', onStatus);
  provider.on('synced', onSaved);
  provider.on('unsyncedChanges', onSaved);
  provider.on('authenticationFailed', onFailed);
  provider.on('close', onClose);
  const stopFacts = source.onState(render);
  render();
  const stop = () => {
    clearTimeout(noticeTimer);
    provider.off('status', onStatus);
    provider.off('synced', onSaved);
    provider.off('unsyncedChanges', onSaved);
    provider.off('authenticationFailed', onFailed);
    provider.off('close', onClose);
    stopFacts();
    bar.remove();
  };
  return {
    notice(text) {
      clearTimeout(noticeTimer);
      notice.textContent = text;
      notice.hidden = false;
      news.textContent = text;
      noticeTimer = setTimeout(() => {
        notice.hidden = true;
      }, noticeMs);
    },
    stop,
  };
}
