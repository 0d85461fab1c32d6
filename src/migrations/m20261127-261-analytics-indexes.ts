import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for member filters of the filter language that m20261127-200 left to scans (issue 12,
 * "Scale"; tests/platform/analytics-indexes.test.ts EXPLAINs the lists' real statements): at a
 * million members of one merchant, an equality or range on these columns must not read them all.
 * Each leads with merchant_id (every list is one merchant's) and is partial where most rows are
 * NULL, so it costs nothing for members without the value.
 */
export class AnalyticsIndexesMigration extends Migration {
  override name = 'm20261127-261-analytics-indexes';

  override up(): void {
    // "Members registered at this store", newest first (the default order).
    this.addSql(`create index member_store_registered_idx on member (merchant_id, register_store_id, registered_at, id)
      where register_store_id is not null;`);
    this.addSql(`create index member_email_idx on member (merchant_id, email) where email is not null;`);
    this.addSql(`create index member_referrer_idx on member (merchant_id, referrer_id) where referrer_id is not null;`);
    // Memberships ending (or started) in a range: renewal campaigns.
    this.addSql(`create index member_due_idx on member (merchant_id, due_at) where due_at is not null;`);
    this.addSql(`create index member_since_idx on member (merchant_id, since_at) where since_at is not null;`);
  }
}
