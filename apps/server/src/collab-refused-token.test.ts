import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessage, rawSocket, within } from './raw-socket.testing';
import { startTestServer, type TestServer } from './testing';

describe('a socket whose authentication is refused', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.dispose());

  it('is told why and then closed, for a forged token, no token and a bad document name', async () => {
    const real = await server.token('reporter');
    const forged = `${real.slice(0, -4)}AAAA`;
    for (const [document, token, reason] of [
      ['refused-story', forged, 'invalid or missing token'],
      ['refused-story', '', 'invalid or missing token'],
      ['Not A Story!', real, 'invalid document name'],
    ]) {
      const socket = await rawSocket(server.collabUrl);
      socket.ws.send(authMessage(document, token));
      const closed = await within(socket.closed, 3000, 'the refused socket to close');
      expect(closed).toEqual({ code: 4401, reason });
      expect(socket.denied).toEqual([reason]);
    }
    expect(await server.stores.documents.exists('refused-story')).toBe(false);
  });
});
