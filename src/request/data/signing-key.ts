import { generateKeyPairSync } from 'node:crypto';
import { scopeToMerchant, type EntityManager, type Orm } from '../../db/orm.js';
import { openText, sealContext, sealText } from '../../db/secret-box.js';
import { MerchantSigningKey } from '../../entities/shim-app.entity.js';

/**
 * The merchant's response-signing key pair, created on first need; the private key is stored
 * sealed. A new pair is stored in a transaction of its own (a fork of the same merchant): a query,
 * whose reads share one read-only transaction, can ask for it too.
 */
export async function ensureSigningKey(em: EntityManager, merchantId: string): Promise<MerchantSigningKey> {
  const existing = await em.findOne(MerchantSigningKey, { merchantId });
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const own = em.fork();
  const key = own.create(MerchantSigningKey, {
    merchantId,
    privateKeyPem: sealText(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), sealContext.signingKey(merchantId)),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  await own.flush();
  return key;
}

/** Signing keys change only when an operator replaces one; a short cache saves a query per answer. */
const signingKeys = new Map<string, { pem: string; until: number }>();

/** The merchant's private key (PEM) that signs partner-openapi answers. */
export async function merchantSigningKeyPem(orm: Orm, merchantId: string): Promise<string> {
  const cached = signingKeys.get(merchantId);
  if (cached && cached.until > Date.now()) return cached.pem;
  const key = await ensureSigningKey(scopeToMerchant(orm.em.fork(), merchantId), merchantId);
  const pem = signingPrivateKeyPem(key);
  signingKeys.set(merchantId, { pem, until: Date.now() + 300_000 });
  return pem;
}

/** The merchant's private signing key in PEM, opened for the code that signs answers. */
export function signingPrivateKeyPem(key: MerchantSigningKey): string {
  return openText(key.privateKeyPem, sealContext.signingKey(key.merchantId));
}
