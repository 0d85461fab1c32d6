import { ErrorCode } from '../../errors/error-code.js';

/**
 * Failures a shim can answer with: the platform's business codes plus those that only exist at
 * the legacy edge (signatures, apps, envelopes). Each shim maps every one of them to its own
 * legacy code in one table.
 */
export const EdgeFailure = {
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  UNKNOWN_APP: 'UNKNOWN_APP',
  APP_CLOSED: 'APP_CLOSED',
  PARTNER_MISMATCH: 'PARTNER_MISMATCH',
  BAD_PARAMETERS: 'BAD_PARAMETERS',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL',
} as const;
export type EdgeFailure = (typeof EdgeFailure)[keyof typeof EdgeFailure];

export type ShimFailure = EdgeFailure | ErrorCode;

export class ShimError extends Error {
  constructor(
    readonly failure: ShimFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ShimError';
  }
}

/** One contract's codes: a code for each failure it distinguishes, and a fallback. */
export interface ErrorTable<Code> {
  success: Code;
  codes: Partial<Record<ShimFailure, Code>>;
  /** For business failures the contract has no code of its own for. */
  otherBusinessFailure: Code;
  internal: Code;
}

export function legacyCode<Code>(table: ErrorTable<Code>, failure: ShimFailure): Code {
  if (failure === EdgeFailure.INTERNAL) return table.internal;
  return table.codes[failure] ?? (failure in ErrorCode ? table.otherBusinessFailure : table.internal);
}
