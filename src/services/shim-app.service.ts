import { generateKeyPairSync, randomBytes, randomInt, randomUUID, createPublicKey } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager, Orm } from '../db/orm.js';
import { MerchantSigningKey, ShimApp, ShimAppStatus, ShimContract } from '../entities/shim-app.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { openText, sealContext, sealText } from './secret-box.js';
import { fields, isUuid, parseInput } from './validation.js';

/** Contracts whose requests are signed with an HMAC over a shared secret. */
const HMAC_CONTRACTS = new Set([ShimContract.CPOINT_INNER, ShimContract.ERP_MEMBER_POINTS]);

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

/** The HMAC secret of an app, opened for the code that verifies a signature with it. */
export function hmacSecretOf(app: ResolvedShimApp): string | null {
  return app.sealedSecret === null ? null : openText(app.sealedSecret, sealContext.shimAppSecret(app.appId));
}

/** The merchant's response-signing key pair, created on first need; the private key is stored sealed. */
export async function ensureSigningKey(em: EntityManager, merchantId: string): Promise<MerchantSigningKey> {
  const existing = await em.findOne(MerchantSigningKey, { merchantId });
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = em.create(MerchantSigningKey, {
    merchantId,
    privateKeyPem: sealText(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), sealContext.signingKey(merchantId)),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  await em.flush();
  return key;
}

/** The merchant's private signing key in PEM, opened for the code that signs answers. */
export function signingPrivateKeyPem(key: MerchantSigningKey): string {
  return openText(key.privateKeyPem, sealContext.signingKey(key.merchantId));
}

/**
 * Creates an app for one legacy contract. HMAC contracts get a generated secret, returned here
 * only; partner-openapi apps need the partner's RSA public key unless they accept unsigned
 * requests (development only).
 */
export async function createShimApp(
  em: EntityManager,
  merchantId: string,
  input: CreateShimAppData,
  options: { byOperator?: boolean } = {},
): Promise<{ app: ShimApp; secret: string | null; signingPublicKeyPem: string | null }> {
  const data = parseInput(createSchema, input);
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

export async function setShimAppStatus(em: EntityManager, id: string, status: ShimAppStatus): Promise<ShimApp> {
  const app = await requireApp(em, id);
  app.status = status;
  await em.flush();
  return app;
}

/** Revoked apps are unknown to the shims from the next request on. */
export async function revokeShimApp(em: EntityManager, id: string): Promise<ShimApp> {
  const app = await requireApp(em, id);
  app.revokedAt = new Date();
  await em.flush();
  return app;
}

export async function listShimApps(em: EntityManager): Promise<ShimApp[]> {
  return em.find(ShimApp, {}, { orderBy: { createdAt: 'asc' } });
}

/** Finds a live app by what the caller sent, across merchants (through a definer function). */
export async function resolveShimApp(orm: Orm, contract: ShimContract, appKey: string): Promise<ResolvedShimApp | null> {
  // Only what an app key can look like reaches SQL (no NUL, no 10 KB of garbage).
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(appKey)) return null;
  const rows = await orm.em.fork().execute<Record<string, unknown>[]>('select * from resolve_shim_app(?, ?)', [contract, appKey]);
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
}
