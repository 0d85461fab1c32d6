import { sql } from 'kysely';
import { Decimal } from 'decimal.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';
import { cardMovementRows } from './card-money-totals.js';
import { analyticsScope, localDayOf } from './grouping.js';
import { ledgerEntryRows } from './ledger-flows.js';
import { runAnalytics } from './run-analytics.js';

/** What the merchant owes its members at one instant: points not yet spent, money and bonus on cards. */
export interface LiabilityRow {
  at: Date;
  points: string;
  storedValueCapital: string;
  storedValueBonus: string;
  /** Capital and bonus together. */
  storedValue: string;
}

/** Instants asked for at once, at most (e.g. every month end of eight years). */
export const MAX_LIABILITY_INSTANTS = 100;

/**
 * The liability at past instants, rebuilt from the ledgers in one statement: everything the
 * ledgers recorded up to the instant (points: the entries' effect on `current`; cards: the
 * capital and bonus of recharges, spends and refunds), which is what the balances held then, since
 * balances change only together with their entries. The day totals hold whole local days: an
 * instant takes the totals of the days before its own (up to the totals' last day) and the raw
 * rows from there to the instant, at most a day or two of rows. Without totals it reads every row
 * up to the instant.
 */
export function liabilityAt(ctx: RequestContext, instants: Date[]): Promise<LiabilityRow[]> {
  if (instants.length > MAX_LIABILITY_INSTANTS) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `At most ${MAX_LIABILITY_INSTANTS} instants at once.`, 'at');
  }
  if (!instants.length) return Promise.resolve([]);
  // Raw rows from the local midnight where the totals stop serving this instant, up to it.
  const rawSince = (column: ReturnType<typeof sql.ref>) => [
    sql<boolean>`${column} >= t.raw_from`,
    sql<boolean>`${column} <= t.instant`,
  ];
  return runAnalytics(ctx, async (db) => {
    const { throughDay, timeZone } = await analyticsScope(db);
    const { rows } = await sql<{ ord: string; points: string; capital: string; bonus: string }>`
      with t as materialized (
        select instant, ord, split, split::timestamp at time zone ${timeZone}::text as raw_from
        from (
          -- No totals: split is -infinity, and every row up to the instant is read raw.
          select instant, ord,
            least(${localDayOf(sql`instant`, timeZone)}, coalesce(${throughDay}::date + 1, '-infinity'::date)) as split
          from unnest(${instants.map((i) => i.toISOString())}::timestamptz[]) with ordinality as u(instant, ord)
        ) u
      ),
      points_days as materialized (
        select day, sum(net) as net from ledger_day_total
        where ledger = 'points' and day <= ${throughDay}::date group by day
      ),
      card_days as materialized (
        select day, sum(capital_delta) as capital, sum(bonus_delta) as bonus from card_money_day_total
        where day <= ${throughDay}::date group by day
      )
      select t.ord::text as ord,
        (coalesce((select sum(net) from points_days d where d.day < t.split), 0)
          + coalesce((select sum(e.net) from (${ledgerEntryRows('points', timeZone, rawSince(sql.ref('e.created_at')))}) e), 0))::numeric(18,2)::text as points,
        (coalesce((select sum(capital) from card_days d where d.day < t.split), 0) + cards.capital)::numeric(18,2)::text as capital,
        (coalesce((select sum(bonus) from card_days d where d.day < t.split), 0) + cards.bonus)::numeric(18,2)::text as bonus
      from t cross join lateral (
        select coalesce(sum(m.capital_delta), 0) as capital, coalesce(sum(m.bonus_delta), 0) as bonus
        from (${cardMovementRows(timeZone, rawSince(sql.ref('x.created_at')))}) m
      ) cards
      order by t.ord`.execute(db);
    return rows.map((row) => ({
      at: instants[Number(row.ord) - 1]!,
      points: row.points,
      storedValueCapital: row.capital,
      storedValueBonus: row.bonus,
      storedValue: sumOf(row.capital, row.bonus),
    }));
  });
}

function sumOf(a: string, b: string): string {
  // Exact: both have two decimals; decimal.js keeps it so.
  return new Decimal(a).plus(b).toFixed(2);
}
