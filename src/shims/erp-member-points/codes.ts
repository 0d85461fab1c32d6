import { EdgeFailure, type ErrorTable } from '../common/shim-error.js';

/** erp-member-points knows two codes: 10000 success and 20000 failure; `info.error` says which. */
export const erpCodes: ErrorTable<number> = {
  success: 10000,
  codes: {},
  otherBusinessFailure: 20000,
  internal: 20000,
};

/** Failures are told apart by name in `info.error`, since the code is always 20000. */
export const erpFailureNames = { ...EdgeFailure } as const;
