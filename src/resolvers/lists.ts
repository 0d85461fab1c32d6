import type { PageInput } from '../schema/common.types.js';
import type { PageQuery } from '../services/paging.js';

/** Query cost of a list: its page size times what each item costs. */
export const listCost = ({ args, childComplexity }: { args: { page?: PageInput }; childComplexity: number }) =>
  1 + (args.page?.limit ?? DEFAULT_PAGE_SIZE) * Math.max(1, childComplexity);

const DEFAULT_PAGE_SIZE = 20;

/** The page a list argument asks for, with the schema's defaults (first page of 20). */
export const pageQuery = (page?: PageInput | null): PageQuery => ({
  offset: page?.offset ?? 0,
  limit: page?.limit ?? DEFAULT_PAGE_SIZE,
});
