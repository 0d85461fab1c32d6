import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { MONEY, MerchantRecord } from './record-base.js';
import { ActivityStatus, CardChannel, RefundKind } from '../domain/card.enums.js';

/**
 * A recharge, and the lot it created: `capitalRemaining` and `bonusRemaining` are what spends have
 * left of it. The card's capital and bonus are always the sums of these over its recharges.
 */
@Entity({ tableName: 'card_recharge' })
export class CardRecharge extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  orderNo!: string;

  @Property({ type: 'uuid' })
  memberCardId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid', nullable: true })
  rechargeEventId: string | null = null;

  @Property(MONEY())
  amount!: string;

  @Property(MONEY())
  bonus!: string;

  @Property(MONEY())
  capitalRemaining!: string;

  @Property(MONEY())
  bonusRemaining!: string;

  @Property({ type: 'smallint' })
  channel!: CardChannel;

  @Property({ type: 'uuid', nullable: true })
  storeId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  staffUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  proofImageUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Set only for recharges of activity cards. */
  @Property({ type: 'smallint', nullable: true })
  activityStatus: ActivityStatus | null = null;

  @Property({ type: 'datetime', nullable: true })
  cashbackPaidAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  cashbackStaffUserId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  refundedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;
}

@Entity({ tableName: 'card_spend' })
export class CardSpend extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  orderNo!: string;

  @Property({ type: 'uuid' })
  memberCardId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property(MONEY())
  amount!: string;

  @Property(MONEY())
  capitalPart!: string;

  @Property(MONEY())
  bonusPart!: string;

  @Property({ type: 'smallint' })
  channel!: CardChannel;

  @Property({ type: 'uuid', nullable: true })
  storeId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  staffUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  refundedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;
}

/**
 * A refund of one order. For a spend, `capital` and `bonus` went back onto the card; for a
 * recharge, `capital` went back to the customer (`amount`) and `bonus` was withdrawn.
 */
@Entity({ tableName: 'card_refund' })
export class CardRefund extends MerchantRecord {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  kind!: RefundKind;

  @Property({ type: 'uuid', nullable: true })
  cardSpendId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  cardRechargeId: string | null = null;

  @Property({ type: 'text' })
  orderNo!: string;

  @Property({ type: 'uuid' })
  memberCardId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property(MONEY())
  amount!: string;

  @Property(MONEY())
  capital!: string;

  @Property(MONEY())
  bonus!: string;

  @Property({ type: 'uuid', nullable: true })
  storeId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  staffUserId: string | null = null;

  @Property({ type: 'uuid' })
  smsCodeId!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
