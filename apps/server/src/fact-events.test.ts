import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, startTestServer, type TestServer } from './testing';

/** Reads Server-Sent Events from `url` until `count` `fact` events arrived. */
async function readFactEvents(url: string, count: number, onOpen: () => Promise<void>) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  let opened = false;
  while (events.filter((e) => e.event === 'fact').length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data !== undefined) events.push({ event, data: JSON.parse(data) });
      end = buffer.indexOf('\n\n');
    }
    if (!opened && events.some((e) => e.event === 'ready')) {
      opened = true;
      await onOpen();
    }
  }
  controller.abort();
  return events;
}

describe('the fact change feed', () => {
  let server: TestServer;
  let desk: string;
  beforeAll(async () => {
    server = await startTestServer();
    desk = await server.token('desk');
  });
  afterAll(() => server?.dispose());

  it('sends a fact event with version, action, id and fact for every change', async () => {
    const viewer = await server.token('viewer');
    const events = await readFactEvents(`${server.url}/api/events?token=${viewer}`, 3, async () => {
      await server.request('POST', '/api/facts', { token: desk, body: figure('a-fact') });
      await server.request('PUT', '/api/facts/a-fact', { token: desk, body: figure('a-fact', 9) });
      await server.request('DELETE', '/api/facts/a-fact', { token: desk });
    });
    const facts = events.filter((e) => e.event === 'fact').map((e) => e.data);
    expect(facts).toEqual([
      { version: 1, action: 'create', id: 'a-fact', fact: figure('a-fact') },
      { version: 2, action: 'update', id: 'a-fact', fact: figure('a-fact', 9) },
      { version: 3, action: 'delete', id: 'a-fact', fact: null },
    ]);
  });

  it('refuses a stream without a valid token', async () => {
    expect((await fetch(`${server.url}/api/events`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/events?token=forged`)).status).toBe(401);
  });

  it('still closes the server while a stream is open', async () => {
    const other = await startTestServer();
    const token = await other.token('viewer');
    const response = await fetch(`${other.url}/api/events?token=${token}`);
    expect(response.status).toBe(200);
    await other.dispose();
    await expect(response.text()).rejects.toThrow();
  });
});
