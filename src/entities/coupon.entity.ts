import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { CouponSource, CouponStatus, CouponTemplateStatus, CouponType } from '../domain/card.enums.js';

/** A kind of coupon. Validity is in calendar days of the merchant's time zone, both ends included. */
@Entity({ tableName: 'coupon_template' })
export class CouponTemplate extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'text', nullable: true })
  logoUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  ruleText: string | null = null;

  @Property({ type: 'text' })
  type!: CouponType;

  /** `YYYY-MM-DD`; null: from the day a coupon is issued. */
  @Property({ type: 'date', nullable: true })
  validFrom: string | null = null;

  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'text' })
  status: Opt<CouponTemplateStatus> = CouponTemplateStatus.ACTIVE;
}

/** One issued coupon with its own unique code; redeemed at most once. */
@Entity({ tableName: 'coupon' })
export class Coupon extends MerchantOwned {
  @Property({ type: 'uuid' })
  couponTemplateId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'text' })
  code!: string;

  /** A code minted before coupon codes had to be JSON-safe; it still finds the coupon. */
  @Property({ type: 'text', nullable: true })
  previousCode: string | null = null;

  @Property({ type: 'text' })
  status: Opt<CouponStatus> = CouponStatus.UNUSED;

  @Property({ type: 'text' })
  source!: CouponSource;

  @Property({ type: 'uuid', nullable: true })
  cardRechargeId: string | null = null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedByStaffUserId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  redeemedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  redeemedStoreId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  redeemedByStaffUserId: string | null = null;
}
