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
