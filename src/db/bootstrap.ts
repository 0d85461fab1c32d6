import type { Logger } from 'pino';
import type { Config } from '../config.js';
import {
  installSecretsKey,
  isSealedBytes,
  isSealedText,
  resolveSecretsKey,
  sealBytes,
  sealContext,
  sealText,
} from './secret-box.js';
import { openDatabase, type Database, type OpenDatabaseOptions } from './database.js';
import { createOrm, migrate, scopeToMerchant, type Orm, type OrmOptions } from './orm.js';

export interface Platform {
  db: Database;
  /** Request-handling ORM: connections run as the app role, under row-level security. */
  orm: Orm;
  /** Operator ORM: the connection string's own user (migrations, cross-merchant admin reads). */
  ownerOrm: Orm;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations, and returns both ORMs. */
export async function openPlatform(
  config: Config,
  log: Logger,
  options: OpenDatabaseOptions & Pick<OrmOptions, 'onQuery'> = {},
): Promise<Platform> {
  // Before anything else: without its key the server could neither use nor create secrets.
  installSecretsKey(resolveSecretsKey(config));
  const db = await openDatabase(config, log, options);
  let ownerOrm: Orm | undefined;
  let orm: Orm | undefined;
  let applied: string[];
  try {
    ownerOrm = await createOrm({ url: db.url, asAppRole: false, poolMax: 2 });
    applied = await migrate(ownerOrm);
    if (applied.length) log.info({ applied }, 'migrations applied');
    orm = await createOrm({
      url: config.APP_DATABASE_URL ?? db.url,
      asAppRole: true,
      poolMax: config.DB_POOL_MAX,
      readUrl: config.DATABASE_READ_URL,
      onQuery: options.onQuery,
      preparedStatements:
        config.DB_PREPARED_STATEMENTS === 'auto' ? !config.APP_DATABASE_URL : config.DB_PREPARED_STATEMENTS === 'true',
    });
  } catch (error) {
    // Leave nothing running behind a failed start, above all not the embedded PostgreSQL.
    await Promise.allSettled([ownerOrm?.close(), orm?.close()]);
    await db.stop();
    throw error;
  }
  if (applied.includes('m20261124-001-security')) {
    const sealed = await sealPlaintextSecrets(orm, ownerOrm);
    if (sealed) log.info({ sealed }, 'secrets stored before sealing were sealed');
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

/**
 * Seals the secrets a database kept in clear before secrets were sealed (once, when the migration
 * that started sealing is applied), merchant by merchant under row-level security.
 */
export async function sealPlaintextSecrets(orm: Orm, ownerOrm: Orm): Promise<number> {
  let sealed = 0;
  const merchants = await ownerOrm.em.fork().execute<{ id: string }[]>('select id from merchant');
  for (const { id: merchantId } of merchants) {
    await scopeToMerchant(orm.em.fork(), merchantId).transactional(async (em) => {
      for (const app of await em.execute<{ id: string; secret: string }[]>(
        'select id, secret from shim_app where secret is not null',
      )) {
        if (isSealedText(app.secret)) continue;
        await em.execute('update shim_app set secret = ? where id = ?', [
          sealText(app.secret, sealContext.shimAppSecret(app.id)),
          app.id,
        ]);
        sealed++;
      }
      for (const key of await em.execute<{ pem: string }[]>('select private_key_pem as pem from merchant_signing_key')) {
        if (isSealedText(key.pem)) continue;
        await em.execute('update merchant_signing_key set private_key_pem = ?', [
          sealText(key.pem, sealContext.signingKey(merchantId)),
        ]);
        sealed++;
      }
      for (const row of await em.execute<{ qr_key: Buffer }[]>('select qr_key from card_settings')) {
        if (isSealedBytes(row.qr_key)) continue;
        await em.execute('update card_settings set qr_key = ?', [sealBytes(row.qr_key, sealContext.qrKey(merchantId))]);
        sealed++;
      }
    });
  }
  return sealed;
}

/** Counts merchants across tenants (operator connection). */
export async function countMerchants(ownerOrm: Orm): Promise<number> {
  const rows = await ownerOrm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from merchant');
  return rows[0]?.n ?? 0;
}
