import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { PageInput } from '../schema/common.types.js';
import {
  ChangeExperienceInput,
  ChangeExperiencePayload,
  ChangePointsInput,
  ChangePointsPayload,
  ExperienceEntryList,
  LedgerEntryFilter,
  LoyaltySettings,
  LoyaltySettingsInput,
  LoyaltySettingsPayload,
  PointsEntryList,
} from '../schema/ledger.types.js';
import { CreatedOrder, ExperienceEntryWhere, PointsEntryWhere } from '../schema/where.types.js';
import { changeExperience } from '../services/experience.service.js';
import { getLoyaltySettings, setLoyaltySettings } from '../services/loyalty-settings.service.js';
import { changePoints, listEntries } from '../services/points-ledger.service.js';
import { listCost, pageQuery } from './lists.js';
import { payload } from './payload.js';

@ArgsType()
class EntriesArgs {
  @Field(() => LedgerEntryFilter, { nullable: true, description: 'The older fixed filter; AND-ed with where.' })
  filter?: LedgerEntryFilter | null;

  @Field(() => CreatedOrder, { nullable: true, description: 'Write order (the ledger sequence); newest first by default.' })
  orderBy?: CreatedOrder | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

@ArgsType()
class PointsEntriesArgs extends EntriesArgs {
  @Field(() => PointsEntryWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: PointsEntryWhere | null;
}

@ArgsType()
class ExperienceEntriesArgs extends EntriesArgs {
  @Field(() => ExperienceEntryWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: ExperienceEntryWhere | null;
}

/** The points and experience ledgers: change them, read their entries, and the merchant's conversion rate. */
@Resolver()
export class LedgerResolver {
  @Authorized(Permission.WRITE)
  @Mutation(() => ChangePointsPayload, {
    description: 'Add or deduct points (never below zero); safe to retry with an idempotencyKey.',
  })
  changePoints(@Ctx() ctx: RequestContext, @Arg('input', () => ChangePointsInput) input: ChangePointsInput) {
    return payload(() => changePoints(ctx, input));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => ChangeExperiencePayload, { description: 'Add or deduct experience; the grade follows at once, up or down.' })
  changeExperience(@Ctx() ctx: RequestContext, @Arg('input', () => ChangeExperienceInput) input: ChangeExperienceInput) {
    return payload(() => changeExperience(ctx, input));
  }

  @Query(() => PointsEntryList, { complexity: listCost, description: 'Points entries, newest first by default.' })
  pointsEntries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PointsEntriesArgs) { where, filter, orderBy, page }: PointsEntriesArgs,
  ) {
    return listEntries(ctx, { ledger: 'points', where, filter, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @Query(() => ExperienceEntryList, { complexity: listCost, description: 'Experience entries, newest first by default.' })
  experienceEntries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ExperienceEntriesArgs) { where, filter, orderBy, page }: ExperienceEntriesArgs,
  ) {
    return listEntries(ctx, { ledger: 'experience', where, filter, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @Query(() => LoyaltySettings)
  loyaltySettings(@Ctx() ctx: RequestContext) {
    return getLoyaltySettings(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => LoyaltySettingsPayload)
  setLoyaltySettings(@Ctx() ctx: RequestContext, @Arg('input', () => LoyaltySettingsInput) input: LoyaltySettingsInput) {
    return payload(async () => ({ settings: await setLoyaltySettings(ctx, input) }));
  }
}
