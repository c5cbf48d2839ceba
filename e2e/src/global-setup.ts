import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from './server';

/** Builds apps/editor once before the browser tests (the server serves apps/editor/dist). */
export default async function setup() {
  if (process.env.FACTDESK_E2E_SKIP_BUILD === '1') return;
  const root = join(repoRoot, 'apps/editor');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
