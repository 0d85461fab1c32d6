import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RefundKind, ActivityStatus, CardChannel } from '../domain/card.enums.js';
import { CardRefFields, MemberCard } from './card.types.js';
import { PageInput } from './common.types.js';
import { Coupon } from './coupon.types.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, SafeInt } from './scalars.js';
import { MutationPayload, PaginatedList } from './generic.types.js';

registerEnumType(RefundKind, { name: 'RefundKind' });

@ObjectType({ description: 'A recharge, and what remains of it (legacy charge record; activity card lot, 4.5).' })
export class CardRecharge {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  orderNo!: string;

  @Field(() => ID)
  memberCardId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { nullable: true })
  rechargeEventId!: string | null;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar)
  bonus!: string;

  @Field(() => DecimalScalar)
  capitalRemaining!: string;

  @Field(() => DecimalScalar)
  bonusRemaining!: string;

  @Field(() => CardChannel)
  channel!: CardChannel;

  @Field(() => ID, { nullable: true })
  storeId!: string | null;

  @Field(() => ID, { nullable: true })
  staffUserId!: string | null;

  @Field(() => String, { nullable: true })
  proofImageUrl!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ActivityStatus, { nullable: true, description: 'Only on activity cards.' })
  activityStatus!: ActivityStatus | null;

  @Field(() => DateTime, { nullable: true })
  cashbackPaidAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  refundedAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A spend from a card, with its split between capital and bonus.' })
export class CardSpend {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  orderNo!: string;

  @Field(() => ID)
  memberCardId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar)
  capitalPart!: string;

  @Field(() => DecimalScalar)
  bonusPart!: string;

  @Field(() => CardChannel)
  channel!: CardChannel;

  @Field(() => ID, { nullable: true })
  storeId!: string | null;

  @Field(() => ID, { nullable: true })
  staffUserId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTime, { nullable: true })
  refundedAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A refund of a spend (money back onto the card) or of a recharge (capital back to the customer).' })
export class CardRefund {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => RefundKind)
  kind!: RefundKind;

  @Field(() => String, { description: 'The refunded order.' })
  orderNo!: string;

  @Field(() => ID)
  memberCardId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => DecimalScalar, { description: 'Spend: the amount restored. Recharge: the capital returned.' })
  amount!: string;

  @Field(() => DecimalScalar)
  capital!: string;

  @Field(() => DecimalScalar, { description: 'Spend: bonus restored. Recharge: bonus withdrawn.' })
  bonus!: string;

  @Field(() => ID, { nullable: true })
  storeId!: string | null;

  @Field(() => ID, { nullable: true })
  staffUserId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class CardCommandFields extends CardRefFields {
  @Field(() => CardChannel, { nullable: true, description: 'Default STORE.' })
  channel?: CardChannel | null;

  @Field(() => ID, { nullable: true, description: 'Required at a store unless the staff user acts for one store only.' })
  storeId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Without an idempotencyKey: refuse (REPEATED_COMMAND) when the same card got the same command (amount, bonus, event) within this many seconds, not refunded since. For clients that cannot send a key (card-manage 3.5/3.6). 1 to 3600.',
  })
  repeatGuardSeconds?: number | null;
}

@InputType()
export class RechargeCardInput extends CardCommandFields {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Default 0.' })
  bonus?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for activity cards; amount and bonus must equal its own.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'Payment proof; required at a store.' })
  proofImageUrl?: string | null;
}

@InputType()
export class SpendFromCardInput extends CardCommandFields {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => String, { description: 'Card PIN or its MD5 hex.' })
  password!: string;
}

@InputType()
export class RefundInput {
  @Field(() => String)
  orderNo!: string;

  @Field(() => String, { description: 'The code sent by sendRefundSmsCode.' })
  smsCode!: string;

  @Field(() => ID, { nullable: true })
  storeId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class RechargePayload extends MutationPayload {
  @Field(() => CardRecharge, { nullable: true })
  recharge?: CardRecharge | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;

  @Field(() => [Coupon], { nullable: true, description: "The event's coupons, issued with the recharge." })
  coupons?: Coupon[] | null;
}

@ObjectType()
export class SpendPayload extends MutationPayload {
  @Field(() => CardSpend, { nullable: true })
  spend?: CardSpend | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;
}

@ObjectType()
export class RefundPayload extends MutationPayload {
  @Field(() => CardRefund, { nullable: true })
  refund?: CardRefund | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;
}

@ObjectType()
export class CashbackPayload extends MutationPayload {
  @Field(() => CardRecharge, { nullable: true })
  recharge?: CardRecharge | null;
}

@InputType({ description: 'Filters of record lists (legacy 4.1-4.3, 8.4).' })
export class RecordFilter {
  @Field(() => String, { nullable: true, description: "Member's phone contains." })
  phoneContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone, name or nickname contains.' })
  keyword?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Created at or after.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Created before.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  cardId?: string | null;

  @Field(() => ID, { nullable: true })
  storeId?: string | null;
}

export { PageInput };

@ObjectType()
export class RechargeList extends PaginatedList(() => CardRecharge) {
  @Field(() => DecimalScalar, { description: 'Sum of amounts over every matching record.' })
  totalAmount!: string;

  @Field(() => DecimalScalar, { description: 'Sum of bonuses over every matching record.' })
  totalBonus!: string;
}

@ObjectType()
export class SpendList extends PaginatedList(() => CardSpend) {
  @Field(() => DecimalScalar)
  totalAmount!: string;
}

@ObjectType()
export class RefundList extends PaginatedList(() => CardRefund) {
  @Field(() => DecimalScalar)
  totalAmount!: string;
}
