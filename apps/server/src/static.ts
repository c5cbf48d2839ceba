import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { hasEditorBuild } from './config';
import type { ApiEnv } from './fact-routes';

const missingBuild = `<!doctype html>
<meta charset="utf-8"><title>factdesk</title>
<h1>The editor is not built</h1>
<p>Run <code>pnpm start</code> from the repository root (it builds apps/editor, then starts the
server), or build it with <code>pnpm --filter @factdesk/editor build</code> and reload.</p>
`;

/**
 * Serves the built editor from `dist` at `/` (index.html, desk.html, assets); when there is no
 * build, every page explains how to make one.
 */
export function registerStatic(app: Hono<ApiEnv>, dist: string): void {
  // Made on first use: serveStatic complains at creation when its root does not exist yet.
  let files: MiddlewareHandler | undefined;
  app.use('/*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!hasEditorBuild(dist)) return c.html(missingBuild, 503);
    files ??= serveStatic({ root: dist });
    return files(c, next);
  });
}
