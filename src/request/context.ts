import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Metrics } from '../observability/metrics.js';
import { scopeToMerchant, type EntityManager, type Orm } from '../db/orm.js';
import type { ReadScope } from '../db/one-trip.js';
import { ApiKeyRole } from '../domain/access.enums.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { Principal } from './principal.js';

export { ANONYMOUS, type Principal } from './principal.js';

/**
 * What every resolver and service receives. Built once per request (GraphQL or shim), never shared:
 * its EntityManager is a fork scoped to the principal's merchant, and its DataLoaders cache only
 * for this request.
 */
export interface RequestContext {
  em: EntityManager;
  /**
   * Where the request's lean reads run (db/one-trip.ts scopedRows): its EntityManager once it has
   * one, else the principal's merchant on the pool, so a request that only reads lean never forks one.
   */
  reads(): ReadScope;
  principal: Principal;
  /** Replaced as a whole after every write (see refreshAfterWrite), never cleared entry by entry. */
  loaders: Loaders;
  config: Config;
  log: Logger;
  requestId: string;
  /** The caller's address (Express `req.ip`), for login throttling and audit. */
  ip: string;
}

/** What the process builds once and every request shares. */
export interface AppDeps {
  orm: Orm;
  config: Config;
  log: Logger;
  /** Prometheus metrics of this app instance; shims count their operations here too. */
  metrics: Metrics;
}

/**
 * What an operator command (CLI, first-start bootstrap) acts as: the merchant's administrator,
 * through the same services and row-level security as a request with an ADMIN key.
 */
export function operatorContext(deps: AppDeps, merchantId: string): RequestContext {
  return createRequestContext(deps, { merchantId, role: ApiKeyRole.ADMIN, credentialId: 'operator' }, 'operator');
}

export function createRequestContext(deps: AppDeps, principal: Principal, requestId: string, ip = ''): RequestContext {
  // The EntityManager, the loaders (some twenty DataLoaders) and the child logger are made when
  // first used: a query whose reads are all lean (member(id)) never forks an EntityManager (its
  // reads go as one message each, with the merchant: db/one-trip.ts), and unless something fails
  // no request makes a logger.
  let em: EntityManager | undefined;
  let log: Logger | undefined;
  return contextOf(
    { principal, config: deps.config, requestId, ip },
    () => (em ??= scopeToMerchant(deps.orm.em.fork(), principal.merchantId)),
    () => em ?? { merchantId: principal.merchantId, kysely: deps.orm.em.getConnection().getClient() },
    () => (log ??= deps.log.child({ requestId, merchantId: principal.merchantId })),
  );
}

/** A context whose EntityManager, read scope and logger come from these functions, its loaders made on first use. */
function contextOf(
  fixed: Pick<RequestContext, 'principal' | 'config' | 'requestId' | 'ip'>,
  emOf: () => EntityManager,
  reads: () => ReadScope,
  logOf: () => Logger,
): RequestContext {
  let loaders: Loaders | undefined;
  return {
    ...fixed,
    get em() {
      return emOf();
    },
    reads,
    get loaders() {
      return (loaders ??= createLoaders(emOf, reads));
    },
    set loaders(fresh: Loaders) {
      loaders = fresh;
    },
    get log() {
      return logOf();
    },
  };
}

/**
 * Forgets everything the request has read: the loaders' caches and the EntityManager's identity
 * map. Called in one place, around every mutation (graphql/build-schema.ts wraps each Mutation
 * field): before it, so a command starts from the database and not from entities an earlier
 * operation of the same shim call loaded; after it, so a read later in the same request (the
 * payload's nested fields, the next operation) sees the write, whichever tables it touched and
 * however (ORM or SQL). Services never clear loaders themselves.
 */
export function refreshAfterWrite(ctx: RequestContext): void {
  ctx.em.clear();
  ctx.loaders = createLoaders(ctx.em);
}

/**
 * Runs a whole request in one merchant-scoped transaction: `work` gets a context whose
 * EntityManager is the transaction's, so every operation and service call it makes joins it (a
 * service's own transaction becomes a savepoint). Used by the shims, whose one legacy call may
 * take several GraphQL operations. Throwing rolls everything back. `readOnly` for a call that only
 * reads: PostgreSQL then refuses any write in it, and its end costs no round trip of its own
 * (db/deferred-begin.ts).
 */
export function inRequestTransaction<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  // The transaction's EntityManager inherits the merchant: MikroORM sets it when the transaction begins.
  if (!options.readOnly) return ctx.em.transactional((em) => work(onEntityManager(ctx, em)));
  return inReadTransaction(ctx, work);
}

/**
 * The request's context on another EntityManager (a transaction's), with loaders of its own. Not
 * `{ ...ctx, em }`: spreading would run the context's lazy getters (some twenty DataLoaders and a
 * child logger, made only to be dropped).
 */
export function onEntityManager(ctx: RequestContext, em: EntityManager): RequestContext {
  const { principal, config, requestId, ip } = ctx;
  return contextOf(
    { principal, config, requestId, ip },
    () => em,
    () => em,
    () => ctx.log,
  );
}

/**
 * A read-only transaction as a query's on /graphql has one (http/compiled-queries.ts): begun and
 * rolled back on the request's own EntityManager when nothing has begun one there yet (a shim
 * call's fresh context), else on a fork of it; with nothing to flush or commit, and without
 * MikroORM's transactional wrapper (a transaction context and a fork of its own).
 */
async function inReadTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  const fresh = !ctx.em.getTransactionContext();
  const em = fresh ? ctx.em : ctx.em.fork();
  await em.begin({ readOnly: true });
  try {
    return await work(fresh ? ctx : onEntityManager(ctx, em));
  } finally {
    await em.rollback();
  }
}
