import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';

/** One page of a list: rows skipped and rows wanted. */
export interface PageQuery {
  offset: number;
  limit: number;
  /**
   * Whether to count the whole list for `totalItems` (the default). GraphQL asks only when the
   * client selected `totalItems`: a count reads every row the filter matches, the page only 20.
   */
  countTotal?: boolean;
}

/** What every list operation takes: a page, and the list's own filter. */
export type ListQuery<Filter> = PageQuery & { filter?: Filter | null };

/** What every list operation answers. */
export interface ListResult<T> {
  items: T[];
  totalItems: number;
}

/**
 * Checks paging arguments against the server's maximum page size. The GraphQL edge answers the
 * error as BAD_USER_INPUT; each shim in its parameter code.
 */
export function checkPage(ctx: RequestContext, page: PageQuery): void {
  if (!Number.isInteger(page.offset) || page.offset < 0)
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'offset must be 0 or more.', 'offset');
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > ctx.config.MAX_PAGE_SIZE) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `limit must be between 1 and ${ctx.config.MAX_PAGE_SIZE}.`, 'limit');
  }
}

/**
 * `totalItems` of a list nobody asked the size of. It is never sent: GraphQL serialises only the
 * fields a client selects, and `countTotal: false` comes only from a selection without it.
 */
export const NOT_COUNTED = -1;

/** One page of an entity list, counting the whole list only when the query asks for it. */
export async function findPage<T extends object>(
  ctx: RequestContext,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: FindOptions<T>,
  page: PageQuery,
): Promise<ListResult<T>> {
  const paged = { ...options, offset: page.offset, limit: page.limit } as FindOptions<T>;
  // FilterQuery<T> of a generic T is wider than what find's overloads accept for a concrete entity.
  const filter = where as never;
  if (page.countTotal === false) return { items: (await ctx.em.find(entity, filter, paged)) as T[], totalItems: NOT_COUNTED };
  const [items, totalItems] = await ctx.em.findAndCount(entity, filter, paged);
  return { items: items as T[], totalItems };
}
