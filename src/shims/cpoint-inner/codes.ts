import { EdgeFailure, type ErrorTable } from '../common/shim-error.js';

/**
 * cpoint-inner status codes: the document's (10000–10100) plus ours for what it leaves out
 * (104xx the request, 10500 the server), documented in docs/shims/cpoint-inner.md. Business codes
 * of the loyalty engine are added where they map.
 */
export const cpointCodes: ErrorTable<number> = {
  success: 200,
  codes: {
    [EdgeFailure.APP_CLOSED]: 10100,
    [EdgeFailure.BAD_PARAMETERS]: 10400,
    [EdgeFailure.BODY_TOO_LARGE]: 10400,
    [EdgeFailure.BAD_SIGNATURE]: 10401,
    [EdgeFailure.UNKNOWN_APP]: 10402,
    [EdgeFailure.FORBIDDEN]: 10403,
  },
  otherBusinessFailure: 10499,
  internal: 10500,
};
