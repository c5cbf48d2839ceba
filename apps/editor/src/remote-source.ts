import { type Fact, FactIndex } from '@factdesk/core';
import type { FactChange, FactSource } from '@factdesk/prosemirror';
import { ApiError, type Client } from './api';

/** The state of a remote source's link to the fact store, for the status bar. */
export type FactLinkState = 'loading' | 'live' | 'offline';

/** A fact source backed by the server's fact store, live through its event stream. */
export interface RemoteFactSource extends FactSource {
  /** The link's state now; `onState` tells when it changes. */
  readonly state: FactLinkState;
  /** Calls `listener` when the link's state changes. Returns the unsubscribe function. */
  onState(listener: (state: FactLinkState) => void): () => void;
  /** Resolves when no fetch is pending (tests and the status bar use it). */
  idle(): Promise<void>;
  /** Closes the event stream and stops fetching. */
  destroy(): void;
}

/** The parts of `Client` the source uses. */
type FactClient = Pick<Client, 'facts' | 'eventsUrl'>;

/** Term keys per request at most. */
const batchSize = 150;
/**
 * Encoded bytes of term keys per request at most. Servers refuse long request lines (Node answers
 * 431 past 16 KB of headers), and one clause of CJK prose is a single key of a hundred encoded
 * bytes or more, so batches are cut by length as well as by count.
 */
const maxQueryBytes = 8 * 1024;

/**
 * A fact source over the server's fact store. Facts are fetched by term key as the plugin asks
 * for them (`GET /api/facts?terms=...`, batched); every change the store announces on
 * `/api/events` is applied at once and reported to the plugin, which re-checks the blocks
 * concerned. Each fact remembers the store version it was read at, so a slow fetch never undoes
 * a newer event; after the stream reconnects past missed changes, every asked term is fetched again.
 */
