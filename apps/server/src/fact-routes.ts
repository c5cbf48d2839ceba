import type { Context, Hono, MiddlewareHandler } from 'hono';
import { type Auth, type Role, sessionRequestSchema, type User } from './auth';
import type { DocumentStore } from './document-store';
import { factEvents } from './events';
import { type FactStore, FactStoreError, maxListLimit } from './fact-store';
import {
  checkFact,
  checkFactFile,
  factIdPattern,
  hasNul,
  jsonPath,
  type Problem,
} from './validation';

/** Hono context variables set by `requireUser`. */
export type ApiEnv = { Variables: { user: User } };

/** A request that cannot be served as sent; answered as `{error, problems?}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

/** Everything the API routes use. */
export interface ApiDeps {
  auth: Auth;
  facts: FactStore;
  documents: DocumentStore;
  /** What a session's editor must keep within: the largest collaboration message taken. */
  limits: { maxMessageBytes: number };
}

/** Registers the JSON API (`/api/...`, see README.md) on `app`. */
export function registerApi(app: Hono<ApiEnv>, { auth, facts, documents, limits }: ApiDeps): void {
  const user = requireUser(auth);
  const desk = requireRole('desk');

  app.get('/api/health', (c) => c.json({ ok: true }));

  app.post('/api/session', async (c) => {
    const body = sessionRequestSchema.safeParse(await readJson(c));
    if (!body.success) throw invalid('invalid session request', body.error.issues);
    return c.json({ ...(await auth.issue(body.data.name, body.data.role)), limits });
  });

  // A fresh token for the session of a valid one, before it expires: an editor open for a
  // whole shift keeps its link to the server.
  app.post('/api/session/renew', user, async (c) => {
    const renewed = await auth.renew(tokenOf(c)!);
    if (!renewed) throw new ApiError(401, 'this session is too old to renew: sign in again');
    return c.json({ ...renewed, limits });
  });

  app.get('/api/stories', user, async (c) => c.json({ stories: await documents.list() }));

  app.get('/api/events', user, (c) => factEvents(c, facts));

  app.get('/api/facts', user, async (c) => {
    const q = c.req.query('q');
    const terms = c.req
      .query('terms')
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    // PostgreSQL text cannot hold NUL; no fact holds one, so say so instead of failing.
    if (q !== undefined && hasNul(q)) throw new ApiError(400, 'q must not contain a NUL character');
    if (terms?.some(hasNul)) throw new ApiError(400, 'terms must not contain a NUL character');
    const limit = intParam(c.req.query('limit'), 'limit', 1, maxListLimit);
    const offset = intParam(c.req.query('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER);
    const result = await facts.list({ q, terms, limit, offset });
    return c.json({ schema: 'factdesk.facts/v1', ...result });
  });

  app.post('/api/facts/import', user, desk, async (c) => {
    const file = checkFactFile(await readJson(c));
    if (!file.ok) throw new ApiError(400, 'invalid fact file', file.problems);
    const { file: value, external } = file.value;
    return c.json(await facts.import(value.facts, c.get('user').name, external));
  });

  app.get('/api/facts/:id', user, async (c) => {
    const found = await facts.get(factId(c));
    if (!found) throw new ApiError(404, `no fact with id "${c.req.param('id')}"`);
    c.header('ETag', etagOf(found.version));
    return c.json(found);
  });

  app.get('/api/facts/:id/history', user, async (c) => {
    const history = await facts.history(factId(c));
    if (!history) throw new ApiError(404, `no fact with id "${c.req.param('id')}"`);
    return c.json({ history });
  });

  app.post('/api/facts', user, desk, async (c) => {
    const fact = checkFact(await readJson(c));
    if (!fact.ok) throw new ApiError(400, 'invalid fact', fact.problems);
    return c.json(await facts.create(fact.value, c.get('user').name), 201);
  });

  app.put('/api/facts/:id', user, desk, async (c) => {
    const id = factId(c);
    const ifVersion = ifMatch(c);
    const fact = checkFact(await readJson(c));
    if (!fact.ok) throw new ApiError(400, 'invalid fact', fact.problems);
    if (fact.value.id !== id) {
      throw new ApiError(400, 'the fact id does not match the URL', [
        { path: 'id', message: `expected "${id}", got "${fact.value.id}"` },
      ]);
    }
    const updated = await facts.update(fact.value, c.get('user').name, ifVersion);
    c.header('ETag', etagOf(updated.version));
    return c.json(updated);
  });

  app.delete('/api/facts/:id', user, desk, async (c) => {
    const id = factId(c);
    return c.json(await facts.remove(id, c.get('user').name, ifMatch(c)));
  });
}

/** The entity tag of a fact at `version` (the version of its last change), as `ETag` sends it. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// The `:id` of a fact route; an id no fact can have (contract section 1) is not found.
function factId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!factIdPattern.test(id)) throw new ApiError(404, `no fact with id ${JSON.stringify(id)}`);
  return id;
}

// The version an `If-Match` header asks the write to apply to: the fact's ETag, `"<version>"`
// (GET /api/facts/:id sends it, and `version` in the body is the same number). Undefined
// without the header or with `*` (any current fact). Weak tags never match (RFC 9110 13.1.1).
function ifMatch(c: Context): number | undefined {
  const header = c.req.header('if-match')?.trim();
  if (header === undefined || header === '*') return undefined;
  const m = /^"(\d{1,15})"$/.exec(header);
  if (!m) {
    throw new ApiError(
      400,
      `If-Match must be the fact's ETag, "<version>" with the quotes (like "12"), or *; got ${header}`,
    );
  }
  return Number(m[1]);
}

/** Answers an error thrown by a route: the client gets the reason, never a stack trace. */
export function errorResponse(error: unknown, c: Context, quiet?: boolean): Response {
  if (error instanceof ApiError || error instanceof FactStoreError) {
    const body = error.problems
      ? { error: error.message, problems: error.problems }
      : { error: error.message };
    return c.json(body, error.status);
  }
  if (!quiet) console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return c.json({ error: 'internal server error' }, 500);
}

/** The token of a request: its bearer token, or the event stream's `token` parameter. */
function tokenOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // EventSource cannot send headers, so the event stream takes the token as a query parameter.
  return bearer ?? (c.req.path === '/api/events' ? c.req.query('token') : undefined);
}

function requireUser(auth: Auth): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const token = tokenOf(c);
    if (!token) throw new ApiError(401, 'missing token: send "Authorization: Bearer <token>"');
    const user = await auth.verify(token);
    if (!user) throw new ApiError(401, 'invalid or expired token');
    c.set('user', user);
    await next();
  };
}

function requireRole(role: Role): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.get('user').role !== role) {
      throw new ApiError(403, `this needs the "${role}" role; you are "${c.get('user').role}"`);
    }
    await next();
  };
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError(400, 'the request body is empty; expected JSON');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

function invalid(message: string, issues: readonly { path: PropertyKey[]; message: string }[]) {
  return new ApiError(
    400,
    message,
    issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
  );
}

function intParam(raw: string | undefined, name: string, min: number, max: number) {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ApiError(400, `${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}
