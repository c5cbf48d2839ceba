import { EventEmitter } from 'node:events';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, FactsTable } from './db';
import { type Fact, searchTextOf, termKeysOf } from './validation';

/** What kind of change a history entry records. */
export type FactAction = 'create' | 'update' | 'delete' | 'import';

/** One entry of a fact's change history. */
export interface FactHistoryEntry {
  version: number;
  at: string;
  by: string;
  action: FactAction;
  before: Fact | null;
  after: Fact | null;
}

/** The change event emitted after every committed change, once per fact. */
export interface FactChange {
  version: number;
  action: FactAction;
  id: string;
  fact: Fact | null;
}

/** A store operation that cannot be done as asked; `status` is the HTTP status to answer with. */
export class FactStoreError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** Query of `FactStore.list`. */
export interface FactQuery {
  /** Case-insensitive substring of the id, subject, terms or speaker. */
  q?: string;
  /** Term keys: facts having any of them. */
  terms?: string[];
  limit?: number;
  offset?: number;
}

/** The most facts `list` returns in one page. */
export const maxListLimit = 100_000;

type Trx = Transaction<Database>;

/**
 * The versioned fact store in the database. Every write runs in one transaction that bumps the
 * store-wide version, writes the fact, its term keys and a history entry (who, when, before,
 * after); `change` events are emitted after the commit. Callers validate facts first.
 */
export class FactStore {
  /** Emits `change` with a `FactChange` after each committed change. */
  readonly events = new EventEmitter();

  constructor(private readonly db: Kysely<Database>) {
    this.events.setMaxListeners(0);
  }

  /** The store-wide version: it grows by one with every committed write. */
  async version(): Promise<number> {
    const row = await this.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'version')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }

  /** The live facts matching `query`, ordered by id, and the store version they were read at. */
  async list(query: FactQuery = {}): Promise<{ version: number; facts: Fact[] }> {
    return this.db.transaction().execute(async (trx) => {
      let select = trx.selectFrom('facts').select('body').where('deleted', '=', 0);
      const q = query.q?.trim().toLowerCase();
      if (q) {
        const pattern = `%${escapeLike(q)}%`;
        select = select.where(sql<boolean>`search like ${pattern} escape '\\'`);
      }
      if (query.terms && query.terms.length > 0) {
        const keys = query.terms;
        select = select.where('id', 'in', (eb) =>
          eb.selectFrom('fact_terms').select('fact_id').where('key', 'in', keys),
        );
      }
      const rows = await select
        .orderBy('id')
        .limit(Math.min(query.limit ?? maxListLimit, maxListLimit))
        .offset(query.offset ?? 0)
        .execute();
      const version = await versionIn(trx);
      return { version, facts: rows.map((r) => JSON.parse(r.body) as Fact) };
    });
  }

  /** A live fact and the version of its last change, or undefined. */
  async get(id: string): Promise<{ fact: Fact; version: number } | undefined> {
    const row = await this.db
      .selectFrom('facts')
      .select(['body', 'version'])
      .where('id', '=', id)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    return row ? { fact: JSON.parse(row.body) as Fact, version: Number(row.version) } : undefined;
  }

  /** Adds a new fact; `FactStoreError(409)` when a live fact has its id. */
  async create(fact: Fact, by: string): Promise<{ fact: Fact; version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, fact.id);
      if (existing && !existing.deleted) {
        throw new FactStoreError(409, `a fact with id "${fact.id}" already exists`);
      }
      await put(trx, fact, existing, { version, at, by, action: 'create' });
      return [{ version, action: 'create' as const, id: fact.id, fact }];
    });
    return { fact, version: change[0].version };
  }

  /** Replaces a live fact; `FactStoreError(404)` when there is none. */
  async update(fact: Fact, by: string): Promise<{ fact: Fact; version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, fact.id);
      if (!existing || existing.deleted) throw notFound(fact.id);
      await put(trx, fact, existing, { version, at, by, action: 'update' });
      return [{ version, action: 'update' as const, id: fact.id, fact }];
    });
    return { fact, version: change[0].version };
  }

  /** Marks a live fact deleted (kept, with its history); `FactStoreError(404)` when there is none. */
  async remove(id: string, by: string): Promise<{ version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, id);
      if (!existing || existing.deleted) throw notFound(id);
      await trx
        .updateTable('facts')
        .set({ deleted: 1, version, updated_at: at, updated_by: by })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('fact_terms').where('fact_id', '=', id).execute();
      await trx
        .insertInto('fact_history')
        .values({
          fact_id: id,
          version,
          at,
          by,
          action: 'delete',
          before: existing.body,
          after: null,
        })
        .execute();
      return [{ version, action: 'delete' as const, id, fact: null }];
    });
    return { version: change[0].version };
  }

  /**
   * Upserts every fact of a file, all or nothing, at one new version. Facts identical to the live
   * ones are left alone (no history entry). Returns how many facts the file held.
   */
  async import(facts: readonly Fact[], by: string): Promise<{ imported: number; version: number }> {
    let version = 0;
    await this.write(async (trx, v, at) => {
      version = v;
      const changes: FactChange[] = [];
      for (const fact of facts) {
        const existing = await rowOf(trx, fact.id);
        if (existing && !existing.deleted && existing.body === JSON.stringify(fact)) continue;
        await put(trx, fact, existing, { version: v, at, by, action: 'import' });
        changes.push({ version: v, action: 'import', id: fact.id, fact });
      }
      return changes;
    });
    return { imported: facts.length, version };
  }

  /** The change history of a fact, oldest first; undefined when the id was never stored. */
  async history(id: string): Promise<FactHistoryEntry[] | undefined> {
    const rows = await this.db
      .selectFrom('fact_history')
      .selectAll()
      .where('fact_id', '=', id)
      .orderBy('version')
      .execute();
    if (rows.length === 0) return undefined;
    return rows.map((r) => ({
      version: Number(r.version),
      at: r.at,
      by: r.by,
      action: r.action as FactAction,
      before: r.before === null ? null : (JSON.parse(r.before) as Fact),
      after: r.after === null ? null : (JSON.parse(r.after) as Fact),
    }));
  }

  // Runs `body` in a transaction at a new store version. Bumping the version row first takes
  // its row lock in PostgreSQL, so concurrent writers queue and existence checks stay true.
  private async write(
    body: (trx: Trx, version: number, at: string) => Promise<FactChange[]>,
  ): Promise<FactChange[]> {
    const changes = await this.db.transaction().execute(async (trx) => {
      const bumped = await trx
        .updateTable('meta')
        .set((eb) => ({ value: eb('value', '+', 1) }))
        .where('key', '=', 'version')
        .returning('value')
        .executeTakeFirstOrThrow();
      return body(trx, Number(bumped.value), new Date().toISOString());
    });
    for (const change of changes) this.events.emit('change', change);
    return changes;
  }
}

