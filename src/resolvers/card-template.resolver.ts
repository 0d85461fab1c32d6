import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import {
  CardTemplate,
  CardTemplateInput,
  CardTemplatePayload,
  RechargeEvent,
  RechargeEventInput,
  RechargeEventPayload,
} from '../schema/card.types.js';
import { CardType } from '../domain/card.enums.js';
import { CouponTemplate } from '../schema/coupon.types.js';
import { Store } from '../schema/merchant.types.js';
import * as templates from '../services/card-template.service.js';
import { loadAll, payload } from './payload.js';

@Resolver(() => CardTemplate)
export class CardTemplateResolver {
  @Query(() => [CardTemplate], { description: 'Card templates (legacy 3.2).' })
  cardTemplates(
    @Ctx() ctx: RequestContext,
    @Arg('type', () => CardType, { nullable: true }) type?: CardType | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ) {
    return templates.listCardTemplates(ctx, { type, active });
  }

  @Query(() => CardTemplate, { nullable: true })
  async cardTemplate(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The id or the numericId.' }) id: string) {
    const uuid = await templates.cardTemplateIdOf(ctx, id);
    return uuid ? ctx.loaders.cards.cardTemplateById.load(uuid) : null;
  }

  @Authorized(Permission.CARD_CONFIG)
  @Mutation(() => CardTemplatePayload, { description: 'Creates a card template, or replaces one when id is given.' })
  saveCardTemplate(@Ctx() ctx: RequestContext, @Arg('input', () => CardTemplateInput) input: CardTemplateInput) {
    return payload(async () => ({ cardTemplate: await templates.saveCardTemplate(ctx, input) }));
  }

  @FieldResolver(() => [Store], { description: 'Stores where the card is valid; empty: all.' })
  async stores(@Root() template: CardTemplate, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.storeById, await ctx.loaders.cards.storeIdsByCardTemplate.load(template.id));
  }

  @FieldResolver(() => [RechargeEvent])
  async rechargeEvents(@Root() template: CardTemplate, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.cards.rechargeEventById, await ctx.loaders.cards.eventIdsByCardTemplate.load(template.id));
  }
}

@Resolver(() => RechargeEvent)
export class RechargeEventResolver {
  @Query(() => [RechargeEvent], { description: 'Recharge events, optionally those of one card template (legacy 3.4).' })
  rechargeEvents(
    @Ctx() ctx: RequestContext,
    @Arg('cardTemplateId', () => ID, { nullable: true }) cardTemplateId?: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ) {
    return templates.listRechargeEvents(ctx, { cardTemplateId, active });
  }

  @Query(() => RechargeEvent, { nullable: true, description: 'Legacy 3.10.' })
  async rechargeEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The id or the numericId.' }) id: string) {
    const uuid = await templates.rechargeEventIdOf(ctx, id);
    return uuid ? ctx.loaders.cards.rechargeEventById.load(uuid) : null;
  }

  @Authorized(Permission.CARD_CONFIG)
  @Mutation(() => RechargeEventPayload, { description: 'Creates a recharge event, or replaces one when id is given.' })
  saveRechargeEvent(@Ctx() ctx: RequestContext, @Arg('input', () => RechargeEventInput) input: RechargeEventInput) {
    return payload(async () => ({
      rechargeEvent: await templates.saveRechargeEvent(ctx, {
        ...input,
        bonusAmount: input.bonusAmount ?? undefined,
        status: input.status ?? undefined,
      }),
    }));
  }

  @FieldResolver(() => [CardTemplate])
  async cardTemplates(@Root() event: RechargeEvent, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.cards.cardTemplateById, await ctx.loaders.cards.cardTemplateIdsByEvent.load(event.id));
  }

  @FieldResolver(() => CouponTemplate, { nullable: true })
  couponTemplate(@Root() event: RechargeEvent, @Ctx() ctx: RequestContext) {
    return event.couponTemplateId ? ctx.loaders.cards.couponTemplateById.load(event.couponTemplateId) : null;
  }
}
