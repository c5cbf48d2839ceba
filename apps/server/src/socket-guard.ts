// Closes the sockets whose messages Hocuspocus would hold without bound: before authentication
// and while the document loads.
import * as decoding from 'lib0/decoding';
import { type RawData, WebSocket } from 'ws';

// Hocuspocus message types (packages/server/src/types.ts) and auth sub-messages
// (packages/common/src/auth.ts).
const messageAuth = 2;
const messageClose = 7;
const authPermissionDenied = 1;
const authAuthenticated = 2;

/** Close codes: a refused authentication (Hocuspocus's `Unauthorized`), a broken policy. */
export const closeUnauthorized = 4401;
export const closePolicy = 1008;

/**
 * A server socket that tells its guard about every message Hocuspocus sends on it and (through
 * Hocuspocus's `connected` hook) about every document Hocuspocus has loaded for it.
 */
export class GuardedSocket extends WebSocket {
  /** Called with every message Hocuspocus sends on this socket. */
  onSend?: (data: unknown) => void;
  /** Called once Hocuspocus has loaded `document` for this socket and replayed what it held. */
  onDocumentLoaded?: (document: string) => void;

  override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
    (super.send as (...args: unknown[]) => void).call(this, data, ...rest);
    this.onSend?.(data);
  }
}

/**
 * Hocuspocus keeps in memory whatever a socket sends for a document until that document is
 * authenticated and then loaded from the database, and after a refusal it only answers
 * `permission-denied`, leaving the socket open and still queueing. This guard closes the socket
 * right after any refusal (4401, with the reason the client was given), when no document is
 * authenticated within `authTimeoutMs`, and when the messages held for documents not yet
 * authenticated or still loading pass `maxBytes` or `maxMessages` (1008). A socket that goes on
 * sending after it was told to close is cut off.
 *
 * It follows Hocuspocus through the socket itself: the messages it receives, the replies
 * Hocuspocus sends (authenticated, permission denied, document closed), and the socket's
 * `onDocumentLoaded`.
 */
export function guardSocket(
  socket: GuardedSocket,
  limits: { authTimeoutMs: number; maxBytes: number; maxMessages: number },
) {
  const authenticated = new Set<string>();
  const loaded = new Set<string>();
  // What was received for each document not (yet) loaded: Hocuspocus holds the same messages.
  const held = new Map<string, { bytes: number; messages: number; received: Set<RawData> }>();
  let heldBytes = 0;
  let heldMessages = 0;
  let closing = false;

  const close = (code: number, reason: string) => {
    clearTimeout(timer);
    if (closing) return;
    closing = true;
    socket.close(code, closeReason(reason));
  };
  const timer = setTimeout(
    () => close(closePolicy, 'authentication timed out'),
    limits.authTimeoutMs,
  );
  socket.once('close', () => clearTimeout(timer));

  const release = (document: string) => {
    const entry = held.get(document);
    if (!entry) return;
    heldBytes -= entry.bytes;
    heldMessages -= entry.messages;
    held.delete(document);
  };

  socket.on('message', (data: RawData) => {
    const name = documentNameOf(data) ?? '';
    if (loaded.has(name)) return;
    const entry = held.get(name) ?? { bytes: 0, messages: 0, received: new Set<RawData>() };
    // Once the document is loaded Hocuspocus emits what it held on the socket again; counting
    // that twice would close a client that sent little more than half the bound.
    if (entry.received.has(data)) return;
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength;
    entry.bytes += size;
    entry.messages++;
    entry.received.add(data);
    held.set(name, entry);
    heldBytes += size;
    heldMessages++;
    if (heldBytes > limits.maxBytes || heldMessages > limits.maxMessages) {
      const reason = authenticated.has(name)
        ? 'too much data while the document loads'
        : 'too much data before authentication';
      if (closing) socket.terminate();
      else close(closePolicy, reason);
    }
  });

  socket.onDocumentLoaded = (document) => {
    authenticated.delete(document);
    loaded.add(document);
    release(document);
  };

  socket.onSend = (data) => {
    const reply = replyOf(data);
    if (!reply) return;
    if (reply.kind === 'authenticated') {
      clearTimeout(timer);
      // Hocuspocus still holds the document's messages until it has loaded it.
      authenticated.add(reply.document);
    } else if (reply.kind === 'denied') {
      // Sent after the refusal, so the client still learns why.
      close(closeUnauthorized, reply.reason);
    } else {
      // Hocuspocus forgets the document; what the socket sends for it next is held again.
      authenticated.delete(reply.document);
      loaded.delete(reply.document);
      release(reply.document);
    }
  };
}

/** The document name a raw Hocuspocus message starts with, or undefined when unreadable. */
function documentNameOf(data: RawData): string | undefined {
  try {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : new Uint8Array(data);
    return decoding.readVarString(decoding.createDecoder(bytes));
  } catch {
    return undefined;
  }
}

type Reply =
  | { kind: 'authenticated'; document: string }
  | { kind: 'denied'; document: string; reason: string }
  | { kind: 'closed'; document: string };

/** What a message Hocuspocus sends means for authentication, if anything. */
function replyOf(data: unknown): Reply | undefined {
  if (!(data instanceof Uint8Array)) return undefined;
  try {
    const decoder = decoding.createDecoder(data);
    const document = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === messageClose) return { kind: 'closed', document };
    if (type !== messageAuth) return undefined;
    const step = decoding.readVarUint(decoder);
    if (step === authAuthenticated) return { kind: 'authenticated', document };
    if (step === authPermissionDenied) {
      return { kind: 'denied', document, reason: decoding.readVarString(decoder) };
    }
  } catch {
    // Not a message of ours to read.
  }
  return undefined;
}

/** `reason` cut to the 123 bytes a WebSocket close frame allows. */
function closeReason(reason: string): string {
  let cut = reason || 'permission denied';
  while (Buffer.byteLength(cut) > 123) cut = cut.slice(0, -1);
  return cut;
}
