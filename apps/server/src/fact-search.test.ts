import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';
import { termKey } from './validation';

for (const database of databases) {
  describe.skipIf(database.skip)(`fact search (${database.name})`, () => {
    let server: TestServer;
    let token: string;
    const ids = (json: { facts: { id: string }[] }) => json.facts.map((f) => f.id);

    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: database.url });
      const desk = await server.token('desk');
      token = await server.token('reporter');
      const file = {
        schema: 'factdesk.facts/v1',
        facts: [
          figure('evacuated-total', 422, {
            subject: 'Members evacuated via Israel',
            terms: ['evacuated', 'made it'],
          }),
          figure('war-deaths', 500000, {
            subject: 'Deaths in the Syrian civil war',
            terms: ['deaths', 'killed'],
          }),
          figure('volunteers', 3700, {
            subject: 'Volunteers of the White Helmets',
            terms: ['volunteers'],
          }),
          figure('odd-100', 1, { subject: 'A subject with 100% in it', terms: ['percent'] }),
        ],
      };
      await server.request('POST', '/api/facts/import', { token: desk, body: file });
    });
    afterAll(() => server?.dispose());

    it('finds facts by any word of the id, subject or terms, ignoring case', async () => {
      expect(ids((await server.request('GET', '/api/facts?q=SYRIAN', { token })).json)).toEqual([
        'war-deaths',
      ]);
      expect(ids((await server.request('GET', '/api/facts?q=made%20it', { token })).json)).toEqual([
        'evacuated-total',
      ]);
      expect(ids((await server.request('GET', '/api/facts?q=volunteers', { token })).json)).toEqual(
        ['volunteers'],
      );
    });

    it('treats % and _ in q as plain characters', async () => {
      expect(ids((await server.request('GET', '/api/facts?q=100%25', { token })).json)).toEqual([
        'odd-100',
      ]);
      expect(ids((await server.request('GET', '/api/facts?q=%25', { token })).json)).toEqual([
        'odd-100',
      ]);
      expect(ids((await server.request('GET', '/api/facts?q=war_', { token })).json)).toEqual([]);
    });

    it('finds facts having any of the given term keys', async () => {
      const keys = [termKey('killed'), termKey('volunteers')].join(',');
      const found = await server.request('GET', `/api/facts?terms=${encodeURIComponent(keys)}`, {
        token,
      });
      expect(ids(found.json)).toEqual(['volunteers', 'war-deaths']);
      expect(
        ids((await server.request('GET', `/api/facts?terms=${termKey('made')}`, { token })).json),
      ).toEqual(['evacuated-total']);
      expect(
        ids((await server.request('GET', '/api/facts?terms=nothing-like-it', { token })).json),
      ).toEqual([]);
    });

    it('pages with limit and offset, ordered by id', async () => {
      const first = await server.request('GET', '/api/facts?limit=2', { token });
      const rest = await server.request('GET', '/api/facts?limit=2&offset=2', { token });
      expect([...ids(first.json), ...ids(rest.json)]).toEqual([
        'evacuated-total',
        'odd-100',
        'volunteers',
        'war-deaths',
      ]);
      expect((await server.request('GET', '/api/facts?limit=-1', { token })).status).toBe(400);
      expect((await server.request('GET', '/api/facts?offset=x', { token })).status).toBe(400);
    });
  });
}
