import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { legacyAmount, legacyInt, legacyText, optionalLegacyText } from '../common/legacy-format.js';
import type { ShimCall } from '../common/shim-router.js';

/** A required text parameter: a string (or a number, as urlencoded and PHP callers mix them), not empty. */
export const requiredText = (max = 128) =>
  legacyText.pipe(z.string().min(1, 'is required').max(max, `has at most ${max} characters`));

/** `uid` is the member id. Its form is left to the engine: an id that names nobody is 10404. */
export const uid = requiredText();

/**
 * c-points to move: more than 0, at most 2 decimals, a JSON number or a string; kept as a string.
 * (The pipe runs only on a well-formed amount, so Decimal never sees text.)
 */
export const positiveCpoint = legacyAmount.pipe(z.string().refine((v) => new Decimal(v).gt(0), 'must be greater than 0'));

/** Non-negative amounts (task awards, caps). */
export const nonNegativeAmount = legacyAmount.pipe(z.string().refine((v) => new Decimal(v).gte(0), 'must not be negative'));

/** A 0/1 switch. */
export const flag = legacyInt.pipe(z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }));

/**
 * The optional `requestId` we accept on the writing routes the document gives no id of their own
 * (adminAddCpoint, adminReduceCpoint, revoke, task/submit): the same requestId again replays the
 * first answer instead of applying twice.
 */
export const requestId = optionalLegacyText.pipe(z.string().max(128, 'has at most 128 characters').optional());

/**
 * The engine's idempotency key for a requestId. Keys are unique per merchant; the app's id keeps
 * two inner services of one merchant that number their requests alike from colliding.
 */
export const idempotencyKeyOf = (call: ShimCall, id: string | undefined) =>
  id === undefined ? undefined : `cpoint-inner:${call.caller.appId}:${id}`;

/** Page and limit of the listing routes: page from 1 (to a million), limit 1..100, default 20. */
export const paging = {
  page: legacyInt.pipe(z.number().min(1, 'starts at 1').max(1_000_000, 'is at most 1000000')).optional().default(1),
  limit: legacyInt.pipe(z.number().min(1, 'is at least 1').max(100, 'is at most 100')).optional().default(20),
};

/** Instants as the document writes them: epoch seconds. */
export const epochSeconds = (value: string | null | undefined): number | '' =>
  value ? Math.floor(new Date(value).getTime() / 1000) : '';
