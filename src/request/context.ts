import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { scopeToMerchant, type EntityManager, type Orm } from '../db/orm.js';
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
  principal: Principal;
  loaders: Loaders;
  config: Config;
  log: Logger;
  requestId: string;
  /** The caller's address (Express `req.ip`), for login throttling and audit. */
  ip: string;
}

export interface AppDeps {
  orm: Orm;
  config: Config;
  log: Logger;
}

/**
 * What an operator command (CLI, first-start bootstrap) acts as: the merchant's administrator,
 * through the same services and row-level security as a request with an ADMIN key.
 */
export function operatorContext(deps: AppDeps, merchantId: string): RequestContext {
  return createRequestContext(deps, { merchantId, role: ApiKeyRole.ADMIN, credentialId: 'operator' }, 'operator');
}

export function createRequestContext(deps: AppDeps, principal: Principal, requestId: string, ip = ''): RequestContext {
  const em = scopeToMerchant(deps.orm.em.fork(), principal.merchantId);
  return {
    em,
    principal,
    loaders: createLoaders(em),
    config: deps.config,
    log: deps.log.child({ requestId, merchantId: principal.merchantId }),
    requestId,
    ip,
  };
}
