import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, figure, startTestServer, type TestServer } from './testing';
import { type Fact, maxTermLength, maxTerms, termKeysOf } from './validation';

// Distinct letter-only words (no digits, so each is one word with its own key): "qa", "qb", ...
function words(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = i; ; k = Math.floor(k / 26) - 1) {
      w = String.fromCharCode(97 + (k % 26)) + w;
      if (k < 26) break;
    }
    out.push(`q${w}x`);
  }
  return out;
}

for (const database of databases) {
  describe.skipIf(database.skip)(
    `a fact of many distinct words is stored, too many terms are refused (${database.name})`,
    () => {
      let server: TestServer;
      let desk: string;
      beforeAll(async () => {
        server = await startTestServer({
          databaseUrl: database.url,
          overrides: { maxBodyBytes: 4 * 1024 * 1024 },
        });
        desk = await server.token('desk');
      });
      afterAll(() => server?.dispose());

      // More keys than one INSERT can bind in either database (2 parameters a row: SQLite allows
      // 32,766 parameters, PostgreSQL 65,535).
      const text = words(40_000).join(' ');
      const quote = (id: string, extra = '') => ({
        id,
        kind: 'quote',
        subject: 'A very long quote',
        speaker: { name: 'Somebody' },
        text: `${text}${extra}`,
        source: { name: 'Transcript' },
      });

      it('stores a quote of 40,000 distinct words by POST, PUT and import', async () => {
        expect(termKeysOf(quote('long') as Fact).length).toBeGreaterThan(65_535 / 2);
        const created = await server.request('POST', '/api/facts', {
          token: desk,
          body: quote('long'),
        });
        expect(created.status).toBe(201);
        const lastKey = termKeysOf(quote('long') as Fact).at(-1);
        const found = await server.request('GET', `/api/facts?terms=${lastKey}`, { token: desk });
        expect(found.json.facts.map((f: { id: string }) => f.id)).toEqual(['long']);

        const updated = await server.request('PUT', '/api/facts/long', {
          token: desk,
          body: quote('long', ' zzlastword'),
        });
        expect(updated.status).toBe(200);
        const imported = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: { schema: 'factdesk.facts/v1', facts: [quote('long-two'), quote('long', ' zz')] },
        });
        expect(imported.status).toBe(200);
        const both = await server.request('GET', `/api/facts?terms=${lastKey}`, { token: desk });
        expect(both.json.facts.map((f: { id: string }) => f.id)).toEqual(['long', 'long-two']);
      });

      it('answers 400 for more terms than allowed, by POST, PUT and import, and writes nothing', async () => {
        const many = figure('many-terms', 1, { terms: words(20_000) });
        const post = await server.request('POST', '/api/facts', { token: desk, body: many });
        expect(post.status).toBe(400);
        expect(post.json.problems).toEqual([
          { path: 'terms', message: `expected at most ${maxTerms} entries, got 20000` },
        ]);
        expect((await server.request('GET', '/api/facts/many-terms', { token: desk })).status).toBe(
          404,
        );

        await server.request('POST', '/api/facts', { token: desk, body: figure('few-terms') });
        const put = await server.request('PUT', '/api/facts/few-terms', {
          token: desk,
          body: { ...many, id: 'few-terms' },
        });
        expect(put.status).toBe(400);
        expect(put.json.problems[0].path).toBe('terms');

        const file = { schema: 'factdesk.facts/v1', facts: [figure('fine'), many] };
        const imported = await server.request('POST', '/api/facts/import', {
          token: desk,
          body: file,
        });
        expect(imported.status).toBe(400);
        expect(imported.json.problems.map((p: { path: string }) => p.path)).toEqual([
          'facts[1].terms',
        ]);
        expect((await server.request('GET', '/api/facts/fine', { token: desk })).status).toBe(404);
      });

      it('answers 400 for a term or alias longer than allowed', async () => {
        const long = 'word '.repeat(maxTermLength).trim();
        const post = await server.request('POST', '/api/facts', {
          token: desk,
          body: figure('long-term', 1, { terms: ['fine', long] }),
        });
        expect(post.status).toBe(400);
        expect(post.json.problems).toEqual([
          {
            path: 'terms[1]',
            message: `expected at most ${maxTermLength} characters, got ${long.length}`,
          },
        ]);
        const statement = {
          id: 'long-alias',
          kind: 'statement',
          subject: 'A statement',
          speaker: { name: 'Somebody', aliases: ['fine', long] },
          terms: ['said'],
          source: { name: 'A source' },
        };
        const alias = await server.request('POST', '/api/facts', { token: desk, body: statement });
        expect(alias.status).toBe(400);
        expect(alias.json.problems[0].path).toBe('speaker.aliases[1]');
      });
    },
  );
}
