import { sql, type RawBuilder } from 'kysely';
import { CouponDimension } from '../../domain/analytics.enums.js';
import type { CouponSource } from '../../domain/card.enums.js';
import type { RequestContext } from '../../request/context.js';
import { couponWhereSql } from '../filters/lists.js';
import { usesOnly } from '../filters/compiler.js';
import {
  aggregate,
  columnDimension,
  DAY_TOTALS_TAIL_START,
  DAY_TOTALS_THROUGH,
  flagged,
  localDayOf,
  whereAll,
  withinDays,
  withinLocalDays,
  type AggregateQuery,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';

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
 * Coupon events as rows: each coupon is issued when it was created and, once used, redeemed when
 * it was redeemed; each event counts on the local day it happened. `issuedIf` / `redeemedIf` are
 * conditions on the coupon `c` for each kind of event (coupon_day_total holds the same columns
 * summed per day, template and source).
 */
export const couponEventRows = (issuedIf: RawBuilder<boolean>[], redeemedIf: RawBuilder<boolean>[]) => sql`
  select ${localDayOf(sql`c.created_at`)} as day, c.coupon_template_id, c.source, 1 as issued, 0 as redeemed
    from coupon c ${whereAll(issuedIf)}
  union all
  select ${localDayOf(sql`c.redeemed_at`)}, c.coupon_template_id, c.source, 0, 1
    from coupon c ${whereAll([sql<boolean>`c.redeemed_at is not null`, ...redeemedIf])}`;

/** Fields of a CouponWhere the day totals keep (same column names). */
const KEPT_BY_DAY_TOTALS = ['couponTemplateId', 'source'] as const;

/**
 * The events counted: when the where asks only what the day totals keep, the totals up to their
 * last day and the events after it, the where applied to both; otherwise the matching coupons'
 * events. Each kind of event is bounded by its own time. Compiled here, before anything is sent:
 * a where it refuses costs no SQL.
 */
function couponEvents(where: object | null | undefined, range: LocalDateRange | null | undefined) {
  const issuedInRange = withinDays(sql`c.created_at`, range);
  const redeemedInRange = withinDays(sql`c.redeemed_at`, range);
  const onCoupons = couponWhereSql(where, 'c');
  if (!usesOnly(where, KEPT_BY_DAY_TOTALS)) {
    return sql`from (${couponEventRows([onCoupons, ...issuedInRange], [onCoupons, ...redeemedInRange])}) ev`;
  }
  return sql`from (
    select t.day, t.coupon_template_id, t.source, t.issued, t.redeemed from coupon_day_total t
    ${whereAll([sql<boolean>`t.day <= ${DAY_TOTALS_THROUGH}`, couponWhereSql(where, 't'), ...withinLocalDays(sql`t.day`, range)])}
    union all
    ${couponEventRows(
      [sql<boolean>`c.created_at >= ${DAY_TOTALS_TAIL_START}`, onCoupons, ...issuedInRange],
      [sql<boolean>`c.redeemed_at >= ${DAY_TOTALS_TAIL_START}`, onCoupons, ...redeemedInRange],
    )}
  ) ev`;
}

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
      time: sql`ev.day`,
      localDay: true,
      from: (_groupBy, range) => couponEvents(query.where, range),
      measures: sql.join([flagged(sql`ev.issued`, 'issued'), flagged(sql`ev.redeemed`, 'redeemed')]),
    },
    query,
  );
}
