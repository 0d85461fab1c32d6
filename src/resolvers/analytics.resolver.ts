import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request/context.js';
import {
  CardMoneyArgs,
  CardMoneyRow,
  CouponTotalRow,
  CouponTotalsArgs,
  ExperienceFlowsArgs,
  LedgerFlowRow,
  LiabilityRow,
  MemberCountRow,
  MemberCountsArgs,
  PointsFlowsArgs,
} from '../schema/analytics.types.js';
import { DateTime } from '../schema/scalars.js';
import { cardMoneyTotals } from '../services/analytics/card-money-totals.js';
import { couponTotals } from '../services/analytics/coupon-totals.js';
import { ledgerFlows } from '../services/analytics/ledger-flows.js';
import { liabilityAt } from '../services/analytics/liability.js';
import { memberCounts } from '../services/analytics/member-counts.js';

/**
 * Group-by aggregates for analysts (docs/analytics.md#aggregates). Each runs as one statement on
 * a connection of its own, the read replica when configured, under a statement timeout
 * (services/analytics/run-analytics.ts). Reads: any authenticated caller.
 */
@Resolver()
export class AnalyticsResolver {
  @Query(() => [MemberCountRow], { description: 'Members by status, grade, register store, channel, registration period.' })
  memberCounts(@Ctx() ctx: RequestContext, @Args(() => MemberCountsArgs) args: MemberCountsArgs) {
    return memberCounts(ctx, args);
  }

  @Query(() => [LedgerFlowRow], { description: 'Points issued and spent, by operation type, source, store, period.' })
  pointsFlows(@Ctx() ctx: RequestContext, @Args(() => PointsFlowsArgs) args: PointsFlowsArgs) {
    return ledgerFlows(ctx, 'points', args);
  }

  @Query(() => [LedgerFlowRow], { description: 'Experience issued and spent, by operation type, source, store, period.' })
  experienceFlows(@Ctx() ctx: RequestContext, @Args(() => ExperienceFlowsArgs) args: ExperienceFlowsArgs) {
    return ledgerFlows(ctx, 'experience', args);
  }

  @Query(() => [CardMoneyRow], { description: 'Stored-value recharge, bonus, spend and refund totals by store and period.' })
  cardMoneyTotals(@Ctx() ctx: RequestContext, @Args(() => CardMoneyArgs) args: CardMoneyArgs) {
    return cardMoneyTotals(ctx, args);
  }

  @Query(() => [CouponTotalRow], { description: 'Coupons issued and redeemed by template, source and period.' })
  couponTotals(@Ctx() ctx: RequestContext, @Args(() => CouponTotalsArgs) args: CouponTotalsArgs) {
    return couponTotals(ctx, args);
  }

  @Query(() => [LiabilityRow], {
    description: 'Outstanding points and stored value at each instant asked for (default: now), rebuilt from the ledgers.',
  })
  liability(
    @Ctx() ctx: RequestContext,
    @Arg('at', () => [DateTime], { nullable: true, description: 'Instants, at most 100; default now.' }) at?: Date[] | null,
  ) {
    return liabilityAt(ctx, at?.length ? at : [new Date()]);
  }
}
