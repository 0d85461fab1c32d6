import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const R = 8;
const P = 1;

function derive(secret: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; node's default ceiling (32 MiB) is below OWASP's N=2^17.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * A slow, salted hash of a password (or card PIN) as it arrives: `scrypt$N$r$p$salt$hash`. The cost
 * is stored with the hash, so raising SCRYPT_N later still verifies the hashes made before.
 */
export async function hashPassword(secret: string, N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * The stored hash of a card whose PIN was never set (cards imported from a legacy system, whose
 * PINs are not imported). It is no scrypt hash, so it matches no PIN and costs no scrypt to refuse:
 * nobody can spend from such a card until it gets a PIN.
 */
export const NO_PASSWORD_SET = '!no-pin-set';

/** True when `secret` matches; false for any malformed hash (such as NO_PASSWORD_SET). Constant-time comparison. */
export async function verifyPassword(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(secret, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * The form a password is hashed and checked in: the lower-case MD5 hex of the plain text, which is
 * what legacy clients (card-manage) send. A client may send either the MD5 hex (any case) or the
 * plain text, which is turned into it here, so both kinds of client share one stored hash.
 */
export function normalizeSecret(secret: string): string {
  return /^[0-9a-fA-F]{32}$/.test(secret) ? secret.toLowerCase() : createHash('md5').update(secret, 'utf8').digest('hex');
}
