import { randomBytes } from 'node:crypto';
import { ApiKey } from '../entities/api-key.entity.js';
import { ApiKeyRole } from '../domain/access.enums.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { API_KEY_PREFIX, hashCredential } from '../request/authenticate.js';
import type { RequestContext } from '../request/context.js';
import { credentialsChanged } from '../request/credential-cache.js';
import { isUuid } from './validation.js';

/** Creates a key for the caller's merchant; the returned secret is the only copy that will ever exist. */
export async function createApiKey(
  ctx: RequestContext,
  input: { name: string; role: ApiKeyRole },
): Promise<{ apiKey: ApiKey; secret: string }> {
  const { em } = ctx;
  const trimmed = input.name.trim();
  if (!trimmed || trimmed.length > 100) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'A key name has 1 to 100 characters.', 'name');
  }
  const secret = API_KEY_PREFIX + randomBytes(24).toString('base64url');
  const apiKey = em.create(ApiKey, {
    merchantId: ctx.principal.merchantId,
    name: trimmed,
    prefix: secret.slice(0, 10),
    secretHash: hashCredential(secret),
    role: input.role,
  });
  await em.flush();
  return { apiKey, secret };
}

export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  const { em } = ctx;
  const apiKey = isUuid(id) ? await em.findOne(ApiKey, { id }) : null;
  if (!apiKey) throw new BusinessError(ErrorCode.API_KEY_NOT_FOUND, `No API key with id ${id}.`, 'id');
  apiKey.revokedAt ??= new Date();
  await em.flush();
  credentialsChanged();
  return apiKey;
}

export async function listApiKeys(ctx: RequestContext): Promise<ApiKey[]> {
  return ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'asc' } });
}
