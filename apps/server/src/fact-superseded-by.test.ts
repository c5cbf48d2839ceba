import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';

// The store must stay a valid fact file (contract section 1): every `supersededBy` names another
// fact of it. Otherwise its own export could not be imported again.
for (const database of databases) {
  describe.skipIf(database.skip)(
    `a supersededBy must name another live fact (${database.name})`,
    () => {
      let server: TestServer;
      let desk: string;
      let snapshot: () => Promise<unknown>;
      beforeAll(async () => {
        server = await startTestServer({ databaseUrl: database.url });
        desk = await server.token('desk');
        await server.request('POST', '/api/facts', { token: desk, body: figure('new-count', 9) });
        snapshot = async () => (await server.request('GET', '/api/facts', { token: desk })).json;
      });
      afterAll(() => server?.dispose());

      it('answers 400 for a fact superseded by itself or by no fact, by POST and PUT', async () => {
        const before = await snapshot();
        const self = await server.request('POST', '/api/facts', {
          token: desk,
          body: figure('old', 1, { supersededBy: 'old' }),
        });
        expect(self.status).toBe(400);
        expect(self.json.problems).toEqual([
          { path: 'supersededBy', message: 'a fact cannot supersede itself' },
        ]);
        const nobody = await server.request('POST', '/api/facts', {
          token: desk,
          body: figure('old', 1, { supersededBy: 'nowhere' }),
        });
        expect(nobody.status).toBe(400);
        expect(nobody.json.problems).toEqual([
          { path: 'supersededBy', message: 'no fact has the id "nowhere"' },
        ]);
        expect(await snapshot()).toEqual(before);

        for (const supersededBy of ['new-count', 'nowhere']) {
          const put = await server.request('PUT', '/api/facts/new-count', {
            token: desk,
            body: figure('new-count', 9, { supersededBy }),
          });
          expect(put.status, supersededBy).toBe(400);
          expect(put.json.problems[0].path).toBe('supersededBy');
        }
        expect(await snapshot()).toEqual(before);
      });

      it('accepts a fact superseded by a live fact, not by a deleted one', async () => {
        const ok = await server.request('POST', '/api/facts', {
          token: desk,
          body: figure('old-count', 1, { supersededBy: 'new-count' }),
        });
        expect(ok.status).toBe(201);
        await server.request('POST', '/api/facts', { token: desk, body: figure('dropped') });
        await server.request('DELETE', '/api/facts/dropped', { token: desk });
        const put = await server.request('PUT', '/api/facts/old-count', {
          token: desk,
          body: figure('old-count', 1, { supersededBy: 'dropped' }),
        });
        expect(put.status).toBe(400);
        expect(put.json.problems[0].message).toMatch(/"dropped"/);
      });

      it('answers 409 for deleting a fact that a live fact is superseded by', async () => {
        const before = await snapshot();
        const del = await server.request('DELETE', '/api/facts/new-count', { token: desk });
        expect(del.status).toBe(409);
        expect(del.json.error).toMatch(/"old-count" is superseded by it/);
        expect(await snapshot()).toEqual(before);
      });

      it('imports a file superseded by facts of the store, and refuses one naming no fact', async () => {
        const before = await snapshot();
        const bad = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: {
            schema: 'factdesk.facts/v1',
            facts: [figure('fine'), figure('older', 1, { supersededBy: 'nowhere' })],
          },
        });
        expect(bad.status).toBe(400);
        expect(bad.json.problems).toEqual([
          { path: 'facts[1].supersededBy', message: expect.stringMatching(/"nowhere"/) },
        ]);
        expect(await snapshot()).toEqual(before);

        const good = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: {
            schema: 'factdesk.facts/v1',
            facts: [
              figure('older', 1, { supersededBy: 'new-count' }),
              figure('oldest', 1, { supersededBy: 'older' }),
            ],
          },
        });
        expect(good.status).toBe(200);
        expect(
          (await server.request('GET', '/api/facts/older', { token: desk })).json.fact,
        ).toEqual(figure('older', 1, { supersededBy: 'new-count' }));
      });

      it('keeps the store a file that imports into an empty store', async () => {
        const exported = (await server.request('GET', '/api/facts', { token: desk })).json;
        const fresh = await startTestServer({ databaseUrl: database.url });
        try {
          const imported = await fresh.request('POST', '/api/facts/import', {
            token: await fresh.token('desk'),
            body: { schema: exported.schema, facts: exported.facts },
          });
          expect(imported.status).toBe(200);
          expect(imported.json.imported).toBe(exported.facts.length);
        } finally {
          await fresh.dispose();
        }
      });
    },
  );
}
