import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../request/context.js';
import { PageInput } from '../schema/common.types.js';
import { Grade, LoyaltyAccount, LoyaltyMemberFilter, LoyaltyOrder } from '../schema/grade.types.js';
import { ExperienceBalance, PointsBalance } from '../schema/ledger.types.js';
import { Member, MemberList } from '../schema/member.types.js';
import { loyaltyAccounts } from '../services/loyalty-query.service.js';
import { listMembersByLoyalty } from '../services/member-list.service.js';
import { MemberWhere } from '../schema/where.types.js';
import { gradeAt } from './grade.resolver.js';
import { listCost, pageQuery } from './lists.js';

@ArgsType()
class MembersByLoyaltyArgs {
  @Field(() => LoyaltyOrder)
  orderBy!: LoyaltyOrder;

  @Field(() => MemberWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: MemberWhere | null;

  @Field(() => LoyaltyMemberFilter, { nullable: true, description: 'The older fixed bounds; AND-ed with where.' })
  filter?: LoyaltyMemberFilter | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

const zero = { current: '0.00', totalEarned: '0.00', used: '0.00' };

/** Loyalty fields of anything that has a member id, each through a per-request DataLoader. */
async function pointsOf(ctx: RequestContext, memberId: string) {
  return (await ctx.loaders.pointsBalanceByMemberId.load(memberId)) ?? { memberId, ...zero };
}
async function experienceOf(ctx: RequestContext, memberId: string) {
  return (await ctx.loaders.experienceBalanceByMemberId.load(memberId)) ?? { memberId, ...zero, gradeLevel: 0 };
}
async function gradeOf(ctx: RequestContext, memberId: string) {
  return gradeAt(ctx, (await experienceOf(ctx, memberId)).gradeLevel);
}

@Resolver(() => Member)
export class MemberLoyaltyResolver {
  @Query(() => MemberList, { complexity: listCost, description: 'Members ranked by points, experience or grade.' })
  membersByLoyalty(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => MembersByLoyaltyArgs) { orderBy, where, filter, page }: MembersByLoyaltyArgs,
  ) {
    return listMembersByLoyalty(ctx, { order: orderBy, where, filter, ...pageQuery(page, info) });
  }

  @Query(() => [LoyaltyAccount], {
    description: "Points, experience and grade of many members at once; other merchants' ids are left out.",
  })
  loyaltyAccounts(@Ctx() ctx: RequestContext, @Arg('memberIds', () => [ID]) memberIds: string[]) {
    return loyaltyAccounts(ctx, memberIds);
  }

  @FieldResolver(() => PointsBalance)
  points(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return pointsOf(ctx, member.id);
  }

  @FieldResolver(() => ExperienceBalance)
  experience(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return experienceOf(ctx, member.id);
  }

  @FieldResolver(() => Grade, { nullable: true, description: 'Null when below every grade threshold.' })
  grade(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return gradeOf(ctx, member.id);
  }
}

@Resolver(() => LoyaltyAccount)
export class LoyaltyAccountResolver {
  @FieldResolver(() => PointsBalance)
  points(@Root() account: LoyaltyAccount, @Ctx() ctx: RequestContext) {
    return pointsOf(ctx, account.memberId);
  }

  @FieldResolver(() => ExperienceBalance)
  experience(@Root() account: LoyaltyAccount, @Ctx() ctx: RequestContext) {
    return experienceOf(ctx, account.memberId);
  }

  @FieldResolver(() => Grade, { nullable: true })
  grade(@Root() account: LoyaltyAccount, @Ctx() ctx: RequestContext) {
    return gradeOf(ctx, account.memberId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() account: LoyaltyAccount, @Ctx() ctx: RequestContext) {
    return ctx.loaders.memberById.load(account.memberId);
  }
}
