#!/usr/bin/env node
// The `factdesk` executable, linked into the repository root's node_modules/.bin by
// `pnpm install`: `pnpm factdesk ...` runs it as a binary, so pnpm adds no lines of its own
// around the CLI's output (a script would be framed by `$ ...` and `ELIFECYCLE`). It loads the
// TypeScript sources through tsx: no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
