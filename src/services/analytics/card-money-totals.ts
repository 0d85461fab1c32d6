import { sql } from 'kysely';
import { CardMoneyDimension, type AggregatePeriod } from '../../domain/analytics.enums.js';
import type { RequestContext } from '../../request/context.js';
import {
  flagged,
  groupedRows,
  periodDimension,
  storeDimension,
  total,
  withinDays,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';
import { runAnalytics } from './run-analytics.js';

export interface CardMoneyQuery {
  groupBy?: CardMoneyDimension[] | null;
  period?: AggregatePeriod | null;
  /** Records written on these local days. */
  range?: LocalDateRange | null;
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
 * either. The store and time of a movement are those of its own record (a refund's, not its
 * order's). The range applied outside reaches each branch (PostgreSQL pushes it into UNION ALL).
 */
const MOVEMENTS = sql`from (
  select store_id, created_at, 1 as recharges, amount as recharged, bonus as bonus_granted,
    0 as spends, 0 as spent, 0 as spent_capital, 0 as spent_bonus,
    0 as refunds, 0 as spend_refunds, 0 as recharge_refunds, 0 as bonus_withdrawn
  from card_recharge
  union all
  select store_id, created_at, 0, 0, 0, 1, amount, capital_part, bonus_part, 0, 0, 0, 0
  from card_spend
  union all
  select store_id, created_at, 0, 0, 0, 0, 0, 0, 0, 1,
    case when kind = 'SPEND' then amount else 0 end,
    case when kind = 'RECHARGE' then capital else 0 end,
    case when kind = 'RECHARGE' then bonus else 0 end
  from card_refund
) mv`;

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
  const dimensions = [...new Set(query.groupBy ?? [])].map((d) => DIMENSIONS[d]);
  if (query.period) dimensions.push(periodDimension(sql`mv.created_at`, query.period));
  return runAnalytics(ctx, (db) =>
    groupedRows<CardMoneyRow>(db, {
      from: MOVEMENTS,
      where: withinDays(sql`mv.created_at`, query.range),
      dimensions,
      measures: MEASURES,
    }),
  );
}
