import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { UserError } from './common.types.js';
import { PageInfo } from './filter.types.js';

/**
 * The shapes every list and every mutation answers in, defined once. type-graphql cannot put
 * decorators on a generic class, so a list is a class made by a function (its
 * `examples/generic-types`, Vendure's `PaginatedList`). The abstract classes below never appear in
 * the schema: type-graphql 2 emits only the types a resolver reaches (its v1 `isAbstract` option
 * is gone), so each concrete subclass carries the inherited fields under its own name.
 */

/**
 * One page of a list, the size of the whole list and where the page ends: `items: [T!]!`,
 * `totalItems: Int!` (counted only when selected) and `pageInfo: PageInfo!` (cursor paging).
 * `itemType` is a thunk, so a list may be declared before (or in a cycle with) its item type.
 *
 * @example
 * ```ts
 * @ObjectType()
 * export class MemberList extends PaginatedList(() => Member) {}
 * ```
 * Sums over the whole list (a `totalAmount`) are fields of the subclass.
 */
export function PaginatedList<T extends object>(itemType: () => ClassType<T>) {
  @ObjectType()
  abstract class PaginatedListClass {
    @Field(() => [itemType()])
    items!: T[];

    @Field(() => Int)
    totalItems!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return PaginatedListClass;
}

/**
 * The outcome of a mutation (and of `scanQrCode`, the one query with expected failures):
 * the result's fields, each nullable, beside `errors`, empty on success. A command that failed
 * for a business reason answers only `errors`; see `payload()` in resolvers/payload.ts, which
 * builds this shape from a service call.
 *
 * @example
 * ```ts
 * @ObjectType()
 * export class StorePayload extends MutationPayload {
 *   @Field(() => Store, { nullable: true })
 *   store?: Store | null;
 * }
 * ```
 */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError])
  errors!: UserError[];
}

/**
 * The payload of a ledger command that carries an idempotency key: a retry answers the first
 * result with `replayed: true` and writes nothing.
 */
@ObjectType()
export abstract class CommandPayload extends MutationPayload {
  @Field(() => Boolean, { nullable: true, description: 'true: a retry; the first result is returned and nothing was written.' })
  replayed?: boolean | null;
}
