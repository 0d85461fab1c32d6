import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { scopeToMerchant, type EntityManager, type Orm } from '../db/orm.js';
import type { ApiKeyRole } from '../entities/api-key.entity.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Permission } from './permissions.js';

/**
 * Who is calling: an API key or a logged-in staff user of exactly one merchant, with the
 * permissions that decide what they may change. An anonymous caller (no Authorization header)
 * has no merchant and may only reach the public fields (staff login).
 */
export interface Principal {
  kind: 'apiKey' | 'staff' | 'anonymous';
  /** Empty for an anonymous caller: row-level security then shows nothing. */
  merchantId: string;
  permissions: readonly Permission[];
  /** The API key's role; null for staff and anonymous callers. */
  role: ApiKeyRole | null;
  /** The API key that authenticated the request. */
  apiKeyId: string | null;
  /** The staff user and login session behind a staff token. */
  staffUserId: string | null;
  staffSessionId: string | null;
}

export const ANONYMOUS: Principal = Object.freeze({
  kind: 'anonymous',
  merchantId: '',
  permissions: [],
  role: null,
  apiKeyId: null,
  staffUserId: null,
  staffSessionId: null,
});

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
