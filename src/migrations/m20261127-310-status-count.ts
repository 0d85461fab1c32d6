import { Migration } from '@mikro-orm/migrations';

/**
 * `totalItems` of the member list filtered by status (issue 12, "Scale": 501 ms at a million
 * members). Without an index on status the count read the whole member table (25,000 pages);
 * with this one it is an index-only scan of the members in that status (a few milliseconds for a
 * rare status once the visibility map is set, which autovacuum does after a bulk insert). Status
 * changes rarely, so the index costs the member row's HOT updates next to nothing.
 */
export class StatusCountMigration extends Migration {
  override name = 'm20261127-310-status-count';

  override up(): void {
    this.addSql(`create index member_status_idx on member (merchant_id, status);`);
  }
}
