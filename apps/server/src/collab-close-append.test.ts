import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './db';
import { DocumentStore } from './document-store';
import { connect, paragraphText, startCollabAlone, until } from './testing';

/** The real store, except that appends wait until the test lets them through. */
class HeldAppendStore extends DocumentStore {
  private gate: Promise<void> = Promise.resolve();
  /** Appends begun and not yet let through. */
  waiting = 0;
  /** The updates left uncompacted when the store was closed. */
  left = -1;

  constructor(private readonly database: Kysely<Database>) {
    super(database);
  }

  /** Holds every append from now on until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return release;
  }

  override append(name: string, update: Uint8Array): Promise<void> {
    this.waiting++;
    // Counted as a write under way from the start, as a slow insert is.
    return this.track(
      this.gate.then(() => {
        this.waiting--;
        return super.append(name, update);
      }),
    );
  }

  override async close(): Promise<void> {
    await this.settle();
    const rows = await this.database.selectFrom('document_updates').select('seq').execute();
    this.left = rows.length;
    await super.close();
  }
}

describe('an edit still being stored when the server shuts down', () => {
  it('is compacted with the rest, not left behind as an update of its own', async () => {
    const service = await startCollabAlone((db) => new HeldAppendStore(db), { quiet: true });
    const { url, auth, documents } = service;
    const client = connect(url, 'closing-story', (await auth.issue('Ana', 'reporter')).token);
    await until(() => client.provider.isSynced, 'the client synced');
    const text = paragraphText(client.doc);
    text.insert(0, 'early ');
    await until(() => !client.provider.hasUnsyncedChanges, 'the first word acknowledged');

    const release = documents.hold();
    text.insert(text.length, 'late');
    await until(() => documents.waiting > 0, 'the late word being stored');
    const closed = service.close();
    // The shutdown has begun while the append is still under way; then it commits.
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await closed;
    client.destroy();
    expect(documents.left).toBe(0);
  });
});
