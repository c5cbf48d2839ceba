// Helpers for this package's tests: real servers on port 0, real HTTP, real Hocuspocus clients.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Auth, type Role } from './auth';
import { type CollabOptions, createCollab } from './collab';
import type { ServerConfig } from './config';
import { createServer, type RunningServer } from './create-server';
import { type Database, openDb } from './db';
import type { DocumentStore } from './document-store';

/** The databases the API suites run against: SQLite always, PostgreSQL when DATABASE_URL is set. */
export const databases = [
  { name: 'SQLite', url: undefined as string | undefined, skip: false },
  { name: 'PostgreSQL', url: process.env.DATABASE_URL, skip: !process.env.DATABASE_URL },
];

/** A temporary data directory, removed by the returned function. */
export function tempDir(prefix = 'factdesk-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server under test, with helpers bound to it. */
export interface TestServer extends RunningServer {
  config: ServerConfig;
  /** A session token for a user in `role`. */
  token(role: Role, name?: string): Promise<string>;
  /** A JSON request; `body` is sent as JSON unless it is a string; `headers` are added. */
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response bodies.
  ): Promise<{ status: number; json: any; headers: Headers }>;
  /** The WebSocket URL of the collaboration endpoint. */
  collabUrl: string;
  /** Closes this server and starts another on the same storage (and secret). */
  reopen(): Promise<TestServer>;
  /** Closes the server and removes its data (and PostgreSQL schema). */
  dispose(): Promise<void>;
}

/** Starts a server on port 0 with fresh storage (a temp dir; a fresh schema for PostgreSQL). */
export async function startTestServer(
  options: {
    databaseUrl?: string;
    overrides?: Partial<ServerConfig>;
    storage?: { dir: string; remove: () => void; schema?: string };
  } = {},
): Promise<TestServer> {
  const data = options.storage ?? tempDir();
  const schema =
    options.storage?.schema ??
    (options.databaseUrl ? `factdesk_test_${randomBytes(6).toString('hex')}` : undefined);
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: data.dir,
    databaseUrl: options.databaseUrl,
    databaseSchema: schema,
    maxMessageBytes: 256 * 1024,
    maxBodyBytes: 64 * 1024,
    storeDebounceMs: 200,
    tokenTtlSeconds: 600,
    maxSessionSeconds: 24 * 3600,
    editorDist: join(data.dir, 'no-dist'),
    seedDir: '',
    quiet: true,
    ...options.overrides,
  };
  let server: RunningServer;
  try {
    server = await createServer(config);
  } catch (error) {
    if (!options.storage) data.remove();
    throw error;
  }
  const request: TestServer['request'] = async (method, path, { token, body, ...rest } = {}) => {
    const headers: Record<string, string> = { ...rest.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(server.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {}
    // Not enumerable: tests that compare a whole response with `toEqual` see status and json only.
    return Object.defineProperty({ status: response.status, json }, 'headers', {
      value: response.headers,
      enumerable: false,
    }) as { status: number; json: unknown; headers: Headers };
  };
  return {
    ...server,
    config,
    request,
    collabUrl: `${server.url.replace(/^http/, 'ws')}/collab`,
    async token(role, name = `${role} user`) {
      const { json } = await request('POST', '/api/session', { body: { name, role } });
      return json.token;
    },
    async reopen() {
      await server.close();
      return startTestServer({ ...options, storage: { ...data, schema } });
    },
    async dispose() {
      await server.close();
      if (schema && options.databaseUrl) await dropSchema(options.databaseUrl, schema);
      data.remove();
    },
  };
}

async function dropSchema(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** A real Hocuspocus client of `name` at `url` with its own Y.Doc; quick reconnects. */
export function connect(url: string, name: string, token: string | null) {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
    messageReconnectTimeout: 60_000,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token });
  provider.attach();
  return {
    provider,
    doc: provider.document,
    destroy() {
      // `ws` raises an error when a socket still connecting is closed; the provider has already
      // removed its listeners by then, so keep that expected error from going unhandled.
      (socket.webSocket as unknown as WebSocket | null)?.on('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `check` is true, polling every 20 ms; rejects with `what` after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text of the document's first paragraph, creating it when absent. */
export function paragraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('prosemirror');
  if (fragment.length === 0) {
    doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText()]);
      fragment.insert(0, [paragraph]);
    });
  }
  return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

/** All text of a document's `prosemirror` fragment. */
export function textOf(doc: Y.Doc): string {
  const parts: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) parts.push(child.toString());
      else walk(child as Y.XmlElement);
    }
  };
  walk(doc.getXmlFragment('prosemirror'));
  return parts.join('');
}

/** A valid figure fact, for tests. */
export function figure(id: string, value = 422, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'figure',
    subject: `Subject of ${id}`,
    terms: ['evacuated', 'meeting point'],
    value,
    unit: 'count',
    source: { name: 'Test source' },
    ...extra,
  };
}

/** The collaboration service alone, on port 0: no HTTP API, no editor. */
export interface CollabAlone<S extends DocumentStore> {
  url: string;
  auth: Auth;
  documents: S;
  close(): Promise<void>;
}

/**
 * Starts the collaboration service alone on port 0, over a fresh SQLite database in a temporary
 * folder and the document store `store` makes of it, with `options` for the service.
 */
export async function startCollabAlone<S extends DocumentStore>(
  store: (db: Kysely<Database>) => S,
  options: Partial<CollabOptions> = {},
): Promise<CollabAlone<S>> {
  const data = tempDir('factdesk-collab-');
  const auth = new Auth('a-test-secret-of-at-least-32-characters', 600);
  const db = await openDb({ dataDir: data.dir });
  const documents = store(db.db);
  const collab = createCollab({
    auth,
    documents,
    maxMessageBytes: 256 * 1024,
    storeDebounceMs: 200,
    ...options,
  });
  const http = createHttpServer((_, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/collab`,
    auth,
    documents,
    async close() {
      await collab.close();
      await new Promise((resolve) => http.close(resolve));
      await documents.close();
      await db.close();
      data.remove();
    },
  };
}
