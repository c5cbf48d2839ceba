import { describe, expect, it } from 'vitest';
import { startTestServer } from './testing';

describe('starting the server', () => {
  it('listens on the port it was given, or a free one for port 0', async () => {
    const first = await startTestServer();
    expect(first.port).toBeGreaterThan(0);
    expect(first.url).toBe(`http://127.0.0.1:${first.port}`);
    await first.dispose();
  });

  it('fails to start with the reason when the port is taken', async () => {
    const first = await startTestServer();
    await expect(startTestServer({ overrides: { port: first.port } })).rejects.toThrow(
      /EADDRINUSE/,
    );
    await first.dispose();
  });
});
