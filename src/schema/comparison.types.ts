import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime } from './scalars.js';

/*
 * Comparisons a list filter accepts on one value, the operators of the members-rest query
 * language ($lt $lte $gt $gte $ne $in $nin) named for GraphQL. Every condition given must hold.
 * `ne` and `notIn` also match a member without the value (no since date), as the legacy
 * document's database did; the others never do.
 */

@InputType({ description: 'Conditions on a decimal value; every condition given must hold.' })
export class DecimalComparison {
  @Field(() => DecimalScalar, { nullable: true })
  eq?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  ne?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lt?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lte?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  gt?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  gte?: string | null;

  @Field(() => [DecimalScalar], { nullable: true, description: 'One of these (at most 100).' })
  in?: string[] | null;

  @Field(() => [DecimalScalar], { nullable: true, description: 'None of these (at most 100).' })
  notIn?: string[] | null;
}

@InputType({ description: 'Conditions on an integer value; every condition given must hold.' })
export class IntComparison {
  @Field(() => Int, { nullable: true })
  eq?: number | null;

  @Field(() => Int, { nullable: true })
  ne?: number | null;

  @Field(() => Int, { nullable: true })
  lt?: number | null;

  @Field(() => Int, { nullable: true })
  lte?: number | null;

  @Field(() => Int, { nullable: true })
  gt?: number | null;

  @Field(() => Int, { nullable: true })
  gte?: number | null;

  @Field(() => [Int], { nullable: true, description: 'One of these (at most 100).' })
  in?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'None of these (at most 100).' })
  notIn?: number[] | null;
}

@InputType({ description: 'Conditions on an instant; every condition given must hold.' })
export class DateTimeComparison {
  @Field(() => DateTime, { nullable: true })
  eq?: Date | null;

  @Field(() => DateTime, { nullable: true })
  ne?: Date | null;

  @Field(() => DateTime, { nullable: true })
  lt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  lte?: Date | null;

  @Field(() => DateTime, { nullable: true })
  gt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  gte?: Date | null;

  @Field(() => [DateTime], { nullable: true, description: 'One of these (at most 100).' })
  in?: Date[] | null;

  @Field(() => [DateTime], { nullable: true, description: 'None of these (at most 100).' })
  notIn?: Date[] | null;
}
