import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, figure, startTestServer, tempDir, until } from './testing';

// README: a bad seed file is skipped with a printed reason; the server still starts.
describe('a seed story that cannot be opened or read is skipped with a reason', () => {
  const dirs = tempDir('factdesk-seed-bad-');
  afterAll(() => dirs.remove());

  function seedDir(name: string, files: Record<string, string | null>) {
    const dir = join(dirs.dir, name);
    mkdirSync(dir);
    for (const [file, text] of Object.entries(files)) {
      if (text === null) mkdirSync(join(dir, file));
      else writeFileSync(join(dir, file), text);
    }
    return dir;
  }

  it('skips a story whose id is not a document name, and still seeds its facts', async () => {
    const dir = seedDir('from-file', {
      'facts.json': JSON.stringify({
        schema: 'factdesk.facts/v1',
        story: { id: 'My Story' },
        facts: [figure('one')],
      }),
      'draft.md': '# Headline\n',
    });
    const server = await startTestServer({ overrides: { seedDir: dir } });
    try {
      expect(server.seeded).toEqual({
        facts: 1,
        skipped: [
          expect.stringMatching(/draft\.md: the story id "My Story" is not a document name/),
        ],
      });
      const token = await server.token('desk');
      const stories = await server.request('GET', '/api/stories', { token });
      expect(stories.json.stories).toEqual([]);
      // The editor could not have opened it: collab refuses the name.
      const client = connect(server.collabUrl, 'My Story', token);
      let refused = '';
      client.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        refused = reason;
      });
      await until(() => refused !== '', 'collab to refuse the name');
      expect(refused).toBe('invalid document name');
      client.destroy();
    } finally {
      await server.dispose();
    }
  });

  it('skips a directory name that is not a document name', async () => {
    const dir = seedDir('White Helmets', { 'draft.md': '# Headline\n' });
    const server = await startTestServer({ overrides: { seedDir: dir } });
    try {
      expect(server.seeded.story).toBeUndefined();
      expect(server.seeded.skipped).toEqual([
        expect.stringMatching(/no .*facts\.json/),
        expect.stringMatching(/the story id "White Helmets" is not a document name/),
      ]);
    } finally {
      await server.dispose();
    }
  });

  it('starts when draft.md or facts.json is a directory', async () => {
    const dir = seedDir('dirs', { 'facts.json': null, 'draft.md': null });
    const server = await startTestServer({ overrides: { seedDir: dir } });
    try {
      expect(server.seeded).toEqual({
        skipped: [
          expect.stringMatching(/facts\.json is not a file/),
          expect.stringMatching(/draft\.md is not a file/),
        ],
      });
      const health = await server.request('GET', '/api/health');
      expect(health.json).toEqual({ ok: true });
    } finally {
      await server.dispose();
    }
  });

  it('skips facts superseded by a fact the file does not have', async () => {
    const dir = seedDir('dangling', {
      'facts.json': JSON.stringify({
        schema: 'factdesk.facts/v1',
        facts: [figure('one', 1, { supersededBy: 'nowhere' })],
      }),
    });
    const server = await startTestServer({ overrides: { seedDir: dir } });
    try {
      expect(server.seeded.facts).toBeUndefined();
      expect(server.seeded.skipped[0]).toMatch(
        /facts\.json is invalid at facts\[0\]\.supersededBy/,
      );
    } finally {
      await server.dispose();
    }
  });
});
