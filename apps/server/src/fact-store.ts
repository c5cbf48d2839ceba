import { EventEmitter } from 'node:events';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, FactsTable } from './db';
import { type Fact, type Problem, searchTextOf, termKeysOf } from './validation';

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

/**
 * A store operation that cannot be done as asked; `status` is the HTTP status to answer with:
 * 400 a fact names a fact the store does not have (`problems` says where), 404 no such fact,
 * 409 the write would break the store, 412 the fact changed since the version the caller had.
 */
export class FactStoreError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 412,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

/** How many term rows one INSERT writes: well under SQLite's and PostgreSQL's bound parameters. */
const termRowsPerInsert = 500;

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
    // One snapshot for both reads: under PostgreSQL's default READ COMMITTED each statement sees
    // the latest commit, so a write between them would pair old facts with a newer version (and
    // a client would then skip that write's change event). SQLite ignores the level: its read
    // transaction is one snapshot already.
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
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

  /**
   * Adds a new fact; `FactStoreError(409)` when a live fact has its id, 400 when its
   * `supersededBy` names no live fact.
   */
  async create(fact: Fact, by: string): Promise<{ fact: Fact; version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, fact.id);
      if (existing && !existing.deleted) {
        throw new FactStoreError(409, `a fact with id "${fact.id}" already exists`);
      }
      await checkSuccessor(trx, fact);
      await put(trx, fact, existing, { version, at, by, action: 'create' });
      return [{ version, action: 'create' as const, id: fact.id, fact }];
    });
    return { fact, version: change[0].version };
  }

  /**
   * Replaces a live fact; `FactStoreError(404)` when there is none, 412 when `ifVersion` is given
   * and the fact's last change is not that version (someone changed it meanwhile), 400 when its
   * `supersededBy` names no live fact.
   */
  async update(
    fact: Fact,
    by: string,
    ifVersion?: number,
  ): Promise<{ fact: Fact; version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, fact.id);
      if (!existing || existing.deleted) throw notFound(fact.id);
      checkVersion(fact.id, existing, ifVersion);
      await checkSuccessor(trx, fact);
      await put(trx, fact, existing, { version, at, by, action: 'update' });
      return [{ version, action: 'update' as const, id: fact.id, fact }];
    });
    return { fact, version: change[0].version };
  }

  /**
   * Marks a live fact deleted (kept, with its history); `FactStoreError(404)` when there is none,
   * 412 when `ifVersion` is given and is not the version of its last change, 409 when a live fact
   * is superseded by it (the store would name a fact it does not have).
   */
  async remove(id: string, by: string, ifVersion?: number): Promise<{ version: number }> {
    const change = await this.write(async (trx, version, at) => {
      const existing = await rowOf(trx, id);
      if (!existing || existing.deleted) throw notFound(id);
      checkVersion(id, existing, ifVersion);
      const predecessors = await supersededBy(trx, id);
      if (predecessors.length > 0) {
        const names = predecessors.map((p) => `"${p}"`).join(', ');
        throw new FactStoreError(
          409,
          `fact "${id}" cannot be deleted: ${names} ${predecessors.length === 1 ? 'is' : 'are'} superseded by it; change their supersededBy first`,
        );
      }
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
   * ones are left alone (no history entry). `external` holds the `supersededBy` ids that no fact
   * of the file has, by fact index: each must name a live fact, else `FactStoreError(400)`.
   * Returns how many facts the file held.
   */
  async import(
    facts: readonly Fact[],
    by: string,
    external: ReadonlyMap<number, string> = new Map(),
  ): Promise<{ imported: number; version: number }> {
    let version = 0;
    await this.write(async (trx, v, at) => {
      version = v;
      const problems: Problem[] = [];
      for (const [i, id] of external) {
        const row = await rowOf(trx, id);
        if (!row || row.deleted) {
          problems.push({
            path: `facts[${i}].supersededBy`,
            message: `no fact has the id "${id}", in the file or in the store`,
          });
        }
      }
      if (problems.length > 0) throw new FactStoreError(400, 'invalid fact file', problems);
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

type Row = Pick<FactsTable, 'body' | 'deleted' | 'version' | 'updated_at' | 'updated_by'>;

function rowOf(trx: Trx, id: string): Promise<Row | undefined> {
  return trx
    .selectFrom('facts')
    .select(['body', 'deleted', 'version', 'updated_at', 'updated_by'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// 412 unless the live fact's last change is `ifVersion` (when given).
function checkVersion(id: string, existing: Row, ifVersion: number | undefined) {
  if (ifVersion === undefined || Number(existing.version) === ifVersion) return;
  throw new FactStoreError(
    412,
    `fact "${id}" was changed by ${existing.updated_by} at ${existing.updated_at} since version ${ifVersion}; it is now version ${existing.version}: reload it and apply your change again`,
  );
}

// 400 unless the fact's `supersededBy` names another, live fact.
async function checkSuccessor(trx: Trx, fact: Fact) {
  const next = fact.supersededBy;
  if (next === undefined) return;
  const message =
    next === fact.id ? 'a fact cannot supersede itself' : `no fact has the id "${next}"`;
  const row = next === fact.id ? undefined : await rowOf(trx, next);
  if (!row || row.deleted) {
    throw new FactStoreError(400, 'invalid fact', [{ path: 'supersededBy', message }]);
  }
}

// The ids of the live facts whose `supersededBy` is `id`, in order.
async function supersededBy(trx: Trx, id: string): Promise<string[]> {
  // The body is JSON.stringify of the fact, so the field is written exactly like this; the LIKE
  // only narrows the rows, the parsed body decides.
  const pattern = `%${escapeLike(`"supersededBy":${JSON.stringify(id)}`)}%`;
  const rows = await trx
    .selectFrom('facts')
    .select(['id', 'body'])
    .where('deleted', '=', 0)
    .where(sql<boolean>`body like ${pattern} escape '\\'`)
    .orderBy('id')
    .execute();
  return rows.filter((r) => (JSON.parse(r.body) as Fact).supersededBy === id).map((r) => r.id);
}

async function put(
  trx: Trx,
  fact: Fact,
  existing: Row | undefined,
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
  // In chunks: one row per key would exceed the bound parameters of one statement for a fact
  // of many distinct words (SQLite allows 32,766, PostgreSQL 65,535).
  const keys = termKeysOf(fact);
  for (let i = 0; i < keys.length; i += termRowsPerInsert) {
    await trx
      .insertInto('fact_terms')
      .values(keys.slice(i, i + termRowsPerInsert).map((key) => ({ fact_id: fact.id, key })))
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
