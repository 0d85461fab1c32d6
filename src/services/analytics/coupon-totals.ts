import { sql } from 'kysely';
import { CouponDimension, type AggregatePeriod } from '../../domain/analytics.enums.js';
import type { CouponSource } from '../../domain/card.enums.js';
import type { RequestContext } from '../../request/context.js';
import {
  columnDimension,
  flagged,
  groupedRows,
  periodDimension,
  withinDays,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';
import { runAnalytics } from './run-analytics.js';

export interface CouponTotalsQuery {
  groupBy?: CouponDimension[] | null;
  period?: AggregatePeriod | null;
  /** Issues and redemptions on these local days (each by its own time). */
  range?: LocalDateRange | null;
}

export interface CouponTotalRow {
  periodStart?: string | null;
  templateId?: string | null;
  templateTitle?: string | null;
  source?: CouponSource | null;
  issued: number;
  redeemed: number;
}

/**
 * Coupon events: each coupon is issued when it was created and, once used, redeemed when it was
 * redeemed; each event counts in the period it happened in.
 */
const EVENTS = sql`from (
  select coupon_template_id, source, created_at as at, 1 as issued, 0 as redeemed from coupon
  union all
  select coupon_template_id, source, redeemed_at, 0, 1 from coupon where redeemed_at is not null
) ev`;

const DIMENSIONS: Record<CouponDimension, Dimension> = {
  [CouponDimension.TEMPLATE]: {
    keys: [{ expression: sql`ev.coupon_template_id`, alias: 'templateId' }],
    label: { join: sql`left join coupon_template ct on ct.id = g."templateId"`, columns: sql`ct.title as "templateTitle"` },
  },
  [CouponDimension.SOURCE]: columnDimension(sql`ev.source`, 'source'),
};

/** Coupons issued and redeemed, by template, source and period. */
export function couponTotals(ctx: RequestContext, query: CouponTotalsQuery): Promise<CouponTotalRow[]> {
  const dimensions = [...new Set(query.groupBy ?? [])].map((d) => DIMENSIONS[d]);
  if (query.period) dimensions.push(periodDimension(sql`ev.at`, query.period));
  return runAnalytics(ctx, (db) =>
    groupedRows<CouponTotalRow>(db, {
      from: EVENTS,
      where: withinDays(sql`ev.at`, query.range),
      dimensions,
      measures: sql.join([flagged(sql`ev.issued`, 'issued'), flagged(sql`ev.redeemed`, 'redeemed')]),
    }),
  );
}
