import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { scopeToMerchant, type EntityManager, type Orm } from '../db/orm.js';
import type { ApiKeyRole } from '../entities/api-key.entity.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Who is calling: always exactly one merchant, and a role that decides what they may change. */
export interface Principal {
  merchantId: string;
  role: ApiKeyRole;
  /** What authenticated the request: an API key's id, or a legacy shim app's id. */
  credentialId: string;
}

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
}

export interface AppDeps {
  orm: Orm;
  config: Config;
  log: Logger;
}

export function createRequestContext(deps: AppDeps, principal: Principal, requestId: string): RequestContext {
  const em = scopeToMerchant(deps.orm.em.fork(), principal.merchantId);
  return {
    em,
    principal,
    loaders: createLoaders(em),
    config: deps.config,
    log: deps.log.child({ requestId, merchantId: principal.merchantId }),
    requestId,
  };
}
