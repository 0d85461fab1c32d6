import { createHmac, createSign, createVerify, timingSafeEqual } from 'node:crypto';

/**
 * The canonical string every signed legacy contract uses: parameters sorted by name (byte order),
 * `name=value` joined by `&`, leaving out the signature itself and absent values. Values are the
 * strings as sent (numbers in their decimal form), not re-encoded.
 */
export function canonicalString(params: Record<string, unknown>, omit: readonly string[]): string {
  return Object.keys(params)
    .filter((key) => !omit.includes(key) && params[key] !== undefined && params[key] !== null)
    .sort()
    .map((key) => `${key}=${typeof params[key] === 'object' ? JSON.stringify(params[key]) : String(params[key])}`)
    .join('&');
}

export function hmacSha256Hex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/** Constant-time comparison of a received hex HMAC with the expected one. */
export function verifyHmacHex(secret: string, text: string, signature: string): boolean {
  const expected = Buffer.from(hmacSha256Hex(secret, text), 'hex');
  const received = /^[0-9a-fA-F]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** RSA PKCS#1 v1.5 with SHA-256 ("SHA256withRSA"), base64: what Java partners produce. */
export function rsaSignBase64(privateKeyPem: string, text: string): string {
  return createSign('RSA-SHA256').update(text, 'utf8').sign(privateKeyPem, 'base64');
}

export function rsaVerifyBase64(publicKeyPem: string, text: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(text, 'utf8').verify(publicKeyPem, signature, 'base64');
  } catch {
    return false;
  }
}
