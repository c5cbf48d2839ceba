import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';

for (const database of databases) {
  describe.skipIf(database.skip)(
    `a write with If-Match of a version the fact has moved past is refused with 412 (${database.name})`,
    () => {
      let server: TestServer;
      let alice: string;
      let bob: string;
      const read = (id: string) => server.request('GET', `/api/facts/${id}`, { token: alice });
      beforeAll(async () => {
        server = await startTestServer({ databaseUrl: database.url });
        alice = await server.token('desk', 'Alice');
        bob = await server.token('desk', 'Bob');
      });
      afterAll(() => server?.dispose());

      it('sends the version of the last change as the ETag of a fact', async () => {
        const created = await server.request('POST', '/api/facts', {
          token: alice,
          body: figure('etag'),
        });
        const got = await read('etag');
        expect(got.headers.get('etag')).toBe(`"${created.json.version}"`);
        expect(got.json.version).toBe(created.json.version);
      });

      it('refuses a PUT based on a stale version, keeps the other edit, and says why', async () => {
        await server.request('POST', '/api/facts', { token: alice, body: figure('lost', 1) });
        const loaded = await read('lost');
        const etag = loaded.headers.get('etag') as string;
        // Bob saves first, from the same version.
        const bobs = await server.request('PUT', '/api/facts/lost', {
          token: bob,
          body: figure('lost', 2),
          headers: { 'if-match': etag },
        });
        expect(bobs.status).toBe(200);
        expect(bobs.headers.get('etag')).toBe(`"${bobs.json.version}"`);
        const alices = await server.request('PUT', '/api/facts/lost', {
          token: alice,
          body: figure('lost', 3),
          headers: { 'if-match': etag },
        });
        expect(alices.status).toBe(412);
        expect(alices.json.error).toMatch(/changed by Bob/);
        expect(alices.json.error).toContain(`now version ${bobs.json.version}`);
        expect((await read('lost')).json).toEqual({
          fact: figure('lost', 2),
          version: bobs.json.version,
        });
        const history = await server.request('GET', '/api/facts/lost/history', { token: alice });
        expect(history.json.history.map((h: { action: string }) => h.action)).toEqual([
          'create',
          'update',
        ]);
        // With the current version it goes through.
        const again = await server.request('PUT', '/api/facts/lost', {
          token: alice,
          body: figure('lost', 3),
          headers: { 'if-match': `"${bobs.json.version}"` },
        });
        expect(again.status).toBe(200);
      });

      it('lets exactly one of two concurrent PUTs from one version win', async () => {
        await server.request('POST', '/api/facts', { token: alice, body: figure('race', 1) });
        const etag = (await read('race')).headers.get('etag') as string;
        const answers = await Promise.all(
          [alice, bob].map((token, i) =>
            server.request('PUT', '/api/facts/race', {
              token,
              body: figure('race', 10 + i),
              headers: { 'if-match': etag },
            }),
          ),
        );
        expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
      });

      it('refuses a DELETE based on a stale version and deletes with the current one', async () => {
        await server.request('POST', '/api/facts', { token: alice, body: figure('gone', 1) });
        const etag = (await read('gone')).headers.get('etag') as string;
        const changed = await server.request('PUT', '/api/facts/gone', {
          token: bob,
          body: figure('gone', 2),
        });
        const stale = await server.request('DELETE', '/api/facts/gone', {
          token: alice,
          headers: { 'if-match': etag },
        });
        expect(stale.status).toBe(412);
        expect((await read('gone')).status).toBe(200);
        const current = await server.request('DELETE', '/api/facts/gone', {
          token: alice,
          headers: { 'if-match': `"${changed.json.version}"` },
        });
        expect(current.status).toBe(200);
        expect((await read('gone')).status).toBe(404);
      });

      it('writes as before without If-Match or with *, and answers 400 for a malformed one', async () => {
        await server.request('POST', '/api/facts', { token: alice, body: figure('plain', 1) });
        const put = await server.request('PUT', '/api/facts/plain', {
          token: alice,
          body: figure('plain', 2),
        });
        expect(put.status).toBe(200);
        const star = await server.request('PUT', '/api/facts/plain', {
          token: alice,
          body: figure('plain', 3),
          headers: { 'if-match': '*' },
        });
        expect(star.status).toBe(200);
        for (const header of ['12', 'W/"12"', '"abc"']) {
          const bad = await server.request('PUT', '/api/facts/plain', {
            token: alice,
            body: figure('plain', 4),
            headers: { 'if-match': header },
          });
          expect(bad.status, header).toBe(400);
          expect(bad.json.error).toMatch(/If-Match/);
        }
        expect((await read('plain')).json.fact.value).toBe(3);
      });
    },
  );
}
