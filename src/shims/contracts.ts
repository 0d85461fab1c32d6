import { ShimContract } from '../domain/access.enums.js';

/**
 * The contracts a shim answers today (mountShims mounts exactly these). Apps can be created only
 * for them: an app for a contract without a shim could never make a call.
 */
export const SERVED_CONTRACTS = [
  ShimContract.PARTNER_OPENAPI,
  ShimContract.ERP_MEMBER_POINTS,
  ShimContract.CPOINT_INNER,
  ShimContract.MEMBERS_REST,
] as const;

export type ServedContract = (typeof SERVED_CONTRACTS)[number];
