import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DialectName } from './db';

// Migrations are code, keyed by name; names sort in the order they run. Never edit a released
// migration: add a new one.
function migrations(dialect: DialectName): Record<string, Migration> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '0001-initial': {
      // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was then, not `Database`.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('facts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('search', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('fact_terms')
          .addColumn('fact_id', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('fact_terms_pk', ['fact_id', 'key'])
          .execute();
        await db.schema.createIndex('fact_terms_key').on('fact_terms').column('key').execute();
        await db.schema
          .createTable('fact_history')
          .addColumn('fact_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('by', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('before', 'text')
          .addColumn('after', 'text')
          .addPrimaryKeyConstraint('fact_history_pk', ['fact_id', 'version'])
          .execute();
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'integer', (c) => c.notNull())
          .execute();
        await db.insertInto('meta').values({ key: 'version', value: 0 }).execute();
        await db.schema
          .createTable('documents')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('snapshot', blob, (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('document_updates')
          .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('data', blob, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('document_updates_name')
          .on('document_updates')
          .columns(['name', 'seq'])
          .execute();
      },
    },
    '0002-story-date': {
      // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was then.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('documents').addColumn('date', 'text').execute();
      },
    },
  };
}

/** Brings the schema up to date; throws with the failing migration's error. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema matches `Database`.
export async function migrate(db: Kysely<any>, dialect: DialectName, schema?: string) {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
