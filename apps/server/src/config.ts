import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the repository root is, resolved from this file (apps/server/src). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything the server needs to start; `configFromEnv` fills it from the environment. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (the real port is in `url`). */
  port: number;
  /** Interface to bind; loopback by default. */
  host: string;
  /** Directory of the SQLite database and the generated secret. */
  dataDir: string;
  /** A PostgreSQL connection string; when set, the database is PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created when missing); default `public`. */
  databaseSchema?: string;
  /** HS256 key for session tokens; generated and kept in `dataDir` when absent. */
  secret?: string;
  /** Largest accepted WebSocket message, in bytes. */
  maxMessageBytes: number;
  /** Largest accepted HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** How long after the last edit a document is compacted into one snapshot, in ms. */
  storeDebounceMs: number;
  /** How long a session token is valid, in seconds. */
  tokenTtlSeconds: number;
  /** How long after sign-in a session's token may still be renewed, in seconds. */
  maxSessionSeconds: number;
  /** The built editor (index.html, desk.html, assets). */
  editorDist: string;
  /** Directory holding the seed story (`facts.json`, `draft.md`); empty string disables seeding. */
  seedDir: string;
  /** Suppress the start-up and error log lines. */
  quiet?: boolean;
}

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return n;
}

/** Reads the configuration from environment variables, with safe defaults (see README.md). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = env.DATA_DIR ? resolveFromRoot(env.DATA_DIR) : resolveFromRoot('data');
  return {
    port: intFromEnv('PORT', 4321, env),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    secret: env.FACTDESK_SECRET || undefined,
    maxMessageBytes: intFromEnv('MAX_MESSAGE_BYTES', 1024 * 1024, env),
    maxBodyBytes: intFromEnv('MAX_BODY_BYTES', 5 * 1024 * 1024, env),
    storeDebounceMs: intFromEnv('STORE_DEBOUNCE_MS', 2000, env),
    tokenTtlSeconds: intFromEnv('TOKEN_TTL_SECONDS', 12 * 3600, env),
    maxSessionSeconds: intFromEnv('MAX_SESSION_SECONDS', 24 * 3600, env),
    editorDist: env.EDITOR_DIST
      ? resolveFromRoot(env.EDITOR_DIST)
      : resolveFromRoot('apps/editor/dist'),
    seedDir: env.SEED_DIR === undefined ? resolveFromRoot('examples/white-helmets') : env.SEED_DIR,
  };
}

function resolveFromRoot(path: string): string {
  return fileURLToPath(new URL(path, `file://${repoRoot}`));
}

/** True when the built editor is present in `dir`. */
export function hasEditorBuild(dir: string): boolean {
  return existsSync(`${dir}/index.html`);
}
