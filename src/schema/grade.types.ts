import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { GradeChangeReason } from '../domain/loyalty-codes.js';
import { LoyaltySortField } from './loyalty-enums.js';
import { SortDirection } from './enums.js';
import { DateTime } from './scalars.js';
import { MutationPayload, PaginatedList } from './generic.types.js';

@ObjectType({ description: 'A rung of the grade ladder (cpoint-inner grade number and threshold; partner ruleCode / ruleName).' })
export class Grade {
  @Field(() => Int, { description: '1 = lowest.' })
  level!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DecimalScalar, { description: 'Experience from which a member holds this grade.' })
  threshold!: string;
}

@InputType()
export class GradeInput {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DecimalScalar)
  threshold!: string;
}

@ObjectType()
export class SetGradesPayload extends MutationPayload {
  @Field(() => [Grade], { nullable: true })
  grades?: Grade[] | null;

  @Field(() => Int, { nullable: true, description: 'Members whose grade the new table moved.' })
  membersRegraded?: number | null;
}

@ObjectType({ description: "A move of a member's grade." })
export class GradeChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Int)
  fromLevel!: number;

  @Field(() => Int)
  toLevel!: number;

  @Field(() => DecimalScalar, { description: 'Experience at the time.' })
  experience!: string;

  @Field(() => GradeChangeReason)
  reason!: GradeChangeReason;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class GradeChangeList extends PaginatedList(() => GradeChange) {}

@ObjectType({ description: 'Points, experience and grade of one member (cpoint-inner listInfo).' })
export class LoyaltyAccount {
  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class LoyaltyOrder {
  @Field(() => LoyaltySortField)
  field!: LoyaltySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Bounds are inclusive.' })
export class LoyaltyMemberFilter {
  @Field(() => Int, { nullable: true })
  gradeLevel?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  pointsMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  pointsMax?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  experienceMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  experienceMax?: string | null;
}
