import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './config';
import {
  connect,
  figure,
  startTestServer,
  type TestServer,
  tempDir,
  textOf,
  until,
} from './testing';

describe('first-run seeding', () => {
  const dirs = tempDir('factdesk-seed-');
  afterAll(() => dirs.remove());

  function seedDir(files: Record<string, string>) {
    const dir = join(dirs.dir, `story-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it('loads the facts and the story draft once, and not again after a restart', async () => {
    const file = {
      schema: 'factdesk.facts/v1',
      story: { id: 'my-story', date: '2018-07-22' },
      facts: [figure('one'), figure('two', 2)],
    };
    const dir = seedDir({
      'facts.json': JSON.stringify(file),
      'draft.md': '# Headline here\n\nFirst *paragraph*.\n',
    });
    let server: TestServer = await startTestServer({ overrides: { seedDir: dir } });
    expect(server.seeded).toEqual({ facts: 2, story: 'my-story', skipped: [] });
    const desk = await server.token('desk');
    await server.request('DELETE', '/api/facts/one', { token: desk });
    server = await server.reopen();
    expect(server.seeded).toEqual({ skipped: [] });
    const list = await server.request('GET', '/api/facts', { token: desk });
    expect(list.json.facts.map((f: { id: string }) => f.id)).toEqual(['two']);
    const stories = await server.request('GET', '/api/stories', { token: desk });
    expect(stories.json.stories).toEqual([
      { id: 'my-story', title: 'Headline here', date: '2018-07-22' },
    ]);

    const client = connect(server.collabUrl, 'my-story', desk);
    await until(() => client.provider.isSynced, 'synced');
    const fragment = client.doc.getXmlFragment('prosemirror');
    expect(fragment.toArray().map((n) => (n as { nodeName: string }).nodeName)).toEqual([
      'heading',
      'paragraph',
    ]);
    expect(textOf(client.doc)).toContain('Headline here');
    client.destroy();
    await server.dispose();
  });

  const example = join(repoRoot, 'examples/white-helmets');
  it.skipIf(!existsSync(join(example, 'facts.json')))(
    'seeds the white-helmets example',
    async () => {
      const file = JSON.parse(readFileSync(join(example, 'facts.json'), 'utf8'));
      const server = await startTestServer({ overrides: { seedDir: example } });
      expect(server.seeded).toEqual({
        facts: file.facts.length,
        story: 'white-helmets',
        skipped: [],
      });
      const token = await server.token('viewer');
      const stories = await server.request('GET', '/api/stories', { token });
      expect(stories.json.stories).toEqual([
        { id: 'white-helmets', title: expect.any(String), date: file.story.date },
      ]);
      const facts = await server.request('GET', '/api/facts', { token });
      expect(facts.json.facts).toEqual([...file.facts].sort((a, b) => (a.id < b.id ? -1 : 1)));
      await server.dispose();
    },
  );

  it('skips missing or invalid files with a reason and still starts', async () => {
    const dir = seedDir({
      'facts.json': JSON.stringify({ schema: 'factdesk.facts/v1', facts: [{ id: 'X' }] }),
    });
    const server = await startTestServer({ overrides: { seedDir: dir } });
    expect(server.seeded.facts).toBeUndefined();
    expect(server.seeded.skipped).toEqual([
      expect.stringMatching(/facts\.json is invalid at facts\[0\]\./),
      expect.stringMatching(/no .*draft\.md/),
    ]);
    expect(
      (await server.request('GET', '/api/facts', { token: await server.token('viewer') })).json
        .facts,
    ).toEqual([]);
    await server.dispose();
  });
});
