import { hash } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { openText, sealContext } from '../db/secret-box.js';
import type { ApiKeyRole, ShimAppStatus, ShimContract } from '../domain/access.enums.js';
import { credentialCache } from './credential-cache.js';
import { toPermissions } from './permissions.js';
import type { Principal } from './principal.js';

/**
 * Who is calling: every credential the platform accepts is resolved here, before any merchant is
 * known, through SECURITY DEFINER functions that answer only for one live credential. The request
 * context is then built for the merchant found.
 */

export const API_KEY_PREFIX = 'mg_';
export const STAFF_TOKEN_PREFIX = 'mgs_';

/**
 * API keys (192 random bits) and staff tokens (256) need no slow hash: there is nothing to guess,
 * and SHA-256 keeps a leaked table unusable.
 */
export function hashCredential(secret: string): string {
  // The one-shot hash: the same digest as createHash().update().digest(), without a Hash object
  // per request (it runs on every authenticated request, to find the key in the credential cache).
  return hash('sha256', secret, 'hex');
}

/**
 * Resolves `Authorization: Bearer <key>` to a principal, or null. Runs before any merchant is known,
 * through a SECURITY DEFINER function that answers only for a live key with this exact hash.
 */
export async function authenticateApiKey(orm: Orm, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 100) return null;
  const hash = hashCredential(secret);
  return cached(orm, `key:${hash}`, async () => {
    const rows = await orm.em
      .fork()
      .execute<{ key_id: string; merchant_id: string; role: ApiKeyRole }[]>(
        'select key_id, merchant_id, role from authenticate_api_key(?)',
        [hash],
      );
    const row = rows[0];
    return row ? { credentialId: row.key_id, merchantId: row.merchant_id, role: row.role } : null;
  });
}

/** Through the server instance's credential cache when it has one (credential-cache.ts), else straight to the database. */
function cached<T>(orm: Orm, key: string, load: () => Promise<T | null>, expiresAt?: (value: T) => Date): Promise<T | null> {
  const cache = credentialCache(orm);
  return cache ? cache.lookup(key, load, expiresAt) : load();
}

/** Resolves a staff token to a principal, or null (unknown, expired, revoked, or user disabled). */
export async function authenticateStaffToken(orm: Orm, token: string): Promise<Principal | null> {
  if (!token.startsWith(STAFF_TOKEN_PREFIX) || token.length > 100) return null;
  const hash = hashCredential(token);
  const session = await cached(
    orm,
    `staff:${hash}`,
    async () => {
      const rows = await orm.em
        .fork()
        .execute<{ session_id: string; merchant_id: string; staff_user_id: string; permissions: string[]; expires_at: Date }[]>(
          'select session_id, merchant_id, staff_user_id, permissions, expires_at from authenticate_staff_token(?)',
          [hash],
        );
      const row = rows[0];
      if (!row) return null;
      const principal: Principal = {
        kind: 'staff',
        merchantId: row.merchant_id,
        role: null,
        credentialId: row.session_id,
        staffUserId: row.staff_user_id,
        permissions: toPermissions(row.permissions),
      };
      return { principal, expiresAt: new Date(row.expires_at) };
    },
    // A cached session never outlives the token itself.
    (session) => session.expiresAt,
  );
  return session && session.expiresAt.getTime() > Date.now() ? session.principal : null;
}

/** Resolves a bearer credential: an API key (`mg_…`) or a staff login token (`mgs_…`). */
export async function authenticateBearer(orm: Orm, credential: string): Promise<Principal | null> {
  return (await authenticateApiKey(orm, credential)) ?? (await authenticateStaffToken(orm, credential));
}

/** An app as the shim sees it after resolving the caller, before anything else happens. */
export interface ResolvedShimApp {
  appId: string;
  merchantId: string;
  partnerId: string | null;
  /** The HMAC secret as stored: sealed. Only {@link hmacSecretOf}, for the signature check, opens it. */
  sealedSecret: string | null;
  publicKeyPem: string | null;
  status: ShimAppStatus;
  allowUnsigned: boolean;
  /** The merchant's IANA zone, for legacy timestamps. */
  timeZone: string;
}

/** Finds a live app by what the caller sent, across merchants (through a definer function). */
export async function resolveShimApp(orm: Orm, contract: ShimContract, appKey: string): Promise<ResolvedShimApp | null> {
  // Only what an app key can look like reaches SQL (no NUL, no 10 KB of garbage).
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(appKey)) return null;
  return cached(orm, `shim:${contract}:${appKey}`, async () => {
    const rows = await orm.em
      .fork()
      .execute<Record<string, unknown>[]>('select * from resolve_shim_app(?, ?)', [contract, appKey]);
    const row = rows[0];
    if (!row) return null;
    return {
      appId: row.app_id as string,
      merchantId: row.merchant_id as string,
      partnerId: row.partner_id as string | null,
      sealedSecret: row.secret as string | null,
      publicKeyPem: row.public_key_pem as string | null,
      status: row.status as ShimAppStatus,
      allowUnsigned: row.allow_unsigned as boolean,
      timeZone: row.time_zone as string,
    };
  });
}

/**
 * Opened secrets, per resolved app: they live exactly as long as the app's entry in the credential
 * cache (at most CREDENTIAL_CACHE_SECONDS, dropped at once on revocation), instead of being opened
 * again by every signed request (AES-GCM, 1.5 % of an HMAC route's CPU). The key that opens them
 * is in this process's memory anyway.
 */
const openedSecrets = new WeakMap<ResolvedShimApp, string>();

/** The HMAC secret of an app, opened for the code that verifies a signature with it. */
export function hmacSecretOf(app: ResolvedShimApp): string | null {
  if (app.sealedSecret === null) return null;
  let secret = openedSecrets.get(app);
  if (secret === undefined) {
    secret = openText(app.sealedSecret, sealContext.shimAppSecret(app.appId));
    openedSecrets.set(app, secret);
  }
  return secret;
}
