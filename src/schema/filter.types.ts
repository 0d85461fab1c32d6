import type { GraphQLScalarType } from 'graphql';
import { type ClassType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, LocalDate } from './scalars.js';

/*
 * The filter language's operator inputs (docs/analytics.md, "Filter language"). Every operator
 * given must hold. `ne` and `nin` also match a row without the value (NULL); the other operators
 * need a value. Lists hold at most 100 values. Compiled by services/filters/compiler.ts.
 */

const ONE_OF = 'One of these (at most 100).';
const NONE_OF = 'None of these (at most 100); a row without the value matches.';
const IS_NULL = 'true: only rows without the value; false: only rows with one.';

@InputType({ description: 'Conditions on a text value; every condition given must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true })
  eq?: string | null;

  @Field(() => String, { nullable: true, description: 'Not equal; a row without the value matches.' })
  ne?: string | null;

  @Field(() => [String], { nullable: true, description: ONE_OF })
  in?: string[] | null;

  @Field(() => [String], { nullable: true, description: NONE_OF })
  nin?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contains this text, ignoring case; % _ and \\ are matched literally.',
  })
  contains?: string | null;

  @Field(() => Boolean, { nullable: true, description: IS_NULL })
  isNull?: boolean | null;
}

@InputType({ description: 'Conditions on an id; every condition given must hold.' })
export class IDFilter {
  @Field(() => ID, { nullable: true })
  eq?: string | null;

  @Field(() => ID, { nullable: true })
  ne?: string | null;

  @Field(() => [ID], { nullable: true, description: ONE_OF })
  in?: string[] | null;

  @Field(() => [ID], { nullable: true, description: NONE_OF })
  nin?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: IS_NULL })
  isNull?: boolean | null;
}

/** Ordered values: the comparisons and an inclusive range, for one scalar type. */
function orderedFilter<T>(scalar: () => GraphQLScalarType, name: string, what: string) {
  @InputType(`${name}Range`, { description: `An inclusive range of ${what}s.` })
  class Range {
    @Field(scalar)
    from!: T;

    @Field(scalar)
    to!: T;
  }

  @InputType(name, { description: `Conditions on ${what}; every condition given must hold.` })
  class Filter {
    @Field(scalar, { nullable: true })
    eq?: T | null;

    @Field(scalar, { nullable: true })
    ne?: T | null;

    @Field(() => [scalar()], { nullable: true, description: ONE_OF })
    in?: T[] | null;

    @Field(() => [scalar()], { nullable: true, description: NONE_OF })
    nin?: T[] | null;

    @Field(scalar, { nullable: true })
    lt?: T | null;

    @Field(scalar, { nullable: true })
    lte?: T | null;

    @Field(scalar, { nullable: true })
    gt?: T | null;

    @Field(scalar, { nullable: true })
    gte?: T | null;

    @Field(() => Range, { nullable: true, description: 'from <= value <= to.' })
    between?: Range | null;

    @Field(() => Boolean, { nullable: true, description: IS_NULL })
    isNull?: boolean | null;
  }
  return Filter;
}

export const IntFilter = orderedFilter<number>(() => Int, 'IntFilter', 'an integer');
export type IntFilter = InstanceType<typeof IntFilter>;
export const DecimalFilter = orderedFilter<string>(() => DecimalScalar, 'DecimalFilter', 'a decimal');
export type DecimalFilter = InstanceType<typeof DecimalFilter>;
export const DateTimeFilter = orderedFilter<Date>(() => DateTime, 'DateTimeFilter', 'an instant');
export type DateTimeFilter = InstanceType<typeof DateTimeFilter>;
export const DateFilter = orderedFilter<string>(() => LocalDate, 'DateFilter', 'a calendar date');
export type DateFilter = InstanceType<typeof DateFilter>;

/** `<Enum>Filter { eq ne in nin }` for one enum registered with type-graphql. */
export function enumFilter<E extends string>(enumType: object, name: string): ClassType<EnumFilterShape<E>> {
  @InputType(name, { description: 'Conditions on an enum value; every condition given must hold.' })
  class Filter {
    @Field(() => enumType, { nullable: true })
    eq?: E | null;

    @Field(() => enumType, { nullable: true })
    ne?: E | null;

    @Field(() => [enumType], { nullable: true, description: ONE_OF })
    in?: E[] | null;

    @Field(() => [enumType], { nullable: true, description: NONE_OF })
    nin?: E[] | null;
  }
  return Filter;
}

export interface EnumFilterShape<E extends string> {
  eq?: E | null;
  ne?: E | null;
  in?: E[] | null;
  nin?: E[] | null;
}

@InputType({ description: 'Conditions on a list of labels.' })
export class LabelsFilter {
  @Field(() => [String], { nullable: true, description: 'Has every one of these labels (at most 100).' })
  contains?: string[] | null;
}

@ObjectType({ description: 'Where a page ends, for cursor paging.' })
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description:
      "The last item's cursor: pass it as page.after for the next page. Null on an empty page or a list without cursors.",
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether rows follow this page.' })
  hasNextPage!: boolean;
}
