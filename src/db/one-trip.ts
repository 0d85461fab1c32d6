import { CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MERCHANT_SETTING } from './roles.js';
import { MerchantScope, prepareText } from './deferred-begin.js';

/** `:name` parameters (MikroORM's style) as `$1…` with their values in order; `::type` casts stay. */
export function positionalStatement(sql: string, params: Record<string, unknown>): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<!:):([a-z_][a-z0-9_]*)/gi, (_, name: string) => {
    if (!(name in params)) throw new Error(`no parameter ${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, names };
}

const positionalCache = new Map<string, { text: string; names: string[] }>();
const MAX_CACHED_TEXTS = 64;

/**
 * Runs one statement as a whole transaction in one round trip, on a pooled connection: the
 * merchant's `set_config(…, true)` and the statement travel in one message (deferred-begin.ts,
 * MerchantScope) and PostgreSQL runs them as one implicit transaction: committed when the message
 * ends, rolled back if anything in it fails, the merchant set for this statement only. What
 * MikroORM does for a statement outside a transaction (`begin`, `set_config`, the statement,
 * `commit`) in two round trips, with the statement prepared once per connection.
 *
 * Only for a statement that is its caller's whole transaction: inside a transaction, use the
 * transaction's EntityManager as usual.
 */
export async function oneTripStatement<R>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<R[]> {
  let positional = positionalCache.get(sql);
  if (!positional) {
    positional = positionalStatement(sql, params);
    if (positionalCache.size < MAX_CACHED_TEXTS) positionalCache.set(sql, positional);
  }
  const statement = CompiledQuery.raw(
    positional.text,
    positional.names.map((name) => params[name]),
  ) as CompiledQuery<R>;
  try {
    // A cached text is a fixed one: prepared once per connection (a text past the bound goes unnamed).
    return await scopedRows(em, statement, { prepare: positionalCache.get(sql) === positional });
  } catch (error) {
    throw em
      .getPlatform()
      .getExceptionConverter()
      .convertException(error as Error);
  }
}

/**
 * Where a request's lean read runs: its EntityManager (on its transaction, or one message with the
 * merchant it was scoped to), or, before the request made one, its merchant and the pool's kysely
 * (one message with that merchant: outside a transaction either way).
 */
export type ReadScope = EntityManager | PoolScope;
/** A request's merchant and the pool's kysely, before the request made an EntityManager. */
interface PoolScope {
  merchantId: string | undefined;
  kysely: Kysely<unknown>;
}

const isEntityManager = (scope: ReadScope): scope is EntityManager => 'getKysely' in scope;

/** The merchant an EntityManager was scoped to (orm.ts scopeToMerchant), if any. */
function merchantOf(em: EntityManager): string | undefined {
  const merchantId = em.getSessionContext()?.variables?.[MERCHANT_SETTING];
  return typeof merchantId === 'string' ? merchantId : undefined;
}

/**
 * Runs a read built with kysely for a request and answers its rows. Inside a transaction, on the
 * transaction's connection, where the merchant was set when it began. Outside one (a query on the
 * compiled lane that reads only through these, a mutation's payload), as a whole transaction of its
 * own in one message: the merchant's setting (prepared once per connection) and the statement, an
 * implicit transaction on a pooled connection (deferred-begin.ts, MerchantScope), so no
 * transaction control travels and nothing of the merchant outlives the message. Either way
 * row-level security reads the merchant; a statement can never run without one.
 *
 * `prepare`: a fixed text (the same on every call) is sent as a named prepared statement, parsed
 * and planned once per connection; texts built from a caller's filter should not be.
 */
export async function scopedRows<R>(
  scope: ReadScope,
  query: RawBuilder<R> | CompiledQuery<R>,
  options: { prepare?: boolean } = {},
): Promise<R[]> {
  const em = isEntityManager(scope) ? scope : undefined;
  const db = em ? em.getKysely() : (scope as PoolScope).kysely;
  // A CompiledQuery is a fixed text written with its placeholders (the hottest reads): nothing to build.
  const compiled = 'compile' in query ? query.compile(db) : query;
  if (options.prepare) prepareText(compiled.sql);
  if (em?.getTransactionContext()) return (await db.executeQuery(compiled)).rows;
  const merchantId = em ? merchantOf(em) : (scope as PoolScope).merchantId;
  if (!merchantId) throw new Error('A read outside a transaction needs an EntityManager scoped to a merchant.');
  const scoped = CompiledQuery.raw(compiled.sql, [new MerchantScope(merchantId), ...compiled.parameters]);
  return (await db.executeQuery(scoped)).rows as R[];
}
