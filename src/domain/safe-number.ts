import { randomBytes } from 'node:crypto';

/** The largest integer a client reading JSON with JSON.parse gets exactly (2^53 - 1). */
export const MAX_JSON_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const LOW = 10n ** 15n;
const RANGE = MAX_JSON_SAFE - LOW + 1n;
// Rejection sampling over 56 random bits keeps every number in the range equally likely.
const LIMIT = (2n ** 56n / RANGE) * RANGE;

/**
 * A random 16-digit number no greater than 2^53 - 1 (about 52.8 bits), as text: card numbers and
 * coupon codes. Legacy clients read them as JSON numbers; above 2^53 - 1 JSON.parse would round them.
 */
export function randomSafeNumber(): string {
  for (;;) {
    const draw = BigInt(`0x${randomBytes(7).toString('hex')}`);
    if (draw < LIMIT) return String(LOW + (draw % RANGE));
  }
}

/**
 * True for digits above 2^53 - 1: a card number or coupon code minted before numbers had to be
 * JSON-safe, which now lives on as `previous_card_no` / `previous_code`.
 */
export function isPreSafeNumber(text: string): boolean {
  return /^\d+$/.test(text) && BigInt(text) > MAX_JSON_SAFE;
}
