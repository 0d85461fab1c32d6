import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { BusinessError, ErrorCode, InputErrors } from '../errors/error-code.js';

/**
 * Parses service input with a zod schema; every problem becomes an INVALID_INPUT error naming its
 * field, so GraphQL callers and shims both get a precise message.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input);
  } catch {
    // A refinement that threw on input it did not expect: still the caller's input, never a 500.
    throw new InputErrors([new BusinessError(ErrorCode.INVALID_INPUT, 'The input is not valid.', null)]);
  }
  if (result.success) return result.data;
  throw new InputErrors(
    result.error.issues.map((issue) => new BusinessError(ErrorCode.INVALID_INPUT, issue.message, issue.path.join('.') || null)),
  );
}

/** Reusable field rules, so every entry point validates a mobile or an email the same way. */
export const fields = {
  mobile: z
    .string()
    .trim()
    .regex(/^\+?[0-9]{5,20}$/, 'A mobile is 5 to 20 digits, optionally with a leading +.'),
  email: z.string().trim().email('Not a valid email address.').max(254),
  shortText: z.string().trim().min(1, 'Must not be empty.').max(200, 'At most 200 characters.'),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A code is 1 to 64 letters, digits, _ or -.'),
  label: z.string().trim().min(1, 'A label must not be empty.').max(32, 'A label has at most 32 characters.'),
  url: z.string().trim().url('Not a valid URL.').max(2048),
  uuid: z.string().uuid('Not a valid id.'),
  channelCode: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,31}$/, 'A channel code is a short lowercase code such as wxgzpt, xcx, dcxcx, ptxcx or dsf.'),
};

/** True for a well-formed uuid; anything else cannot name a row and is treated as "not found". */
export const isUuid = (id: string | null | undefined): id is string => !!id && fields.uuid.safeParse(id).success;

/** Escapes LIKE wildcards so user text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const amount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'An amount is 0 or more, with at most 12 digits and 2 decimals.')
  .transform((v) => new Decimal(v).toFixed(2));

/** Money as exact strings with two places ("12.30"), never floats. */
export const money = {
  positive: amount.refine((v) => new Decimal(v).gt(0), 'Must be more than 0.'),
  nonNegative: amount,
};
