import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from './enums.js';
import { MemberStatus, Sex } from '../domain/member.enums.js';
import { CardChannel, CouponSource, CouponStatus, RefundKind } from '../domain/card.enums.js';
import { DeliveryStatus, EventType } from '../domain/event.enums.js';
import {
  GradeChangeReason,
  LedgerBusinessType,
  LedgerDirection,
  LedgerSource,
  PointsOperationType,
  PointsOrderStatus,
} from '../domain/loyalty-codes.js';
import {
  DateFilter,
  DateTimeFilter,
  DecimalFilter,
  enumFilter,
  IDFilter,
  IntFilter,
  LabelsFilter,
  StringFilter,
} from './filter.types.js';

/*
 * The lists' where inputs (docs/analytics.md, "Filter language"): a list's fields, each with its
 * operator input, and `and` / `or` / `not` over the same input. Each field here has its SQL in
 * the list's catalogue (services/filters/), which is the only place a field name meets SQL.
 */

/**
 * Gives a where input its `and`, `or` and `not`, typed with the input itself. Applied after the
 * class is declared (a decorator call like any other): a class cannot name itself in its own base
 * class, which a generic base class would need. The services read them as plain properties.
 */
export function combinable<T extends object>(where: ClassType<T>): void {
  Field(() => [where], { nullable: true, description: 'Every one of these holds ([] always holds).' })(where.prototype, 'and');
  Field(() => [where], { nullable: true, description: 'At least one of these holds ([] never holds).' })(where.prototype, 'or');
  Field(() => where, { nullable: true, description: 'This does not hold.' })(where.prototype, 'not');
}

export const MemberStatusFilter = enumFilter<MemberStatus>(MemberStatus, 'MemberStatusFilter');
export const SexFilter = enumFilter<Sex>(Sex, 'SexFilter');

@InputType({
  description:
    'Conditions on members; every condition given must hold. Nest with and / or / not (at most 5 levels, 100 conditions).',
})
export class MemberWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Member code / card number.' })
  code?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  mobile?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  nickname?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  email?: StringFilter | null;

  @Field(() => SexFilter, { nullable: true })
  sex?: InstanceType<typeof SexFilter> | null;

  @Field(() => MemberStatusFilter, { nullable: true })
  status?: InstanceType<typeof MemberStatusFilter> | null;

  @Field(() => LabelsFilter, { nullable: true })
  labels?: LabelsFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  registeredAt?: DateTimeFilter | null;

  @Field(() => IDFilter, { nullable: true })
  registerStoreId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true, description: 'The member who referred this one.' })
  referrerId?: IDFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Membership valid since.' })
  sinceAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Membership due date.' })
  dueAt?: DateTimeFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: 'Available points (0 for a member who never had any).' })
  points?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: 'Experience (0 for a member who never had any).' })
  experience?: DecimalFilter | null;

  @Field(() => IntFilter, { nullable: true, description: 'Grade level (0: below every grade).' })
  gradeLevel?: IntFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Code of the current grade (none below every grade).' })
  gradeCode?: StringFilter | null;
}
combinable(MemberWhere);

export const LedgerDirectionFilter = enumFilter<LedgerDirection>(LedgerDirection, 'LedgerDirectionFilter');
export const LedgerSourceFilter = enumFilter<LedgerSource>(LedgerSource, 'LedgerSourceFilter');
export const PointsOperationTypeFilter = enumFilter<PointsOperationType>(PointsOperationType, 'PointsOperationTypeFilter');
export const LedgerBusinessTypeFilter = enumFilter<LedgerBusinessType>(LedgerBusinessType, 'LedgerBusinessTypeFilter');

type Of<F extends abstract new () => unknown> = InstanceType<F> | null;

/** The fields of both ledgers' entries (services/filters/lists.ts LEDGER_ENTRY_FIELDS). */
@InputType()
abstract class LedgerEntryWhereFields {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The entry's member matches this." })
  member?: MemberWhere | null;

  @Field(() => LedgerDirectionFilter, { nullable: true })
  direction?: Of<typeof LedgerDirectionFilter>;

