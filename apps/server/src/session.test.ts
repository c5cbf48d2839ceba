import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing';

describe('sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.dispose());

  it('issues a signed HS256 token with the user, role and a stable colour', async () => {
    const response = await server.request('POST', '/api/session', {
      body: { name: ' Rita ', role: 'reporter' },
    });
    expect(response.status).toBe(200);
    expect(response.json.user).toEqual({
      name: 'Rita',
      role: 'reporter',
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const again = await server.request('POST', '/api/session', {
      body: { name: 'Rita', role: 'desk' },
    });
    expect(again.json.user.color).toBe(response.json.user.color);
    expect(response.json.limits).toEqual({ maxMessageBytes: server.config.maxMessageBytes });
    const claims = decodeJwt(response.json.token);
    expect(claims).toMatchObject({ name: 'Rita', role: 'reporter' });
    expect(claims.exp! - claims.iat!).toBe(server.config.tokenTtlSeconds);
  });

  it('accepts the token for reading facts and stories', async () => {
    const { json } = await server.request('POST', '/api/session', {
      body: { name: 'Vic', role: 'viewer' },
    });
    expect((await server.request('GET', '/api/facts', { token: json.token })).status).toBe(200);
    expect((await server.request('GET', '/api/stories', { token: json.token })).json).toEqual({
      stories: [],
    });
  });

  it('refuses a token signed with another secret', async () => {
    const other = await startTestServer({
      overrides: { secret: 'another-secret-another-secret-xx' },
    });
    const foreign = await other.token('desk');
    await other.dispose();
    expect((await server.request('GET', '/api/facts', { token: foreign })).status).toBe(401);
  });

  it('renews a valid token for the same user, and refuses to renew without one', async () => {
    const { json } = await server.request('POST', '/api/session', {
      body: { name: 'Rita', role: 'desk' },
    });
    // A token's times are in seconds: a renewal in the same second would be the same token.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const renewed = await server.request('POST', '/api/session/renew', { token: json.token });
    expect(renewed.status).toBe(200);
    expect(renewed.json.user).toEqual(json.user);
    expect(renewed.json.limits).toEqual(json.limits);
    expect(decodeJwt(renewed.json.token).exp).toBeGreaterThan(decodeJwt(json.token).exp!);
    expect((await server.request('GET', '/api/facts', { token: renewed.json.token })).status).toBe(
      200,
    );
    for (const token of [undefined, 'not-a-token', `${json.token}x`]) {
      const refused = await server.request('POST', '/api/session/renew', { token });
      expect(refused.status).toBe(401);
      expect(refused.json.error).toEqual(expect.any(String));
    }
  });

  it('renews a session only until its maximum age after sign-in', async () => {
    // Sign-in times are whole seconds, so a session reads up to a second older than it is: 4 s
    // leaves a renewal after 1.1 s room on a loaded machine, and 4.2 s is past it for certain.
    const short = await startTestServer({ overrides: { maxSessionSeconds: 4 } });
    try {
      const { json } = await short.request('POST', '/api/session', {
        body: { name: 'Rita', role: 'reporter' },
      });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const renewed = await short.request('POST', '/api/session/renew', { token: json.token });
      expect(renewed.status).toBe(200);
      // The renewed token keeps the time of sign-in.
      expect(decodeJwt(renewed.json.token).since).toBe(decodeJwt(json.token).since);
      await new Promise((resolve) => setTimeout(resolve, 3100));
      const refused = await short.request('POST', '/api/session/renew', {
        token: renewed.json.token,
      });
      expect(refused.status).toBe(401);
      expect(refused.json.error).toMatch(/too old to renew/);
      // The token itself is still good until it expires.
      expect((await short.request('GET', '/api/facts', { token: renewed.json.token })).status).toBe(
        200,
      );
    } finally {
      await short.dispose();
    }
  });

  it('answers health checks without a token', async () => {
    expect(await server.request('GET', '/api/health')).toEqual({ status: 200, json: { ok: true } });
  });
});
