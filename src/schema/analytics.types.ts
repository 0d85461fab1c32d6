import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AggregatePeriod,
  CardMoneyDimension,
  CouponDimension,
  LedgerDimension,
  MemberDimension,
} from '../domain/analytics.enums.js';
import { CouponSource } from '../domain/card.enums.js';
import { LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import { MemberStatus } from '../domain/member.enums.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, LocalDate } from './scalars.js';
import { CardMovementWhere, CouponWhere, ExperienceEntryWhere, MemberWhere, PointsEntryWhere } from './where.types.js';

registerEnumType(AggregatePeriod, {
  name: 'AggregatePeriod',
  description: "Calendar unit of a period, cut in the merchant's time zone; weeks start on Monday.",
});
registerEnumType(MemberDimension, { name: 'MemberDimension', description: 'What member counts are grouped by.' });
registerEnumType(LedgerDimension, { name: 'LedgerDimension', description: 'What points and experience flows are grouped by.' });
registerEnumType(CardMoneyDimension, { name: 'CardMoneyDimension', description: 'What stored-value totals are grouped by.' });
registerEnumType(CouponDimension, { name: 'CouponDimension', description: 'What coupon totals are grouped by.' });

@InputType({ description: "Local calendar days in the merchant's time zone, both ends included; either may be left open." })
export class LocalDateRange {
  @Field(() => LocalDate, { nullable: true })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true })
  to?: string | null;
}

@ArgsType()
export class PeriodArgs {
  @Field(() => AggregatePeriod, { nullable: true, description: 'Also group by this period (row field periodStart).' })
  period?: AggregatePeriod | null;

  @Field(() => LocalDateRange, { nullable: true, description: 'Only what happened on these local days.' })
  range?: LocalDateRange | null;
}

@ArgsType()
export class MemberCountsArgs extends PeriodArgs {
  @Field(() => [MemberDimension], { nullable: true, description: 'Group keys; none: one row, the total.' })
  groupBy?: MemberDimension[] | null;

  @Field(() => MemberWhere, { nullable: true, description: 'Only the members it matches, as in `members(where:)`.' })
  where?: MemberWhere | null;
}

@ArgsType()
abstract class LedgerFlowsArgs extends PeriodArgs {
  @Field(() => [LedgerDimension], { nullable: true, description: 'Group keys; none: one row, the total.' })
  groupBy?: LedgerDimension[] | null;
}

@ArgsType()
export class PointsFlowsArgs extends LedgerFlowsArgs {
  @Field(() => PointsEntryWhere, { nullable: true, description: 'Only the entries it matches, as in `pointsEntries(where:)`.' })
  where?: PointsEntryWhere | null;
}

@ArgsType()
export class ExperienceFlowsArgs extends LedgerFlowsArgs {
  @Field(() => ExperienceEntryWhere, {
    nullable: true,
    description: 'Only the entries it matches, as in `experienceEntries(where:)`.',
  })
  where?: ExperienceEntryWhere | null;
}

@ArgsType()
export class CardMoneyArgs extends PeriodArgs {
  @Field(() => [CardMoneyDimension], { nullable: true, description: 'Group keys; none: one row, the total.' })
  groupBy?: CardMoneyDimension[] | null;

  @Field(() => CardMovementWhere, {
    nullable: true,
    description: 'Only the recharge, spend and refund records it matches (each on its own fields: store, card, member, time, …).',
  })
  where?: CardMovementWhere | null;
}

@ArgsType()
export class CouponTotalsArgs extends PeriodArgs {
  @Field(() => [CouponDimension], { nullable: true, description: 'Group keys; none: one row, the total.' })
  groupBy?: CouponDimension[] | null;

  @Field(() => CouponWhere, { nullable: true, description: 'Only the coupons it matches, as in `coupons(where:)`.' })
  where?: CouponWhere | null;
}

/** Keys every grouped row may carry; those not grouped by are null. Not a schema type of its own. */
@ObjectType()
abstract class PeriodKey {
  @Field(() => LocalDate, { nullable: true, description: 'First local day of the period (with `period`).' })
  periodStart?: string | null;
}

@ObjectType()
abstract class PeriodStoreKeys extends PeriodKey {
  @Field(() => ID, { nullable: true, description: 'The store (with STORE / REGISTER_STORE); null: no store.' })
  storeId?: string | null;

