import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';

for (const database of databases) {
  describe.skipIf(database.skip)(`fact writes and reads (${database.name})`, () => {
    let server: TestServer;
    let desk: string;
    let reporter: string;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: database.url });
      desk = await server.token('desk', 'Dana Desk');
      reporter = await server.token('reporter');
    });
    afterAll(() => server?.dispose());

    it('creates a fact and reads it back at the new version', async () => {
      const created = await server.request('POST', '/api/facts', {
        token: desk,
        body: figure('evacuated-total'),
      });
      expect(created.status).toBe(201);
      expect(created.json.fact).toEqual(figure('evacuated-total'));
      const read = await server.request('GET', '/api/facts/evacuated-total', { token: reporter });
      expect(read.status).toBe(200);
      expect(read.json).toEqual({ fact: figure('evacuated-total'), version: created.json.version });
    });

    it('lists live facts with the store version', async () => {
      const list = await server.request('GET', '/api/facts', { token: reporter });
      expect(list.status).toBe(200);
      expect(list.json.schema).toBe('factdesk.facts/v1');
      expect(list.json.facts.map((f: { id: string }) => f.id)).toContain('evacuated-total');
      expect(list.json.version).toBeGreaterThanOrEqual(1);
    });

    it('updates a fact, bumping the version and keeping the one before in its history', async () => {
      const before = await server.request('GET', '/api/facts', { token: reporter });
      const updated = await server.request('PUT', '/api/facts/evacuated-total', {
        token: desk,
        body: figure('evacuated-total', 800),
      });
      expect(updated.status).toBe(200);
      expect(updated.json.version).toBe(before.json.version + 1);
      const history = await server.request('GET', '/api/facts/evacuated-total/history', {
        token: reporter,
      });
      expect(history.json.history.map((h: { action: string }) => h.action)).toEqual([
        'create',
        'update',
      ]);
      const last = history.json.history[1];
      expect(last).toMatchObject({
        by: 'Dana Desk',
        before: { value: 422 },
        after: { value: 800 },
      });
      expect(Date.parse(last.at)).not.toBeNaN();
    });

    it('soft-deletes a fact: gone from reads, kept in its history', async () => {
      const deleted = await server.request('DELETE', '/api/facts/evacuated-total', { token: desk });
      expect(deleted.status).toBe(200);
      expect(typeof deleted.json.version).toBe('number');
      expect(
        (await server.request('GET', '/api/facts/evacuated-total', { token: desk })).status,
      ).toBe(404);
      const list = await server.request('GET', '/api/facts', { token: desk });
      expect(list.json.facts.map((f: { id: string }) => f.id)).not.toContain('evacuated-total');
      const history = await server.request('GET', '/api/facts/evacuated-total/history', {
        token: desk,
      });
      expect(history.json.history.at(-1)).toMatchObject({
        action: 'delete',
        after: null,
        before: { value: 800 },
      });
    });

    it('imports a whole fact file at one version, upserting by id', async () => {
      await server.request('POST', '/api/facts', {
        token: desk,
        body: figure('war-deaths', 500000),
      });
      const file = {
        schema: 'factdesk.facts/v1',
        facts: [figure('war-deaths', 510000), figure('evacuated-total', 422), figure('new-one', 3)],
      };
      const imported = await server.request('POST', '/api/facts/import', {
        token: desk,
        body: file,
      });
      expect(imported.status).toBe(200);
      expect(imported.json.imported).toBe(3);
      for (const id of ['war-deaths', 'evacuated-total', 'new-one']) {
        const read = await server.request('GET', `/api/facts/${id}`, { token: desk });
        expect(read.json.version).toBe(imported.json.version);
      }
      const history = await server.request('GET', '/api/facts/war-deaths/history', { token: desk });
      expect(history.json.history.at(-1)).toMatchObject({
        action: 'import',
        before: { value: 500000 },
        after: { value: 510000 },
      });
    });

    it('lets exactly one of ten concurrent creates of one id win, at distinct versions', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          server.request('POST', '/api/facts', { token: desk, body: figure('raced', i) }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
      const history = await server.request('GET', '/api/facts/raced/history', { token: desk });
      expect(history.json.history).toHaveLength(1);
      const others = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          server.request('POST', '/api/facts', { token: desk, body: figure(`parallel-${i}`) }),
        ),
      );
      const versions = new Set(others.map((r) => r.json.version));
      expect(versions.size).toBe(10);
    });

    it('keeps the data across a restart on the same storage', async () => {
      const before = await server.request('GET', '/api/facts', { token: desk });
      server = await server.reopen();
      const token = await server.token('viewer');
      const after = await server.request('GET', '/api/facts', { token });
      expect(after.json).toEqual(before.json);
    });
  });
}
