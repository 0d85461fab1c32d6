import { sql, type RawBuilder } from 'kysely';
import { type AggregatePeriod, MemberDimension } from '../../domain/analytics.enums.js';
import type { MemberStatus } from '../../domain/member.enums.js';
import type { RequestContext } from '../../request/context.js';
import { memberWhereSql } from '../filters/members.js';
import {
  aggregate,
  columnDimension,
  periodBuckets,
  storeDimension,
  tally,
  whereAll,
  withinDays,
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
    keys: [{ expression: sql`coalesce(m.grade_level, 0)`, alias: 'gradeLevel' }],
    label: {
      join: sql`left join grade gr on gr.level = g."gradeLevel"`,
      columns: sql`gr.code as "gradeCode", gr.name as "gradeName"`,
    },
  },
  [MemberDimension.REGISTER_STORE]: storeDimension(sql`m.register_store_id`),
  [MemberDimension.CHANNEL]: columnDimension(sql`m.channel_code`, 'channelCode'),
};

/** The merchant's first and last registration: two probes of member_registered_order_idx. */
const REGISTRATIONS: TimeSpan = {
  first: sql`(select min(registered_at) from member)`,
  last: sql`(select max(registered_at) from member)`,
};

/**
 * `from` the members the where matches and whose registration falls in the range, one row each
 * (or one per member and channel, when channels are asked for) as `m`, with the columns the keys
 * group by: status, register_store_id, grade_level, channel_code and period_bucket (these three
 * only when asked for; see periodBuckets). Each join costs a pass over a table as large as member,
 * so there are only those the keys need.
 * - Every side is read in member order from its covering index (m20261127-330), and the joins are
 *   merge joins of index-only scans: each joined side is a subquery in member order (joined
 *   plainly, the planner hashed whole rows of both tables: PostgreSQL 15 does not see that an
 *   index led by merchant_id is in member order on the nullable side of a left join).
 * - exp_balance: one row per member (opened with it), none counting as grade 0.
 * - member_channel: each of a member's channel codes once (a member may hold two accounts of one
 *   channel), so that every joined row is one member in one channel and count(*) is exact.
 * - With a period, `offset 0` keeps the rows a subquery of their own (not pulled up), so that the
 *   planner estimates the groups of its column period_bucket as few: by the expression over
 *   registered_at it expected one group per member and sorted a million rows where a hash of a
 *   few dozen groups does.
 */
function membersFrom(
  groupBy: MemberDimension[],
  period: AggregatePeriod | null | undefined,
  conditions: RawBuilder<boolean>[],
): RawBuilder<unknown> {
  const grade = groupBy.includes(MemberDimension.GRADE);
  const channel = groupBy.includes(MemberDimension.CHANNEL);
  const columns = [
    sql`m.id, m.status, m.register_store_id, m.registered_at`,
    ...(grade ? [sql`eb.grade_level`] : []),
    ...(channel ? [sql`mc.channel_code`] : []),
    ...(period ? [sql`${periodBuckets(period, REGISTRATIONS).bucket(sql`m.registered_at`)} as period_bucket`] : []),
  ];
  return sql`from (select ${sql.join(columns)} from member m
    ${grade ? sql`left join (select member_id, grade_level from exp_balance order by member_id) eb on eb.member_id = m.id` : sql``}
    ${
      channel
        ? sql`left join (select distinct member_id, channel_code from member_channel order by member_id, channel_code) mc
            on mc.member_id = m.id`
        : sql``
    }
    ${whereAll(conditions)} ${period ? sql`offset 0` : sql``}) m`;
}

/**
 * Members counted by status, grade, register store, channel and registration period (the range
 * is of registration days). A member with several channels counts once in each; one without any
 * falls in the channel null.
 */
export async function memberCounts(ctx: RequestContext, query: MemberCountsQuery): Promise<MemberCountRow[]> {
  // Compiled here, before anything is sent: a where it refuses costs no SQL.
  const where = memberWhereSql(query.where, 'm');
  const rows = await aggregate<MemberDimension, MemberCountRow & { periodBucket?: number }>(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`m.registered_at`,
      period: (period) => periodBuckets(period, REGISTRATIONS).dimension(sql`m.period_bucket`),
      rangeInFrom: true,
      from: (groupBy, range, scope, period) =>
        membersFrom(groupBy, period, [...withinDays(sql`m.registered_at`, range, scope.timeZone), where]),
      // A merge join is not parallel: in a parallel plan every worker would read the whole of the
      // joined side again (three times the rows on two cores); the members alone scan in parallel.
      settings: (groupBy): Record<string, string> =>
        groupBy.includes(MemberDimension.GRADE) || groupBy.includes(MemberDimension.CHANNEL)
          ? { max_parallel_workers_per_gather: '0' }
          : {},
      // One row per member, or per member and channel (membersFrom).
      measures: tally(sql`*`, 'members'),
    },
    query,
  );
  // The period's number was only what the statement grouped by (periodStart labels it).
  return rows.map(({ periodBucket: _grouped, ...row }) => row);
}
