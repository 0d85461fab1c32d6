import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { OrgType } from '../domain/member.enums.js';
import { LedgerBusinessType, LedgerDirection, LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import { DateTime } from './scalars.js';
import { CommandPayload, MutationPayload, PaginatedList } from './generic.types.js';

@ObjectType({ description: 'Shared fields; not a schema type of its own.' })
abstract class BalanceFields {
  @Field(() => ID)
  memberId!: string;

  @Field(() => DecimalScalar, { description: 'Available now (legacy currentScore / cpoint / postPoint).' })
  current!: string;

  @Field(() => DecimalScalar, { description: 'Everything ever added, less reversals of additions (legacy totalScore).' })
  totalEarned!: string;
}

@ObjectType({ description: "A member's points. Always equals the sum of the member's points entries." })
export class PointsBalance extends BalanceFields {
  @Field(() => DecimalScalar, { description: 'Everything ever deducted, less refunds of spending (legacy usedScore).' })
  used!: string;
}

@ObjectType({ description: "A member's experience (legacy cpoint-inner score); it decides the grade." })
export class ExperienceBalance extends BalanceFields {
  @Field(() => DecimalScalar, { description: 'Everything ever deducted.' })
  used!: string;

  @Field(() => Int, { description: 'Level of the grade held; 0 when below every threshold.' })
  gradeLevel!: number;
}

@ObjectType({ description: 'Shared fields; not a schema type of its own.' })
abstract class EntryFields {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => LedgerDirection)
  direction!: LedgerDirection;

  @Field(() => DecimalScalar, { description: 'Size of the change, always >= 0 (0 only for a return that nets to nothing).' })
  amount!: string;

  @Field(() => DecimalScalar, { description: "Effect on the balance's totalEarned." })
  earnedDelta!: string;

  @Field(() => DecimalScalar, { description: "Effect on the balance's used." })
  usedDelta!: string;

  @Field(() => DecimalScalar, { description: 'The balance right after this entry.' })
  balanceAfter!: string;

  @Field(() => LedgerSource)
  source!: LedgerSource;

  @Field(() => LedgerBusinessType, { nullable: true })
  businessType!: LedgerBusinessType | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  remark!: string | null;

  @Field(() => String, { nullable: true })
  operatorName!: string | null;

  @Field(() => String, { nullable: true })
  operatorId!: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'One append-only points entry.' })
export class PointsEntry extends EntryFields {
  @Field(() => PointsOperationType, { nullable: true, description: 'Null for entries written by tasks.' })
  operationType!: PointsOperationType | null;

  @Field(() => String, { nullable: true, name: 'orderId' })
  orderNo!: string | null;

  @Field(() => String, { nullable: true })
  activityCode!: string | null;

  @Field(() => String, { nullable: true })
  orgCode!: string | null;

  @Field(() => OrgType, { nullable: true })
  orgType!: OrgType | null;

  @Field(() => ID, { nullable: true })
  storeId!: string | null;
}

@ObjectType({ description: 'One append-only experience entry.' })
export class ExperienceEntry extends EntryFields {}

@ObjectType()
export class PointsEntryList extends PaginatedList(() => PointsEntry) {}

@ObjectType()
export class ExperienceEntryList extends PaginatedList(() => ExperienceEntry) {}

@InputType({ description: 'Every condition given must hold.' })
export class LedgerEntryFilter {
  @Field(() => ID, { nullable: true, description: 'One member; all members of the merchant when omitted.' })
  memberId?: string | null;

  @Field(() => LedgerDirection, { nullable: true })
  direction?: LedgerDirection | null;

  @Field(() => [PointsOperationType], { nullable: true })
  operationTypes?: PointsOperationType[] | null;

  @Field(() => [LedgerSource], { nullable: true })
  sources?: LedgerSource[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Created at or after (inclusive).' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Created before (exclusive).' })
  to?: Date | null;

  @Field(() => String, { nullable: true })
  orderId?: string | null;
}

@InputType({ description: 'Give amount (points) or money (converted at the merchant rate), not both.' })
export class ChangePointsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => LedgerDirection)
  direction!: LedgerDirection;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points to add or deduct, > 0.' })
  amount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Money; points = money x moneyToPointsRate, cut to pointsScale.' })
  money?: string | null;

  @Field(() => PointsOperationType)
  operationType!: PointsOperationType;

  @Field(() => LedgerBusinessType, { nullable: true })
  businessType?: LedgerBusinessType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Retry-safety: a second command with this key returns the first result and writes nothing. Without it, no de-duplication.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  remark?: string | null;

  @Field(() => String, { nullable: true, description: 'The order this change belongs to; returnOrderPoints reverses it.' })
  orderId?: string | null;

  @Field(() => String, { nullable: true })
  activityCode?: string | null;

  @Field(() => String, { nullable: true })
  operatorName?: string | null;

  @Field(() => String, { nullable: true })
  operatorId?: string | null;

  @Field(() => String, { nullable: true })
  orgCode?: string | null;

  @Field(() => OrgType, { nullable: true })
  orgType?: OrgType | null;

  @Field(() => ID, { nullable: true })
  storeId?: string | null;
}

@InputType()
export class ChangeExperienceInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => LedgerDirection)
  direction!: LedgerDirection;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => LedgerBusinessType, { nullable: true })
  businessType?: LedgerBusinessType | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  remark?: string | null;

  @Field(() => String, { nullable: true })
  operatorName?: string | null;

  @Field(() => String, { nullable: true })
  operatorId?: string | null;
}

@ObjectType()
export class ChangePointsPayload extends CommandPayload {
  @Field(() => PointsEntry, { nullable: true })
  entry?: PointsEntry | null;

  @Field(() => PointsBalance, { nullable: true, description: 'Right after the change (for a replay: now).' })
  balance?: PointsBalance | null;
}

@ObjectType()
export class GradeMove {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;
}

@ObjectType()
export class ChangeExperiencePayload extends CommandPayload {
  @Field(() => ExperienceEntry, { nullable: true })
  entry?: ExperienceEntry | null;

  @Field(() => ExperienceBalance, { nullable: true })
  balance?: ExperienceBalance | null;

  @Field(() => GradeMove, { nullable: true, description: 'Set when this change moved the grade.' })
  gradeChange?: GradeMove | null;
}

@ObjectType()
export class LoyaltySettings {
  @Field(() => String, { description: 'Points per unit of money, up to 4 decimals.' })
  moneyToPointsRate!: string;

  @Field(() => Int, { description: 'Decimal places kept when converting money (0-2); the rest is cut, never rounded up.' })
  pointsScale!: number;

  @Field(() => DecimalScalar, { description: 'Points a referrer earns for each new member created with them as referrer.' })
  referralBonusPoints!: string;
}

@InputType()
export class LoyaltySettingsInput {
  @Field(() => String)
  moneyToPointsRate!: string;

  @Field(() => Int)
  pointsScale!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Omit to keep the current bonus (initially 0: none).' })
  referralBonusPoints?: string | null;
}

@ObjectType()
export class LoyaltySettingsPayload extends MutationPayload {
  @Field(() => LoyaltySettings, { nullable: true })
  settings?: LoyaltySettings | null;
}
