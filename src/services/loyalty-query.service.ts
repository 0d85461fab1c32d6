import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { Member } from '../entities/member.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { isUuid, parseInput } from './validation.js';
import { checkPage, NOT_COUNTED, type PageQuery } from './paging.js';

export interface LoyaltyListQuery extends PageQuery {
  order: { field: 'POINTS' | 'EXPERIENCE' | 'GRADE'; direction: 'ASC' | 'DESC' };
  filter?: {
    gradeLevel?: number | null;
    pointsMin?: string | null;
    pointsMax?: string | null;
    experienceMin?: string | null;
    experienceMax?: string | null;
  } | null;
  offset: number;
  limit: number;
}

const bound = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'A bound is a non-negative decimal.')
  .nullish();
const filterSchema = z.object({
  gradeLevel: z.number().int().min(0).max(999).nullish(),
  pointsMin: bound,
  pointsMax: bound,
  experienceMin: bound,
  experienceMax: bound,
});

const SORT = { POINTS: ['p.current'], EXPERIENCE: ['x.current'], GRADE: ['x.grade_level', 'x.current'] } as const;

/**
 * Members ranked by points, experience or grade (cpoint-inner listSortInfo), with loyalty bounds
 * (partner getMembers startScore / endScore / ruleCode). Three statements whatever the page size:
 * the ids of the page, the count, and the members through the request's loader.
 */
export async function listMembersByLoyalty(
  ctx: RequestContext,
  query: LoyaltyListQuery,
): Promise<{ items: Member[]; totalItems: number }> {
  checkPage(ctx, query);
  const f = parseInput(filterSchema, query.filter ?? {});
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
  const add = (sql: string, name: string, value: unknown) => {
    if (value === null || value === undefined) return;
    conditions.push(sql);
    params[name] = value;
  };
  add('x.grade_level = :grade', 'grade', f.gradeLevel);
  add('p.current >= :pmin::numeric', 'pmin', f.pointsMin && new Decimal(f.pointsMin).toFixed(2));
  add('p.current <= :pmax::numeric', 'pmax', f.pointsMax && new Decimal(f.pointsMax).toFixed(2));
  add('x.current >= :xmin::numeric', 'xmin', f.experienceMin && new Decimal(f.experienceMin).toFixed(2));
  add('x.current <= :xmax::numeric', 'xmax', f.experienceMax && new Decimal(f.experienceMax).toFixed(2));
  const from = `from points_balance p join exp_balance x on x.member_id = p.member_id ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`;
  const direction = query.order.direction === 'ASC' ? 'asc' : 'desc';
  // member_id breaks ties so pages never overlap or skip members.
  const orderBy = [...SORT[query.order.field], 'p.member_id'].map((c) => `${c} ${direction}`).join(', ');
  const [ids, count] = await Promise.all([
    ctx.em.execute<{ member_id: string }[]>(`select p.member_id ${from} order by ${orderBy} limit :limit offset :offset`, params),
    query.countTotal === false
      ? NOT_COUNTED
      : ctx.em.execute<{ n: number }[]>(`select count(*)::int as n ${from}`, params).then(([row]) => row?.n ?? 0),
  ]);
  const members = await ctx.loaders.memberById.loadMany(ids.map((r) => r.member_id));
  return { items: members.filter((m): m is Member => !!m && !(m instanceof Error)), totalItems: count };
}

/** Ids of members of this merchant among `memberIds`, in the order asked, each once (cpoint-inner listInfo). */
export async function loyaltyAccounts(ctx: RequestContext, memberIds: string[]): Promise<{ memberId: string }[]> {
  const ids = [...new Set(memberIds.filter(isUuid))];
  if (ids.length > ctx.config.MAX_PAGE_SIZE)
    throw new BusinessError(ErrorCode.INVALID_INPUT, `At most ${ctx.config.MAX_PAGE_SIZE} member ids at once.`, 'memberIds');
  const balances = await ctx.loaders.pointsBalanceByMemberId.loadMany(ids);
  return ids.filter((_, i) => balances[i] && !(balances[i] instanceof Error)).map((memberId) => ({ memberId }));
}