async function versionIn(trx: Trx): Promise<number> {
  const row = await trx
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'version')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

function rowOf(trx: Trx, id: string): Promise<Pick<FactsTable, 'body' | 'deleted'> | undefined> {
  return trx
    .selectFrom('facts')
    .select(['body', 'deleted'])
    .where('id', '=', id)
    .executeTakeFirst();
}

async function put(
  trx: Trx,
  fact: Fact,
  existing: Pick<FactsTable, 'body' | 'deleted'> | undefined,
  entry: { version: number; at: string; by: string; action: FactAction },
): Promise<void> {
  const body = JSON.stringify(fact);
  const row = {
    kind: fact.kind,
    body,
    search: searchTextOf(fact),
    version: entry.version,
    updated_at: entry.at,
    updated_by: entry.by,
    deleted: 0,
  };
  if (existing) await trx.updateTable('facts').set(row).where('id', '=', fact.id).execute();
  else
    await trx
      .insertInto('facts')
      .values({ id: fact.id, ...row })
      .execute();
  await trx.deleteFrom('fact_terms').where('fact_id', '=', fact.id).execute();
  const keys = termKeysOf(fact);
  if (keys.length > 0) {
    await trx
      .insertInto('fact_terms')
      .values(keys.map((key) => ({ fact_id: fact.id, key })))
      .execute();
  }
  await trx
    .insertInto('fact_history')
    .values({
      fact_id: fact.id,
      ...entry,
      before: existing && !existing.deleted ? existing.body : null,
      after: body,
    })
    .execute();
}

function notFound(id: string): FactStoreError {
  return new FactStoreError(404, `no fact with id "${id}"`);
}

// LIKE treats % and _ as wildcards; escape them (with \, declared by ESCAPE below).
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
