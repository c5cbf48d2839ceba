import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';

for (const database of databases) {
  describe.skipIf(database.skip)(`fact API errors (${database.name})`, () => {
    let server: TestServer;
    let desk: string;
    let reporter: string;
    let viewer: string;
    // What the store looked like before each failing request: it must look the same after.
    let snapshot: () => Promise<unknown>;

    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: database.url });
      desk = await server.token('desk');
      reporter = await server.token('reporter');
      viewer = await server.token('viewer');
      await server.request('POST', '/api/facts', { token: desk, body: figure('evacuated-total') });
      snapshot = async () => [
        (await server.request('GET', '/api/facts', { token: desk })).json,
        (await server.request('GET', '/api/facts/evacuated-total/history', { token: desk })).json,
      ];
    });
    afterAll(() => server?.dispose());

    async function expectNothingWritten(
      request: TestServer['request'] extends (...a: never[]) => infer R ? () => R : never,
    ) {
      const before = await snapshot();
      const response = await request();
      expect(await snapshot()).toEqual(before);
      return response;
    }

    it('answers 401 without a token and with a forged one', async () => {
      const none = await expectNothingWritten(() =>
        server.request('POST', '/api/facts', { body: figure('x') }),
      );
      expect(none.status).toBe(401);
      expect((await server.request('GET', '/api/facts')).status).toBe(401);
      const forged = desk.slice(0, -4) + (desk.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const bad = await expectNothingWritten(() =>
        server.request('DELETE', '/api/facts/evacuated-total', { token: forged }),
      );
      expect(bad.status).toBe(401);
      expect(bad.json.error).toMatch(/token/);
    });

    it('answers 403 when a reporter or a viewer writes facts', async () => {
      for (const token of [reporter, viewer]) {
        const post = await expectNothingWritten(() =>
          server.request('POST', '/api/facts', { token, body: figure('y') }),
        );
        expect(post.status).toBe(403);
        const put = await expectNothingWritten(() =>
          server.request('PUT', '/api/facts/evacuated-total', {
            token,
            body: figure('evacuated-total', 1),
          }),
        );
        expect(put.status).toBe(403);
        const del = await server.request('DELETE', '/api/facts/evacuated-total', { token });
        expect(del.status).toBe(403);
      }
    });

    it('answers 400 with every problem by JSON path for an invalid fact', async () => {
      const bad = { ...figure('bad fact'), kind: 'figure', terms: undefined, source: {} };
      const response = await expectNothingWritten(() =>
        server.request('POST', '/api/facts', { token: desk, body: bad }),
      );
      expect(response.status).toBe(400);
      const paths = response.json.problems.map((p: { path: string }) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['id', 'terms', 'source.name']));
      for (const problem of response.json.problems)
        expect(problem.message).toEqual(expect.any(String));
    });

    it('rejects a whole fact file with one bad fact and writes none of it', async () => {
      const file = {
        schema: 'factdesk.facts/v1',
        facts: [
          figure('fine-one'),
          figure('evacuated-total', 1),
          { ...figure('broken'), subject: 42 },
        ],
      };
      const response = await expectNothingWritten(() =>
        server.request('POST', '/api/facts/import', { token: desk, body: file }),
      );
      expect(response.status).toBe(400);
      expect(response.json.problems.map((p: { path: string }) => p.path)).toContain(
        'facts[2].subject',
      );
      expect((await server.request('GET', '/api/facts/fine-one', { token: desk })).status).toBe(
        404,
      );
    });

    it('answers 400 with the reason for a body that is not JSON', async () => {
      const response = await expectNothingWritten(() =>
        server.request('POST', '/api/facts', { token: desk, body: '{"id": "x",' }),
      );
      expect(response.status).toBe(400);
      expect(response.json.error).toMatch(/not valid JSON/);
      const empty = await server.request('POST', '/api/facts', { token: desk, body: '' });
      expect(empty.status).toBe(400);
    });

    it('answers 400 when the id in the body differs from the URL', async () => {
      const response = await expectNothingWritten(() =>
        server.request('PUT', '/api/facts/evacuated-total', {
          token: desk,
          body: figure('other-id'),
        }),
      );
      expect(response.status).toBe(400);
      expect(response.json.problems[0].path).toBe('id');
    });

    it('answers 404 for an unknown id', async () => {
      expect((await server.request('GET', '/api/facts/nope', { token: desk })).status).toBe(404);
      expect((await server.request('GET', '/api/facts/nope/history', { token: desk })).status).toBe(
        404,
      );
      const put = await expectNothingWritten(() =>
        server.request('PUT', '/api/facts/nope', { token: desk, body: figure('nope') }),
      );
      expect(put.status).toBe(404);
      expect(
        (await server.request('PUT', '/api/facts/nope', { token: desk, body: figure('nope') })).json
          .error,
      ).toMatch(/nope/);
      const del = await expectNothingWritten(() =>
        server.request('DELETE', '/api/facts/nope', { token: desk }),
      );
      expect(del.status).toBe(404);
    });

    it('answers 409 when the id exists', async () => {
      const response = await expectNothingWritten(() =>
        server.request('POST', '/api/facts', { token: desk, body: figure('evacuated-total', 7) }),
      );
      expect(response.status).toBe(409);
      expect(response.json.error).toMatch(/already exists/);
    });

    it('answers 413 for a body over the limit', async () => {
      const huge = figure('huge', 1, { note: 'x'.repeat(server.config.maxBodyBytes + 1) });
      const response = await expectNothingWritten(() =>
        server.request('POST', '/api/facts', { token: desk, body: huge }),
      );
      expect(response.status).toBe(413);
      expect((await server.request('GET', '/api/facts/huge', { token: desk })).status).toBe(404);
    });

    it('answers 400 for a bad session request and never shows a stack trace', async () => {
      const response = await server.request('POST', '/api/session', {
        body: { name: '', role: 'editor' },
      });
      expect(response.status).toBe(400);
      expect(response.json.problems.map((p: { path: string }) => p.path)).toEqual(['name', 'role']);
      expect(JSON.stringify(response.json)).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });
}
