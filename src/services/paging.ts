import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';

/** One page of a list: rows skipped and rows wanted. */
export interface PageQuery {
  offset: number;
  limit: number;
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
