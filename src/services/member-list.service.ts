import { sql, type RawBuilder } from 'kysely';
import type { Member } from '../entities/member.entity.js';
import type { RequestContext } from '../request/context.js';
import { MEMBER_COLUMNS, type MemberRow, channelsFromJson, channelsJsonOf, toMember } from '../request/loaders/lean.js';
import { allOf, usesOnly, type WhereInput } from './filters/compiler.js';
import { LOYALTY_ORDERS, legacyMemberWhere, MEMBER_ORDERS, type MemberFilterData, memberWhereSql } from './filters/members.js';
import { keysetPage, leanRun, type ListOrder, listOrder } from './filters/pages.js';
import type { ListResult, PageQuery } from './paging.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';

type Direction = 'ASC' | 'DESC';

export interface MemberListQuery extends PageQuery {
  /** The filter language (MemberWhere). */
  where?: object | null;
  /** The legacy filter (MemberFilter); AND-ed with `where`. */
  filter?: MemberFilterData | null;
  order?: { field: keyof typeof MEMBER_ORDERS; direction: Direction } | null;
  /** The page shows its members' channels: read them with the page (one statement, not two). */
  withChannels?: boolean;
}

/** Bounds of membersByLoyalty's legacy filter (partner getMembers startScore / endScore / ruleCode). */
export interface LoyaltyFilterData {
  gradeLevel?: number | null;
  pointsMin?: string | null;
  pointsMax?: string | null;
  experienceMin?: string | null;
  experienceMax?: string | null;
}

export interface LoyaltyListQuery extends PageQuery {
  order: { field: keyof typeof LOYALTY_ORDERS; direction: Direction };
  where?: object | null;
  filter?: LoyaltyFilterData | null;
}

/**
 * A page of members, whole rows in one statement on the query's transaction (plus the count when
 * `totalItems` is selected), for every filter, ordering and cursor. With `withChannels` the same
 * statement brings each member's channels, and the channel loader is primed with them: the page's
 * `channels` fields then cost no statement.
 */
async function memberPage(
  ctx: RequestContext,
  from: RawBuilder<unknown>,
  where: RawBuilder<boolean>,
  order: ListOrder,
  page: PageQuery & { withChannels?: boolean },
  count?: RawBuilder<unknown>,
  /** The page's texts are the same on every call (no filter): prepared once per connection. */
  fixedTexts = false,
): Promise<ListResult<Member>> {
  const columns = page.withChannels ? sql`${MEMBER_COLUMNS}, ${channelsJsonOf('r')} as "channels"` : MEMBER_COLUMNS;
  const { rows, totalItems, pageInfo } = await keysetPage<MemberRow & { channels?: Parameters<typeof channelsFromJson>[0] }>(
    ctx,
    leanRun(ctx, { prepare: fixedTexts }),
    { from, alias: 'm', where, count },
    order,
    page,
    columns,
  );
  // toMember takes the member's own fields (not the channels or the cursor's keys).
  const items = rows.map((row) => {
    const member = toMember(row);
    if (row.channels) ctx.loaders.channelsByMemberId.prime(member.id, channelsFromJson(row.channels));
    return member;
  });
  return { items, totalItems, pageInfo };
}

/** The member list: `where` and the legacy `filter` together, newest registrations first by default. */
export function listMembers(ctx: RequestContext, query: MemberListQuery): Promise<ListResult<Member>> {
  const where = allOf([memberWhereSql(query.where, 'm'), legacyMemberWhere(query.filter ?? {}, 'm')]);
  const { field, direction } = query.order ?? { field: 'REGISTERED_AT', direction: 'DESC' };
  // All the merchant's members: their kept count (migration m20261127-340), not a scan of them.
  const everyone = usesOnly(query.where, []) && usesOnly(query.filter, []);
  return memberPage(
    ctx,
    sql`member m`,
    where,
    listOrder('members', field, MEMBER_ORDERS[field], direction),
    query,
    everyone ? sql`select coalesce(sum(delta), 0)::bigint as n from member_count_delta` : undefined,
    everyone,
  );
}

const bound = (value: string | null | undefined, field: string) => {
  if (value == null) return undefined;
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(value.trim()))
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'A bound is a non-negative decimal.', field);
  return value.trim();
};

/** The legacy loyalty bounds in the filter language. */
function loyaltyWhere(f: LoyaltyFilterData): WhereInput {
  if (f.gradeLevel != null && (!Number.isInteger(f.gradeLevel) || f.gradeLevel < 0 || f.gradeLevel > 999))
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'gradeLevel is between 0 and 999.', 'gradeLevel');
  return {
    gradeLevel: f.gradeLevel != null ? { eq: f.gradeLevel } : null,
    points: { gte: bound(f.pointsMin, 'pointsMin'), lte: bound(f.pointsMax, 'pointsMax') },
    experience: { gte: bound(f.experienceMin, 'experienceMin'), lte: bound(f.experienceMax, 'experienceMax') },
  };
}

/**
 * Members ranked by points, experience or grade (cpoint-inner listSortInfo): members with both
 * balances, the member id breaking ties. The ranking is read in order from the rank rows' indexes
 * (points_rank / exp_rank, migration m20261127-310-rank-tables), which the ledger statement writes
 * with the balance; no index holds the live balance itself, which keeps every points change a HOT
 * update of the balance row (m20261127-280, issue 9). A page, and a cursor page however deep, is a
 * range of one index: no sort.
 */
export function listMembersByLoyalty(ctx: RequestContext, query: LoyaltyListQuery): Promise<ListResult<Member>> {
  const where = allOf([memberWhereSql(query.where, 'm'), memberWhereSql(loyaltyWhere(query.filter ?? {}), 'm')]);
  // A rank row exists exactly when its balance row does (opened with it, deleted with it).
  const from = sql`member m join points_rank pr on pr.member_id = m.id join exp_rank xr on xr.member_id = m.id`;
  const { field, direction } = query.order;
  // Named apart from the cursors of the balance ordering before m20261127-310 (numeric keys), which
  // are refused as another list's (BAD_USER_INPUT) instead of failing their cast to bigint.
  return memberPage(ctx, from, where, listOrder('loyaltyRank', field, LOYALTY_ORDERS[field], direction), query);
}
