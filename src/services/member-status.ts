import type { EntityManager } from '../db/orm.js';
import { LedgerDirection, PointsOperationType } from '../domain/loyalty-codes.js';
import { MemberStatus } from '../domain/member.enums.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { isUuid } from './validation.js';

/**
 * What a write does to a member, as far as the member's status is concerned. Every service that
 * changes a member names its action here and asks {@link requireMemberAllows} (or, for the
 * one-statement ledger, passes {@link statusesAllowing} into the statement).
 */
export enum MemberAction {
  /** The member gains something: points, experience, a task award, a coupon, a card, a recharge. */
  EARN = 'EARN',
  /** The member uses what they hold: points, card money, a coupon, a dynamic code to pay with. */
  SPEND = 'SPEND',
  /** Undoes or settles what already happened: returns, revokes, refunds, reversals, cashback, invoices. */
  SETTLE = 'SETTLE',
  /** Changes the member's own record: profile, mobile, channels, labels. */
  PROFILE = 'PROFILE',
}

/**
 * The rules (docs/security.md, "Member status"):
 *
 * - ACTIVE: everything.
 * - EXPIRED: the membership lapsed. Nothing new is earned until it is renewed, but what the member
 *   holds stays theirs to use (stored value has to stay usable under prepaid-card rules), and
 *   their record can be kept up to date.
 * - SUSPENDED: frozen by the merchant (a dispute, suspected fraud): nothing is earned or spent;
 *   the merchant can still settle, reverse and correct, and keep the record.
 * - REMOVED: gone. Only settling what is owed (refunds, returns, reversals) still happens; the
 *   record itself is frozen. A status change (setMemberStatus) is always allowed: it is how a
 *   member comes back.
 */
const ALLOWED: Record<MemberStatus, readonly MemberAction[]> = {
  [MemberStatus.ACTIVE]: [MemberAction.EARN, MemberAction.SPEND, MemberAction.SETTLE, MemberAction.PROFILE],
  [MemberStatus.EXPIRED]: [MemberAction.SPEND, MemberAction.SETTLE, MemberAction.PROFILE],
  [MemberStatus.SUSPENDED]: [MemberAction.SETTLE, MemberAction.PROFILE],
  [MemberStatus.REMOVED]: [MemberAction.SETTLE],
};

const WHAT: Record<MemberAction, string> = {
  [MemberAction.EARN]: 'earn points, experience, coupons or card value',
  [MemberAction.SPEND]: 'spend points, card money or coupons',
  [MemberAction.SETTLE]: 'settle earlier changes',
  [MemberAction.PROFILE]: 'change their record',
};

/** The statuses in which a member may do `action`. */
export function statusesAllowing(action: MemberAction): MemberStatus[] {
  return (Object.keys(ALLOWED) as MemberStatus[]).filter((status) => ALLOWED[status].includes(action));
}

export function memberNotActive(status: MemberStatus, action: MemberAction, field = 'memberId'): BusinessError {
  return new BusinessError(
    ErrorCode.MEMBER_NOT_ACTIVE,
    `The member is ${status.toLowerCase()}: they cannot ${WHAT[action]}.`,
    field,
  );
}

/** Throws MEMBER_NOT_ACTIVE when a member in `status` may not do `action`. */
export function assertMemberAllows(status: MemberStatus, action: MemberAction, field = 'memberId'): void {
  if (!ALLOWED[status].includes(action)) throw memberNotActive(status, action, field);
}

/**
 * Reads the member's status and checks `action` against it: MEMBER_NOT_FOUND for no member of the
 * caller's merchant, MEMBER_NOT_ACTIVE when the status forbids it. One primary-key read.
 */
export async function requireMemberAllows(
  em: EntityManager,
  memberId: string,
  action: MemberAction,
  field = 'memberId',
): Promise<void> {
  const [row] = isUuid(memberId)
    ? await em.execute<{ status: MemberStatus }[]>('select status from member where id = ?', [memberId])
    : [];
  if (!row) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${memberId}.`, field);
  assertMemberAllows(row.status, action, field);
}

/** Points types that settle earlier changes rather than earn or spend anew. */
const SETTLING_POINTS = new Set<PointsOperationType>([
  PointsOperationType.POINTS_PAYMENT_REFUND,
  PointsOperationType.MIGRATION,
  PointsOperationType.CLEARANCE,
  PointsOperationType.CONSUMPTION_REWARD_REVERSAL,
  PointsOperationType.GRADE_UPGRADE_REWARD_REVERSAL,
  PointsOperationType.SPEND_THRESHOLD_GIFT_REVERSAL,
]);

/**
 * What a points change does: a refund of a points payment, a migrated balance, a clearance or a
 * reversal settles; any other addition earns and any other deduction spends (a manual deduction
 * included: it takes what the member holds).
 */
export function pointsChangeAction(direction: LedgerDirection, operationType: PointsOperationType): MemberAction {
  if (SETTLING_POINTS.has(operationType)) return MemberAction.SETTLE;
  return direction === LedgerDirection.ADD ? MemberAction.EARN : MemberAction.SPEND;
}
