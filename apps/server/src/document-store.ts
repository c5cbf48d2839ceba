import type { Kysely } from 'kysely';
import { schema } from 'prosemirror-markdown';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import type { Database } from './db';

/**
 * The names of the documents the collaboration service opens (a story's id). Anything else is
 * refused, so a story seeded under another name could be listed but never opened.
 */
export const documentNamePattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** The name of the Y.XmlFragment holding the ProseMirror document. */
export const fragmentName = 'prosemirror';

/** A stored story: its document name, title (its first block's text) and date, when known. */
export interface StoryEntry {
  id: string;
  title: string;
  date?: string;
}

/**
 * Durable storage of collaborative documents: each Yjs update is appended as it arrives, and
 * `compact` merges a document's state and its appended updates into one snapshot. Loading
 * applies the snapshot and then every appended update, so nothing acknowledged is lost between
 * compactions.
 */
export class DocumentStore {
  private closed = false;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Appends one update of `name`; resolves once it is committed. */
  append(name: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('document store is closed'));
    return this.track(
      this.db
        .insertInto('document_updates')
        .values({ name, data: toBuffer(update) })
        .execute(),
    ).then(() => undefined);
  }

  /** Applies the stored state of `name` (snapshot, then appended updates) to `doc`. */
  async loadInto(name: string, doc: Y.Doc): Promise<void> {
    for (const update of await this.updatesOf(name)) applyStored(doc, update, name);
  }

  /** The stored state of `name` as a fresh Y.Doc (empty when nothing is stored). */
  async load(name: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    await this.loadInto(name, doc);
    return doc;
  }

  /**
   * Writes the merge of `doc` and every appended update of `name` as its snapshot and removes
   * those updates, in one transaction. Updates appended meanwhile are kept for the next time.
   */
  compact(name: string, doc: Y.Doc): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.track(
      this.db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('document_updates')
          .select(['seq', 'data'])
          .where('name', '=', name)
          .orderBy('seq')
          .execute();
        const merged = new Y.Doc();
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
        for (const row of rows) applyStored(merged, row.data, name);
        const snapshot = toBuffer(Y.encodeStateAsUpdate(merged));
        const values = { snapshot, title: titleOf(merged), updated_at: new Date().toISOString() };
        merged.destroy();
        await trx
          .insertInto('documents')
          .values({ name, ...values })
          .onConflict((oc) => oc.column('name').doUpdateSet(values))
          .execute();
        const seqs = rows.map((r) => r.seq);
        for (let i = 0; i < seqs.length; i += 500) {
          await trx
            .deleteFrom('document_updates')
            .where('seq', 'in', seqs.slice(i, i + 500))
            .execute();
        }
      }),
    );
  }

  /** True when anything is stored under `name`. */
  async exists(name: string): Promise<boolean> {
    const doc = await this.db
      .selectFrom('documents')
      .select('name')
      .where('name', '=', name)
      .executeTakeFirst();
    if (doc) return true;
    const update = await this.db
      .selectFrom('document_updates')
      .select('name')
      .where('name', '=', name)
      .limit(1)
      .executeTakeFirst();
    return update !== undefined;
  }

  /** Every stored document, by name, with its title as of its last compaction. */
  async list(): Promise<StoryEntry[]> {
    const docs = await this.db.selectFrom('documents').select(['name', 'title', 'date']).execute();
    const loose = await this.db.selectFrom('document_updates').select('name').distinct().execute();
    const stories = new Map<string, StoryEntry>();
    for (const d of docs) {
      stories.set(d.name, {
        id: d.name,
        title: d.title || d.name,
        ...(d.date ? { date: d.date } : {}),
      });
    }
    for (const { name } of loose)
      if (!stories.has(name)) stories.set(name, { id: name, title: name });
    return [...stories.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Records the story date of `name` (which must be stored). */
  async setDate(name: string, date: string | undefined): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({ date: date ?? null })
      .where('name', '=', name)
      .execute();
  }

  /** Waits for the writes under way (appends and compactions) to commit or fail. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Stops accepting writes and waits for the ones under way. */
  async close(): Promise<void> {
    this.closed = true;
    await this.settle();
  }

  private async updatesOf(name: string): Promise<Uint8Array[]> {
    const snapshot = await this.db
      .selectFrom('documents')
      .select('snapshot')
      .where('name', '=', name)
      .executeTakeFirst();
    const rows = await this.db
      .selectFrom('document_updates')
      .select('data')
      .where('name', '=', name)
      .orderBy('seq')
      .execute();
    return [...(snapshot ? [snapshot.snapshot] : []), ...rows.map((r) => r.data)];
  }

  /** Counts `promise` among the writes under way until it settles. */
  protected track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const done = () => this.pending.delete(promise);
    promise.then(done, done);
    return promise;
  }
}

/** The text of a document's first block (its headline), or '' when empty. */
export function titleOf(doc: Y.Doc): string {
  try {
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(fragmentName), schema);
    return node.firstChild?.textContent.trim().slice(0, 200) ?? '';
  } catch {
    return '';
  }
}

// A stored update that does not decode is skipped, not fatal: one bad row must not make the
// whole story unreadable.
function applyStored(doc: Y.Doc, update: Uint8Array, name: string): void {
  try {
    Y.applyUpdate(doc, new Uint8Array(update));
  } catch (error) {
    console.error(`skipping an unreadable stored update of "${name}":`, (error as Error).message);
  }
}

function toBuffer(update: Uint8Array): Buffer {
  return Buffer.from(update.buffer, update.byteOffset, update.byteLength);
}
