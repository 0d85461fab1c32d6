import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/**
 * The loyalty ranking's own structure (issue 12, "Scale"; issue 9 asked for "rank from another
 * structure than an index on the live balance"). m20261127-280 dropped the indexes on the live
 * balance so that every points change stays a HOT update of its balance row; since then
 * membersByLoyalty sorted every balance of the merchant: 1 s and more at a million members.
 *
 * `points_rank` and `exp_rank` hold, per member, the balance as whole cents (bigint) and, for
 * experience, the grade, under the indexes the rankings read in order. They are written by the
 * same statement that changes the balance (a CTE in ledger-statement.ts, the import and the
 * regrade), so a ranking read in any transaction agrees exactly with the balances it sees; the
 * balance row itself stays without any index on a column that changes (tests/loyalty/hot-balances).
 *
 * Why cents as bigint, not the numeric: under row-level security only leakproof comparisons can
 * be index conditions, and numeric's are not marked leakproof (int8's are), so a cursor
 * `(cents, member_id) < (…)` is a range of the index while `(current, id) < (…)` would be a filter
 * over every row before it. A rank row is narrow (no text, no timestamps): its update is not HOT
 * (its key changes), but it writes one small tuple and two or three index entries.
 */
export class RankTablesMigration extends Migration {
  override name = 'm20261127-310-rank-tables';

  override up(): void {
    this.addSql(`
      create table points_rank (
        member_id uuid primary key references points_balance (member_id) on delete cascade,
        merchant_id uuid not null,
        cents bigint not null
      );`);
    this.addSql(`
      create table exp_rank (
        member_id uuid primary key references exp_balance (member_id) on delete cascade,
        merchant_id uuid not null,
        cents bigint not null,
        grade_level smallint not null
      );`);
    this.addSql(grantAndIsolate('points_rank', 'select, insert, update'));
    this.addSql(grantAndIsolate('exp_rank', 'select, insert, update'));
    // The owner migrates with no merchant set: FORCEd row-level security would hide every balance.
    this.addSql(`alter table points_balance no force row level security;`);
    this.addSql(`alter table exp_balance no force row level security;`);
    this.addSql(`alter table points_rank no force row level security;`);
    this.addSql(`alter table exp_rank no force row level security;`);
    this.addSql(`insert into points_rank (member_id, merchant_id, cents)
      select member_id, merchant_id, (current * 100)::bigint from points_balance;`);
    this.addSql(`insert into exp_rank (member_id, merchant_id, cents, grade_level)
      select member_id, merchant_id, (current * 100)::bigint, grade_level from exp_balance;`);
    for (const table of ['points_balance', 'exp_balance', 'points_rank', 'exp_rank'])
      this.addSql(`alter table ${table} force row level security;`);
    // Built after the rows are in (one sort instead of a million inserts into a growing index).
    this.addSql(`create index points_rank_idx on points_rank (merchant_id, cents, member_id);`);
    this.addSql(`create index exp_rank_idx on exp_rank (merchant_id, cents, member_id);`);
    this.addSql(`create index exp_rank_grade_idx on exp_rank (merchant_id, grade_level, cents, member_id);`);
    // Statistics now, not at autovacuum's leisure: without them the planner guesses a few thousand
    // rows and joins the two rank tables whole instead of reading the index in order (10 s at 1M).
    this.addSql(`analyze points_rank;`);
    this.addSql(`analyze exp_rank;`);
    // New members get their rank rows with their balance rows (the statement trigger of m20261127-240).
    this.addSql(`
      create or replace function loyalty_open_accounts_for_statement() returns trigger language plpgsql as $$
      begin
        insert into points_balance (member_id, merchant_id) select id, merchant_id from new_members;
        insert into points_rank (member_id, merchant_id, cents) select id, merchant_id, 0 from new_members;
        with opened as (
          insert into exp_balance (member_id, merchant_id, grade_level)
          select n.id, n.merchant_id,
                 coalesce((select max(g.level) from grade g where g.merchant_id = n.merchant_id and g.threshold <= 0), 0)
            from new_members n
          returning member_id, merchant_id, grade_level
        )
        insert into exp_rank (member_id, merchant_id, cents, grade_level)
        select member_id, merchant_id, 0, grade_level from opened;
        return null;
      end $$;`);
  }
}
