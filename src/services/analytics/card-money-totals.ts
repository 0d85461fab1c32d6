import { sql, type RawBuilder } from 'kysely';
import { CardMoneyDimension } from '../../domain/analytics.enums.js';
import type { RequestContext } from '../../request/context.js';
import { usesOnly } from '../filters/compiler.js';
import { cardMovementWhereSql } from '../filters/lists.js';
import {
  aggregate,
  afterDayTotals,
  inDayTotals,
  flagged,
  localDayOf,
  storeDimension,
  total,
  whereAll,
  withinDays,
  withinLocalDays,
  type AggregateQuery,
  type AnalyticsScope,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';

/** Records written on the range's local days, grouped by the period of their time. */
export interface CardMoneyQuery extends AggregateQuery<CardMoneyDimension> {
  /** Only the records this CardMovementWhere matches (each recharge, spend and refund on its own fields). */
  where?: object | null;
}

/** A row: the keys grouped by (the others null) and the stored-value movements of its records. */
export interface CardMoneyRow {
  periodStart?: string | null;
  storeId?: string | null;
  storeCode?: string | null;
  storeName?: string | null;
  recharges: number;
  recharged: string;
  bonusGranted: string;
  spends: number;
  spent: string;
  spentCapital: string;
  spentBonus: string;
  refunds: number;
  spendRefunds: string;
  rechargeRefunds: string;
  bonusWithdrawn: string;
}

/**
 * Every stored-value movement as one row of the same columns: recharges, spends, and refunds of
 * either, with its local day and store (those of its own record: a refund's, not its order's),
 * what the totals sum, and its effect on the card's capital and bonus (the card services change
 * member_card only together with one of these records, in one transaction; liability.ts relies
 * on it). `conditions` apply to each record, aliased `x`. card_money_day_total holds the same
 * columns summed per day and store.
 */
export const cardMovementRows = (timeZone: string, conditions: RawBuilder<boolean>[]) => sql`
  select ${localDayOf(sql`x.created_at`, timeZone)} as day, x.store_id, 1 as recharges, x.amount as recharged, x.bonus as bonus_granted,
    0 as spends, 0 as spent, 0 as spent_capital, 0 as spent_bonus,
    0 as refunds, 0 as spend_refunds, 0 as recharge_refunds, 0 as bonus_withdrawn,
    x.amount as capital_delta, x.bonus as bonus_delta
  from card_recharge x ${whereAll(conditions)}
  union all
  select ${localDayOf(sql`x.created_at`, timeZone)}, x.store_id, 0, 0, 0, 1, x.amount, x.capital_part, x.bonus_part, 0, 0, 0, 0,
    -x.capital_part, -x.bonus_part
  from card_spend x ${whereAll(conditions)}
  union all
  select ${localDayOf(sql`x.created_at`, timeZone)}, x.store_id, 0, 0, 0, 0, 0, 0, 0, 1,
    case when x.kind = 'SPEND' then x.amount else 0 end,
    case when x.kind = 'RECHARGE' then x.capital else 0 end,
    case when x.kind = 'RECHARGE' then x.bonus else 0 end,
    case when x.kind = 'SPEND' then x.capital else -x.capital end,
    case when x.kind = 'SPEND' then x.bonus else -x.bonus end
  from card_refund x ${whereAll(conditions)}`;

/** The columns summed, in the order of cardMovementRows and card_money_day_total. */
export const CARD_MOVEMENT_MEASURES = [
  'recharges',
  'recharged',
  'bonus_granted',
  'spends',
  'spent',
  'spent_capital',
  'spent_bonus',
  'refunds',
  'spend_refunds',
  'recharge_refunds',
  'bonus_withdrawn',
  'capital_delta',
  'bonus_delta',
] as const;

/** Fields of a CardMovementWhere the day totals keep (same column name). */
const KEPT_BY_DAY_TOTALS = ['storeId'] as const;

/**
 * The movements summed: when the where asks only what the day totals keep (`onTotals` given) and
 * there are totals, the totals up to their last day and the records after it, the where applied
 * to both; otherwise the matching records themselves. The range reaches every branch, as bounds an
 * index serves.
 */
function movements(
  onRecords: RawBuilder<boolean>,
  onTotals: RawBuilder<boolean> | null,
  range: LocalDateRange | null | undefined,
  scope: AnalyticsScope,
) {
  const inRange = withinDays(sql`x.created_at`, range, scope.timeZone);
  if (!onTotals || !scope.throughDay) return sql`from (${cardMovementRows(scope.timeZone, [onRecords, ...inRange])}) mv`;
  const columns = sql.join(CARD_MOVEMENT_MEASURES.map((c) => sql.ref(`t.${c}`)));
  return sql`from (
    select t.day, t.store_id, ${columns} from card_money_day_total t
    ${whereAll([inDayTotals(sql`t.day`, scope), onTotals, ...withinLocalDays(sql`t.day`, range)])}
    union all
    ${cardMovementRows(scope.timeZone, [afterDayTotals(sql`x.created_at`, scope), onRecords, ...inRange])}
  ) mv`;
}

const DIMENSIONS: Record<CardMoneyDimension, Dimension> = {
  [CardMoneyDimension.STORE]: storeDimension(sql`mv.store_id`),
};

const MEASURES = sql.join([
  flagged(sql`mv.recharges`, 'recharges'),
  total(sql`mv.recharged`, 'recharged'),
  total(sql`mv.bonus_granted`, 'bonusGranted'),
  flagged(sql`mv.spends`, 'spends'),
  total(sql`mv.spent`, 'spent'),
  total(sql`mv.spent_capital`, 'spentCapital'),
  total(sql`mv.spent_bonus`, 'spentBonus'),
  flagged(sql`mv.refunds`, 'refunds'),
  total(sql`mv.spend_refunds`, 'spendRefunds'),
  total(sql`mv.recharge_refunds`, 'rechargeRefunds'),
  total(sql`mv.bonus_withdrawn`, 'bonusWithdrawn'),
]);

/** Stored-value recharge, bonus, spend and refund totals by store and period. */
export function cardMoneyTotals(ctx: RequestContext, query: CardMoneyQuery): Promise<CardMoneyRow[]> {
  // Compiled before anything is sent: a where it refuses costs no SQL.
  const onRecords = cardMovementWhereSql(query.where, 'x');
  const onTotals = usesOnly(query.where, KEPT_BY_DAY_TOTALS) ? cardMovementWhereSql(query.where, 't') : null;
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`mv.day`,
      localDay: true,
      from: (_groupBy, range, scope) => movements(onRecords, onTotals, range, scope),
      measures: MEASURES,
    },
    query,
  );
}
