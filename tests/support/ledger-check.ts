import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

const LEDGERS = [
  ['points_balance', 'points_entry'],
  ['exp_balance', 'exp_entry'],
] as const;

/**
 * Asserts, across every merchant (owner connection, no row-level security), that each cached
 * balance equals the sum of its ledger entries column by column, that the newest entry's
 * balance_after is the balance, that every member has both balance rows, and that each grade is
 * the one its experience reaches in the merchant's grade table, and that each balance's rank row
 * holds it.
 */
export async function expectLedgersBalanced(app: Pick<TestApp, 'ownerOrm'>): Promise<void> {
  const em = app.ownerOrm.em.fork();
  for (const [balance, entry] of LEDGERS) {
    const off = await em.execute(`
      select b.member_id, b.current, b.total_earned, b.used, s.cur, s.earned, s.used_sum, s.last_after
        from ${balance} b
        left join lateral (
          select coalesce(sum(e.earned_delta - e.used_delta), 0) as cur, coalesce(sum(e.earned_delta), 0) as earned,
                 coalesce(sum(e.used_delta), 0) as used_sum,
                 (select l.balance_after from ${entry} l where l.member_id = b.member_id order by l.seq desc limit 1) as last_after
            from ${entry} e where e.member_id = b.member_id
        ) s on true
       where b.current <> s.cur or b.total_earned <> s.earned or b.used <> s.used_sum
          or (s.last_after is not null and s.last_after <> b.current)`);
    expect(off, `${balance} differs from the sum of ${entry}`).toEqual([]);
  }
  const missing = await em.execute(`
    select m.id from member m
     where not exists (select 1 from points_balance p where p.member_id = m.id)
        or not exists (select 1 from exp_balance x where x.member_id = m.id)`);
  expect(missing, 'members without balance rows').toEqual([]);
  const misgraded = await em.execute(`
    select b.member_id, b.grade_level from exp_balance b
     where b.grade_level <> coalesce((select max(g.level) from grade g where g.merchant_id = b.merchant_id and g.threshold <= b.current), 0)`);
  expect(misgraded, 'grades that do not match experience').toEqual([]);
  // The rankings' rows (migration m20261127-310-rank-tables) mirror every balance exactly.
  for (const [balance, rank, grade] of [
    ['points_balance', 'points_rank', ''],
    ['exp_balance', 'exp_rank', ' or r.grade_level is distinct from b.grade_level'],
  ] as const) {
    const unranked = await em.execute(`
      select b.member_id, b.current, r.cents from ${balance} b left join ${rank} r on r.member_id = b.member_id
       where r.member_id is null or r.merchant_id <> b.merchant_id or r.cents::numeric / 100 <> b.current${grade}`);
    expect(unranked, `${rank} differs from ${balance}`).toEqual([]);
  }
}
