import { sql } from 'kysely';
import { MemberDimension } from '../../domain/analytics.enums.js';
import type { MemberStatus } from '../../domain/member.enums.js';
import type { RequestContext } from '../../request/context.js';
import { memberWhereSql } from '../filters/members.js';
import { aggregate, columnDimension, storeDimension, tally, type AggregateQuery, type Dimension } from './grouping.js';

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

/** Joins only for the dimensions asked for: each costs a pass over a table as large as member. */
const membersJoined = (groupBy: MemberDimension[]) =>
  sql`from member m
    ${groupBy.includes(MemberDimension.GRADE) ? sql`left join exp_balance eb on eb.member_id = m.id` : sql``}
    ${groupBy.includes(MemberDimension.CHANNEL) ? sql`left join member_channel mc on mc.member_id = m.id` : sql``}`;

/**
 * Members counted by status, grade, register store, channel and registration period (the range
 * is of registration days). A member with several channels counts once in each; one without any
 * falls in the channel null.
 */
export function memberCounts(ctx: RequestContext, query: MemberCountsQuery): Promise<MemberCountRow[]> {
  const groupBy = query.groupBy ?? [];
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`m.registered_at`,
      from: membersJoined,
      // A member appears once per row unless its channels are joined (it may have several).
      measures: tally(groupBy.includes(MemberDimension.CHANNEL) ? sql`distinct m.id` : sql`*`, 'members'),
      // Compiled here, before anything is sent: a where it refuses costs no SQL.
      where: [memberWhereSql(query.where, 'm')],
    },
    query,
  );
}
