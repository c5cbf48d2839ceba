import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer, until } from './testing';

// GET /api/facts reports the version its facts were read at; a client skips change events up
// to that version. So the facts must be exactly those of that version, never older.
for (const database of databases) {
  describe.skipIf(database.skip)(
    `a fact list is read in one snapshot with its version (${database.name})`,
    () => {
      let server: TestServer;
      let desk: string;
      beforeAll(async () => {
        server = await startTestServer({ databaseUrl: database.url });
        desk = await server.token('desk');
      });
      afterAll(() => server?.dispose());

      it('never lists older facts than the version it reports, while writes go on', async () => {
        await server.request('POST', '/api/facts', { token: desk, body: figure('counter', 0) });
        // value n is written at version `written[n]`.
        const written: number[] = [];
        let writing = true;
        const writer = (async () => {
          for (let n = 1; n <= 60; n++) {
            const r = await server.request('PUT', '/api/facts/counter', {
              token: desk,
              body: figure('counter', n),
            });
            written[n] = r.json.version;
          }
          writing = false;
        })();
        const lists: { version: number; value: number }[] = [];
        while (writing) {
          const list = await server.request('GET', '/api/facts', { token: desk });
          lists.push({ version: list.json.version, value: list.json.facts[0].value });
        }
        await writer;
        for (const { version, value } of lists) {
          // The last value written at or before `version`.
          const expected = written.reduce((last, v, n) => (v <= version ? n : last), 0);
          expect({ version, value }).toEqual({ version, value: expected });
        }
      });
    },
  );
}

const postgres = databases[1];
describe.skipIf(postgres.skip)('a fact list under PostgreSQL READ COMMITTED', () => {
  let server: TestServer;
  let desk: string;
  beforeAll(async () => {
    server = await startTestServer({ databaseUrl: postgres.url });
    desk = await server.token('desk');
  });
  afterAll(() => server?.dispose());

  it('does not pair the facts with a version committed after they were read', async () => {
    await server.request('POST', '/api/facts', { token: desk, body: figure('snap', 1) });
    const before = await server.request('GET', '/api/facts?q=snap', { token: desk });
    const client = new pg.Client({
      connectionString: postgres.url,
      options: `-c search_path=${server.config.databaseSchema}`,
    });
    await client.connect();
    try {
      // Hold the version row's table: the list reads the facts, then waits on it.
      await client.query('begin');
      await client.query('lock table meta in access exclusive mode');
      const listing = server.request('GET', '/api/facts?q=snap', { token: desk });
      await until(async () => {
        const waiting = await client.query(
          `select 1 from pg_locks where not granted and relation = 'meta'::regclass`,
        );
        return (waiting.rowCount ?? 0) > 0;
      }, 'the list to wait for the version');
      // A write commits between the list's two reads.
      await client.query(`update facts set body = $1, version = version + 1 where id = 'snap'`, [
        JSON.stringify(figure('snap', 2)),
      ]);
      await client.query(`update meta set value = value + 1 where key = 'version'`);
      await client.query('commit');
      const list = await listing;
      expect(list.status).toBe(200);
      expect(list.json).toMatchObject({
        version: before.json.version,
        facts: [{ id: 'snap', value: 1 }],
      });
      const after = await server.request('GET', '/api/facts?q=snap', { token: desk });
      expect(after.json).toMatchObject({
        version: before.json.version + 1,
        facts: [{ id: 'snap', value: 2 }],
      });
    } finally {
      await client.end();
    }
  });
});
