import type { PageInput } from '../schema/common.types.js';

/** Query cost of a list: its page size times what each item costs. */
export const listCost = ({ args, childComplexity }: { args: { page?: PageInput }; childComplexity: number }) =>
  1 + (args.page?.limit ?? 20) * Math.max(1, childComplexity);
