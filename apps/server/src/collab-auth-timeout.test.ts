import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Auth } from './auth';
import { type Collab, createCollab } from './collab';
import { openDb } from './db';
import { DocumentStore } from './document-store';
import { rawSocket, within } from './raw-socket.testing';
import { connect, paragraphText, tempDir, textOf, until } from './testing';

describe('a socket that does not authenticate in time', () => {
  // The collaboration service alone, with a short authentication timeout.
  const data = tempDir('factdesk-auth-timeout-');
  const auth = new Auth('a-test-secret-of-at-least-32-characters', 600);
  let closeDb: () => Promise<void>;
  let documents: DocumentStore;
  let collab: Collab;
  let http: Server;
  let url: string;
  beforeAll(async () => {
    const db = await openDb({ dataDir: data.dir });
    closeDb = db.close;
    documents = new DocumentStore(db.db);
    collab = createCollab({
      auth,
      documents,
      maxMessageBytes: 256 * 1024,
      storeDebounceMs: 200,
      quiet: true,
      authTimeoutMs: 300,
    });
    http = createServer((_, response) => response.writeHead(404).end());
    http.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/collab`;
  });
  afterAll(async () => {
    await collab?.close();
    await new Promise((resolve) => http?.close(resolve));
    await documents?.close();
    await closeDb?.();
    data.remove();
  });

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
