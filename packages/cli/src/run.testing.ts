// Runs the real `factdesk` executable as a subprocess, from the repository root, for tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The shared story folder beside the repository, if it is there. */
export const article = fileURLToPath(
  new URL('../shared/stories/white-helmets/article.txt', `file://${root}`),
);
/** True when ../shared is there: the tests that read it are skipped otherwise. */
export const hasShared = existsSync(article);

/** What a run of the CLI gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `factdesk ...args` (its binary, `bin/factdesk.js`), `input` on stdin, and waits for it. */
export function factdesk(args: string[], input?: string | Uint8Array): Run {
  const r = spawnSync(process.execPath, ['packages/cli/bin/factdesk.js', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes files (text or bytes) into a fresh temporary folder and returns their paths by name. */
export function scratch(files: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-'));
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    out[name] = join(dir, name);
    writeFileSync(out[name], text);
  }
  return out;
}

/** Writes one file (text or bytes) into a fresh temporary folder and returns its path. */
export function scratchFile(name: string, text: string | Uint8Array): string {
  return scratch({ [name]: text })[name];
}
