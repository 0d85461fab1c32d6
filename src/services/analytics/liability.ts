import { sql } from 'kysely';
import { Decimal } from 'decimal.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';
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
 * Every change to a card's capital and bonus, signed, from the records that made it (the card
 * services change member_card only together with one of these, in one transaction).
 */
const CARD_MOVEMENTS_AFTER = (at: ReturnType<typeof sql.ref>) => sql`
  select amount as capital, bonus from card_recharge where created_at > ${at}
  union all
  select -capital_part, -bonus_part from card_spend where created_at > ${at}
  union all
  select case when kind = 'SPEND' then capital else -capital end, case when kind = 'SPEND' then bonus else -bonus end
  from card_refund where created_at > ${at}`;

/**
 * The liability at past instants, rebuilt from the ledgers in one statement: today's balances
 * minus every entry written after the instant (points: the entries' effect on `current`; cards:
 * recharges, spends and refunds). Balances and entries are read in the same snapshot and change
 * only together, so the answer is exact, and at now() it equals the balances. The work grows with
 * the entries after the instant (the (merchant_id, created_at) indexes find them): recent
 * instants are cheap.
 */
export function liabilityAt(ctx: RequestContext, instants: Date[]): Promise<LiabilityRow[]> {
  if (instants.length > MAX_LIABILITY_INSTANTS) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `At most ${MAX_LIABILITY_INSTANTS} instants at once.`, 'at');
  }
  if (!instants.length) return Promise.resolve([]);
  const at = sql.ref('t.at');
  return runAnalytics(ctx, async (db) => {
    const { rows } = await sql<{ ord: string; points: string; capital: string; bonus: string }>`
      with t as (select at, ord from unnest(${instants.map((i) => i.toISOString())}::timestamptz[]) with ordinality as t(at, ord)),
      points_now as (select coalesce(sum(current), 0) as v from points_balance),
      cards_now as (select coalesce(sum(capital), 0) as capital, coalesce(sum(bonus), 0) as bonus from member_card)
      select t.ord::text as ord,
        (points_now.v - coalesce(later_points.v, 0))::text as points,
        (cards_now.capital - later_cards.capital)::text as capital,
        (cards_now.bonus - later_cards.bonus)::text as bonus
      from t cross join points_now cross join cards_now
      cross join lateral (select sum(earned_delta - used_delta) as v from points_entry where created_at > ${at}) later_points
      cross join lateral (
        select coalesce(sum(m.capital), 0) as capital, coalesce(sum(m.bonus), 0) as bonus from (${CARD_MOVEMENTS_AFTER(at)}) m
      ) later_cards
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