  @Field(() => DecimalFilter, { nullable: true, description: 'The amount added or deducted (> 0).' })
  amount?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: "The member's balance after this entry." })
  balanceAfter?: DecimalFilter | null;

  @Field(() => LedgerSourceFilter, { nullable: true })
  source?: Of<typeof LedgerSourceFilter>;

  @Field(() => PointsOperationTypeFilter, { nullable: true })
  operationType?: Of<typeof PointsOperationTypeFilter>;

  @Field(() => LedgerBusinessTypeFilter, { nullable: true })
  businessType?: Of<typeof LedgerBusinessTypeFilter>;

  @Field(() => StringFilter, { nullable: true, description: 'The order number (orderId).' })
  orderId?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  activityCode?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  description?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  remark?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  operatorId?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  operatorName?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  orgCode?: StringFilter | null;

  @Field(() => IDFilter, { nullable: true })
  storeId?: IDFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  createdAt?: DateTimeFilter | null;
}

@InputType({ description: 'Conditions on points entries; every condition given must hold.' })
export class PointsEntryWhere extends LedgerEntryWhereFields {}
combinable(PointsEntryWhere);

@InputType({ description: 'Conditions on experience entries; every condition given must hold.' })
export class ExperienceEntryWhere extends LedgerEntryWhereFields {}
combinable(ExperienceEntryWhere);

export const CouponStatusFilter = enumFilter<CouponStatus>(CouponStatus, 'CouponStatusFilter');
export const CouponSourceFilter = enumFilter<CouponSource>(CouponSource, 'CouponSourceFilter');

@InputType({ description: 'Conditions on issued coupons; every condition given must hold.' })
export class CouponWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => StringFilter, { nullable: true })
  code?: StringFilter | null;

  @Field(() => IDFilter, { nullable: true })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The coupon's member matches this." })
  member?: MemberWhere | null;

  @Field(() => IDFilter, { nullable: true })
  couponTemplateId?: IDFilter | null;

  @Field(() => CouponStatusFilter, { nullable: true })
  status?: Of<typeof CouponStatusFilter>;

  @Field(() => CouponSourceFilter, { nullable: true })
  source?: Of<typeof CouponSourceFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'The recharge that issued it.' })
  cardRechargeId?: IDFilter | null;

  @Field(() => DateFilter, { nullable: true })
  validFrom?: DateFilter | null;

  @Field(() => DateFilter, { nullable: true })
  validUntil?: DateFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  redeemedAt?: DateTimeFilter | null;

  @Field(() => IDFilter, { nullable: true })
  redeemedStoreId?: IDFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Issued at.' })
  createdAt?: DateTimeFilter | null;
}
combinable(CouponWhere);

export const CardChannelFilter = enumFilter<string>(CardChannel, 'CardChannelFilter');
export const RefundKindFilter = enumFilter<RefundKind>(RefundKind, 'RefundKindFilter');

/** Fields every card record list has (services/filters/lists.ts RECORD_FIELDS). */
@InputType()
abstract class CardRecordWhereFields {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The record's member matches this." })
  member?: MemberWhere | null;

  @Field(() => IDFilter, { nullable: true, description: 'The member card.' })
  cardId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  storeId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  staffUserId?: IDFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  amount?: DecimalFilter | null;

  @Field(() => StringFilter, { nullable: true })
  note?: StringFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  createdAt?: DateTimeFilter | null;
}

/** Card records with an order number (recharges, spends, refunds). */
@InputType()
abstract class OrderedRecordWhereFields extends CardRecordWhereFields {
  @Field(() => StringFilter, { nullable: true })
  orderNo?: StringFilter | null;
}

@InputType({ description: 'Conditions on card recharges; every condition given must hold.' })
export class RechargeRecordWhere extends OrderedRecordWhereFields {
  @Field(() => DecimalFilter, { nullable: true })
  bonus?: DecimalFilter | null;

  @Field(() => CardChannelFilter, { nullable: true })
  channel?: Of<typeof CardChannelFilter>;

  @Field(() => IDFilter, { nullable: true })
  rechargeEventId?: IDFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'isNull: true for recharges not refunded.' })
  refundedAt?: DateTimeFilter | null;
}
combinable(RechargeRecordWhere);

@InputType({ description: 'Conditions on card spends; every condition given must hold.' })
export class SpendRecordWhere extends OrderedRecordWhereFields {
  @Field(() => DecimalFilter, { nullable: true })
  capitalPart?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  bonusPart?: DecimalFilter | null;

  @Field(() => CardChannelFilter, { nullable: true })
  channel?: Of<typeof CardChannelFilter>;

  @Field(() => DateTimeFilter, { nullable: true, description: 'isNull: true for spends not refunded.' })
  refundedAt?: DateTimeFilter | null;
}
combinable(SpendRecordWhere);

@InputType({ description: 'Conditions on card refunds; every condition given must hold.' })
export class RefundRecordWhere extends OrderedRecordWhereFields {
  @Field(() => RefundKindFilter, { nullable: true })
  kind?: Of<typeof RefundKindFilter>;

