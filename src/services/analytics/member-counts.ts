import { sql } from 'kysely';
import { type AggregatePeriod, MemberDimension } from '../../domain/analytics.enums.js';
import type { MemberStatus } from '../../domain/member.enums.js';
import type { RequestContext } from '../../request/context.js';
import { memberWhereSql } from '../filters/members.js';
import {
  aggregate,
  bucketedPeriod,
  columnDimension,
  storeDimension,
  tally,
  type AggregateQuery,
  type Dimension,
  type TimeSpan,
} from './grouping.js';

export interface MemberCountsQuery extends AggregateQuery<MemberDimension> {
  /** Only the members this MemberWhere matches (the members list's filter language). */
  where?: object | null;
}

/** A row: the keys grouped by (the others null) and the number of members. */
export interface MemberCountRow {
  periodStart?: string | null;
  status?: MemberStatus | null;
  gradeLevel?: number | null;
  gradeCode?: string | null;
  gradeName?: string | null;
  storeId?: string | null;
  storeCode?: string | null;
  storeName?: string | null;
  channelCode?: string | null;
  members: number;
}

const DIMENSIONS: Record<MemberDimension, Dimension> = {
  [MemberDimension.STATUS]: columnDimension(sql`m.status`, 'status'),
  [MemberDimension.GRADE]: {
    // No experience row yet: below every grade, as the balance would say.
    keys: [{ expression: sql`coalesce(eb.grade_level, 0)`, alias: 'gradeLevel' }],
    label: {
      join: sql`left join grade gr on gr.level = g."gradeLevel"`,
      columns: sql`gr.code as "gradeCode", gr.name as "gradeName"`,
    },
  },
  [MemberDimension.REGISTER_STORE]: storeDimension(sql`m.register_store_id`),
  [MemberDimension.CHANNEL]: columnDimension(sql`mc.channel_code`, 'channelCode'),
};

/** The merchant's first and last registration: two probes of member_registered_order_idx. */
const REGISTRATIONS: TimeSpan = {
  first: sql`(select min(registered_at) from member)`,
  last: sql`(select max(registered_at) from member)`,
};

/**
 * The members `m`, with their registration period as `m.period_start` when one is asked for, and
 * joins only for the dimensions asked for: each costs a pass over a table as large as member.
 * - Joined, every side is read in member order from its covering index (m20261127-330) and the
 *   joins are merge joins of index-only scans: members as an ordered subquery, and each joined
 *   side as one too (joined plainly, the planner hashed whole rows of both tables: PostgreSQL 15
 *   does not see that an index led by merchant_id is in member order on the nullable side of a
 *   left join).
 * - exp_balance: one row per member (opened with it), none counting as grade 0.
 * - member_channel: each of a member's channel codes once (a member may hold two accounts of one
 *   channel), so that every joined row is one member in one channel and count(*) is exact.
 * - The period is a column of the members subquery, so that the planner estimates its groups as
 *   few (by the expression over registered_at it expected one group per member, and sorted a
 *   million rows where a hash of a few dozen groups does).
 */
function membersFrom(groupBy: MemberDimension[], period: AggregatePeriod | null | undefined) {
  const grade = groupBy.includes(MemberDimension.GRADE);
  const channel = groupBy.includes(MemberDimension.CHANNEL);
  const periodStart = period ? sql`, ${bucketedPeriod(sql`m0.registered_at`, period, REGISTRATIONS)} as period_start` : sql``;
  return sql`from (select m0.*${periodStart} from member m0 ${grade || channel ? sql`order by m0.id` : sql``}) m
    ${grade ? sql`left join (select member_id, grade_level from exp_balance order by member_id) eb on eb.member_id = m.id` : sql``}
    ${
      channel
        ? sql`left join (select distinct member_id, channel_code from member_channel order by member_id, channel_code) mc
            on mc.member_id = m.id`
        : sql``
    }`;
}

/**
 * Members counted by status, grade, register store, channel and registration period (the range
 * is of registration days). A member with several channels counts once in each; one without any
 * falls in the channel null.
 */
export function memberCounts(ctx: RequestContext, query: MemberCountsQuery): Promise<MemberCountRow[]> {
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`m.registered_at`,
      periodKey: sql`m.period_start`,
      from: (groupBy, _range, _scope, period) => membersFrom(groupBy, period),
      // A merge join is not parallel: in a parallel plan every worker would read the whole of the
      // joined side again (three times the rows on two cores); the members alone scan in parallel.
      settings: (groupBy): Record<string, string> =>
        groupBy.includes(MemberDimension.GRADE) || groupBy.includes(MemberDimension.CHANNEL)
          ? { max_parallel_workers_per_gather: '0' }
          : {},
      // One row per member, or per member and channel (membersJoined).
      measures: tally(sql`*`, 'members'),
      // Compiled here, before anything is sent: a where it refuses costs no SQL.
      where: [memberWhereSql(query.where, 'm')],
    },
    query,
  );
}
