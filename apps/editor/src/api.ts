import type { Fact } from '@factdesk/core';

/** A user role of the server: `reporter` edits stories, `desk` also edits facts. */
export type Role = 'reporter' | 'desk' | 'viewer';

/** The signed-in user, as the server issued it. */
export interface User {
  name: string;
  role: Role;
  color: string;
}

/** A signed-in session: the token, who it speaks for, and the server's limits. */
export interface Session {
  token: string;
  user: User;
  /** The largest collaboration message the server takes (absent from older sessions). */
  limits?: { maxMessageBytes: number };
  /** When this tab got the token, by its own clock (ms since 1970). */
  receivedAt?: number;
}

/** One reason the server rejected an input, by JSON path (`facts[3].value.min`). */
export interface Problem {
  path: string;
  message: string;
}

/** One entry of a fact's change history. */
export interface HistoryEntry {
  version: number;
  at: string;
  by: string;
  action: string;
  before: Fact | null;
  after: Fact | null;
}

/** A story the server holds. */
export interface Story {
  id: string;
  title: string;
  /** The story date, when the server knows it. */
  date?: string;
}

/** A request the server refused: its reason, the HTTP status and any problems by path. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

// Per tab (sessionStorage), so two windows of one browser can be two people.
const storageKey = 'factdesk.session';

/** The session of this tab, if signed in. */
export function currentSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed?.token === 'string' && parsed.user ? parsed : null;
  } catch {
    return null;
  }
}

/** Forgets this tab's session. */
export function signOut(): void {
  sessionStorage.removeItem(storageKey);
}

/** Signs in as `name` in `role` and keeps the session for this tab. */
export async function signIn(name: string, role: Role): Promise<Session> {
  const session = await request<Session>('POST', '/api/session', { body: { name, role } });
  session.receivedAt = Date.now();
  sessionStorage.setItem(storageKey, JSON.stringify(session));
  return session;
}

/** Resolves an API path against the page, so the build works under any base path. */
export function apiUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), new URL('./', location.href)).href;
}

/** The WebSocket URL of the collaboration endpoint. */
export function collabUrl(): string {
  const url = new URL(apiUrl('/collab'));
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * A JSON request to the server. Resolves with the body; rejects with an `ApiError` carrying the
 * server's reason (or a network failure's) and its problems.
 */
export async function request<T>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; signal?: AbortSignal; ifVersion?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // A write that applies only while the fact is at this version (else 412, with the reason).
  if (options.ifVersion !== undefined) headers['if-match'] = `"${options.ifVersion}"`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, `the server cannot be reached (${(error as Error).message})`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A non-JSON answer (a proxy's error page) is reported by status below.
  }
  if (!response.ok) {
    const b = (body ?? {}) as { error?: string; problems?: Problem[] };
    throw new ApiError(
      response.status,
      b.error ?? `${method} ${path} failed with HTTP ${response.status}`,
      Array.isArray(b.problems) ? b.problems : [],
    );
  }
  return body as T;
}

/**
 * Keeps this tab's session signed in: renews its token (`POST /api/session/renew`) halfway
 * through the token's life, in `session` itself (the API client, the fact stream and the
 * collaboration link read it from there) and in the tab's storage. Returns a stop function.
 */
export function keepSession(session: Session): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // By this tab's own clock, which may differ from the server's: how long the token has had.
  const age = () => Date.now() - (session.receivedAt ?? Date.now());
  const plan = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(renew, Math.max(1_000, Math.min(ms, 2 ** 31 - 1)));
  };
  const renew = async () => {
    clearTimeout(timer);
    try {
      const next = await request<Session>('POST', '/api/session/renew', { token: session.token });
      session.token = next.token;
      if (next.limits) session.limits = next.limits;
      session.receivedAt = Date.now();
      if (currentSession()) sessionStorage.setItem(storageKey, JSON.stringify(session));
      plan(lifeOf(session.token) / 2);
    } catch (error) {
      // Expired or refused (401): the page says so when it next reaches the server. Offline or
      // a server error: try again soon, well before the token runs out.
      const life = lifeOf(session.token);
      if (!(error instanceof ApiError && error.status === 401)) plan(Math.min(30_000, life / 8));
    }
  };
  // A timer does not run while the computer sleeps: on waking (the page shown again, or back
  // online), renew at once if half the token's life has gone.
  const wake = () => {
    if (document.visibilityState === 'visible' && age() >= lifeOf(session.token) / 2) void renew();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  plan(lifeOf(session.token) / 2 - age());
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
  };
}

/** The milliseconds from a token's issue to its expiry (12 hours when it cannot be read). */
function lifeOf(token: string): number {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { iat, exp } = JSON.parse(atob(part)) as { iat?: number; exp?: number };
    if (typeof iat === 'number' && typeof exp === 'number' && exp > iat) return (exp - iat) * 1000;
  } catch {
    // Not a JWT: the default below.
  }
  return 12 * 3600 * 1000;
}

/** The API calls of a signed-in session (with its token as renewed, see `keepSession`). */
export function client(session: Session) {
  const token = () => session.token;
  return {
    stories: () => request<{ stories: Story[] }>('GET', '/api/stories', { token: token() }),
    facts: (query: { q?: string; terms?: readonly string[] } = {}, signal?: AbortSignal) => {
      const params = new URLSearchParams();
      if (query.q) params.set('q', query.q);
      if (query.terms?.length) params.set('terms', query.terms.join(','));
      const qs = params.toString();
      return request<{ version: number; facts: Fact[] }>('GET', `/api/facts${qs ? `?${qs}` : ''}`, {
        token: token(),
        signal,
      });
    },
    fact: (id: string) =>
      request<{ fact: Fact; version: number }>('GET', `/api/facts/${encodeURIComponent(id)}`, {
        token: token(),
      }),
    history: (id: string) =>
      request<{ history: HistoryEntry[] }>('GET', `/api/facts/${encodeURIComponent(id)}/history`, {
        token: token(),
      }),
    create: (fact: unknown) =>
      request<unknown>('POST', '/api/facts', { token: token(), body: fact }),
    /** Replaces a fact; with `ifVersion`, only if it is still at that version. */
    update: (id: string, fact: unknown, ifVersion?: number) =>
      request<unknown>('PUT', `/api/facts/${encodeURIComponent(id)}`, {
        token: token(),
        body: fact,
        ifVersion,
      }),
    /** Deletes a fact; with `ifVersion`, only if it is still at that version. */
    remove: (id: string, ifVersion?: number) =>
      request<unknown>('DELETE', `/api/facts/${encodeURIComponent(id)}`, {
        token: token(),
        ifVersion,
      }),
    importFile: (file: unknown) =>
      request<unknown>('POST', '/api/facts/import', { token: token(), body: file }),
    /** The URL of the fact change stream (EventSource cannot send headers). */
    eventsUrl: () => apiUrl(`/api/events?token=${encodeURIComponent(token())}`),
  };
}

/** The API calls of a signed-in session, as returned by `client`. */
export type Client = ReturnType<typeof client>;
