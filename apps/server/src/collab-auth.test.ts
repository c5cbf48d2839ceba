import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connect, paragraphText, startTestServer, type TestServer, textOf, until } from './testing';

describe('who may use a collaborative document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ overrides: { maxMessageBytes: 64 * 1024 } });
  });
  afterAll(() => server?.dispose());

  async function refusedReason(token: string | null) {
    const client = connect(server.collabUrl, 'refused-story', token);
    let reason: string | undefined;
    client.provider.on('authenticationFailed', (event: { reason: string }) => {
      reason = event.reason;
    });
    await until(() => reason !== undefined, 'the refusal');
    paragraphText(client.doc).insert(0, 'should never be stored');
    await new Promise((r) => setTimeout(r, 200));
    client.destroy();
    return reason;
  }

  it('refuses a socket without a token or with a forged one, and stores nothing it sends', async () => {
    expect(await refusedReason(null)).toBeTruthy();
    const real = await server.token('desk');
    const [header, payload] = real.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        role: 'desk',
        name: 'Mallory',
      }),
    ).toString('base64url');
    expect(await refusedReason(`${header}.${forgedPayload}.${real.split('.')[2]}`)).toBeTruthy();
    expect(await refusedReason('not-a-token')).toBeTruthy();
    expect(await server.stores.documents.exists('refused-story')).toBe(false);
  });

  it('lets a viewer read but not write', async () => {
    const writer = connect(server.collabUrl, 'read-only-story', await server.token('reporter'));
    const viewer = connect(server.collabUrl, 'read-only-story', await server.token('viewer'));
    await until(() => writer.provider.isSynced && viewer.provider.isSynced, 'both clients synced');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    paragraphText(writer.doc).insert(0, 'from the reporter');
    await until(
      () => textOf(viewer.doc).includes('from the reporter'),
      'the viewer to see the edit',
    );
    paragraphText(viewer.doc).insert(0, 'VIEWER WAS HERE ');
    await new Promise((r) => setTimeout(r, 300));
    expect(textOf(writer.doc)).toBe('from the reporter');
    await until(() => !writer.provider.hasUnsyncedChanges, 'the writer acknowledged');
    expect(textOf(await server.stores.documents.load('read-only-story'))).toBe('from the reporter');
    writer.destroy();
    viewer.destroy();
  });

  it('closes a socket that sends a message over the size limit, storing none of it', async () => {
    const ws = new WebSocket(server.collabUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(Buffer.alloc(server.config.maxMessageBytes + 1, 1));
    expect(await closed).toBe(1009);

    const big = connect(server.collabUrl, 'size-story', await server.token('reporter'));
    await until(() => big.provider.isSynced, 'the client synced');
    paragraphText(big.doc).insert(0, 'small edit ');
    await until(() => !big.provider.hasUnsyncedChanges, 'the small edit acknowledged');
    const socketClosed = new Promise<void>((resolve) =>
      big.provider.on('disconnect', () => resolve()),
    );
    paragraphText(big.doc).insert(0, 'x'.repeat(server.config.maxMessageBytes));
    await socketClosed;
    big.destroy();
    const stored = textOf(await server.stores.documents.load('size-story'));
    expect(stored).toBe('small edit ');
  });
});
