import { randomBytes } from 'node:crypto';
import type { EntityManager } from '../db/orm.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { ApiKeyRole } from '../domain/access.enums.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { API_KEY_PREFIX, hashCredential } from '../request/authenticate.js';
import { isUuid } from './validation.js';

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
  const secret = API_KEY_PREFIX + randomBytes(24).toString('base64url');
  const apiKey = em.create(ApiKey, {
    merchantId,
    name: trimmed,
    prefix: secret.slice(0, 10),
    secretHash: hashCredential(secret),
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
