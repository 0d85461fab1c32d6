/**
 * The one catalogue of expected business failures. GraphQL returns them as `UserError.code`; each
 * legacy shim maps them onto its own codes in one table. Unexpected failures never get a code
 * here: they are logged and masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  STORE_NOT_FOUND = 'STORE_NOT_FOUND',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  DUPLICATE_MOBILE = 'DUPLICATE_MOBILE',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  DUPLICATE_STORE_CODE = 'DUPLICATE_STORE_CODE',
  CHANNEL_ALREADY_BOUND = 'CHANNEL_ALREADY_BOUND',
  CHANNEL_NOT_FOUND = 'CHANNEL_NOT_FOUND',
  MEMBER_NOT_ACTIVE = 'MEMBER_NOT_ACTIVE',
  SHIM_APP_NOT_FOUND = 'SHIM_APP_NOT_FOUND',
  DUPLICATE_APP_KEY = 'DUPLICATE_APP_KEY',
  /** The deduction exceeds the member's available points (cpoint-inner 10001). */
  INSUFFICIENT_POINTS = 'INSUFFICIENT_POINTS',
  INSUFFICIENT_EXPERIENCE = 'INSUFFICIENT_EXPERIENCE',
  /** This idempotency key was used before with different content (IETF Idempotency-Key: 422). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** A command with this key is still running; retry shortly (IETF: 409; cpoint-inner 10000). */
  IDEMPOTENCY_IN_FLIGHT = 'IDEMPOTENCY_IN_FLIGHT',
  /** The member has no order with this id (cpoint-inner 10003). */
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  /** The order exists but spent no points, so there is nothing to revoke (cpoint-inner 10004). */
  ORDER_NOT_PAID = 'ORDER_NOT_PAID',
  /** Nothing (or less than asked) is left to revoke on the order (cpoint-inner 10007). */
  ORDER_NOT_REVOCABLE = 'ORDER_NOT_REVOCABLE',
  /** The order was returned (partner-openapi returnScore); it takes no further changes. */
  ORDER_ALREADY_RETURNED = 'ORDER_ALREADY_RETURNED',
  /** The op name is mapped to another task. */
  TASK_OP_TAKEN = 'TASK_OP_TAKEN',
}

/** A failure the caller can act on. Services throw it; resolvers turn it into payload errors. */
export class BusinessError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'BusinessError';
  }
}

/** Several input problems at once (every invalid field of a form, not just the first). */
export class InputErrors extends Error {
  constructor(readonly errors: BusinessError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'InputErrors';
  }
}
