import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { FactChange, FactStore } from './fact-store';

/** How often an idle event stream gets a comment line, so proxies keep it open. */
export const heartbeatMs = 15_000;

/**
 * Answers with a Server-Sent Events stream of the fact store's changes: one `fact` event per
 * changed fact, data `{version, action, id, fact|null}`, and a `: heartbeat` comment every 15 s.
 * The stream opens with a `ready` event carrying the current store version, so a client can
 * tell which changes it may have missed.
 */
export function factEvents(c: Context, store: FactStore): Response {
  return streamSSE(c, async (stream) => {
    const queue: FactChange[] = [];
    let wake: (() => void) | undefined;
    const onChange = (change: FactChange) => {
      queue.push(change);
      wake?.();
    };
    store.events.on('change', onChange);
    const heartbeat = setInterval(() => {
      stream.write(': heartbeat\n\n').catch(() => stream.abort());
    }, heartbeatMs);
    stream.onAbort(() => wake?.());
    try {
      await stream.writeSSE({
        event: 'ready',
        data: JSON.stringify({ version: await store.version() }),
      });
      while (!stream.aborted && !stream.closed) {
        const change = queue.shift();
        if (change) {
          await stream.writeSSE({
            event: 'fact',
            id: String(change.version),
            data: JSON.stringify(change),
          });
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      clearInterval(heartbeat);
      store.events.off('change', onChange);
    }
  });
}
