import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

export interface Database {
  url: string;
  embedded: boolean;
  /** false while the embedded PostgreSQL is down and being restarted; always true for an external one. */
  running(): boolean;
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Short-lived tools (the CLI) use the embedded PostgreSQL a running server owns. */
  shareEmbedded?: boolean;
  /** Create DATABASE_URL's database when it does not exist (`--create-db`); otherwise that is an error. */
  createDatabase?: boolean;
  /** The embedded PostgreSQL died and could not be restarted: nothing can be served any more. */
  onFatal?: (error: Error) => void;
}

const EMBEDDED_DATABASE = 'membergraph';
/** Restarts of a crashed embedded PostgreSQL allowed within RESTART_WINDOW_MS before giving up. */
export const MAX_EMBEDDED_RESTARTS = 3;
const RESTART_WINDOW_MS = 10 * 60_000;

/** Where a connection string points, without its password, for messages. */
function describe(url: string): { host: string; port: string; database: string; user: string } {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port || '5432',
    database: decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username),
    user: decodeURIComponent(parsed.username),
  };
}

/**
 * Checks that DATABASE_URL's database exists before anything else connects: MikroORM would
 * otherwise create a misspelt database silently and the server would start on an empty one.
 */
export async function checkExternalDatabase(url: string, createDatabase: boolean): Promise<void> {
  const target = describe(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '3D000') {
      throw new Error(
        `Cannot connect to PostgreSQL at ${target.host}:${target.port} (DATABASE_URL): ${(error as Error).message || code}`,
        { cause: error },
      );
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  if (!createDatabase) {
    throw new Error(
      `Database "${target.database}" does not exist on ${target.host}:${target.port}. Check DATABASE_URL for a typo, ` +
        `or create it: createdb -h ${target.host} -p ${target.port} -U ${target.user} ${target.database} ` +
        `(or run once with --create-db: npm start -- --create-db, npm run migrate -- --create-db).`,
    );
  }
  const serverUrl = new URL(url);
  serverUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: serverUrl.toString(), connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    await admin.query(`create database ${admin.escapeIdentifier(target.database)}`);
  } finally {
    await admin.end();
  }
}

/**
 * Restarts a crashed embedded PostgreSQL on its port, at most MAX_EMBEDDED_RESTARTS times in
 * RESTART_WINDOW_MS; past that (a cluster that keeps dying needs a person) it reports a fatal error.
 */
function superviseEmbedded(embedded: EmbeddedDatabase, log: Logger, onFatal: (error: Error) => void) {
  const restarts: number[] = [];
  let restarting = false;
  embedded.onUnexpectedExit((reason) => {
    restarting = true;
    log.error({ reason, port: embedded.port }, 'embedded PostgreSQL exited unexpectedly; restarting it');
    void (async () => {
      for (;;) {
        const now = Date.now();
        while (restarts.length && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length >= MAX_EMBEDDED_RESTARTS) {
          onFatal(
            new Error(
              `The embedded PostgreSQL died and ${MAX_EMBEDDED_RESTARTS} restarts in ${RESTART_WINDOW_MS / 60_000} minutes did not keep it up.`,
            ),
          );
          return;
        }
        restarts.push(now);
        // Its backends notice the postmaster's death and exit within moments; give them a second.
        await new Promise((done) => setTimeout(done, 1000 * restarts.length));
        try {
          await embedded.restart();
          restarting = false;
          log.warn({ port: embedded.port, attempt: restarts.length }, 'embedded PostgreSQL restarted');
          return;
        } catch (error) {
          log.error({ err: error, attempt: restarts.length }, 'embedded PostgreSQL restart failed');
        }
      }
    })();
  });
  return { running: () => !restarting };
}

/**
 * DATABASE_URL when given (its database must exist); otherwise the embedded PostgreSQL in
 * DATA_DIR, owned by this process (or, for the CLI, shared with the server that owns it).
 */
export async function openDatabase(config: Config, log: Logger, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (config.DATABASE_URL) {
    await checkExternalDatabase(config.DATABASE_URL, options.createDatabase ?? false);
    return { url: config.DATABASE_URL, embedded: false, running: () => true, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
    database: EMBEDDED_DATABASE,
    shareWithOwner: options.shareEmbedded,
    log,
  });
  const supervisor = superviseEmbedded(embedded, log, (error) => {
    if (options.onFatal) options.onFatal(error);
    else log.error({ err: error }, 'embedded PostgreSQL is down');
  });
  return { url: embedded.url, embedded: true, running: supervisor.running, stop: () => embedded.stop() };
}

/** PostgreSQL error codes that mean "the server is not there right now", not "this query is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * Whether an error means the database cannot be reached (down, restarting, unreachable), so the
 * caller gets "unavailable, retry" instead of an internal error. Looks through wrappers (`cause`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect/i.test(e.message))
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
