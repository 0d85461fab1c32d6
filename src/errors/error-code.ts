/**
 * The one catalogue of expected business failures. GraphQL returns them as `UserError.code`; each
 * legacy shim maps them onto its own codes in one table. Unexpected failures never get a code
 * here: they are logged and masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',

  // Staff accounts
  /** Unknown merchant or username, wrong password, or a disabled user: deliberately one code. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  STAFF_USER_NOT_FOUND = 'STAFF_USER_NOT_FOUND',
  STAFF_ROLE_NOT_FOUND = 'STAFF_ROLE_NOT_FOUND',
  DUPLICATE_USERNAME = 'DUPLICATE_USERNAME',
  DUPLICATE_ROLE_NAME = 'DUPLICATE_ROLE_NAME',
  /** The operation happens at a store and the caller acts for several (or is an API key): name one. */
  STORE_REQUIRED = 'STORE_REQUIRED',
  /** The staff user does not act for that store. */
  STORE_NOT_ALLOWED = 'STORE_NOT_ALLOWED',

  // Cards
  CARD_TEMPLATE_NOT_FOUND = 'CARD_TEMPLATE_NOT_FOUND',
  CARD_TEMPLATE_INACTIVE = 'CARD_TEMPLATE_INACTIVE',
  CARD_NOT_FOUND = 'CARD_NOT_FOUND',
  /** The member already holds a card of this template. */
  CARD_ALREADY_OPEN = 'CARD_ALREADY_OPEN',
  /** The card's template is not valid at the store. */
  CARD_NOT_VALID_AT_STORE = 'CARD_NOT_VALID_AT_STORE',
  WRONG_CARD_PASSWORD = 'WRONG_CARD_PASSWORD',
  /** Too many wrong PINs in a row: the card takes none until the lock ends. */
  CARD_PASSWORD_LOCKED = 'CARD_PASSWORD_LOCKED',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  RECHARGE_EVENT_NOT_FOUND = 'RECHARGE_EVENT_NOT_FOUND',
  RECHARGE_EVENT_INACTIVE = 'RECHARGE_EVENT_INACTIVE',
  /** The event does not apply to this card (not linked to its template, or activity-only). */
  EVENT_NOT_APPLICABLE = 'EVENT_NOT_APPLICABLE',
  /** With an event, the recharge amount and bonus must equal the event's. */
  EVENT_AMOUNT_MISMATCH = 'EVENT_AMOUNT_MISMATCH',
  /** An activity card is recharged only through a recharge event. */
  EVENT_REQUIRED = 'EVENT_REQUIRED',
  ALREADY_REFUNDED = 'ALREADY_REFUNDED',
  /** A recharge's capital that was invoiced cannot be refunded (void the invoice first). */
  REFUND_EXCEEDS_INVOICEABLE = 'REFUND_EXCEEDS_INVOICEABLE',
  /** A spend that took from an activity recharge whose cashback was paid cannot be refunded. */
  REFUND_AFTER_CASHBACK = 'REFUND_AFTER_CASHBACK',
  NOT_AN_ACTIVITY_RECHARGE = 'NOT_AN_ACTIVITY_RECHARGE',
  CASHBACK_NOT_DUE = 'CASHBACK_NOT_DUE',
  CASHBACK_ALREADY_PAID = 'CASHBACK_ALREADY_PAID',
  INVOICE_EXCEEDS_INVOICEABLE = 'INVOICE_EXCEEDS_INVOICEABLE',

  // SMS codes
  SMS_PHONE_NOT_SET = 'SMS_PHONE_NOT_SET',
  SMS_RESEND_TOO_SOON = 'SMS_RESEND_TOO_SOON',
  /** No code was requested, or the last one was used already. */
  SMS_CODE_MISSING = 'SMS_CODE_MISSING',
  SMS_CODE_EXPIRED = 'SMS_CODE_EXPIRED',
  SMS_CODE_WRONG = 'SMS_CODE_WRONG',
  /** Five wrong attempts: request a new code. */
  SMS_CODE_LOCKED = 'SMS_CODE_LOCKED',

  // Coupons and QR codes
  COUPON_TEMPLATE_NOT_FOUND = 'COUPON_TEMPLATE_NOT_FOUND',
  COUPON_TEMPLATE_DISABLED = 'COUPON_TEMPLATE_DISABLED',
  COUPON_NOT_FOUND = 'COUPON_NOT_FOUND',
  COUPON_USED = 'COUPON_USED',
  COUPON_VOID = 'COUPON_VOID',
  COUPON_EXPIRED = 'COUPON_EXPIRED',
  COUPON_NOT_YET_VALID = 'COUPON_NOT_YET_VALID',
  COUPON_NOT_VALID_AT_STORE = 'COUPON_NOT_VALID_AT_STORE',
  /** Not a QR content this merchant signed (forged, altered, or another merchant's). */
  QR_INVALID = 'QR_INVALID',

  // Members, stores, keys
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  STORE_NOT_FOUND = 'STORE_NOT_FOUND',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  DUPLICATE_MOBILE = 'DUPLICATE_MOBILE',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  DUPLICATE_STORE_CODE = 'DUPLICATE_STORE_CODE',
  CHANNEL_ALREADY_BOUND = 'CHANNEL_ALREADY_BOUND',
  CHANNEL_NOT_FOUND = 'CHANNEL_NOT_FOUND',
  /** The phone given to prove who the member is (members-rest pairing) is not the member's. */
  PHONE_MISMATCH = 'PHONE_MISMATCH',
  /** The merchant has no WeChat app id and secret set (setMerchantProfile). */
  WECHAT_NOT_CONFIGURED = 'WECHAT_NOT_CONFIGURED',
  /** WeChat refused the OAuth code or refresh token, or could not be reached. */
  WECHAT_OAUTH_FAILED = 'WECHAT_OAUTH_FAILED',
  /** The member's status (expired, suspended, removed) forbids this change (services/member-status.ts). */
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
  /**
   * The same recharge or spend of the same card was recorded moments ago and the command carried
   * no idempotency key (card-manage 3.5/3.6): refused as a probable retry, see `repeatGuardSeconds`.
   */
  REPEATED_COMMAND = 'REPEATED_COMMAND',
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

  // Analytics
  /**
   * An analyst query (aggregate, export) ran past ANALYTICS_STATEMENT_TIMEOUT_MS and was cancelled:
   * narrow it (a shorter range, a filter) or run it on a quieter replica. GraphQL answers it with
   * `extensions.code` QUERY_TIMEOUT.
   */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
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
