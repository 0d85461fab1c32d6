import { Migration } from '@mikro-orm/migrations';

/**
 * Balance rows that stay HOT-updatable. Every points or experience change updates its member's
 * balance row (`current`, `total_earned`, `used`, `updated_at`). PostgreSQL can update a row in
 * place on its page (a heap-only tuple: no new entry in any index, the old version pruned on the
 * page) only when no indexed column changes and the page has room. The rank indexes held the live
 * `current`, so every change was a non-HOT update with new entries in every index of the table:
 * after 324,000 changes the points rank index held 26 MB for 1,000 rows, and one busy member's
 * dead versions piled up in it.
 *
 * - The rank indexes on the live balance go; `membersByLoyalty` ranks a merchant's members by
 *   sorting its balance rows (a top-N sort), found through an index on `merchant_id`, which never
 *   changes.
 * - The grade index keeps `grade_level` (which changes only when a member moves grade) and drops
 *   `current`.
 * - A fillfactor of 80 leaves a fifth of each new page free for the next versions of its rows.
 *   (Pages written before keep their packing until they are rewritten; pruning frees room on them
 *   as the old versions die.)
 *
 * Nothing here may be undone by a later index on a balance column that changes: the test
 * tests/loyalty/hot-balances.test.ts checks the indexes and the HOT counter.
 */
export class HotBalancesMigration extends Migration {
  override name = 'm20261127-280-perf-hot-balances';

  override up(): void {
    for (const table of ['points_balance', 'exp_balance']) {
      this.addSql(`create index ${table}_merchant_idx on ${table} (merchant_id);`);
      this.addSql(`alter table ${table} set (fillfactor = 80);`);
    }
    this.addSql(`drop index points_balance_rank_idx;`);
    this.addSql(`drop index exp_balance_rank_idx;`);
    this.addSql(`drop index exp_balance_grade_idx;`);
    this.addSql(`create index exp_balance_grade_idx on exp_balance (merchant_id, grade_level);`);
  }
}
