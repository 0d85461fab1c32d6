import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CouponSource, CouponStatus, CouponTemplateStatus, CouponType, QrKind } from '../domain/card.enums.js';
import { DateTime, LocalDate, SafeInt } from './scalars.js';
import { MutationPayload, PaginatedList } from './generic.types.js';

registerEnumType(CouponType, { name: 'CouponType' });
registerEnumType(CouponTemplateStatus, { name: 'CouponTemplateStatus' });
registerEnumType(CouponStatus, { name: 'CouponStatus' });
registerEnumType(CouponSource, { name: 'CouponSource' });
registerEnumType(QrKind, { name: 'QrKind' });

@ObjectType({ description: "A kind of coupon. Validity is in the merchant's calendar days, both ends included." })
export class CouponTemplate {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true })
  ruleText!: string | null;

  @Field(() => CouponType)
  type!: CouponType;

  @Field(() => LocalDate, { nullable: true, description: 'Null: from the day a coupon is issued.' })
  validFrom!: string | null;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => CouponTemplateStatus)
  status!: CouponTemplateStatus;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class CouponTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  ruleText?: string | null;

  @Field(() => CouponType)
  type!: CouponType;

  @Field(() => LocalDate, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => CouponTemplateStatus, { nullable: true })
  status?: CouponTemplateStatus | null;

  @Field(() => [ID], { nullable: true, description: 'Stores where it can be redeemed; empty: all. Omit to keep.' })
  storeIds?: string[] | null;
}

@ObjectType()
export class CouponTemplatePayload extends MutationPayload {
  @Field(() => CouponTemplate, { nullable: true })
  couponTemplate?: CouponTemplate | null;
}

@ObjectType({ description: 'An issued coupon with its own code.' })
export class Coupon {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique code (legacy num), what staff redeem.' })
  code!: string;

  @Field(() => ID)
  couponTemplateId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => CouponStatus)
  status!: CouponStatus;

  @Field(() => CouponSource)
  source!: CouponSource;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate)
  validUntil!: string;

  @Field(() => DateTime, { nullable: true })
  redeemedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  redeemedStoreId!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class GiftCouponsInput {
  @Field(() => ID)
  couponTemplateId!: string;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType()
export class CouponsPayload extends MutationPayload {
  @Field(() => [Coupon], { nullable: true })
  coupons?: Coupon[] | null;
}

@InputType()
export class RedeemCouponInput {
  @Field(() => String)
  code!: string;

  @Field(() => ID, { nullable: true, description: 'Default the staff user’s only store.' })
  storeId?: string | null;
}

@ObjectType()
export class CouponPayload extends MutationPayload {
  @Field(() => Coupon, { nullable: true })
  coupon?: Coupon | null;
}

@InputType()
export class CouponFilter {
  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: "The member's exact phone." })
  phone?: string | null;

  @Field(() => CouponStatus, { nullable: true })
  status?: CouponStatus | null;

  @Field(() => ID, { nullable: true })
  couponTemplateId?: string | null;
}

@ObjectType()
export class CouponList extends PaginatedList(() => Coupon) {}
