import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { Auth, loadSecret } from './auth';
import { collabPath, createCollab } from './collab';
import type { ServerConfig } from './config';
import { type Database, openDb } from './db';
import { DocumentStore } from './document-store';
import { type ApiEnv, errorResponse, registerApi } from './fact-routes';
import { FactStore } from './fact-store';
import { type SeedReport, seed } from './seed';
import { registerStatic } from './static';

/** A running factdesk server. */
export interface RunningServer {
  /** `http://host:port`, with the real port when `port` was 0. */
  url: string;
  port: number;
  /** What the first-run seeding did. */
  seeded: SeedReport;
  /** The stores behind the API and the collaboration service. */
  stores: { db: Kysely<Database>; facts: FactStore; documents: DocumentStore };
  /** Stores every open document, closes every connection and the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole server in this process: migrates the database, seeds it on first run, and
 * listens for the API, the collaboration WebSocket (`/collab`) and the editor's static files.
 */
export async function createServer(config: ServerConfig): Promise<RunningServer> {
  const { db, close: closeDb } = await openDb({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    schema: config.databaseSchema,
  });
  const auth = new Auth(
    loadSecret(config.dataDir, config.secret),
    config.tokenTtlSeconds,
    config.maxSessionSeconds,
  );
  const facts = new FactStore(db);
  const documents = new DocumentStore(db);
  let seeded: SeedReport = { skipped: [] };
  try {
    seeded = await seed(config.seedDir, facts, documents);
  } catch (error) {
    await closeDb();
    throw error;
  }
  const collab = createCollab({
    auth,
    documents,
    maxMessageBytes: config.maxMessageBytes,
    storeDebounceMs: config.storeDebounceMs,
    quiet: config.quiet,
  });

  const app = new Hono<ApiEnv>();
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) =>
        c.json({ error: `the request body is larger than ${config.maxBodyBytes} bytes` }, 413),
    }),
  );
  registerApi(app, {
    auth,
    facts,
    documents,
    limits: { maxMessageBytes: config.maxMessageBytes },
  });
  registerStatic(app, config.editorDist);
  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => errorResponse(error, c, config.quiet));

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(s as Server),
      ) as Server;
      s.once('error', reject);
    });
  } catch (error) {
    // E.g. the port is taken: leave nothing open behind.
    await collab.close();
    await closeDb();
    throw error;
  }
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== collabPath) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    collab.handleUpgrade(request, socket, head);
  });

  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    seeded,
    stores: { db, facts, documents },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        // Event streams and keep-alive sockets would hold `close` open forever.
        server.closeAllConnections();
        await collab.close();
        await stopped;
        await documents.close();
        await closeDb();
      })();
      return closing;
    },
  };
}
