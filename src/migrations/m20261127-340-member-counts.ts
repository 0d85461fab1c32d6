import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/**
 * The number of members per merchant, kept exact without counting them (issue 12, "Scale": a page
 * of the unfiltered member list with `totalItems` under 50 ms at a million members; counting them
 * took 60-90 ms even as an index-only scan). Every statement that inserts or deletes members adds
 * one signed row here (statement triggers, so a bulk insert adds one row, and concurrent
 * registrations never wait on each other as they would on one counter row); the unfiltered count
 * is the sum of a merchant's rows, and the analytics refresher folds them into one
 * (services/analytics/day-totals.ts compactMemberCounts).
 */
export class MemberCountsMigration extends Migration {
  override name = 'm20261127-340-member-counts';

  override up(): void {
    this.addSql(`
      create table member_count_delta (
        merchant_id uuid not null references merchant(id),
        delta bigint not null
      );`);
    this.addSql(`create index member_count_delta_idx on member_count_delta (merchant_id);`);
    this.addSql(grantAndIsolate('member_count_delta', 'select, insert'));
    // The owner migrates with no merchant set: FORCEd row-level security would hide every member.
    this.addSql(`alter table member no force row level security;`);
    this.addSql(`alter table member_count_delta no force row level security;`);
    this.addSql(
      `insert into member_count_delta (merchant_id, delta) select merchant_id, count(*) from member group by merchant_id;`,
    );
    this.addSql(`alter table member force row level security;`);
    this.addSql(`alter table member_count_delta force row level security;`);
    this.addSql(`
      create function member_count_added() returns trigger language plpgsql as $$
      begin
        insert into member_count_delta (merchant_id, delta) select merchant_id, count(*) from new_members group by merchant_id;
        return null;
      end $$;`);
    this.addSql(`
      create function member_count_removed() returns trigger language plpgsql as $$
      begin
        insert into member_count_delta (merchant_id, delta) select merchant_id, -count(*) from old_members group by merchant_id;
        return null;
      end $$;`);
    this.addSql(`create trigger member_count_insert after insert on member
      referencing new table as new_members for each statement execute function member_count_added();`);
    this.addSql(`create trigger member_count_delete after delete on member
      referencing old table as old_members for each statement execute function member_count_removed();`);
  }
}
