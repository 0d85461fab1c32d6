import { ApiKeyRole } from '../entities/api-key.entity.js';
import type { Principal } from './context.js';

/**
 * Permissions a resolver can ask for with `@Authorized(Permission.X)`. API keys get them from their
 * role; staff users from their staff role. Reads need only an authenticated caller.
 */
export enum Permission {
  /** Change members. */
  WRITE = 'WRITE',
  /** Manage the merchant itself: stores, API keys, card settings. */
  ADMIN = 'ADMIN',
  /** Staff users and their roles. */
  STAFF_MANAGE = 'STAFF_MANAGE',
  /** Card templates, recharge events, coupon templates. */
  CARD_CONFIG = 'CARD_CONFIG',
  /** Open cards, recharge, spend, cashback, invoices, SMS codes, images. */
  CARD_OPERATE = 'CARD_OPERATE',
  /** Refund spends and recharges (each still needs an SMS code). */
  CARD_REFUND = 'CARD_REFUND',
  /** Gift coupons and redeem them. */
  COUPON_OPERATE = 'COUPON_OPERATE',
}

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

/** What a caller may do: a staff user's explicit permissions, else the grants of the key's role. */
export function permissionsOf(principal: Principal): readonly Permission[] {
  return principal.permissions ?? (principal.role ? apiKeyGrants[principal.role] : []);
}
