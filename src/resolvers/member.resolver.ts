import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import { ReadsOneTrip } from './reads-one-trip.js';
import type { RequestContext } from '../request/context.js';
import { PageInput } from '../schema/common.types.js';
import { MemberStatus } from '../domain/member.enums.js';
import { Store } from '../schema/merchant.types.js';
import {
  ChannelInput,
  CreateMemberInput,
  DynamicCodePayload,
  Member,
  MemberChannel,
  MemberFilter,
  MemberList,
  MemberOrder,
  MemberPayload,
  MemberSpending,
  RegisterMemberInput,
  RegisterMemberPayload,
  UpdateMemberInput,
} from '../schema/member.types.js';
import * as dynamicCodes from '../services/dynamic-code.service.js';
import * as members from '../services/member.service.js';
import { listMembers } from '../services/member-list.service.js';
import { MemberWhere } from '../schema/where.types.js';
import { listCost, pageQuery, selectsWithin } from './lists.js';
import { payload } from './payload.js';

@ArgsType()
class MembersArgs {
  @Field(() => MemberWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: MemberWhere | null;

  @Field(() => MemberFilter, { nullable: true, description: 'The older fixed filter; AND-ed with where.' })
  filter?: MemberFilter | null;

  @Field(() => MemberOrder, { nullable: true })
  orderBy?: MemberOrder | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

@Resolver(() => Member)
export class MemberResolver {
  // Lean: the member loader (a numeric id is first resolved by the ORM, on a statement of its own).
  @ReadsOneTrip()
  @Query(() => Member, { nullable: true, description: 'A member by id; null when there is none.' })
  member(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return members.findMember(ctx, { id });
  }

  @Query(() => Member, { nullable: true })
  memberByMobile(@Ctx() ctx: RequestContext, @Arg('mobile', () => String) mobile: string) {
    return members.findMember(ctx, { mobile });
  }

  @Query(() => Member, { nullable: true, description: 'By member code / card number.' })
  memberByCode(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return members.findMember(ctx, { code });
  }

  @Query(() => Member, { nullable: true, description: 'By a channel identity (openid).' })
  memberByChannel(
    @Ctx() ctx: RequestContext,
    @Arg('channelCode', () => String) channelCode: string,
    @Arg('openid', () => String) openid: string,
  ) {
    return members.findMember(ctx, { channelCode, openid });
  }

  @Query(() => Member, {
    nullable: true,
    description: "By a live dynamic code from the member's app; null when unknown or expired.",
  })
  memberByDynamicCode(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return dynamicCodes.resolveDynamicCode(ctx, code);
  }

  @ReadsOneTrip()
  @Query(() => MemberList, { complexity: listCost })
  members(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => MembersArgs) { where, filter, orderBy, page }: MembersArgs,
  ) {
    return listMembers(ctx, {
      where,
      filter,
      order: orderBy,
      ...pageQuery(page, info),
      withChannels: selectsWithin(info, 'items', 'channels'),
    });
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => RegisterMemberPayload, { description: 'Find-or-create by mobile (or channel openid); safe to retry.' })
  registerMember(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterMemberInput) input: RegisterMemberInput) {
    return payload(() => members.registerMember(ctx, input));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload, {
    description:
      'Create-only: an existing mobile, code or channel identity answers DUPLICATE_MOBILE, DUPLICATE_CODE or CHANNEL_ALREADY_BOUND.',
  })
  createMember(@Ctx() ctx: RequestContext, @Arg('input', () => CreateMemberInput) input: CreateMemberInput) {
    return payload(async () => ({ member: await members.createMember(ctx, input) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload, { description: 'Profile fields only; points, balances and status have their own mutations.' })
  updateMember(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput) {
    return payload(async () => ({ member: await members.updateMember(ctx, input) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload)
  bindMemberChannel(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('channel', () => ChannelInput) channel: ChannelInput,
  ) {
    return payload(async () => ({ member: await members.bindChannel(ctx, { memberId, channel }) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload)
  unbindMemberChannel(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('channelCode', () => String) channelCode: string,
    @Arg('openid', () => String) openid: string,
  ) {
    return payload(async () => ({ member: await members.unbindChannel(ctx, { memberId, channelCode, openid }) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload)
  setMemberStatus(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('status', () => MemberStatus) status: MemberStatus,
  ) {
    return payload(async () => ({ member: await members.setMemberStatus(ctx, { memberId, status }) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload)
  addMemberLabels(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('labels', () => [String]) labels: string[],
  ) {
    return payload(async () => ({ member: await members.changeMemberLabels(ctx, { memberId, labels, change: 'add' }) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload)
  removeMemberLabels(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('labels', () => [String]) labels: string[],
  ) {
    return payload(async () => ({ member: await members.changeMemberLabels(ctx, { memberId, labels, change: 'remove' }) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => DynamicCodePayload, { description: "A short-lived code for the member's app to display." })
  issueMemberDynamicCode(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID) memberId: string) {
    return payload(() => dynamicCodes.issueDynamicCode(ctx, memberId));
  }

  @ReadsOneTrip()
  @FieldResolver(() => [MemberChannel])
  channels(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return ctx.loaders.channelsByMemberId.load(member.id);
  }

  @FieldResolver(() => Store, { nullable: true })
  registerStore(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return member.registerStoreId ? ctx.loaders.storeById.load(member.registerStoreId) : null;
  }

  @FieldResolver(() => MemberSpending, {
    description: 'Card spends: how many and how much (legacy consumeCount / consumeMoney).',
  })
  spending(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.spendingByMember.load(member.id);
  }

  @FieldResolver(() => Member, { nullable: true })
  referrer(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return member.referrerId ? ctx.loaders.memberById.load(member.referrerId) : null;
  }
}

@Resolver(() => MemberChannel)
export class MemberChannelResolver {
  @FieldResolver(() => Store, { nullable: true })
  registerStore(@Root() channel: MemberChannel, @Ctx() ctx: RequestContext) {
    return channel.registerStoreId ? ctx.loaders.storeById.load(channel.registerStoreId) : null;
  }
}