  @Field(() => String, { nullable: true })
  storeCode?: string | null;

  @Field(() => String, { nullable: true })
  storeName?: string | null;
}

@ObjectType({ description: 'Members counted per combination of the keys grouped by.' })
export class MemberCountRow extends PeriodStoreKeys {
  @Field(() => MemberStatus, { nullable: true })
  status?: MemberStatus | null;

  @Field(() => Int, { nullable: true, description: 'Grade level now; 0 below every grade.' })
  gradeLevel?: number | null;

  @Field(() => String, { nullable: true })
  gradeCode?: string | null;

  @Field(() => String, { nullable: true })
  gradeName?: string | null;

  @Field(() => String, { nullable: true, description: 'Channel code; null for members without a channel.' })
  channelCode?: string | null;

  @Field(() => Int)
  members!: number;
}

@ObjectType({ description: 'Points or experience entries summed per combination of the keys grouped by.' })
export class LedgerFlowRow extends PeriodStoreKeys {
  @Field(() => PointsOperationType, { nullable: true, description: 'With OPERATION_TYPE; null for entries without one.' })
  operationType?: PointsOperationType | null;

  @Field(() => LedgerSource, { nullable: true })
  source?: LedgerSource | null;

  @Field(() => Int)
  entries!: number;

  @Field(() => DecimalScalar, { description: 'Effect on totalEarned: additions, less reversals of additions.' })
  issued!: string;

  @Field(() => DecimalScalar, { description: 'Effect on used: deductions, less refunds of deductions.' })
  spent!: string;

  @Field(() => DecimalScalar, { description: 'issued - spent: the change of the balances.' })
  net!: string;
}

@ObjectType({ description: 'Stored-value movements summed per combination of the keys grouped by.' })
export class CardMoneyRow extends PeriodStoreKeys {
  @Field(() => Int)
  recharges!: number;

  @Field(() => DecimalScalar, { description: 'Capital recharged (money paid in).' })
  recharged!: string;

  @Field(() => DecimalScalar, { description: 'Bonus granted with the recharges.' })
  bonusGranted!: string;

  @Field(() => Int)
  spends!: number;

  @Field(() => DecimalScalar, { description: 'Spent from cards, capital and bonus.' })
  spent!: string;

  @Field(() => DecimalScalar)
  spentCapital!: string;

  @Field(() => DecimalScalar)
  spentBonus!: string;

  @Field(() => Int, { description: 'Refunds of spends and of recharges.' })
  refunds!: number;

  @Field(() => DecimalScalar, { description: 'Put back onto cards by refunds of spends.' })
  spendRefunds!: string;

  @Field(() => DecimalScalar, { description: 'Capital paid back to customers by refunds of recharges.' })
  rechargeRefunds!: string;

  @Field(() => DecimalScalar, { description: 'Bonus withdrawn by refunds of recharges.' })
  bonusWithdrawn!: string;
}

@ObjectType({ description: 'Coupons issued and redeemed per combination of the keys grouped by.' })
export class CouponTotalRow extends PeriodKey {
  @Field(() => ID, { nullable: true })
  templateId?: string | null;

  @Field(() => String, { nullable: true })
  templateTitle?: string | null;

  @Field(() => CouponSource, { nullable: true })
  source?: CouponSource | null;

  @Field(() => Int, { description: 'Coupons issued in the period.' })
  issued!: number;

  @Field(() => Int, { description: 'Coupons redeemed in the period (whenever they were issued).' })
  redeemed!: number;
}

@ObjectType({ description: 'What the merchant owed its members at one instant, rebuilt from the ledgers.' })
export class LiabilityRow {
  @Field(() => DateTime)
  at!: Date;

  @Field(() => DecimalScalar, { description: 'Points not yet spent.' })
  points!: string;

  @Field(() => DecimalScalar, { description: 'Money on stored-value cards (capital).' })
  storedValueCapital!: string;

  @Field(() => DecimalScalar, { description: 'Bonus on stored-value cards.' })
  storedValueBonus!: string;

  @Field(() => DecimalScalar, { description: 'Capital and bonus together.' })
  storedValue!: string;
}
