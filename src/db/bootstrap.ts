import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { openDatabase, type Database, type OpenDatabaseOptions } from './database.js';
import { createOrm, migrate, type Orm } from './orm.js';

export interface Platform {
  db: Database;
  /** Request-handling ORM: connections run as the app role, under row-level security. */
  orm: Orm;
  /** Operator ORM: the connection string's own user (migrations, cross-merchant admin reads). */
  ownerOrm: Orm;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations, and returns both ORMs. */
export async function openPlatform(config: Config, log: Logger, options: OpenDatabaseOptions = {}): Promise<Platform> {
  const db = await openDatabase(config, log, options);
  let ownerOrm: Orm | undefined;
  let orm: Orm | undefined;
  try {
    ownerOrm = await createOrm({ url: db.url, asAppRole: false, poolMax: 2 });
    const applied = await migrate(ownerOrm);
    if (applied.length) log.info({ applied }, 'migrations applied');
    orm = await createOrm({ url: config.APP_DATABASE_URL ?? db.url, asAppRole: true, poolMax: config.DB_POOL_MAX });
  } catch (error) {
    // Leave nothing running behind a failed start, above all not the embedded PostgreSQL.
    await Promise.allSettled([ownerOrm?.close(), orm?.close()]);
    await db.stop();
    throw error;
  }
  return {
    db,
    orm,
    ownerOrm,
    async close() {
      // Close everything even if one part fails, then report the first failure.
      const results = await Promise.allSettled([orm.close(), ownerOrm.close()]);
      results.push(...(await Promise.allSettled([db.stop()])));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** Counts merchants across tenants (operator connection). */
export async function countMerchants(ownerOrm: Orm): Promise<number> {
  const rows = await ownerOrm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from merchant');
  return rows[0]?.n ?? 0;
}
