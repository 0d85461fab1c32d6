import type { ApiKeyRole } from '../domain/access.enums.js';
import { apiKeyGrants } from './permissions.js';
import { type Permission } from '../domain/access.enums.js';

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

/** What a caller may do: a staff user's explicit permissions, else the grants of the key's role. */
export function permissionsOf(principal: Principal): readonly Permission[] {
  return principal.permissions ?? (principal.role ? apiKeyGrants[principal.role] : []);
}
