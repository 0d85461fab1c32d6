import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { graphql, isAlive, postmasterPid, processTracker, repoRoot, waitFor } from '../support/server-process.js';
import { MerchantNameDocument } from '../../src/generated/graphql.js';

// Each test starts real processes (and PostgreSQL clusters): minutes, not seconds, on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * The embedded default owns its PostgreSQL: by the data folder's lock, never by whatever answers
 * on a port. Each test runs real servers in child processes on their own folders and ports.
 */

const processes = processTracker();
let dataDir: string;

const start = (env: Record<string, string> = {}) => processes.start({ env: { DATA_DIR: dataDir, ...env } });

function port(dir: string): number {
  return Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
}

beforeAll(async () => {
  // One initialised cluster shared by the tests (initdb is the slow part); each leaves it stopped.
  dataDir = processes.dataDir();
  const first = await start({ NO_DEMO: '0' });
  await first.ready();
  await processes.stopAll();
});
afterEach(() => processes.stopAll());
afterAll(() => processes.removeAll());

describe('embedded PostgreSQL ownership', () => {
  it('takes over its own orphan after a kill -9 of the server, and the next SIGTERM stops everything', async () => {
    const killed = await start();
    await killed.ready();
    const orphan = postmasterPid(dataDir)!;
    await killed.kill(); // SIGKILL: no shutdown, the postmaster stays behind
    expect(isAlive(orphan)).toBe(true);

    const next = await start();
    await next.ready();
    expect(next.output()).toContain('stopping an orphaned embedded PostgreSQL');
    await waitFor(() => !isAlive(orphan), 5_000, 'the orphan to be gone');
    const owned = postmasterPid(dataDir)!;
    expect(owned).not.toBe(orphan);

    process.kill(next.child.pid!, 'SIGTERM');
    expect((await next.exited).code).toBe(0);
    await waitFor(() => !isAlive(owned), 15_000, 'the embedded PostgreSQL to stop with the server');
  });

  it('refuses a second server on a data folder a live server owns', async () => {
    const owner = await start();
    await owner.ready();
    const second = await start();
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toContain(`is in use by MemberGraph process ${owner.child.pid}`);
    expect((await fetch(`${owner.url}/healthz`)).status).toBe(200);
  });

  it('never uses a PostgreSQL it does not own, even one answering the default credentials on its port', async () => {
    const foreignDir = processes.dataDir();
    const foreign: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: foreignDir, database: 'membergraph' });
    try {
      const server = await start({ EMBEDDED_PG_PORT: String(foreign.port) });
      expect((await server.exited).code).toBe(1);
      expect(server.output()).toContain(`did not start on port ${foreign.port}`);
      expect(server.output()).not.toContain('"database":"embedded"');
    } finally {
      await foreign.stop();
    }
  });

  it('picks a free port by itself, so servers on different folders run side by side', async () => {
    const otherDir = processes.dataDir();
    const a = await start();
    const b = await processes.start({ env: { DATA_DIR: otherDir } });
    await Promise.all([a.ready(), b.ready(90_000)]);
    expect(port(dataDir)).not.toBe(port(otherDir));
    expect(port(dataDir)).toBeGreaterThan(0);
  });

  it('lets the CLI use the PostgreSQL a running server owns, leaving it running', async () => {
    const server = await start();
    await server.ready();
    const postgres = postmasterPid(dataDir)!;
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/launch.mjs', 'src/cli.js', 'merchant:list'], {
      cwd: repoRoot,
      env: cliEnv(),
    });
    expect(JSON.parse(stdout).map((m: { name: string }) => m.name)).toContain('Demo Merchant');
    expect(postmasterPid(dataDir)).toBe(postgres);
    expect(isAlive(postgres)).toBe(true);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('embedded PostgreSQL crash', () => {
  it('is restarted: /healthz is 503 meanwhile, then requests are served again by the same process', async () => {
    const server = await start();
    await server.ready();
    const key = await createKey();
    const crashed = postmasterPid(dataDir)!;
    process.kill(crashed, 'SIGKILL');
    await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 503, 5_000, '/healthz to say unavailable');
    await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 200, 30_000, 'the restart');
    expect(postmasterPid(dataDir)).not.toBe(crashed);
    const answer = await graphql(server.url, key, MerchantNameDocument);
    expect(answer.body.data).toEqual({ merchant: { name: 'Demo Merchant' } });
    expect(server.output()).toContain('embedded PostgreSQL exited unexpectedly');
    expect(server.output()).toContain('embedded PostgreSQL restarted');
    expect(isAlive(server.child.pid!)).toBe(true);
  });

  it('exits non-zero, for a supervisor to act, when restarts keep failing', async () => {
    const server = await start();
    await server.ready();
    const pgPort = port(dataDir);
    process.kill(postmasterPid(dataDir)!, 'SIGKILL');
    // Something else takes the port, so every restart attempt fails.
    const squatter: Server = createServer();
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          squatter.once('error', () => resolve(false));
          squatter.listen(pgPort, '127.0.0.1', () => resolve(true));
        }),
      2_000,
      'the port to be free',
    );
    try {
      const { code } = await server.exited;
      expect(code).toBe(1);
      expect(server.output()).toContain('embedded PostgreSQL restart failed');
      expect(server.output()).toContain('the embedded PostgreSQL is gone; exiting');
    } finally {
      squatter.close();
    }
  }, 60_000);
});

/** The CLI's environment: this file's data folder, no DATABASE_URL (the embedded database). */
function cliEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, ...env } = process.env;
  return { ...env, ENV_FILE: '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
}

/** A fresh admin key for the demo merchant, made with the CLI while the server runs. */
async function createKey(): Promise<string> {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['scripts/launch.mjs', 'src/cli.js', ...args], {
      cwd: repoRoot,
      env: cliEnv(),
    });
  const merchants = JSON.parse((await run('merchant:list')).stdout) as { id: string }[];
  return JSON.parse((await run('apikey:create', '--merchant', merchants[0]!.id)).stdout).secret;
}
