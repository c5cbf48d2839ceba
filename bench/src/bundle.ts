// `pnpm bench`: bundles the benchmarks with esbuild as a production build would (tsx, which runs
// TypeScript directly, keeps every function's name by wrapping each closure it creates, a cost
// no browser build pays), then runs the bundle with a collectable heap.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('./main.ts', import.meta.url));
const out = fileURLToPath(new URL('../.out/main.mjs', import.meta.url));
await build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsdom and the peer extractor load files of their own at run time: they stay packages.
  external: ['jsdom', '@microsoft/recognizers-text-number'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
