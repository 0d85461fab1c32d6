import type { AuthChecker } from 'type-graphql';
import { ApiKeyRole } from '../entities/api-key.entity.js';
import { forbidden } from '../errors/graphql-errors.js';
import type { RequestContext } from './context.js';

/** Permissions a resolver can ask for with `@Authorized(Permission.X)`. */
export enum Permission {
  /** Change members, points, cards. */
  WRITE = 'WRITE',
  /** Manage the merchant itself: stores, API keys, apps. */
  ADMIN = 'ADMIN',
}

const grants: Record<ApiKeyRole, Permission[]> = {
  [ApiKeyRole.ADMIN]: [Permission.ADMIN, Permission.WRITE],
  [ApiKeyRole.OPERATOR]: [Permission.WRITE],
  [ApiKeyRole.READONLY]: [],
};

/** Every request is authenticated before GraphQL runs; this only checks the key's role. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, required) => {
  const held = grants[context.principal.role] ?? [];
  if (required.every((p) => held.includes(p as Permission))) return true;
  throw forbidden(`A ${context.principal.role} key cannot do this; it needs ${required.join(', ')}.`);
};
