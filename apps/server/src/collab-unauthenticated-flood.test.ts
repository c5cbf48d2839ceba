import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { authMessage, flood, rawSocket, within } from './raw-socket.testing';
import { connect, paragraphText, startTestServer, type TestServer, textOf, until } from './testing';

describe('what a socket sends before it is authenticated', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.dispose());

  it('is bounded: past 64 KB without authentication the socket is closed', async () => {
    const socket = await rawSocket(server.collabUrl);
    const sent = await flood(socket.ws, 'flood-story', 16 * 1024, 400);
    expect(await within(socket.closed, 5000, 'the socket to close')).toEqual({
      code: 1008,
      reason: 'too much data before authentication',
    });
    expect(sent).toBeLessThan(20);
  });

  it('is bounded per document: an authenticated socket may not flood a document it never authenticated', async () => {
    const socket = await rawSocket(server.collabUrl);
    socket.ws.send(authMessage('flood-open', await server.token('reporter')));
    await until(socket.authenticated, 'the first document authenticated');
    await flood(socket.ws, 'flood-open', 4 * 1024, 40);
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
    const sent = await flood(socket.ws, 'flood-other', 16 * 1024, 400);
    expect(await within(socket.closed, 5000, 'the socket to close')).toEqual({
      code: 1008,
      reason: 'too much data before authentication',
    });
    expect(sent).toBeLessThan(20);
  });

  it('leaves authenticated clients alone, however much they send', async () => {
    const client = connect(server.collabUrl, 'flood-big-edit', await server.token('reporter'));
    await until(() => client.provider.isSynced, 'the client synced');
    let disconnected = false;
    client.provider.on('disconnect', () => {
      disconnected = true;
    });
    for (let i = 0; i < 4; i++) paragraphText(client.doc).insert(0, `${i}`.repeat(100 * 1024));
    await until(() => !client.provider.hasUnsyncedChanges, 'the large edits acknowledged');
    expect(disconnected).toBe(false);
    client.destroy();
    const stored = textOf(await server.stores.documents.load('flood-big-edit'));
    expect(stored.length).toBe(400 * 1024);
  });
});
