import { MikroORM, defineConfig, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { entities } from '../entities/index.js';
import { migrations } from '../migrations/index.js';
import { deferredBeginClient } from './deferred-begin.js';
import { APP_DB_ROLE, MERCHANT_SETTING } from './roles.js';
import { BI_SCHEMA, biCatalogueStamp, biRefreshStatements, dropBiViewsSql } from './bi-views.js';

export type { EntityManager };
export type Orm = MikroORM;

export interface OrmOptions {
  url: string;
  /**
   * true for request handling: every pooled connection switches into the app role, so row-level
   * security applies even to a statement that forgot to set a merchant (it then sees nothing).
   * false for migrations and operator commands, which run as the connection string's user.
   */
  asAppRole: boolean;
  poolMax?: number;
  /**
   * A read replica (DATABASE_READ_URL) for analyst queries. Only code that asks for a read
   * connection by name (`em.getKysely({ type: 'read' })`, services/analytics/run-analytics.ts)
   * reaches it: every other read stays on the primary, which a replica may lag behind. Its
   * connections switch into the app role like the primary's.
   */
  readUrl?: string;
  /**
   * Called with the text of every statement sent to PostgreSQL on this ORM's connections:
   * transaction control (begin, commit), `set_config`, `set role` included, and its parameters
   * when it has any. Tests count statements with it, and EXPLAIN the ones they capture.
   */
  onQuery?: (sql: string, values?: readonly unknown[]) => void;
  /**
   * Texts marked with `prepareText` go as named prepared statements (the default). Off for
   * connections through a transaction pooler that does not keep them (config DB_PREPARED_STATEMENTS).
   */
  preparedStatements?: boolean;
}

/**
 * A pg client that reports every statement before sending it. Counting here, at the connection,
 * sees what MikroORM's own `onQuery` hook does not: the begin / commit Kysely sends for a
 * transaction and the statements of the connection hooks.
 */
/**
 * A connection lost while the pool has lent it out (between two statements of a transaction, say
 * the server was killed) makes pg emit 'error' on the client. pg-pool listens only while the client
 * is idle in the pool; unheard, the event would end the process. The loss still reaches the code
 * that holds the client (its next statement fails: "not queryable"), and pg-pool discards the
 * client when it is released, so the listener need not do anything.
 */
function errorTolerantClient(Base: typeof pg.Client): typeof pg.Client {
  return class ErrorTolerantClient extends Base {
    constructor(...args: ConstructorParameters<typeof pg.Client>) {
      super(...args);
      this.on('error', () => undefined);
    }
  };
}

function reportingClient(onQuery: NonNullable<OrmOptions['onQuery']>): typeof pg.Client {
  const send = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  class ReportingClient extends pg.Client {}
  // Patched on the subclass's prototype (query is overloaded, which an override cannot type).
  ReportingClient.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
    const [statement, values] = args as [unknown, unknown];
    if (typeof statement === 'string') onQuery(statement, Array.isArray(values) ? values : undefined);
    else {
      // A pipelined message (deferred-begin.ts) names every statement it carries.
      const query = statement as { text?: unknown; values?: unknown[]; statements?: string[] };
      onQuery(query.statements?.join('; ') ?? String(query.text), query.values ?? (Array.isArray(values) ? values : undefined));
    }
    return send.apply(this, args);
  } as pg.Client['query'];
  return ReportingClient;
}

export async function createOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(
    defineConfig({
      clientUrl: options.url,
      entities,
      extensions: [Migrator],
      migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
      pool: { min: 0, max: options.poolMax ?? 10 },
      replicas: options.readUrl ? [{ name: 'read-replica', clientUrl: options.readUrl }] : [],
      // MikroORM would otherwise send every read outside a transaction to the replica.
      preferReadReplicas: false,
      // A missing database is an error the operator must see (openDatabase says how to create
      // it), never a fresh empty one created because of a typo in DATABASE_URL.
      ensureDatabase: false,
      // Request code must always use a forked, merchant-scoped EntityManager.
      allowGlobalContext: false,
      onCreateConnection: options.asAppRole
        ? async (connection) => {
            await (connection as { executeQuery(q: CompiledQuery): Promise<unknown> }).executeQuery(
              CompiledQuery.raw(`set role ${APP_DB_ROLE}`),
            );
          }
        : undefined,
      // pg-pool builds its connections with `Client` from the pool options (MikroORM passes
      // driverOptions to `new Pool`): every transaction's `begin` travels with its first statement
      // (deferred-begin.ts), and the reporting client, beneath it, sees every message sent.
      // A database that is down or unreachable fails requests within seconds instead of holding
      // them; the pool reconnects by itself once it is back.
      driverOptions: {
        connectionTimeoutMillis: 5000,
        Client: errorTolerantClient(
          deferredBeginClient(options.onQuery ? reportingClient(options.onQuery) : pg.Client, {
            preparedStatements: options.preparedStatements ?? true,
          }),
        ),
      },
    }),
  );
}

/**
 * Scopes an EntityManager to one merchant: MikroORM opens every statement's transaction with
 * `set_config('app.merchant_id', …, true)`, which is what the row-level security policies read.
 */
export function scopeToMerchant(em: EntityManager, merchantId: string): EntityManager {
  em.setSessionContext({ variables: { [MERCHANT_SETTING]: merchantId } });
  return em;
}

/** Serialises migration runs of one database (a server and a worker starting together). */
const MIGRATE_LOCK = `select pg_advisory_xact_lock(hashtext('membergraph:migrate'))`;

/**
 * Applies every pending migration and then (re)creates the `bi` views (db/bi-views.ts), all in one
 * transaction; returns the names applied. The views are dropped before pending migrations run, so
 * a migration may alter or drop any column they read, and are created again after the last one
 * from the current catalogue. A run that applies nothing re-creates them only when the catalogue
 * changed (its stamp is the comment of schema `bi`).
 */
export async function migrate(orm: Orm): Promise<string[]> {
  const connection = orm.em.getConnection();
  // Asked before the transaction: the migrator reads its table on a pooled connection of its own.
  const pending = await orm.migrator.getPending();
  return connection.transactional(async (trx) => {
    const run = (sql: string) => connection.execute(sql, [], 'run', trx);
    await run(MIGRATE_LOCK);
    if (pending.length) await run(dropBiViewsSql());
    const applied = await orm.migrator.up({ transaction: trx });
    const [schema] = await connection.execute<{ stamp: string | null; exists: boolean }[]>(
      `select obj_description(to_regnamespace('${BI_SCHEMA}'), 'pg_namespace') as stamp, to_regnamespace('${BI_SCHEMA}') is not null as exists`,
      [],
      'all',
      trx,
    );
    if (schema?.exists && (pending.length || schema.stamp !== biCatalogueStamp())) {
      for (const statement of biRefreshStatements()) await run(statement);
    }
    return applied.map((m) => m.name);
  });
}
