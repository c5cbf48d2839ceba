import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';

// PostgreSQL text cannot hold NUL ("invalid byte sequence for encoding UTF8: 0x00"), so a NUL
// that reached a query was a 500; SQLite stored it. Both refuse it now, before any query.
for (const database of databases) {
  describe.skipIf(database.skip)(
    `a NUL character is refused with the reason, never a 500 (${database.name})`,
    () => {
      let server: TestServer;
      let desk: string;
      let snapshot: () => Promise<unknown>;
      beforeAll(async () => {
        server = await startTestServer({ databaseUrl: database.url });
        desk = await server.token('desk');
        await server.request('POST', '/api/facts', { token: desk, body: figure('ab') });
        snapshot = async () => (await server.request('GET', '/api/facts', { token: desk })).json;
      });
      afterAll(() => server?.dispose());

      it('answers 400 for a fact with NUL in any text, by POST, PUT and import', async () => {
        const before = await snapshot();
        const cases: [Record<string, unknown>, string][] = [
          [figure('nul-subject', 1, { subject: 'a\u0000b' }), 'subject'],
          [figure('nul-term', 1, { terms: ['fine', 'a\u0000'] }), 'terms[1]'],
          [figure('nul-source', 1, { source: { name: '\u0000' } }), 'source.name'],
          [figure('nul-note', 1, { note: 'x\u0000' }), 'note'],
        ];
        for (const [fact, path] of cases) {
          const post = await server.request('POST', '/api/facts', { token: desk, body: fact });
          expect(post.status).toBe(400);
          expect(post.json.problems).toEqual([{ path, message: expect.stringMatching(/NUL/) }]);
          const put = await server.request('PUT', '/api/facts/ab', {
            token: desk,
            body: { ...fact, id: 'ab' },
          });
          expect(put.status).toBe(400);
          expect(put.json.problems[0].path).toBe(path);
        }
        const file = { schema: 'factdesk.facts/v1', facts: [figure('fine'), cases[0][0]] };
        const imported = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: file,
        });
        expect(imported.status).toBe(400);
        expect(imported.json.problems).toEqual([
          { path: 'facts[1].subject', message: expect.stringMatching(/NUL/) },
        ]);
        const story = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: { schema: 'factdesk.facts/v1', story: { id: 's\u0000' }, facts: [] },
        });
        expect(story.status).toBe(400);
        expect(story.json.problems[0].path).toBe('story.id');
        expect(await snapshot()).toEqual(before);
      });

      it('answers 404 for a fact path with NUL, and writes nothing', async () => {
        const before = await snapshot();
        for (const [method, path] of [
          ['GET', '/api/facts/a%00b'],
          ['GET', '/api/facts/a%00b/history'],
          ['DELETE', '/api/facts/a%00b'],
          ['GET', '/api/facts/%00'],
        ]) {
          const response = await server.request(method, path, { token: desk });
          expect(response.status, `${method} ${path}`).toBe(404);
          expect(response.json.error).toMatch(/no fact with id/);
        }
        const put = await server.request('PUT', '/api/facts/a%00b', {
          token: desk,
          body: figure('a\u0000b'),
        });
        expect(put.status).toBe(404);
        expect(await snapshot()).toEqual(before);
      });

      it('answers 400 for a search or a term lookup with NUL', async () => {
        for (const query of ['q=%00', 'q=a%00b', 'terms=%00', 'terms=ok,a%00']) {
          const response = await server.request('GET', `/api/facts?${query}`, { token: desk });
          expect(response.status, query).toBe(400);
          expect(response.json.error).toMatch(/NUL/);
        }
      });

      it('refuses a session for a name with NUL', async () => {
        const response = await server.request('POST', '/api/session', {
          body: { name: 'Dana\u0000', role: 'desk' },
        });
        expect(response.status).toBe(400);
        expect(response.json.problems).toEqual([
          { path: 'name', message: 'name must not contain a NUL character' },
        ]);
      });
    },
  );
}
