import { sql, type RawBuilder } from 'kysely';
import { CouponDimension } from '../../domain/analytics.enums.js';
import type { CouponSource } from '../../domain/card.enums.js';
import type { RequestContext } from '../../request/context.js';
import { couponWhereSql } from '../filters/lists.js';
import { aggregate, columnDimension, flagged, type AggregateQuery, type Dimension } from './grouping.js';

/** Issues and redemptions on the range's local days (each by its own time). */
export interface CouponTotalsQuery extends AggregateQuery<CouponDimension> {
  /** Only the coupons this CouponWhere matches (as the coupon list). */
  where?: object | null;
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
const couponEvents = (matching: RawBuilder<boolean>) => sql`from (
  select c.coupon_template_id, c.source, c.created_at as at, 1 as issued, 0 as redeemed from coupon c where ${matching}
  union all
  select c.coupon_template_id, c.source, c.redeemed_at, 0, 1 from coupon c where c.redeemed_at is not null and ${matching}
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
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`ev.at`,
      // Compiled before anything is sent: a where it refuses costs no SQL.
      from: () => couponEvents(couponWhereSql(query.where, 'c')),
      measures: sql.join([flagged(sql`ev.issued`, 'issued'), flagged(sql`ev.redeemed`, 'redeemed')]),
    },
    query,
  );
}