  @Field(() => DecimalFilter, { nullable: true })
  capital?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  bonus?: DecimalFilter | null;

  @Field(() => IDFilter, { nullable: true })
  cardSpendId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  cardRechargeId?: IDFilter | null;
}
combinable(RefundRecordWhere);

@InputType({ description: 'Conditions on invoices; every condition given must hold.' })
export class InvoiceWhere extends CardRecordWhereFields {}
combinable(InvoiceWhere);

@InputType({
  description:
    'Conditions on stored-value movements (each recharge, spend and refund record, on the fields they share); every condition given must hold.',
})
export class CardMovementWhere extends CardRecordWhereFields {}
combinable(CardMovementWhere);

export const GradeChangeReasonFilter = enumFilter<GradeChangeReason>(GradeChangeReason, 'GradeChangeReasonFilter');

@InputType({ description: 'Conditions on grade changes; every condition given must hold.' })
export class GradeChangeWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The change's member matches this (as the member is now)." })
  member?: MemberWhere | null;

  @Field(() => IntFilter, { nullable: true, description: 'Grade level before the change (0: below every grade).' })
  fromLevel?: IntFilter | null;

  @Field(() => IntFilter, { nullable: true, description: 'Grade level after the change.' })
  toLevel?: IntFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: "The member's experience when the grade changed." })
  experience?: DecimalFilter | null;

  @Field(() => GradeChangeReasonFilter, { nullable: true })
  reason?: Of<typeof GradeChangeReasonFilter>;

  @Field(() => DateTimeFilter, { nullable: true })
  createdAt?: DateTimeFilter | null;
}
combinable(GradeChangeWhere);

export const PointsOrderStatusFilter = enumFilter<PointsOrderStatus>(PointsOrderStatus, 'PointsOrderStatusFilter');

@InputType({ description: 'Conditions on points orders; every condition given must hold.' })
export class PointsOrderWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => StringFilter, { nullable: true, description: "The caller's order id." })
  orderId?: StringFilter | null;

  @Field(() => IDFilter, { nullable: true })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The order's member matches this." })
  member?: MemberWhere | null;

  @Field(() => PointsOrderStatusFilter, { nullable: true, description: 'Where the order stands (the status field).' })
  status?: Of<typeof PointsOrderStatusFilter>;

  @Field(() => DecimalFilter, { nullable: true })
  spent?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  spentReversed?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  earned?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true })
  earnedReversed?: DecimalFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'isNull: true for orders that never spent points.' })
  consumedAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'isNull: false for returned orders.' })
  returnedAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  createdAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  updatedAt?: DateTimeFilter | null;
}
combinable(PointsOrderWhere);

export const DeliveryStatusFilter = enumFilter<DeliveryStatus>(DeliveryStatus, 'DeliveryStatusFilter');
export const EventTypeFilter = enumFilter<EventType>(EventType, 'EventTypeFilter');

@InputType({ description: 'Conditions on event deliveries; every condition given must hold.' })
export class EventDeliveryWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  subscriptionId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true })
  eventId?: IDFilter | null;

  @Field(() => EventTypeFilter, { nullable: true, description: "The delivered event's type." })
  eventType?: Of<typeof EventTypeFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'isNull: true for events of no member (subscription.test).' })
  memberId?: IDFilter | null;

  @Field(() => MemberWhere, { nullable: true, description: "The event's member matches this." })
  member?: MemberWhere | null;

  @Field(() => DeliveryStatusFilter, { nullable: true })
  status?: Of<typeof DeliveryStatusFilter>;

  @Field(() => IntFilter, { nullable: true, description: 'Tries so far.' })
  attempts?: IntFilter | null;

  @Field(() => StringFilter, { nullable: true })
  lastError?: StringFilter | null;

  @Field(() => IntFilter, { nullable: true, description: 'HTTP status of the last answer.' })
  lastResponseCode?: IntFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  deliveredAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  createdAt?: DateTimeFilter | null;
}
combinable(EventDeliveryWhere);

export enum CreatedOrderField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CreatedOrderField, { name: 'CreatedOrderField', description: 'Lists ordered by when their rows were written.' });

@InputType({ description: 'Newest first by default; ASC for oldest first.' })
export class CreatedOrder {
  @Field(() => CreatedOrderField, { defaultValue: CreatedOrderField.CREATED_AT })
  field: CreatedOrderField = CreatedOrderField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}
