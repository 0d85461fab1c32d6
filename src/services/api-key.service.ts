import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, Orm } from '../db/orm.js';
import { ApiKey, ApiKeyRole } from '../entities/api-key.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { isUuid } from './validation.js';
import type { Principal } from '../graphql/context.js';

const KEY_PREFIX = 'mg_';

/** API keys carry 192 random bits, so a fast hash is enough (unlike passwords, nothing to guess). */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates a key for `merchantId`; the returned secret is the only copy that will ever exist. */
export async function createApiKey(
  em: EntityManager,
  merchantId: string,
  name: string,
  role: ApiKeyRole,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'A key name has 1 to 100 characters.', 'name');
  }
  const secret = KEY_PREFIX + randomBytes(24).toString('base64url');
  const apiKey = em.create(ApiKey, {
    merchantId,
    name: trimmed,
    prefix: secret.slice(0, 10),
    secretHash: hashApiKey(secret),
    role,
  });
  await em.flush();
  return { apiKey, secret };
}

export async function revokeApiKey(em: EntityManager, id: string): Promise<ApiKey> {
  const apiKey = isUuid(id) ? await em.findOne(ApiKey, { id }) : null;
  if (!apiKey) throw new BusinessError(ErrorCode.API_KEY_NOT_FOUND, `No API key with id ${id}.`, 'id');
  apiKey.revokedAt ??= new Date();
  await em.flush();
  return apiKey;
}

export async function listApiKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { createdAt: 'asc' } });
}

/**
 * Resolves `Authorization: Bearer <key>` to a principal, or null. Runs before any merchant is known,
 * through a SECURITY DEFINER function that answers only for a live key with this exact hash.
 */
export async function authenticateApiKey(orm: Orm, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(KEY_PREFIX) || secret.length > 100) return null;
  const rows = await orm.em
    .fork()
    .execute<{ key_id: string; merchant_id: string; role: ApiKeyRole }[]>(
      'select key_id, merchant_id, role from authenticate_api_key(?)',
      [hashApiKey(secret)],
    );
  const row = rows[0];
  return row ? { credentialId: row.key_id, merchantId: row.merchant_id, role: row.role } : null;
}
