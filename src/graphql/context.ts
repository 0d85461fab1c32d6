import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { scopeToMerchant, type EntityManager, type Orm } from '../db/orm.js';
import type { ApiKeyRole } from '../entities/api-key.entity.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Permission } from './permissions.js';

/** Who is calling: always exactly one merchant, and a role that decides what they may change. */
export interface Principal {
  merchantId: string;
  /** The role of an API key or shim app; null for staff (their staff role's permissions apply). */
  role: ApiKeyRole | null;
  /** What authenticated the request: an API key's id, or a legacy shim app's id, or a staff session's id. */
  credentialId: string;
  /** Absent for API keys and shim apps. `anonymous`: no credential, only public fields (staff login). */
  kind?: 'staff' | 'anonymous';
  /** The staff user behind a staff token. */
  staffUserId?: string | null;
  /** Explicit permissions (staff); absent: those of `role` (see permissionsOf). */
  permissions?: readonly Permission[];
}

/** A request without any credential: no merchant (row-level security shows nothing), no permissions. */
export const ANONYMOUS: Principal = Object.freeze({
  merchantId: '',
  role: null,
  credentialId: '',
  kind: 'anonymous',
  permissions: [],
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
