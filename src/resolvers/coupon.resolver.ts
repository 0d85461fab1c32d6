import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import { listCost, pageQuery } from './lists.js';
import { CouponWhere, CreatedOrder } from '../schema/where.types.js';
import type { RequestContext } from '../request/context.js';
import { PageInput } from '../schema/common.types.js';
import {
  Coupon,
  CouponFilter,
  CouponList,
  CouponPayload,
  CouponsPayload,
  CouponTemplate,
  CouponTemplateInput,
  CouponTemplatePayload,
  GiftCouponsInput,
  RedeemCouponInput,
} from '../schema/coupon.types.js';
import { CouponTemplateStatus, QrKind } from '../domain/card.enums.js';
import { Member } from '../schema/member.types.js';
import { Store } from '../schema/merchant.types.js';
import * as coupons from '../services/coupon.service.js';
import { signQr } from '../services/qr.service.js';
import { loadAll, payload } from './payload.js';

@ArgsType()
class CouponsArgs {
  @Field(() => CouponWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: CouponWhere | null;

  @Field(() => CouponFilter, { nullable: true, description: 'The older fixed filter; AND-ed with where.' })
  filter?: CouponFilter | null;

  @Field(() => CreatedOrder, { nullable: true, description: 'Issue time; newest first by default.' })
  orderBy?: CreatedOrder | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

@Resolver(() => Coupon)
export class CouponResolver {
  @Query(() => [CouponTemplate], { description: 'Legacy 7.2.' })
  couponTemplates(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => CouponTemplateStatus, { nullable: true }) status?: CouponTemplateStatus | null,
  ) {
    return coupons.listCouponTemplates(ctx, status);
  }

  @Authorized(Permission.CARD_CONFIG)
  @Mutation(() => CouponTemplatePayload, { description: 'Creates a coupon template, or replaces one when id is given.' })
  saveCouponTemplate(@Ctx() ctx: RequestContext, @Arg('input', () => CouponTemplateInput) input: CouponTemplateInput) {
    return payload(async () => ({ couponTemplate: await coupons.saveCouponTemplate(ctx, input) }));
  }

  @Query(() => CouponList, {
    description: "Issued coupons, newest first by default; filter by member (id or phone) for a member's wallet.",
    complexity: listCost,
  })
  coupons(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => CouponsArgs) { where, filter, orderBy, page }: CouponsArgs,
  ) {
    return coupons.listCoupons(ctx, { where, filter, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @Query(() => Coupon, { nullable: true })
  coupon(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return coupons.findCouponByCode(ctx, code);
  }

  @Authorized(Permission.COUPON_OPERATE)
  @Mutation(() => CouponsPayload, { description: 'Gifts coupons to a member (legacy 7.1).' })
  giftCoupons(@Ctx() ctx: RequestContext, @Arg('input', () => GiftCouponsInput) input: GiftCouponsInput) {
    return payload(async () => ({ coupons: await coupons.giftCoupons(ctx, input) }));
  }

  @Authorized(Permission.COUPON_OPERATE)
  @Mutation(() => CouponPayload, { description: 'Redeems a coupon at a store, exactly once (legacy 6.2).' })
  redeemCoupon(@Ctx() ctx: RequestContext, @Arg('input', () => RedeemCouponInput) input: RedeemCouponInput) {
    return payload(async () => ({ coupon: await coupons.redeemCoupon(ctx, input) }));
  }

  @FieldResolver(() => CouponTemplate, { nullable: true })
  template(@Root() coupon: Coupon, @Ctx() ctx: RequestContext) {
    return ctx.loaders.cards.couponTemplateById.load(coupon.couponTemplateId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() coupon: Coupon, @Ctx() ctx: RequestContext) {
    return ctx.loaders.memberById.load(coupon.memberId);
  }

  @FieldResolver(() => String, { description: 'Legacy validity text, e.g. `2019-10-1 至 2019-10-10`.' })
  validityText(@Root() coupon: Coupon) {
    return coupons.validityText(coupon.validFrom, coupon.validUntil);
  }

  @FieldResolver(() => Boolean, { description: "Past its last valid day (merchant's time zone)." })
  async expired(@Root() coupon: Coupon, @Ctx() ctx: RequestContext) {
    return coupon.validUntil < (await ctx.loaders.cards.today());
  }

  @FieldResolver(() => String, { description: 'Signed QR content for this coupon; scanQrCode reads it back.' })
  async qrContent(@Root() coupon: Coupon, @Ctx() ctx: RequestContext) {
    return signQr(await ctx.loaders.cards.qrKey(), QrKind.COUPON, coupon.id);
  }
}

@Resolver(() => CouponTemplate)
export class CouponTemplateResolver {
  @FieldResolver(() => [Store], { description: 'Stores where it can be redeemed; empty: all.' })
  async stores(@Root() template: CouponTemplate, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.storeById, await ctx.loaders.cards.storeIdsByCouponTemplate.load(template.id));
  }
}
