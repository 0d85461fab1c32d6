import { sql } from 'kysely';
import { MemberDimension, type AggregatePeriod } from '../../domain/analytics.enums.js';
import type { MemberStatus } from '../../domain/member.enums.js';
import type { RequestContext } from '../../request/context.js';
import {
  columnDimension,
  groupedRows,
  periodDimension,
  storeDimension,
  tally,
  withinDays,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';
import { runAnalytics } from './run-analytics.js';

export interface MemberCountsQuery {
  groupBy?: MemberDimension[] | null;
  /** Group by the local period of registration too. */
  period?: AggregatePeriod | null;
  /** Members registered on these local days. */
  range?: LocalDateRange | null;
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

/**
 * Members counted by status, grade, register store, channel and registration period. A member
 * with several channels counts once in each (and once in the total of a channel-less grouping);
 * one without any falls in the channel null.
 */
export function memberCounts(ctx: RequestContext, query: MemberCountsQuery): Promise<MemberCountRow[]> {
  const groupBy = [...new Set(query.groupBy ?? [])];
  const dimensions = groupBy.map((d) => DIMENSIONS[d]);
  if (query.period) dimensions.push(periodDimension(sql`m.registered_at`, query.period));
  // Joins only for the dimensions asked for: each costs a pass over a table as large as member.
  const byGrade = groupBy.includes(MemberDimension.GRADE);
  const byChannel = groupBy.includes(MemberDimension.CHANNEL);
  return runAnalytics(ctx, (db) =>
    groupedRows<MemberCountRow>(db, {
      from: sql`from member m ${byGrade ? sql`left join exp_balance eb on eb.member_id = m.id` : sql``}
        ${byChannel ? sql`left join member_channel mc on mc.member_id = m.id` : sql``}`,
      where: withinDays(sql`m.registered_at`, query.range),
      dimensions,
      measures: tally(sql`distinct m.id`, 'members'),
    }),
  );
}
