import type { GraphQLScalarType } from 'graphql';
import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime } from './scalars.js';

/*
 * Comparisons the legacy `members(filter:)` input (MemberFilter) accepts on one value, the
 * operators of the members-rest query language ($lt $lte $gt $gte $ne $in $nin) named for GraphQL.
 * Every condition given must hold. `ne` and `notIn` also match a member without the value (no
 * since date), as the legacy document's database did; the others never do.
 *
 * They are the filter language's operator inputs (filter.types.ts) under their legacy names:
 * services/filters/members.ts hands them to the one compiler with `notIn` read as `nin`. The
 * types stay, with these names and fields, because the members-rest shim and old clients send
 * them; they cannot be the newer DecimalFilter / IntFilter / DateTimeFilter without renaming
 * types and `notIn` in the schema. Their descriptions point to `members(where:)`; their fields are
 * not marked deprecated: introspection leaves deprecated input fields out by default, and a client
 * such as GraphiQL then sees input types without fields and refuses the whole schema.
 */

const LEGACY = 'Legacy MemberFilter operators: new clients use members(where:) and its operator inputs (docs/analytics.md).';

/** One legacy comparison input type for one scalar. */
function comparison<T>(scalar: () => GraphQLScalarType, name: string, what: string) {
  @InputType(name, { description: `Conditions on ${what}; every condition given must hold. ${LEGACY}` })
  class Comparison {
    @Field(scalar, { nullable: true })
    eq?: T | null;

    @Field(scalar, { nullable: true })
    ne?: T | null;

    @Field(scalar, { nullable: true })
    lt?: T | null;

    @Field(scalar, { nullable: true })
    lte?: T | null;

    @Field(scalar, { nullable: true })
    gt?: T | null;

    @Field(scalar, { nullable: true })
    gte?: T | null;

    @Field(() => [scalar()], { nullable: true, description: 'One of these (at most 100).' })
    in?: T[] | null;

    @Field(() => [scalar()], { nullable: true, description: 'None of these (at most 100).' })
    notIn?: T[] | null;
  }
  return Comparison;
}

export const DecimalComparison = comparison<string>(() => DecimalScalar, 'DecimalComparison', 'a decimal value');
export type DecimalComparison = InstanceType<typeof DecimalComparison>;
export const IntComparison = comparison<number>(() => Int, 'IntComparison', 'an integer value');
export type IntComparison = InstanceType<typeof IntComparison>;
export const DateTimeComparison = comparison<Date>(() => DateTime, 'DateTimeComparison', 'an instant');
export type DateTimeComparison = InstanceType<typeof DateTimeComparison>;
