import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { isUuid } from './validation.js';

/** Ids of members of this merchant among `memberIds`, in the order asked, each once (cpoint-inner listInfo). */
export async function loyaltyAccounts(ctx: RequestContext, memberIds: string[]): Promise<{ memberId: string }[]> {
  const ids = [...new Set(memberIds.filter(isUuid))];
  if (ids.length > ctx.config.MAX_PAGE_SIZE)
    throw new BusinessError(ErrorCode.INVALID_INPUT, `At most ${ctx.config.MAX_PAGE_SIZE} member ids at once.`, 'memberIds');
  const balances = await ctx.loaders.pointsBalanceByMemberId.loadMany(ids);
  return ids.filter((_, i) => balances[i] && !(balances[i] instanceof Error)).map((memberId) => ({ memberId }));
}
