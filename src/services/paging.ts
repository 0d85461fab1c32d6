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
  /**
   * A cursor (`pageInfo.endCursor` of the previous page): the page starts after that row. Only
   * lists read through services/filters/pages.ts take one; with it, offset must be 0.
   */
  after?: string | null;
}

/** Where a page ends: the cursor of its last row (null when it has none) and whether rows follow. */
export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

/** What every list operation takes: a page, and the list's own filter. */
export type ListQuery<Filter> = PageQuery & { filter?: Filter | null };

/** What every list operation answers. */
export interface ListResult<T> {
  items: T[];
  totalItems: number;
  pageInfo: PageInfo;
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
  if (page.after != null && page.offset !== 0)
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'With page.after, offset must be 0.', 'page.offset');
}

/** A list with nothing in it (a filter that can match no row). */
export const emptyPage = <T>(): ListResult<T> => ({
  items: [],
  totalItems: 0,
  pageInfo: { endCursor: null, hasNextPage: false },
});

/** Refuses a cursor on a list that pages by offset only. */
export function offsetOnly(page: PageQuery): void {
  if (page.after != null)
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'This list pages by offset only: page.after is not accepted.', 'page.after');
}

/** The page info of an offset page read with one row beyond it (`limit + 1`); no cursor. */
export function offsetPageInfo<T>(rows: T[], limit: number): { items: T[]; pageInfo: PageInfo } {
  return { items: rows.slice(0, limit), pageInfo: { endCursor: null, hasNextPage: rows.length > limit } };
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
  offsetOnly(page);
  // One row beyond the page says whether another follows (pageInfo.hasNextPage) without a count.
  const paged = { ...options, offset: page.offset, limit: page.limit + 1 } as FindOptions<T>;
  // FilterQuery<T> of a generic T is wider than what find's overloads accept for a concrete entity.
  const filter = where as never;
  const rows = (await ctx.em.find(entity, filter, paged)) as T[];
  const totalItems = page.countTotal === false ? NOT_COUNTED : await ctx.em.count(entity, filter);
  return { ...offsetPageInfo(rows, page.limit), totalItems };
}
