import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { freePort } from '../../src/db/embedded.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** The real server as an operator runs it, in a child process: `npm start` or the launcher it execs. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Polls /readyz until 200; throws with the output if it exits or times out first. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILLs it (and its process group) if still running: every test cleans up this way. */
  kill(): Promise<void>;
}

/** A fresh folder under the OS temp dir, readable by the `postgres` user when tests run as root. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-ops-'));
  chmodSync(dir, 0o755);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface SpawnOptions {
  env?: Record<string, string | undefined>;
  args?: string[];
  /** true: `npm start` (tests what an operator types); default: the launcher npm execs. */
  viaNpm?: boolean;
  port?: number;
}

/**
 * Starts the server with a clean environment: no DATABASE_URL unless given (so the embedded
 * PostgreSQL is used), no demo merchant, quiet logs.
 */
export async function spawnServer(options: SpawnOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    APP_DATABASE_URL: undefined,
    EMBEDDED_PG_PORT: undefined,
    // A developer's .env must not point these servers at another database.
    ENV_FILE: '',
    NO_DEMO: '1',
    LOG_LEVEL: 'info',
    PORT: String(port),
    ...options.env,
  };
  // An external database needs the key that seals secrets at rest (the embedded default makes one).
  if (env.DATABASE_URL && !env.SECRETS_KEY) env.SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const [command, args] = options.viaNpm
    ? ['npm', ['start', '--silent', '--', ...(options.args ?? [])]]
    : [process.execPath, ['scripts/launch.mjs', 'src/main.js', ...(options.args ?? [])]];
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so kill() can take down whatever it started even if it misbehaves.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let exitedNow = false;
  void exited.then(() => (exitedNow = true));
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    url,
    output: () => output,
    exited,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (exitedNow) throw new Error(`server exited before it was ready:\n${output}`);
        const res = await fetch(`${url}/readyz`).catch(() => null);
        if (res?.status === 200) return;
        await sleep(100);
      }
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`);
    },
    async kill() {
      if (exitedNow) return;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

/** Whether a process exists (zombies of our own children count as gone once reaped). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Posts a typed GraphQL operation to a server process; answers status and body (the body stays
 * loose: a server on its way down may answer something other than GraphQL's JSON, or nothing).
 */
export async function graphql<T, V>(
  url: string,
  key: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/**
 * Stops a postmaster still running from `dataDir` (left behind on purpose by a test that killed
 * its server with SIGKILL), so no test leaves a PostgreSQL behind.
 */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGQUIT');
  await waitFor(() => !isAlive(pid), 10_000, `postgres ${pid} to exit`).catch(() => process.kill(pid, 'SIGKILL'));
}

/** The postmaster pid a data folder's lock names, if any. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What one test file starts (servers, data folders), so that its afterEach and afterAll end all
 * of it: servers killed, any PostgreSQL they left behind stopped, folders removed.
 */
export function processTracker() {
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  return {
    async start(options: SpawnOptions = {}): Promise<ServerProcess> {
      const server = await spawnServer(options);
      servers.push(server);
      return server;
    },
    dataDir(): string {
      const dir = tempDataDir();
      dirs.push(dir);
      return dir;
    },
    async stopAll(): Promise<void> {
      for (const server of servers.splice(0)) await server.kill();
      for (const dir of dirs) await stopLeftoverPostgres(dir);
    },
    removeAll(): void {
      for (const dir of dirs.splice(0)) removeDir(dir);
    },
  };
}
