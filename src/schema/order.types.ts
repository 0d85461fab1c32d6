import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { PointsBalance, PointsEntry } from './ledger.types.js';
import { PointsOperationType } from '../domain/loyalty-codes.js';
import { DateTime } from './scalars.js';
import { CommandPayload, PaginatedList } from './generic.types.js';

@ObjectType({ description: "What one of a member's orders spent and earned in points, and what was given back." })
export class PointsOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { name: 'orderId', description: "The caller's order id." })
  orderNo!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => DecimalScalar, { description: 'Points the order spent (consumption, deductions with this order id).' })
  spent!: string;

  @Field(() => DecimalScalar, { description: 'Spent points given back by revokes and the return.' })
  spentReversed!: string;

  @Field(() => DecimalScalar, { description: 'Points the order earned (additions with this order id).' })
  earned!: string;

  @Field(() => DecimalScalar)
  earnedReversed!: string;

  @Field(() => DateTime, { nullable: true, description: 'When consumePointsForOrder succeeded; null if it never did.' })
  consumedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  returnedAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType()
export class PointsOrderList extends PaginatedList(() => PointsOrder) {}

@InputType({
  description: 'The order id is the idempotency key: the same order, member and amount again returns the first result.',
})
export class ConsumePointsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  orderId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => PointsOperationType, { nullable: true, description: 'Defaults to POINTS_PAYMENT.' })
  operationType?: PointsOperationType | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  remark?: string | null;
}

@InputType()
export class RevokeOrderPointsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  orderId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'How much to give back; everything still revocable when omitted.' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a partial revoke safe to retry.' })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  remark?: string | null;
}

@InputType()
export class ReturnOrderPointsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  orderId!: string;

  @Field(() => PointsOperationType, {
    nullable: true,
    description: 'Recorded on the return entry (e.g. CONSUMPTION_REWARD_REVERSAL).',
  })
  operationType?: PointsOperationType | null;

  @Field(() => String, { nullable: true })
  activityCode?: string | null;

  @Field(() => String, { nullable: true })
  remark?: string | null;
}

@ObjectType()
export class PointsOrderPayload extends CommandPayload {
  @Field(() => PointsOrder, { nullable: true })
  order?: PointsOrder | null;

  @Field(() => PointsEntry, {
    nullable: true,
    description: 'The entry this command wrote (or, for a replay, wrote the first time).',
  })
  entry?: PointsEntry | null;

  @Field(() => PointsBalance, { nullable: true })
  balance?: PointsBalance | null;
}
