// `pnpm bench`: bundles the benchmarks with esbuild as a production build would (tsx, which runs
// TypeScript directly, keeps every function's name by wrapping each closure it creates, a cost
// no browser build pays), then runs the bundle with a collectable heap.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
  external: ['jsdom', '@microsoft/recognizers-text-number', 'playwright-core'],
  logLevel: 'warning',
});
// The page of the browser benchmark, minified as the editor's production build is.
await build({
  entryPoints: [fileURLToPath(new URL('./browser-page.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('../.out/page.js', import.meta.url)),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
});
// ProseMirror's stylesheet and the plugin's, for that page.
writeFileSync(
  fileURLToPath(new URL('../.out/style.css', import.meta.url)),
  ['prosemirror-view/style/prosemirror.css', '@factdesk/prosemirror/style.css']
    .map((name) => readFileSync(fileURLToPath(import.meta.resolve(name)), 'utf8'))
    .join('\n'),
);
const run = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
