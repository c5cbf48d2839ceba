import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './config';
import { openDb } from './db';
import { DocumentStore } from './document-store';
import { connect, databases, paragraphText, tempDir, textOf, until } from './testing';

const story = 'durable-story';

// The server as production runs it: its own process (node + tsx) with its own storage.
async function startProcess(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<{ port: number; process: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<number>((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /factdesk listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    proc.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    proc.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  return { port: await listening, process: proc };
}

function exited(proc: ChildProcess): Promise<number | null> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
}

async function session(port: number, role: string) {
  const response = await fetch(`http://127.0.0.1:${port}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: role, role }),
  });
  return ((await response.json()) as { token: string }).token;
}

const tokensIn = (text: string) => new Set(text.split(' ').filter(Boolean));

for (const database of databases) {
  describe.skipIf(database.skip)(`no acknowledged edit is lost (${database.name})`, () => {
    // The store debounce is far beyond the test, so only the per-update append can save an edit.
    const data = tempDir('factdesk-durability-');
    const schema = database.url ? `factdesk_durability_${process.pid}` : undefined;
    const env = {
      ...process.env,
      DATABASE_URL: database.url ?? '',
      DATABASE_SCHEMA: schema ?? '',
      HOST: '127.0.0.1',
      DATA_DIR: data.dir,
      SEED_DIR: '',
      FACTDESK_SECRET: 'durability-test-secret-0123456789abcdef',
      STORE_DEBOUNCE_MS: '600000',
    };
    let child: ChildProcess | undefined;
    const startServer = async (port: number) => {
      const started = await startProcess(env, port);
      child = started.process;
      return started;
    };
    afterAll(async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (schema && database.url) {
        const { db, close } = await openDb({
          dataDir: data.dir,
          databaseUrl: database.url,
          schema,
        });
        await db.schema.dropSchema(schema).cascade().execute();
        await close();
      }
      data.remove();
    });

    let port = 0;
    let everything = new Set<string>();
    let connected: ReturnType<typeof connect> | undefined;

    it('keeps every edit the server acknowledged when it is killed while two clients type', async () => {
      const first = await startServer(0);
      port = first.port;
      const url = `ws://127.0.0.1:${port}/collab`;
      const reporter = await session(port, 'reporter');
      const alice = connect(url, story, reporter);
      const bob = connect(url, story, reporter);
      const observer = connect(url, story, await session(port, 'viewer'));
      await until(
        () => alice.provider.isSynced && bob.provider.isSynced && observer.provider.isSynced,
        'synced',
      );
      paragraphText(alice.doc);
      await until(
        () => bob.doc.getXmlFragment('prosemirror').length === 1,
        'bob to see the paragraph',
      );

      // Both type a word every 5 ms; the server is killed in the middle of it.
      let typing = true;
      const typed = { a: 0, b: 0 };
      const type = async (client: typeof alice, prefix: 'a' | 'b') => {
        while (typing) {
          const text = paragraphText(client.doc);
          text.insert(text.length, `${prefix}${typed[prefix]++} `);
          // Bob pauses once until the server acknowledged all he typed, so the check of his
          // acknowledged words below does not depend on timing.
          if (prefix === 'b' && typed.b === 30) {
            await until(
              () => !client.provider.hasUnsyncedChanges,
              "bob's first words acknowledged",
            );
          }
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      // The provider's own view: when its count of unacknowledged updates drops to zero, every
      // word it had typed so far was acknowledged by the server.
      let bobAcknowledged = 0;
      bob.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        if (number === 0) bobAcknowledged = typed.b;
      });
      const typists = [type(alice, 'a'), type(bob, 'b')];
      await until(() => typed.a > 60 && typed.b > 60, 'some typing');
      first.process.kill('SIGKILL');
      // What the server had broadcast, it had appended to the database first.
      const observed = tokensIn(textOf(observer.doc));
      await exited(first.process);
      await new Promise((r) => setTimeout(r, 100));
      typing = false;
      await Promise.all(typists);
      expect(observed.size).toBeGreaterThan(20);

      // Bob leaves for good: what the server acknowledged of his must be on disk anyway.
      bob.destroy();
      observer.destroy();
      const second = await startServer(port);
      const reader = connect(url, story, await session(port, 'viewer'));
      await until(() => reader.provider.isSynced, 'the reader synced');
      const afterRestart = tokensIn(textOf(reader.doc));
      const missing = [...observed].filter((t) => !afterRestart.has(t));
      expect(missing).toEqual([]);
      expect(bobAcknowledged).toBeGreaterThanOrEqual(30);
      const bobsLost = Array.from({ length: bobAcknowledged }, (_, i) => `b${i}`).filter(
        (t) => !afterRestart.has(t),
      );
      expect(bobsLost).toEqual([]);

      // Alice stayed: her provider reconnects and sends what the server never acknowledged.
      const alicesWords = [...tokensIn(textOf(alice.doc))].filter((t) => t.startsWith('a'));
      expect(alicesWords.length).toBe(typed.a);
      await until(
        () => {
          const now = tokensIn(textOf(reader.doc));
          return alicesWords.every((t) => now.has(t)) && !alice.provider.hasUnsyncedChanges;
        },
        'alice re-synced',
        15_000,
      );
      everything = tokensIn(textOf(reader.doc));
      expect(textOf(alice.doc)).toBe(textOf(reader.doc));
      console.log(
        `typed ${typed.a} + ${typed.b} words; the observer had seen ${observed.size} at the kill, ` +
          `bob's provider had ${bobAcknowledged} acknowledged, ` +
          `all on disk after the restart; ${everything.size} after alice re-synced`,
      );
      reader.destroy();
      child = second.process;
      connected = alice;
    });

    it('stores everything on SIGTERM before exiting, with a client still connected', async () => {
      expect(everything.size).toBeGreaterThan(60);
      const alice = connected!;
      const text = paragraphText(alice.doc);
      for (let i = 0; i < 10; i++) text.insert(text.length, `late${i} `);
      await until(() => !alice.provider.hasUnsyncedChanges, 'the late words acknowledged');
      for (let i = 0; i < 10; i++) everything.add(`late${i}`);
      const proc = child!;
      proc.kill('SIGTERM');
      expect(await exited(proc)).toBe(0);
      alice.destroy();

      const { db, close } = await openDb({ dataDir: data.dir, databaseUrl: database.url, schema });
      try {
        const updates = await db.selectFrom('document_updates').select('seq').execute();
        expect(updates).toEqual([]);
        const stored = tokensIn(textOf(await new DocumentStore(db).load(story)));
        expect(stored).toEqual(everything);
      } finally {
        await close();
      }
    });
  });
}
