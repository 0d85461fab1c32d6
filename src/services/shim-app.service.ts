import { generateKeyPairSync, randomBytes, randomInt, createPublicKey } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager, Orm } from '../db/orm.js';
import { MerchantSigningKey, ShimApp, ShimAppStatus, ShimContract } from '../entities/shim-app.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
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
  secret: string | null;
  publicKeyPem: string | null;
  status: ShimAppStatus;
  allowUnsigned: boolean;
  /** The merchant's IANA zone, for legacy timestamps. */
  timeZone: string;
}

/** The merchant's response-signing key pair, created on first need. */
export async function ensureSigningKey(em: EntityManager, merchantId: string): Promise<MerchantSigningKey> {
  const existing = await em.findOne(MerchantSigningKey, { merchantId });
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = em.create(MerchantSigningKey, {
    merchantId,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  await em.flush();
  return key;
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
): Promise<{ app: ShimApp; secret: string | null; signingPublicKeyPem: string | null }> {
  const data = parseInput(createSchema, input);
  const isPartner = data.contract === ShimContract.PARTNER_OPENAPI;
  if (isPartner && !data.publicKeyPem && !data.allowUnsigned) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, "A partner-openapi app needs the partner's RSA public key.", 'publicKeyPem');
  }
  const secret = HMAC_CONTRACTS.has(data.contract) ? randomBytes(24).toString('base64url') : null;
  try {
    return await em.transactional(async (tem) => {
      const app = tem.create(ShimApp, {
        merchantId,
        contract: data.contract,
        appKey: data.appKey ?? randomBytes(16).toString('hex'),
        name: data.name,
        partnerId: isPartner ? (data.partnerId ?? String(randomInt(10_000_000, 99_999_999))) : null,
        secret,
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
  if (!appKey || appKey.length > 64) return null;
  const rows = await orm.em.fork().execute<Record<string, unknown>[]>('select * from resolve_shim_app(?, ?)', [contract, appKey]);
  const row = rows[0];
  if (!row) return null;
  return {
    appId: row.app_id as string,
    merchantId: row.merchant_id as string,
    partnerId: row.partner_id as string | null,
    secret: row.secret as string | null,
    publicKeyPem: row.public_key_pem as string | null,
    status: row.status as ShimAppStatus,
    allowUnsigned: row.allow_unsigned as boolean,
    timeZone: row.time_zone as string,
  };
}
