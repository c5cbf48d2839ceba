import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir } from './testing';

describe('the editor files', () => {
  const dist = tempDir('factdesk-dist-');
  afterAll(() => dist.remove());

  it('explains how to build the editor when there is no build', async () => {
    const server = await startTestServer({ overrides: { editorDist: join(dist.dir, 'missing') } });
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/pnpm start/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await server.dispose();
  });

  it('serves index.html, desk.html and assets of the build', async () => {
    writeFileSync(join(dist.dir, 'index.html'), '<!doctype html><title>story</title>');
    writeFileSync(join(dist.dir, 'desk.html'), '<!doctype html><title>desk</title>');
    mkdirSync(join(dist.dir, 'assets'));
    writeFileSync(join(dist.dir, 'assets', 'app.js'), 'console.log(1)');
    const server = await startTestServer({ overrides: { editorDist: dist.dir } });
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toMatch(/story/);
    expect(await (await fetch(`${server.url}/desk.html`)).text()).toMatch(/desk/);
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${server.url}/nothing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
    await server.dispose();
  });
});
