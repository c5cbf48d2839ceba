import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** The roles of a session: `desk` edits facts, `reporter` edits stories, `viewer` only reads. */
export const roles = ['reporter', 'desk', 'viewer'] as const;

/** A session role. */
export type Role = (typeof roles)[number];

/** The user a token speaks for; `color` is their cursor colour in the editor. */
export interface User {
  name: string;
  role: Role;
  color: string;
}

/** The body of `POST /api/session`. */
export const sessionRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name must not be empty')
    .max(80, 'name is too long')
    // The name is written with every change (`by`); PostgreSQL text cannot hold NUL.
    .refine((name) => !name.includes('\u0000'), 'name must not contain a NUL character'),
  role: z.enum(roles),
});

const claimsSchema = z.object({
  name: z
    .string()
    .min(1)
    .refine((name) => !name.includes('\u0000')),
  role: z.enum(roles),
  color: z.string(),
});

const palette = [
  '#d1495b',
  '#00798c',
  '#edae49',
  '#66a182',
  '#8d5a97',
  '#2e4057',
  '#e07a5f',
  '#3d405b',
];

/** A stable cursor colour for a name. */
export function colorOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length];
}

/** Issues and checks HS256 session tokens. */
export class Auth {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly maxSessionSeconds = 24 * 3600,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /**
   * A signed token for `name` in `role`, and the user it stands for. `since` is when the session
   * signed in (seconds since 1970; now when not given), carried from token to renewed token.
   */
  async issue(
    name: string,
    role: Role,
    since = Math.floor(Date.now() / 1000),
  ): Promise<{ token: string; user: User }> {
    const user: User = { name, role, color: colorOf(name) };
    const token = await new SignJWT({ ...user, since })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
    return { token, user };
  }

  /**
   * A fresh token for the session of a valid one, unless the session signed in more than
   * `maxSessionSeconds` ago: a token that leaked (it travels in the event stream's URL, and so
   * in proxy logs) cannot be kept alive for ever. Undefined when refused.
   */
  async renew(token: string): Promise<{ token: string; user: User } | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return undefined;
      const since = typeof payload.since === 'number' ? payload.since : (payload.iat ?? 0);
      if (Date.now() / 1000 - since > this.maxSessionSeconds) return undefined;
      return await this.issue(claims.data.name, claims.data.role, since);
    } catch {
      return undefined;
    }
  }

  /** The user of a valid token; undefined for a missing, forged, expired or malformed one. */
  async verify(token: string | undefined | null): Promise<User | undefined> {
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const claims = claimsSchema.safeParse(payload);
      return claims.success ? claims.data : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * The token secret: `configured` when given, else the one kept in `dataDir/secret`, generated
 * (32 random bytes, file mode 0600) on first use.
 */
export function loadSecret(dataDir: string, configured?: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
