// The editor's remote fact source against the real server (apps/server), over real HTTP.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { termKey } from '@factdesk/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { figure, startTestServer, type TestServer, until } from '../../server/src/testing';
import { client } from './api';
import { type RemoteFactSource, remoteFactSource } from './remote-source';

/**
 * Node 20 has no EventSource (the browser's): a small one over fetch, enough for the source —
 * named events, `readyState`, `close`.
 */
class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = FetchEventSource.CONNECTING;
  private readonly abort = new AbortController();

  constructor(url: string) {
    super();
    void this.run(url);
  }

  private async run(url: string) {
    try {
      const response = await fetch(url, {
        headers: { accept: 'text/event-stream' },
        signal: this.abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      this.readyState = FetchEventSource.OPEN;
      this.dispatchEvent(new Event('open'));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          let type = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length) this.dispatchEvent(new MessageEvent(type, { data: data.join('\n') }));
        }
      }
    } catch {
      // Closed by us, or the stream failed: reported below.
    }
    if (this.readyState === FetchEventSource.CLOSED) return;
    this.readyState = FetchEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }

  close() {
    this.readyState = FetchEventSource.CLOSED;
    this.abort.abort();
  }
}

/** `count` distinct term keys of twelve CJK characters, as a clause of CJK prose makes. */
function cjkKeys(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: 12 }, (_, j) =>
      String.fromCodePoint(0x4e00 + ((offset + i) * 12 + j)),
    ).join(''),
  );
}

describe('a remote fact source asked for long term keys', () => {
  let server: TestServer;
  let session: { token: string; user: { name: string; role: 'reporter'; color: string } };
  const sources: RemoteFactSource[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    const desk = await server.token('desk');
    for (const fact of [
      figure('evacuated-total'),
      figure('injured-total', 40, { terms: ['injured'] }),
    ]) {
      const { status } = await server.request('POST', '/api/facts', { token: desk, body: fact });
      expect(status).toBe(201);
    }
    session = {
      token: await server.token('reporter'),
      user: { name: 'Ana', role: 'reporter', color: '#000' },
    };
    // The browser globals the source and the API client use.
    Object.assign(globalThis, {
      EventSource: FetchEventSource,
      location: { href: `${server.url}/` },
    });
  }, 30_000);
  afterAll(async () => {
    for (const source of sources) source.destroy();
    await server?.dispose();
    Reflect.deleteProperty(globalThis, 'EventSource');
    Reflect.deleteProperty(globalThis, 'location');
  });

  function source() {
    const s = remoteFactSource(client(session));
    sources.push(s);
    return s;
  }

  it('fetches every batch, however long its keys, so later facts still load', async () => {
    const s = source();
    s.need!([termKey('evacuated'), ...cjkKeys(149)]);
    await until(() => s.facts.get('evacuated-total') !== undefined, 'evacuated-total', 8000);
    s.need!([...cjkKeys(300, 149), termKey('injured')]);
    await until(() => s.facts.get('injured-total') !== undefined, 'injured-total', 8000);
    await until(() => s.state === 'live', 'the source to be live', 8000);
  }, 30_000);

  it('drops a key the server refuses even alone, says so, and goes on with the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const s = source();
      // One key longer than any request line the server accepts: HTTP 431 whatever its batch.
      const huge = '\u{4e00}'.repeat(8000);
      s.need!([huge, termKey('evacuated'), ...cjkKeys(10, 500)]);
      await until(() => s.facts.get('evacuated-total') !== undefined, 'evacuated-total', 8000);
      await until(() => s.state === 'live', 'the source to be live', 8000);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/refused the term key .* \(HTTP 431\)/);
    } finally {
      warn.mockRestore();
    }
  }, 30_000);

  /** A proxy in front of the server, as a newsroom's network has. */
  function proxyOf(options: { maxHeaderSize?: number } = {}) {
    return createServer(options, (req, res) => {
      const upstream = request(
        `${server.url}${req.url}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
  }

  it('forgets a fact deleted while its event stream was cut, and keeps the others', async () => {
    const desk = await server.token('desk');
    for (const fact of [
      figure('stranded-total', 120, { terms: ['stranded'] }),
      figure('rescued-total', 80, { terms: ['rescued'] }),
    ]) {
      expect((await server.request('POST', '/api/facts', { token: desk, body: fact })).status).toBe(
        201,
      );
    }
    const proxy = proxyOf();
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const href = location.href;
    location.href = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
    try {
      const s = source();
      const removed: string[] = [];
      s.subscribe((change) => removed.push(...change.ids.filter((id) => !s.facts.get(id))));
      s.need!([termKey('stranded'), termKey('rescued')]);
      await until(() => s.state === 'live' && s.facts.get('stranded-total') !== undefined, 'live');
      // A record that replaces a held one, by the stream alone: the draft uses none of its terms.
      const final = figure('rescued-final', 85, { terms: ['final tally'] });
      expect(
        (await server.request('POST', '/api/facts', { token: desk, body: final })).status,
      ).toBe(201);
      const replaced = figure('rescued-total', 80, {
        terms: ['rescued'],
        supersededBy: 'rescued-final',
      });
      const put = await server.request('PUT', '/api/facts/rescued-total', {
        token: desk,
        body: replaced,
      });
      expect(put.status).toBe(200);
      await until(
        () => s.facts.get('rescued-total')?.supersededBy === 'rescued-final',
        'the replacement to arrive',
      );
      // A network blip: the stream drops, and the fact is deleted before it comes back.
      proxy.closeAllConnections();
      await until(() => s.state === 'offline', 'the source to notice the cut', 8000);
      const gone = await server.request('DELETE', '/api/facts/stranded-total', { token: desk });
      expect(gone.status).toBeLessThan(300);
      // A new word typed meanwhile: its answer, read after the deletion, comes before the
      // stream is back, and must not hide the gap.
      s.need!([termKey('survivors')]);
      await s.idle();
      await until(
        () => s.facts.get('stranded-total') === undefined,
        'the deleted fact to go',
        15_000,
      );
      expect(removed).toEqual(['stranded-total']);
      expect(s.facts.get('rescued-total')).toBeDefined();
      expect(s.facts.get('rescued-final')).toBeDefined();
      await until(() => s.state === 'live', 'the source to be live again', 8000);
      s.destroy();
    } finally {
      location.href = href;
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 30_000);

  it('splits a batch that a stricter server in front refuses, losing no key', async () => {
    // A proxy that, like many, takes less than Node's 16 KB of headers: 4 KB.
    const proxy = proxyOf({ maxHeaderSize: 4096 });
    let refusals = 0;
    proxy.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'HPE_HEADER_OVERFLOW') refusals++;
      socket.end('HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const href = location.href;
    location.href = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const s = source();
      s.need!([...cjkKeys(149, 1000), termKey('injured')]);
      await until(() => s.facts.get('injured-total') !== undefined, 'injured-total', 8000);
      await until(() => s.state === 'live', 'the source to be live', 8000);
      expect(refusals).toBeGreaterThan(0);
      expect(warn).not.toHaveBeenCalled();
      s.destroy();
    } finally {
      warn.mockRestore();
      location.href = href;
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 30_000);
});
