import { sql, type RawBuilder } from 'kysely';
import { CouponDimension } from '../../domain/analytics.enums.js';
import type { CouponSource } from '../../domain/card.enums.js';
import type { RequestContext } from '../../request/context.js';
import { couponWhereSql } from '../filters/lists.js';
import { usesOnly } from '../filters/compiler.js';
import {
  aggregate,
  columnDimension,
  afterDayTotals,
  inDayTotals,
  flagged,
  localDayOf,
  whereAll,
  withinDays,
  withinLocalDays,
  type AggregateQuery,
  type AnalyticsScope,
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
export const couponEventRows = (timeZone: string, issuedIf: RawBuilder<boolean>[], redeemedIf: RawBuilder<boolean>[]) => sql`
  select ${localDayOf(sql`c.created_at`, timeZone)} as day, c.coupon_template_id, c.source, 1 as issued, 0 as redeemed
    from coupon c ${whereAll(issuedIf)}
  union all
  select ${localDayOf(sql`c.redeemed_at`, timeZone)}, c.coupon_template_id, c.source, 0, 1
    from coupon c ${whereAll([sql<boolean>`c.redeemed_at is not null`, ...redeemedIf])}`;

/** Fields of a CouponWhere the day totals keep (same column names). */
const KEPT_BY_DAY_TOTALS = ['couponTemplateId', 'source'] as const;

/**
 * The events counted: when the where asks only what the day totals keep (`onTotals` given) and
 * there are totals, the totals up to their last day and the events after it, the where applied to
 * both; otherwise the matching coupons' events. Each kind of event is bounded by its own time.
 */
function couponEvents(
  onCoupons: RawBuilder<boolean>,
  onTotals: RawBuilder<boolean> | null,
  range: LocalDateRange | null | undefined,
  scope: AnalyticsScope,
) {
  const issuedInRange = withinDays(sql`c.created_at`, range, scope.timeZone);
  const redeemedInRange = withinDays(sql`c.redeemed_at`, range, scope.timeZone);
  if (!onTotals || !scope.throughDay) {
    return sql`from (${couponEventRows(scope.timeZone, [onCoupons, ...issuedInRange], [onCoupons, ...redeemedInRange])}) ev`;
  }
  return sql`from (
    select t.day, t.coupon_template_id, t.source, t.issued, t.redeemed from coupon_day_total t
    ${whereAll([inDayTotals(sql`t.day`, scope), onTotals, ...withinLocalDays(sql`t.day`, range)])}
    union all
    ${couponEventRows(
      scope.timeZone,
      [afterDayTotals(sql`c.created_at`, scope), onCoupons, ...issuedInRange],
      [afterDayTotals(sql`c.redeemed_at`, scope), onCoupons, ...redeemedInRange],
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
  // Compiled before anything is sent: a where it refuses costs no SQL.
  const onCoupons = couponWhereSql(query.where, 'c');
  const onTotals = usesOnly(query.where, KEPT_BY_DAY_TOTALS) ? couponWhereSql(query.where, 't') : null;
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`ev.day`,
      localDay: true,
      from: (_groupBy, range, scope) => couponEvents(onCoupons, onTotals, range, scope),
      measures: sql.join([flagged(sql`ev.issued`, 'issued'), flagged(sql`ev.redeemed`, 'redeemed')]),
    },
    query,
  );
}
