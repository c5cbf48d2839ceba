import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  databases,
  paragraphText,
  startTestServer,
  type TestServer,
  textOf,
  until,
} from './testing';

for (const database of databases) {
  describe.skipIf(database.skip)(`collaborative document persistence (${database.name})`, () => {
    let server: TestServer;
    const count = async (table: 'document_updates' | 'documents') => {
      const rows = await server.stores.db
        .selectFrom(table)
        .select('name')
        .where('name', '=', 'persisted-story')
        .execute();
      return rows.length;
    };

    beforeAll(async () => {
      // A store debounce far beyond the test: only the per-update append can have saved the edits.
      server = await startTestServer({
        databaseUrl: database.url,
        overrides: { storeDebounceMs: 600_000 },
      });
    });
    afterAll(() => server?.dispose());

    it('has every acknowledged edit in the database before any compaction', async () => {
      const client = connect(server.collabUrl, 'persisted-story', await server.token('reporter'));
      await until(() => client.provider.isSynced, 'synced');
      const text = paragraphText(client.doc);
      for (let i = 0; i < 20; i++) text.insert(text.length, `w${i} `);
      await until(() => !client.provider.hasUnsyncedChanges, 'every edit acknowledged');
      expect(await count('documents')).toBe(0);
      expect(await count('document_updates')).toBeGreaterThanOrEqual(20);
      const stored = textOf(await server.stores.documents.load('persisted-story'));
      expect(stored).toBe(Array.from({ length: 20 }, (_, i) => `w${i} `).join(''));
      client.destroy();
    });

    it('compacts the updates into one snapshot when the last client leaves', async () => {
      await until(
        async () => (await count('document_updates')) === 0,
        'the updates merged',
        15_000,
      );
      expect(await count('documents')).toBe(1);
      expect(textOf(await server.stores.documents.load('persisted-story'))).toMatch(
        /^w0 w1 .* w19 $/,
      );
    });

    it('gives a client after a restart the stored document, and lists it as a story', async () => {
      server = await server.reopen();
      const client = connect(server.collabUrl, 'persisted-story', await server.token('viewer'));
      await until(() => client.provider.isSynced, 'synced');
      expect(textOf(client.doc)).toMatch(/^w0 w1 .* w19 $/);
      client.destroy();
      const stories = await server.request('GET', '/api/stories', {
        token: await server.token('viewer'),
      });
      expect(stories.json.stories).toEqual([
        { id: 'persisted-story', title: expect.stringMatching(/^w0 w1/) },
      ]);
    });
  });
}
