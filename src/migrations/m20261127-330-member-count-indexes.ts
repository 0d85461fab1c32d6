import { Migration } from '@mikro-orm/migrations';

/**
 * Covering indexes for memberCounts (issue 12, "Scale"): it groups a merchant's members
 * themselves (status and grade change in place, so there are no day totals of them), and at a
 * million members read the whole rows of member, exp_balance and member_channel (about 190 MB
 * each) and joined them by hash. With these, each side is an index-only scan of a narrow index in
 * (merchant_id, member) order, and the joins are merge joins on that order
 * (services/analytics/member-counts.ts).
 *
 * - member: the id and the columns memberCounts groups by. Every one of them is already indexed,
 *   so this index changes no member update from HOT to non-HOT.
 * - exp_balance: grade_level, which changes only when a member moves grade and is already in
 *   exp_balance_grade_idx; never `current` or the totals, which every ledger write changes (issue 9,
 *   m20261127-280, tests/loyalty/hot-balances.test.ts).
 * - member_channel: a member's channel codes in order, so that a member with two accounts of one
 *   channel is counted once in it by a streaming distinct, not a count(distinct) sort.
 *
 * Index-only scans skip the heap for pages the visibility map marks all-visible; autovacuum keeps
 * it set (it runs after inserts as after updates), and a page whose bit is clear is simply read.
 */
export class MemberCountIndexesMigration extends Migration {
  override name = 'm20261127-330-member-count-indexes';

  override up(): void {
    this.addSql(`create index member_count_idx on member (merchant_id, id) include (status, register_store_id, registered_at);`);
    this.addSql(`create index exp_balance_member_grade_idx on exp_balance (merchant_id, member_id) include (grade_level);`);
    this.addSql(`create index member_channel_member_code_idx on member_channel (merchant_id, member_id, channel_code);`);
  }
}
