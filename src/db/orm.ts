import { MikroORM, defineConfig, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { CompiledQuery } from 'kysely';
import { entities } from '../entities/index.js';
import { migrations } from '../migrations/index.js';
import { APP_DB_ROLE, MERCHANT_SETTING } from './roles.js';

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
  /** Called with every SQL statement the ORM sends; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export async function createOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(
    defineConfig({
      clientUrl: options.url,
      entities,
      extensions: [Migrator],
      migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
      pool: { min: 0, max: options.poolMax ?? 10 },
      // A database that is down or unreachable fails requests within seconds instead of holding
      // them; the pool reconnects by itself once it is back.
      driverOptions: { connectionTimeoutMillis: 5000 },
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
      onQuery: (sql) => {
        options.onQuery?.(sql);
        return sql;
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

/** Applies every pending migration; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
