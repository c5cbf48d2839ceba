import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type Extension, Hocuspocus } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { Auth } from './auth';
import { type DocumentStore, documentNamePattern } from './document-store';
import { GuardedSocket, guardSocket } from './socket-guard';

/** The HTTP path of the collaboration WebSocket. */
export const collabPath = '/collab';

/** Document names are story ids. */

// Hocuspocus message types (packages/server/src/types.ts) and y-protocols sync steps.
const messageSync = 0;
const messageSyncReply = 4;
const syncStep2 = 1;
const syncUpdate = 2;

/** The collaboration service: Hocuspocus behind a size-limited WebSocket server. */
export interface Collab {
  hocuspocus: Hocuspocus;
  /** Handles an HTTP upgrade on `collabPath`. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Stops taking edits, stores every open document and closes every socket. */
  close(): Promise<void>;
}

/** Options of `createCollab`. */
export interface CollabOptions {
  auth: Auth;
  documents: DocumentStore;
  maxMessageBytes: number;
  storeDebounceMs: number;
  quiet?: boolean;
  /** How long a socket may stay open without authenticating a document; default 10 s. */
  authTimeoutMs?: number;
  /**
   * How much a socket may send for documents it has not authenticated or that are still loading
   * (Hocuspocus holds it in memory until then); past either limit the socket is closed. Default
   * 64 KiB, 100.
   */
  maxHeldBytes?: number;
  maxHeldMessages?: number;
}

/**
 * Builds the collaboration service. Every edit is appended to the database before Hocuspocus
 * applies and acknowledges it (`beforeHandleMessage` is awaited), so an acknowledged edit survives
 * a crash; documents are compacted into one snapshot on store (debounced) and on shutdown.
 */
export function createCollab(options: CollabOptions): Collab {
  const { auth, documents, maxMessageBytes } = options;
  let closing = false;

  const persistence: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const user = await auth.verify(token);
      // Hocuspocus sends `reason` to the client; an object without `message` is not logged as
      // a server error, and a refused socket is not one.
      if (!user) throw { reason: 'invalid or missing token' };
      if (!documentNamePattern.test(documentName)) throw { reason: 'invalid document name' };
      if (user.role === 'viewer') connectionConfig.readOnly = true;
      return { user };
    },

    async onLoadDocument({ document, documentName }) {
      await documents.loadInto(documentName, document);
    },

    async connected({ connection, documentName }) {
      // Called once Hocuspocus has worked through what it held while the document loaded.
      if (connection.webSocket instanceof GuardedSocket) {
        connection.webSocket.onDocumentLoaded?.(documentName);
      }
    },

    async beforeHandleMessage({ connection, documentName, update: message }) {
      // While shutting down, an edit is neither stored nor applied nor acknowledged: the client
      // keeps it as unsynced and sends it again to the next server.
      if (closing) return new Promise<never>(() => {});
      if (message.byteLength > maxMessageBytes) {
        connection.webSocket.close(1009, 'message too big');
        throw Object.assign(new Error('message too big'), {
          code: 1009,
          reason: 'message too big',
        });
      }
      const update = editOf(message);
      if (!update || connection.readOnly || isEmptyUpdate(update)) return;
      // Hocuspocus would throw on a malformed update after we stored it; refuse it first.
      Y.decodeUpdate(update);
      await documents.append(documentName, update);
    },

    async onStoreDocument({ document, documentName }) {
      await documents.compact(documentName, document);
    },
  };

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.storeDebounceMs,
    maxDebounce: Math.max(options.storeDebounceMs * 5, 10_000),
    extensions: [persistence],
  });

  const wss = new WebSocketServer<typeof GuardedSocket>({
    noServer: true,
    maxPayload: maxMessageBytes,
    WebSocket: GuardedSocket,
  });
  wss.on('connection', (socket, request: IncomingMessage) => {
    // Without a listener a socket error (e.g. an oversized frame) would crash the process.
    socket.on('error', (error) => {
      if (!options.quiet) console.error('collab socket error:', error.message);
    });
    // Before Hocuspocus's own listener, so the guard sees every message first.
    guardSocket(socket, {
      authTimeoutMs: options.authTimeoutMs ?? 10_000,
      maxBytes: options.maxHeldBytes ?? 64 * 1024,
      maxMessages: options.maxHeldMessages ?? 100,
    });
    hocuspocus.handleConnection(socket, request);
  });

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      if (closing) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    async close() {
      closing = true;
      // An edit whose append began before `closing` may still be committing: a compaction that
      // ran now would not see it, and it would stay behind as an update of its own.
      await documents.settle();
      for (const document of [...hocuspocus.documents.values()]) {
        const id = `onStoreDocument-${document.name}`;
        if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
        else await documents.compact(document.name, document);
      }
      for (const socket of wss.clients) socket.close(1012, 'server restarting');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

// A sync step 2 that brings nothing (the usual reply on connect) is two zero bytes.
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * The Yjs update carried by a raw Hocuspocus message (sync step 2 or update), or undefined for
 * any other message. Throws on a malformed message, which closes the connection.
 */
export function editOf(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== messageSync && type !== messageSyncReply) return undefined;
  const step = decoding.readVarUint(decoder);
  if (step !== syncStep2 && step !== syncUpdate) return undefined;
  return decoding.readVarUint8Array(decoder);
}
