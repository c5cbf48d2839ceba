import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from './auth';
import { DocumentStore } from './document-store';
import { rawSocket, within } from './raw-socket.testing';
import {
  type CollabAlone,
  connect,
  paragraphText,
  startCollabAlone,
  textOf,
  until,
} from './testing';

describe('a socket that does not authenticate in time', () => {
  // The collaboration service alone, with a short authentication timeout.
  let service: CollabAlone<DocumentStore>;
  let url: string;
  let auth: Auth;
  let documents: DocumentStore;
  beforeAll(async () => {
    service = await startCollabAlone((db) => new DocumentStore(db), {
      quiet: true,
      authTimeoutMs: 300,
    });
    ({ url, auth, documents } = service);
  });
  afterAll(() => service?.close());

  it('is closed, while a client that authenticated stays connected', async () => {
    const client = connect(url, 'timeout-story', (await auth.issue('Ana', 'reporter')).token);
    await until(() => client.provider.isSynced, 'the client synced');

    const opened = Date.now();
    const idle = await rawSocket(url);
    const closed = await within(idle.closed, 3000, 'the idle socket to close');
    expect(closed).toEqual({ code: 1008, reason: 'authentication timed out' });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(250);

    // Well past the timeout, the authenticated client still edits on the same socket.
    let disconnected = false;
    client.provider.on('disconnect', () => {
      disconnected = true;
    });
    await new Promise((r) => setTimeout(r, 500));
    paragraphText(client.doc).insert(0, 'still here');
    await until(() => !client.provider.hasUnsyncedChanges, 'the edit acknowledged');
    expect(disconnected).toBe(false);
    client.destroy();
    expect(textOf(await documents.load('timeout-story'))).toBe('still here');
  });
});
