import 'reflect-metadata';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../../scripts/launch.mjs';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { createOrm, migrate } from '../../src/db/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL (any database) the tests create their databases on. */
    serverUrl: string;
    /** A migrated database that each test file clones (CREATE DATABASE … TEMPLATE). */
    templateDatabase: string;
    /** Prefix of every database this run creates, so parallel runs never touch each other's. */
    databasePrefix: string;
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Runs the migrations once into a template database; every test file then gets its own copy,
 * which takes a fraction of a second and isolates files from each other completely.
 * DATABASE_URL when set (CI: the machine's PostgreSQL), otherwise an embedded PostgreSQL.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Tests of the server and CLI as processes run the built code, as `npm start` does.
  if (!ensureBuilt()) throw new Error('The build failed; see the tsc errors above.');
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Its own folder and a free port: two checkouts, or two runs, can test at the same time.
    embedded = await startEmbeddedPostgres({ dataDir: `.data/test-${process.pid}`, database: 'postgres', persistent: false });
    serverUrl = embedded.url;
  }
  const databasePrefix = `mg_t_${process.pid}_`;
  const templateDatabase = `${databasePrefix}template`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // Databases left by an interrupted earlier run (its process is gone) would only waste space.
  const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'mg\\_t\\_%'");
  for (const { datname } of stale.rows) {
    const pid = Number(datname.split('_')[2]);
    if (!isAlive(pid)) await admin.query(`drop database if exists "${datname}" with (force)`);
  }
  await admin.query(`create database "${templateDatabase}"`);
  const orm = await createOrm({ url: databaseUrl(serverUrl, templateDatabase), asAppRole: false, poolMax: 1 });
  await migrate(orm);
  await orm.close();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('databasePrefix', databasePrefix);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [
      databasePrefix,
    ]);
    for (const { datname } of leftovers.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
  };
}
