import { ErrorCode } from '../../errors/error-code.js';
import { EdgeFailure, type ShimFailure } from '../common/shim-error.js';

/**
 * members-rest answers with HTTP statuses: 200, 400, 401, 404, and the document's 409 written
 * "暂时：400" (for now 400), which is what legacy clients handle: conflicts are 400 with the
 * conflict's code in the body.
 */
const STATUS: Partial<Record<ShimFailure, number>> = {
  [EdgeFailure.UNKNOWN_APP]: 401,
  [EdgeFailure.APP_CLOSED]: 401,
  [EdgeFailure.BAD_SIGNATURE]: 401,
  [EdgeFailure.FORBIDDEN]: 401,
  [EdgeFailure.PARTNER_MISMATCH]: 401,
  [ErrorCode.MEMBER_NOT_FOUND]: 404,
  [EdgeFailure.INTERNAL]: 500,
};

/** The HTTP status of a failure: 400 for everything the caller sent wrong or in conflict. */
export function restStatus(failure: ShimFailure): number {
  return STATUS[failure] ?? 400;
}
