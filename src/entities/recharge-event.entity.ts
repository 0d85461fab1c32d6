import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { MONEY } from './record-base.js';
import { RechargeEventStatus, RechargeEventType } from '../domain/card.enums.js';

/** A recharge promotion ("充200 送200"): a fixed recharge amount with its bonus and coupons. */
@Entity({ tableName: 'recharge_event' })
export class RechargeEvent extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property(MONEY())
  rechargeAmount!: string;

  @Property(MONEY())
  bonusAmount: Opt<string> = '0.00';

  @Property({ type: 'uuid', nullable: true })
  couponTemplateId: string | null = null;

  @Property({ type: 'integer' })
  couponQuantity: Opt<number> = 0;

  @Property({ type: 'smallint' })
  type!: RechargeEventType;

  @Property({ type: 'smallint' })
  status: Opt<RechargeEventStatus> = RechargeEventStatus.NORMAL;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
