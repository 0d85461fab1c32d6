import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { freePort } from '../../src/db/embedded.js';
import { databaseUrl } from '../support/global-setup.js';
import { isAlive, postmasterPid, processTracker, waitFor, type SpawnOptions } from '../support/server-process.js';

// Each test starts real processes (and PostgreSQL clusters): minutes, not seconds, on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The server as an operator meets it: `npm start` and the process it becomes, in a child process. */

const processes = processTracker();
const listeners: Server[] = [];
const dataDir = () => processes.dataDir();
const start = (options: SpawnOptions) => processes.start(options);

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  listeners.push(server);
  return server;
}

afterEach(async () => {
  await processes.stopAll();
  for (const listener of listeners.splice(0)) listener.close();
});
afterAll(() => processes.removeAll());

describe('start-up failures say what went wrong and exit non-zero', () => {
  it('a taken HTTP port names the port, before any database is started', async () => {
    const port = await freePort();
    await occupy(port);
    const dir = dataDir();
    const server = await start({ port, env: { DATA_DIR: dir } });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toContain(`MemberGraph failed to start: port ${port} is already in use`);
    expect(server.output()).not.toContain('MemberGraph listening');
    expect(postmasterPid(dir)).toBeUndefined();
  });

  it('an embedded PostgreSQL that cannot start gives its cause, not "undefined"', async () => {
    const pgPort = await freePort();
    await occupy(pgPort);
    const server = await start({ env: { DATA_DIR: dataDir(), EMBEDDED_PG_PORT: String(pgPort) } });
    expect((await server.exited).code).toBe(1);
    const output = server.output();
    expect(output).toContain(`The embedded PostgreSQL did not start on port ${pgPort}`);
    expect(output).toMatch(/could not bind|already in use/i);
    expect(output).not.toContain('undefined');
  });

  it('a DATABASE_URL naming a missing database is an error saying how to create it; --create-db creates it', async () => {
    const missing = `${inject('databasePrefix')}missing_${Date.now()}`;
    const url = databaseUrl(inject('serverUrl'), missing);
    const refused = await start({ env: { DATABASE_URL: url } });
    expect((await refused.exited).code).toBe(1);
    expect(refused.output()).toContain(`Database "${missing}" does not exist`);
    expect(refused.output()).toContain('createdb');
    expect(refused.output()).toContain('--create-db');

    const admin = new pg.Client({ connectionString: inject('serverUrl') });
    await admin.connect();
    try {
      const before = await admin.query('select 1 from pg_database where datname = $1', [missing]);
      expect(before.rowCount).toBe(0); // nothing was created behind the operator's back

      const created = await start({ env: { DATABASE_URL: url }, args: ['--create-db'] });
      await created.ready();
      expect((await fetch(`${created.url}/healthz`)).status).toBe(200);
      await created.kill();
      const after = await admin.query('select 1 from pg_database where datname = $1', [missing]);
      expect(after.rowCount).toBe(1);
    } finally {
      await admin.query(`drop database if exists "${missing}" with (force)`);
      await admin.end();
    }
  });
});

describe('SIGTERM', () => {
  it('sent to the `npm start` process stops the server and its embedded PostgreSQL cleanly', async () => {
    const dir = dataDir();
    const server = await start({ viaNpm: true, env: { DATA_DIR: dir } });
    await server.ready();
    const postgres = postmasterPid(dir)!;
    expect(isAlive(postgres)).toBe(true);
    // npm runs the start script through sh, which must exec the server: npm's child is node itself.
    const [serverPid, ...serverCommand] = execFileSync('ps', ['--ppid', String(server.child.pid), '-o', 'pid=,args='], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/);
    expect(serverCommand[0]).toMatch(/(^|\/)node$/);
    expect(serverCommand).toContain('scripts/launch.mjs');
    // What systemd, Docker and `kill %1` do: the signal goes to the npm process alone.
    process.kill(server.child.pid!, 'SIGTERM');
    await server.exited;
    await waitFor(() => !isAlive(Number(serverPid)), 20_000, 'the server process to exit');
    await waitFor(() => !isAlive(postgres), 20_000, 'the embedded PostgreSQL to stop');
    expect(server.output()).toContain('"reason":"SIGTERM"');
    expect(server.output()).toContain('"msg":"stopped"');
    expect(await fetch(`${server.url}/healthz`).catch(() => 'closed')).toBe('closed');
  });
});
