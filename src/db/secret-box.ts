import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.js';

/**
 * Secrets the server itself must use, kept encrypted at rest: shim apps' HMAC secrets, merchants'
 * RSA private keys, QR signing keys. AES-256-GCM under one key from the environment
 * (`SECRETS_KEY`), with the row's identity as associated data, so a sealed value copied onto
 * another row does not open. Someone with the database alone (a dump, a replica, SQL as the app
 * role) holds ciphertext only. docs/security.md, "Secrets at rest".
 * @module
 */

const VERSION = 'v1';
const VERSION_BYTE = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;

let installed: Buffer | null = null;

/** Makes `key` (32 bytes) the key every seal and open uses from now on, in this process. */
export function installSecretsKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes (base64 or hex).');
  installed = key;
}

function key(): Buffer {
  if (!installed) throw new Error('No secrets key installed (installSecretsKey at start).');
  return installed;
}

const KEY_FILE = 'secrets.key';

/**
 * The secrets key: `SECRETS_KEY` (32 bytes as base64 or 64 hex digits) when set. Without it, only
 * the embedded database has a default: a key generated once into `DATA_DIR/secrets.key` (mode
 * 0600), beside the data it protects. With an external database the key must come from the
 * environment: every instance needs the same one, and it must not live with the database.
 */
export function resolveSecretsKey(config: Config): Buffer {
  if (config.SECRETS_KEY) {
    const text = config.SECRETS_KEY.trim();
    return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  }
  if (config.DATABASE_URL) {
    throw new Error(
      'Set SECRETS_KEY (32 random bytes, base64: `openssl rand -base64 32`) to run on an external database; see docs/security.md.',
    );
  }
  const file = join(config.DATA_DIR, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

function encrypt(plain: Buffer, context: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(), iv).setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function decrypt(sealed: Buffer, context: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key(), iv).setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** Seals text for a text column: `v1.<base64url of iv, tag, ciphertext>`. */
export function sealText(plain: string, context: string): string {
  return `${VERSION}.${encrypt(Buffer.from(plain, 'utf8'), context).toString('base64url')}`;
}

export const isSealedText = (stored: string) => stored.startsWith(`${VERSION}.`);

/**
 * Opens what {@link sealText} sealed for the same context. A value stored before secrets were
 * sealed (no `v1.` prefix) is returned as it is; start-up seals those (sealPlaintextSecrets).
 */
export function openText(stored: string, context: string): string {
  if (!isSealedText(stored)) return stored;
  return decrypt(Buffer.from(stored.slice(VERSION.length + 1), 'base64url'), context).toString('utf8');
}

/** Seals bytes for a bytea column: a version byte, then iv, tag and ciphertext. */
export function sealBytes(plain: Buffer, context: string): Buffer {
  return Buffer.concat([Buffer.from([VERSION_BYTE]), encrypt(plain, context)]);
}

/** Sealed 32-byte keys are 61 bytes; a 32-byte value is one stored before keys were sealed. */
export const isSealedBytes = (stored: Buffer) =>
  stored.length > 1 + IV_BYTES + TAG_BYTES && stored[0] === VERSION_BYTE && stored.length !== 32;

export function openBytes(stored: Buffer, context: string): Buffer {
  if (!isSealedBytes(stored)) return stored;
  return decrypt(stored.subarray(1), context);
}

/** The associated data of each sealed column: the row it belongs to. */
export const sealContext = {
  shimAppSecret: (appId: string) => `shim_app.secret:${appId}`,
  signingKey: (merchantId: string) => `merchant_signing_key.private_key_pem:${merchantId}`,
  qrKey: (merchantId: string) => `card_settings.qr_key:${merchantId}`,
  wechatAppSecret: (merchantId: string) => `merchant_wechat.app_secret:${merchantId}`,
  wechatRefreshToken: (channelId: string) => `member_channel.refresh_token:${channelId}`,
};