export function remoteFactSource(api: FactClient): RemoteFactSource {
  const index = new FactIndex([]);
  const listeners = new Set<(change: FactChange) => void>();
  const stateListeners = new Set<(state: FactLinkState) => void>();
  // Store version each fact id was last read or deleted at.
  const seen = new Map<string, number>();
  const asked = new Set<string>();
  let queue = new Set<string>();
  let flushing: Promise<void> | null = null;
  let storeVersion = -1;
  // The store version the event stream last told (its greeting or a change).
  let streamVersion = -1;
  let state: FactLinkState = 'loading';
  let destroyed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;

  const setState = (next: FactLinkState) => {
    if (next === state) return;
    state = next;
    for (const l of [...stateListeners]) l(next);
  };

  // Changes are applied and told in batches: an import announces one event per fact, and each
  // change told costs the plugin a transaction. `null` stages a removal.
  let staged = new Map<string, Fact | null>();
  let telling: ReturnType<typeof setTimeout> | null = null;
  const stage = (id: string, fact: Fact | null) => {
    staged.set(id, fact);
    telling ??= setTimeout(apply, 16);
  };
  const apply = () => {
    telling = null;
    const batch = staged;
    staged = new Map();
    const upserts: Fact[] = [];
    const removals: string[] = [];
    // The facts as they were, so the plugin also re-checks blocks that matched their old terms.
    const previous: Fact[] = [];
    for (const [id, fact] of batch) {
      const old = index.get(id);
      if (old) previous.push(old);
      if (fact) upserts.push(fact);
      else if (old) removals.push(id);
    }
    if (upserts.length) index.upsert(upserts);
    if (removals.length) index.remove(removals);
    const ids = [...upserts.map((f) => f.id), ...removals];
    if (!ids.length) return;
    const change = { version: index.version, ids, previous };
    for (const l of [...listeners]) l(change);
  };

  /**
   * After a gap in the stream, every asked term is fetched again, and what the answers hold
   * replaces what was held: a fact deleted (or moved to other terms) during the gap is in no
   * answer, and goes once the last answer is in. `version` is the oldest answer's.
   */
  let sweep: { ids: Set<string>; version: number } | null = null;
  const swept = () => {
    if (!sweep || queue.size) return;
    const { ids, version } = sweep;
    sweep = null;
    const all = index.all();
    // A record that replaced a held one came by the stream, not by its terms (the draft may not
    // use them): kept while a held record names it.
    const successors = new Set(all.map((f) => f.supersededBy).filter((id) => id !== undefined));
    for (const f of all) {
      // Read after the answers (a later event) or in them: kept.
      if (ids.has(f.id) || successors.has(f.id) || (seen.get(f.id) ?? -1) >= version) continue;
      seen.set(f.id, version);
      stage(f.id, null);
    }
  };

  /** Applies facts read at store `version`, skipping any that a later event already changed. */
  const absorb = (facts: readonly Fact[], version: number) => {
    storeVersion = Math.max(storeVersion, version);
    if (sweep) {
      sweep.version = Math.min(sweep.version, version);
      for (const f of facts) sweep.ids.add(f.id);
    }
    for (const f of facts) {
      if ((seen.get(f.id) ?? -1) > version) continue;
      seen.set(f.id, version);
      stage(f.id, f);
    }
  };

  // Keys the server refused outright (a 4xx answer for that key alone): never asked again.
  const refused = new Set<string>();
  // The next batch's size at most; halved while the server refuses batches, see `flush`.
  let limit = batchSize;

  const flush = async () => {
    while (queue.size && !destroyed) {
      const keys = nextBatch(queue, limit);
      try {
        const { version, facts } = await api.facts({ terms: keys });
        for (const k of keys) queue.delete(k);
        failures = 0;
        limit = batchSize;
        absorb(facts, version);
      } catch (error) {
        if (isRefusal(error) && !destroyed) {
          // The server will never answer this request (too long, malformed): retrying it would
          // hold back every later batch. Split it; a key refused on its own is dropped.
          if (keys.length > 1) {
            limit = Math.ceil(keys.length / 2);
          } else {
            queue.delete(keys[0]);
            refused.add(keys[0]);
            limit = batchSize;
            console.warn(
              `factdesk: the fact store refused the term key "${keys[0].slice(0, 40)}"` +
                ` (HTTP ${(error as ApiError).status}); facts for it are not checked.`,
            );
          }
          continue;
        }
        // Offline, refused auth, or a server error: keep the keys queued and try again with a
        // growing pause.
        failures++;
        setState('offline');
        if (!retry && !destroyed) {
          retry = setTimeout(
            () => {
              retry = null;
              schedule();
            },
            Math.min(30_000, 500 * 2 ** failures),
          );
        }
        return;
      }
    }
    swept();
  };

  const schedule = () => {
    if (flushing || destroyed) return flushing ?? Promise.resolve();
    flushing = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(flush).finally(() => {
      flushing = null;
      if (queue.size && !retry) schedule();
      else if (!queue.size && events?.readyState === EventSource.OPEN) setState('live');
    });
    return flushing;
  };

  const onFact = (event: MessageEvent<string>) => {
    let change: { version: number; id: string; fact: Fact | null };
    try {
      change = JSON.parse(event.data);
    } catch {
      return;
    }
    if (typeof change?.id !== 'string' || typeof change.version !== 'number') return;
    streamVersion = Math.max(streamVersion, change.version);
    if ((seen.get(change.id) ?? -1) >= change.version) return;
    seen.set(change.id, change.version);
    storeVersion = Math.max(storeVersion, change.version);
    stage(change.id, change.fact ?? null);
  };

  const onReady = (event: MessageEvent<string>) => {
    let version = -1;
    try {
      version = Number(JSON.parse(event.data).version);
    } catch {
      // An unreadable greeting: treat it as a gap below.
    }
    // Changes made while the stream was down are not replayed: fetch what the draft needs again.
    // Against what the stream last said: an answer fetched while it was down is newer than
    // that, and says nothing of the facts it did not hold. Before the first greeting, against
    // what the fetches read.
    const known = streamVersion >= 0 ? streamVersion : storeVersion;
    if (Number.isFinite(version) && version >= 0) streamVersion = version;
    if (known >= 0 && !(version === known)) {
      for (const k of asked) if (!refused.has(k)) queue.add(k);
      if (queue.size) sweep = { ids: new Set(), version: Number.POSITIVE_INFINITY };
    }
    if (queue.size) schedule();
    else setState('live');
  };

  let events: EventSource | null = null;
  const connect = () => {
    events = new EventSource(api.eventsUrl());
    events.addEventListener('fact', onFact as EventListener);
    events.addEventListener('ready', onReady as EventListener);
    events.addEventListener('error', () => {
      if (destroyed) return;
      setState('offline');
      // A refused stream (expired token, server gone) is closed for good by the browser; retry.
      if (events?.readyState === EventSource.CLOSED) {
        events = null;
        setTimeout(() => !destroyed && connect(), 3000);
      }
    });
  };
  connect();

  return {
    facts: index,
    get state() {
      return state;
    },
    need(terms) {
      for (const t of terms) {
        if (asked.has(t)) continue;
        asked.add(t);
        queue.add(t);
      }
      if (queue.size) schedule();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    async idle() {
      while (flushing) await flushing;
    },
    destroy() {
      destroyed = true;
      if (retry) clearTimeout(retry);
      if (telling) clearTimeout(telling);
      staged = new Map();
      events?.close();
      events = null;
      queue = new Set();
    },
  };
}

/** The first keys of `queue`: at most `limit` of them and `maxQueryBytes` encoded, at least one. */
function nextBatch(queue: ReadonlySet<string>, limit: number): string[] {
  const keys: string[] = [];
  let bytes = 0;
  for (const key of queue) {
    // As `URLSearchParams` writes it, and the comma joining it to the one before (`%2C`).
    const size = new URLSearchParams([['', key]]).toString().length - 1 + 3;
    if (keys.length && (keys.length >= limit || bytes + size > maxQueryBytes)) break;
    keys.push(key);
    bytes += size;
  }
  return keys;
}

/**
 * True when the server refused the request itself (a 4xx answer), so sending it again cannot
 * help. Not for 401 and 403 (a session to renew), 404 (no fact API there: a proxy or deploy
 * problem, not this batch) nor 408, 425 and 429 (try again later).
 */
function isRefusal(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { status } = error;
  return status >= 400 && status < 500 && ![401, 403, 404, 408, 425, 429].includes(status);
}
