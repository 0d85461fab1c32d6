import { randomBytes, randomInt, randomUUID, createPublicKey } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import type { RequestContext } from '../request/context.js';
import { credentialsChanged } from '../request/credential-cache.js';
import { ensureSigningKey } from '../request/data/signing-key.js';
import { ShimApp } from '../entities/shim-app.entity.js';
import { ShimAppStatus, ShimContract } from '../domain/access.enums.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { sealContext, sealText } from '../db/secret-box.js';
import { fields, isUuid, parseInput } from './validation.js';

/**
 * Contracts whose apps hold a secret the server keeps (sealed): an HMAC key for the signed ones,
 * the password of HTTP Basic for members-rest.
 */
const HMAC_CONTRACTS = new Set([ShimContract.CPOINT_INNER, ShimContract.ERP_MEMBER_POINTS, ShimContract.MEMBERS_REST]);

const createSchema = z.object({
  contract: z.nativeEnum(ShimContract),
  name: fields.shortText,
  appKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,64}$/, 'An app key is 3 to 64 letters, digits, _, . or -.')
    .nullish(),
  partnerId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'A partnerId is 1 to 32 letters or digits.')
    .nullish(),
  publicKeyPem: z
    .string()
    .trim()
    .refine((pem) => {
      try {
        return createPublicKey(pem).asymmetricKeyType === 'rsa';
      } catch {
        return false;
      }
    }, 'Not a PEM-encoded RSA public key.')
    .nullish(),
  allowUnsigned: z.boolean().nullish(),
});
export type CreateShimAppData = z.input<typeof createSchema>;

/**
 * Creates an app for one legacy contract. HMAC contracts get a generated secret, returned here
 * only; partner-openapi apps need the partner's RSA public key unless they accept unsigned
 * requests (development only).
 */
export async function createShimApp(
  ctx: RequestContext,
  input: CreateShimAppData,
  options: { byOperator?: boolean } = {},
): Promise<{ app: ShimApp; secret: string | null; signingPublicKeyPem: string | null }> {
  const data = parseInput(createSchema, input);
  const { em } = ctx;
  const merchantId = ctx.principal.merchantId;
  // App keys are unique across merchants (a legacy caller names itself by the key alone), so a
  // merchant choosing one would learn from DUPLICATE_APP_KEY that another merchant uses it. Only the
  // operator, who sees every merchant anyway, chooses keys; merchants get generated ones.
  if (data.appKey && !options.byOperator) {
    throw new BusinessError(
      ErrorCode.INVALID_INPUT,
      'App keys are generated; a chosen app key (a legacy appName) is set by the operator: cli shimapp:create --app-key.',
      'appKey',
    );
  }
  const isPartner = data.contract === ShimContract.PARTNER_OPENAPI;
  if (isPartner && !data.publicKeyPem && !data.allowUnsigned) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, "A partner-openapi app needs the partner's RSA public key.", 'publicKeyPem');
  }
  const secret = HMAC_CONTRACTS.has(data.contract) ? randomBytes(24).toString('base64url') : null;
  try {
    return await em.transactional(async (tem) => {
      const id = randomUUID();
      const app = tem.create(ShimApp, {
        id,
        merchantId,
        contract: data.contract,
        appKey: data.appKey ?? randomBytes(16).toString('hex'),
        name: data.name,
        partnerId: isPartner ? (data.partnerId ?? String(randomInt(10_000_000, 99_999_999))) : null,
        secret: secret === null ? null : sealText(secret, sealContext.shimAppSecret(id)),
        publicKeyPem: data.publicKeyPem ?? null,
        allowUnsigned: data.allowUnsigned ?? false,
      });
      await tem.flush();
      const signing = isPartner ? await ensureSigningKey(tem, merchantId) : null;
      return { app, secret, signingPublicKeyPem: signing?.publicKeyPem ?? null };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new BusinessError(ErrorCode.DUPLICATE_APP_KEY, `App key ${data.appKey} is taken for ${data.contract}.`, 'appKey');
    }
    throw error;
  }
}

async function requireApp(em: EntityManager, id: string): Promise<ShimApp> {
  const app = isUuid(id) ? await em.findOne(ShimApp, { id, revokedAt: null }) : null;
  if (!app) throw new BusinessError(ErrorCode.SHIM_APP_NOT_FOUND, `No live app with id ${id}.`, 'id');
  return app;
}

export async function setShimAppStatus(ctx: RequestContext, input: { id: string; status: ShimAppStatus }): Promise<ShimApp> {
  const app = await requireApp(ctx.em, input.id);
  app.status = input.status;
  await ctx.em.flush();
  credentialsChanged();
  return app;
}

/** Revoked apps are unknown to the shims from the next request on. */
export async function revokeShimApp(ctx: RequestContext, id: string): Promise<ShimApp> {
  const app = await requireApp(ctx.em, id);
  app.revokedAt = new Date();
  await ctx.em.flush();
  credentialsChanged();
  return app;
}

export async function listShimApps(ctx: RequestContext): Promise<ShimApp[]> {
  return ctx.em.find(ShimApp, {}, { orderBy: { createdAt: 'asc' } });
}

/** The merchant's public key (PEM) that verifies partner-openapi answers; the pair is made on first need. */
export async function signingPublicKey(ctx: RequestContext): Promise<string> {
  return (await ensureSigningKey(ctx.em, ctx.principal.merchantId)).publicKeyPem;
}
