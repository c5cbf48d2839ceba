import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Generated, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations';

/** A fact row: the fact itself is `body` (JSON text); `search` is the lowercased text that `q` matches. */
export interface FactsTable {
  id: string;
  kind: string;
  body: string;
  search: string;
  version: number;
  updated_at: string;
  updated_by: string;
  deleted: number;
}

/** The term keys of a fact (`termKey` of every word of its terms), for term lookup. */
export interface FactTermsTable {
  fact_id: string;
  key: string;
}

/** One change of one fact, with the fact before and after it (JSON text, or null). */
export interface FactHistoryTable {
  fact_id: string;
  version: number;
  at: string;
  by: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** Small key/value table; holds the store-wide fact version. */
export interface MetaTable {
  key: string;
  value: number;
}

/** The compacted state of a collaborative document. */
export interface DocumentsTable {
  name: string;
  snapshot: Uint8Array;
  title: string;
  /** The story's date (`YYYY-MM-DD`), the reference for relative dates; null when unknown. */
  date: string | null;
  updated_at: string;
}

/** Yjs updates appended as they arrive, merged into `documents` on compaction. */
export interface DocumentUpdatesTable {
  seq: Generated<number>;
  name: string;
  data: Uint8Array;
}

/** The database schema, shared by both dialects. */
export interface Database {
  facts: FactsTable;
  fact_terms: FactTermsTable;
  fact_history: FactHistoryTable;
  meta: MetaTable;
  documents: DocumentsTable;
  document_updates: DocumentUpdatesTable;
}

/** Which SQL engine a `Kysely<Database>` talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** An open, migrated database. */
export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Closes the connection (pool). */
  close(): Promise<void>;
}

/**
 * Opens the database: PostgreSQL when `databaseUrl` is set (in `schema`, created when missing),
 * else SQLite in `dataDir/factdesk.db`; then runs the migrations.
 */
export async function openDb(options: {
  dataDir: string;
  databaseUrl?: string;
  schema?: string;
}): Promise<Db> {
  let db: Kysely<Database>;
  let dialect: DialectName;
  if (options.databaseUrl) {
    dialect = 'postgres';
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`DATABASE_SCHEMA must be a plain lowercase identifier, got "${schema}"`);
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // A pool error on an idle client must not crash the process.
    pool.on('error', (error) => console.error('postgres pool error:', error.message));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } else {
    dialect = 'sqlite';
    mkdirSync(options.dataDir, { recursive: true });
    const database = new SQLite(join(options.dataDir, 'factdesk.db'));
    database.pragma('journal_mode = WAL');
    // FULL: an acknowledged edit survives a crash of the machine, not only of the process.
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  }
  try {
    await migrate(db, dialect, options.databaseUrl ? options.schema : undefined);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}
