// Raw collaboration sockets for the tests of what the server does with bad or missing
// authentication and with floods: Hocuspocus messages written by hand
// (packages/server/src/types.ts, packages/common/src/auth.ts) and what comes back.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

/** A Hocuspocus message for `document`, its body written by `write`. */
export function message(document: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The message that authenticates `document` with `token`. */
export const authMessage = (document: string, token: string) =>
  message(document, (e) => {
    encoding.writeVarUint(e, 2); // Auth
    encoding.writeVarUint(e, 0); // Token
    encoding.writeVarString(e, token);
  });

/** A sync update message carrying a real Yjs update of about `bytes`. */
export const syncUpdate = (document: string, bytes: number) =>
  message(document, (e) => {
    const doc = new Y.Doc();
    doc.getText('flood').insert(0, 'x'.repeat(bytes));
    encoding.writeVarUint(e, 0); // Sync
    encoding.writeVarUint(e, 2); // Update
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc));
  });

/** Sends `count` messages of ~`bytes` for `document`, one every 5 ms, until the socket closes. */
export async function flood(ws: WebSocket, document: string, bytes: number, count: number) {
  let sent = 0;
  for (; sent < count && ws.readyState === WebSocket.OPEN; sent++) {
    ws.send(syncUpdate(document, bytes));
    await new Promise((r) => setTimeout(r, 5));
  }
  return sent;
}

/** How a socket was closed. */
export interface Closed {
  code: number;
  reason: string;
}

/**
 * Opens a socket to `url` and follows what the server answers: the reasons of refused
 * authentications (`denied`), whether one was accepted, and how the socket closed.
 */
export async function rawSocket(url: string) {
  const ws = new WebSocket(url);
  const denied: string[] = [];
  let authenticated = false;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 2) return; // Auth
    const step = decoding.readVarUint(decoder);
    if (step === 1) denied.push(decoding.readVarString(decoder)); // PermissionDenied
    if (step === 2) authenticated = true; // Authenticated
  });
  const closed = new Promise<Closed>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  // A socket the server cuts off may report an error after opening.
  ws.on('error', () => {});
  return { ws, denied, closed, authenticated: () => authenticated };
}

/** `promise`, or a rejection naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms),
    ),
  ]);
}
