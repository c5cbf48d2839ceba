import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from './testing';

// Raw Hocuspocus messages (packages/server/src/types.ts, packages/common/src/auth.ts).
function authMessage(document: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, 2); // Auth
  encoding.writeVarUint(encoder, 0); // Token
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/** Opens a raw socket; collects the auth replies it receives and resolves `closed` on close. */
async function rawSocket(url: string) {
  const ws = new WebSocket(url);
  const denied: string[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 1) return;
    denied.push(decoding.readVarString(decoder));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, denied, closed };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms),
    ),
  ]);
}

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
