import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Db, openDb } from './db';
import { DocumentStore } from './document-store';
import { databases, paragraphText, tempDir, textOf } from './testing';

describe('document compaction', () => {
  const data = tempDir();
  let db: Db;
  let store: DocumentStore;
  beforeAll(async () => {
    db = await openDb({ dataDir: data.dir });
    store = new DocumentStore(db.db);
  });
  afterAll(async () => {
    await db.close();
    data.remove();
  });

  it('keeps an update appended but not yet applied to the live document', async () => {
    const live = new Y.Doc();
    paragraphText(live).insert(0, 'live ');
    await store.append('doc', Y.encodeStateAsUpdate(live));
    // Another client's edit: on disk, not yet applied to `live` when compaction runs.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const before = Y.encodeStateVector(other);
    paragraphText(other).insert(5, 'pending');
    await store.append('doc', Y.encodeStateAsUpdate(other, before));
    await store.compact('doc', live);
    expect(textOf(await store.load('doc'))).toBe('live pending');
    const left = await db.db.selectFrom('document_updates').select('seq').execute();
    expect(left).toEqual([]);
  });

  it('skips an unreadable stored update instead of failing the whole document', async () => {
    await store.append('doc', new Uint8Array([255, 255, 255]));
    expect(textOf(await store.load('doc'))).toBe('live pending');
  });
});

// The same dialect switch the server uses, so the migration runs on both.
for (const database of databases) {
  it.skipIf(database.skip)(
    `migrates an empty ${database.name} database twice without error`,
    async () => {
      const data = tempDir();
      const schema = database.url ? `factdesk_migrate_${process.pid}` : undefined;
      const first = await openDb({ dataDir: data.dir, databaseUrl: database.url, schema });
      await first.close();
      const second = await openDb({ dataDir: data.dir, databaseUrl: database.url, schema });
      expect(await second.db.selectFrom('meta').select('value').execute()).toEqual([{ value: 0 }]);
      expect(await second.db.selectFrom('documents').select(['name', 'date']).execute()).toEqual(
        [],
      );
      if (schema) await second.db.schema.dropSchema(schema).cascade().execute();
      await second.close();
      data.remove();
    },
  );
}
