import { ApiKeyRole, Permission } from '../domain/access.enums.js';

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

/** What each API key role may do. */
export const apiKeyGrants: Record<ApiKeyRole, readonly Permission[]> = {
  [ApiKeyRole.ADMIN]: ALL_PERMISSIONS,
  [ApiKeyRole.OPERATOR]: [Permission.WRITE, Permission.CARD_OPERATE, Permission.CARD_REFUND, Permission.COUPON_OPERATE],
  [ApiKeyRole.READONLY]: [],
};

/** Keeps the known permission names of a stored list (a role may carry legacy strings too). */
export function toPermissions(names: readonly string[]): Permission[] {
  const known = new Set<string>(ALL_PERMISSIONS);
  return names.filter((n): n is Permission => known.has(n));
}
