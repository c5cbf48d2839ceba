import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Auth } from './auth';
import { DocumentStore } from './document-store';
import { authMessage, flood, rawSocket, within } from './raw-socket.testing';
import {
  type CollabAlone,
  connect,
  paragraphText,
  startCollabAlone,
  textOf,
  until,
} from './testing';

/** The real store, except that loading a document waits until the test lets it through. */
class GatedStore extends DocumentStore {
  private readonly gates = new Map<string, Promise<void>>();

  /** Holds every load of `name` until the returned function is called. */
  hold(name: string): () => void {
    let release!: () => void;
    this.gates.set(name, new Promise<void>((resolve) => (release = resolve)));
    return release;
  }

  override async loadInto(name: string, doc: Y.Doc): Promise<void> {
    await this.gates.get(name);
    return super.loadInto(name, doc);
  }
}

describe('what a socket sends while its document loads', () => {
  // The collaboration service alone, on a store whose loads the tests hold back.
  let service: CollabAlone<GatedStore>;
  let url: string;
  let auth: Auth;
  let documents: GatedStore;
  beforeAll(async () => {
    service = await startCollabAlone((db) => new GatedStore(db));
    ({ url, auth, documents } = service);
  });
  afterAll(() => service?.close());

  /** A raw socket authenticated for `name`, whose load is held until `release` is called. */
  async function authenticatedWhileLoading(name: string) {
    const release = documents.hold(name);
    const socket = await rawSocket(url);
    socket.ws.send(authMessage(name, (await auth.issue('Ana', 'reporter')).token));
    await until(socket.authenticated, 'the document authenticated');
    return { ...socket, release };
  }

  it('is bounded in bytes: past 64 KB the socket is closed and nothing of it is stored', async () => {
    const socket = await authenticatedWhileLoading('loading-bytes');
    const sent = await flood(socket.ws, 'loading-bytes', 16 * 1024, 400);
    expect(await within(socket.closed, 5000, 'the socket to close')).toEqual({
      code: 1008,
      reason: 'too much data while the document loads',
    });
    expect(sent).toBeLessThan(20);
    socket.release();
    expect((await documents.load('loading-bytes')).getText('flood').length).toBe(0);
  });

  it('is bounded in messages: past 100 small ones the socket is closed', async () => {
    const socket = await authenticatedWhileLoading('loading-messages');
    const sent = await flood(socket.ws, 'loading-messages', 10, 400);
    expect(await within(socket.closed, 5000, 'the socket to close')).toEqual({
      code: 1008,
      reason: 'too much data while the document loads',
    });
    expect(sent).toBeLessThan(120);
    socket.release();
  });

  it('lets a client whose document loads slowly sync, with what it typed meanwhile', async () => {
    const stored = new Y.Doc();
    paragraphText(stored).insert(0, 'Stored before. ');
    await documents.append('loading-normal', Y.encodeStateAsUpdate(stored));
    const release = documents.hold('loading-normal');

    const client = connect(url, 'loading-normal', (await auth.issue('Ana', 'reporter')).token);
    let disconnected = false;
    client.provider.on('disconnect', () => {
      disconnected = true;
    });
    await until(() => client.provider.isAuthenticated, 'the client authenticated');
    // Typed one keystroke at a time: 60 updates wait, well under the bound but more than half
    // of it, so counting them twice when Hocuspocus replays them would close the socket.
    const typed = 'typed while the story loads, one keystroke at a time, sixty.';
    const mine = paragraphText(client.doc);
    for (const [i, char] of [...typed].entries()) mine.insert(i, char);
    await new Promise((r) => setTimeout(r, 300));
    expect(client.provider.isSynced).toBe(false);

    release();
    await until(() => client.provider.isSynced, 'the client synced');
    await until(() => !client.provider.hasUnsyncedChanges, 'the typed edits acknowledged');
    expect(textOf(client.doc)).toContain('Stored before. ');
    // Once loaded, the document's messages no longer count: 140 more keystrokes are fine.
    const after = 'After. '.repeat(20);
    for (const [i, char] of [...after].entries()) mine.insert(i, char);
    await until(() => !client.provider.hasUnsyncedChanges, 'the later edits acknowledged');
    expect(disconnected).toBe(false);
    client.destroy();
    const text = textOf(await documents.load('loading-normal'));
    expect(text).toContain('Stored before. ');
    expect(text).toContain(after + typed);
  });
});
