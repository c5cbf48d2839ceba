import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file (e2e/src). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A real factdesk server process, started with `tsx apps/server/src/main.ts`. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The data directory (SQLite database and token secret). */
  dataDir: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Stops the process with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same data directory and port. */
  restart(signal?: NodeJS.Signals): Promise<ServerProcess>;
  /** Stops the process and removes the data directory. */
  dispose(): Promise<void>;
}

/** Options of `startServer`. */
export interface ServerOptions {
  /** Reuse this data directory (a restart); default: a fresh temporary one. */
  dataDir?: string;
  /** Port to listen on; default 0 (any free port). */
  port?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/**
 * Starts the server as production runs it, in its own process on `PORT=0` with a fresh temporary
 * `DATA_DIR`, and resolves with its URL once it prints `factdesk listening on ...`.
 */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'factdesk-e2e-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /factdesk listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  const port = Number(new URL(url).port);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    await stopProcess(proc, signal);
  };
  const server: ServerProcess = {
    url,
    port,
    dataDir,
    output: () => output,
    stop,
    async restart(signal = 'SIGTERM') {
      await stop(signal);
      return startServer({ ...options, dataDir, port });
    },
    async dispose() {
      await stop('SIGTERM');
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

async function stopProcess(proc: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill(signal);
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A session token from the server's `POST /api/session`. */
export async function token(url: string, name: string, role: 'reporter' | 'desk' | 'viewer') {
  const body = await api<{ token: string }>(url, 'POST', '/api/session', { body: { name, role } });
  return body.token;
}

/** A JSON request to the server; rejects with the server's error on a non-2xx answer. */
export async function api<T = unknown>(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.error}`);
  return json;
}
