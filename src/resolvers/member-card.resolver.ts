import { Decimal } from 'decimal.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { CardRecharge } from '../schema/card-money.types.js';
import { CardTemplate, MemberCard, MemberCardPayload, OpenMemberCardInput, SetCardPasswordInput } from '../schema/card.types.js';
import { DecimalScalar } from '../schema/decimal.scalar.js';
import { Coupon } from '../schema/coupon.types.js';
import { CouponStatus, QrKind } from '../domain/card.enums.js';
import { Invoice } from '../schema/invoice.types.js';
import { Member } from '../schema/member.types.js';
import { Store } from '../schema/merchant.types.js';
import { invoiceable } from '../services/invoice.service.js';
import * as cards from '../services/member-card.service.js';
import { signQr } from '../services/qr.service.js';
import { payload } from './payload.js';

/** A member's cards and coupons, so one query shows a member with balances and wallet (legacy 4.5). */
@Resolver(() => Member)
export class MemberCardsField {
  @FieldResolver(() => [MemberCard])
  cards(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.cardsByMember.load(member.id);
  }

  @FieldResolver(() => [Coupon], { description: 'Newest first; `coupons(filter: { memberId })` pages through them.' })
  async coupons(
    @Root() member: Member,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => CouponStatus, { nullable: true }) status?: CouponStatus | null,
  ) {
    const all = await ctx.loaders.cards.couponsByMember.load(member.id);
    return status ? all.filter((coupon) => coupon.status === status) : all;
  }
}

@Resolver(() => MemberCard)
export class MemberCardResolver {
  @Query(() => MemberCard, {
    nullable: true,
    description: 'A card by id or number, or a member’s card of a template (legacy 8.3).',
  })
  memberCard(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) cardId?: string | null,
    @Arg('cardNo', () => String, { nullable: true }) cardNo?: string | null,
    @Arg('memberId', () => ID, { nullable: true }) memberId?: string | null,
    @Arg('cardTemplateId', () => ID, { nullable: true }) cardTemplateId?: string | null,
  ) {
    return cards.findCard(ctx, { cardId, cardNo, memberId, cardTemplateId });
  }

  @Query(() => [MemberCard], { description: "A member's cards with balances (legacy 4.5)." })
  memberCards(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID) memberId: string) {
    return cards.listMemberCards(ctx, memberId);
  }

  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => MemberCardPayload, { description: 'Opens a card for a phone, registering the member if needed (legacy 3.3).' })
  openMemberCard(@Ctx() ctx: RequestContext, @Arg('input', () => OpenMemberCardInput) input: OpenMemberCardInput) {
    return payload(() => cards.openMemberCard(ctx, input));
  }

  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => MemberCardPayload, {
    description: "Sets a card's PIN: changes it given the current one, or gives an imported card its first.",
  })
  setCardPassword(@Ctx() ctx: RequestContext, @Arg('input', () => SetCardPasswordInput) input: SetCardPasswordInput) {
    return payload(async () => ({ card: await cards.setCardPassword(ctx, input) }));
  }

  @FieldResolver(() => DecimalScalar, { description: 'capital + bonus' })
  balance(@Root() card: MemberCard) {
    return new Decimal(card.capital).plus(card.bonus).toFixed(2);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Capital recharged − capital refunded − invoiced.' })
  invoiceable(@Root() card: MemberCard) {
    return invoiceable(card as Parameters<typeof invoiceable>[0]);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return ctx.loaders.memberById.load(card.memberId);
  }

  @FieldResolver(() => CardTemplate, { nullable: true })
  template(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.cardTemplateById.load(card.cardTemplateId);
  }

  @FieldResolver(() => Store, { nullable: true })
  openStore(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return card.openStoreId ? ctx.loaders.storeById.load(card.openStoreId) : null;
  }

  @FieldResolver(() => [CardRecharge], { description: 'Activity cards: each activity recharge with its balances and status.' })
  activityRecharges(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.activityRechargesByCard.load(card.id);
  }

  @FieldResolver(() => [Invoice], { description: 'Newest first (legacy 8.1).' })
  invoices(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.invoicesByCard.load(card.id);
  }

  @FieldResolver(() => String, { description: 'Signed QR content for this card; scanQrCode reads it back.' })
  async qrContent(@Root() card: MemberCard, @Ctx() ctx: RequestContext) {
    return signQr(await ctx.loaders.cards.qrKey(), QrKind.CARD, card.id);
  }
}
