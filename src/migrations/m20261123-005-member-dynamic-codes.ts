import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/** Short-lived codes a member's app shows, so a till can find the member by scanning them. */
export class MemberDynamicCodesMigration extends Migration {
  override name = 'm20261123-005-member-dynamic-codes';

  override up(): void {
    this.addSql(`
      create table member_dynamic_code (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        code text not null check (code ~ '^[0-9]{18}$'),
        expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        unique (merchant_id, code),
        foreign key (merchant_id, member_id) references member (merchant_id, id)
      );`);
    this.addSql(`create index member_dynamic_code_member_idx on member_dynamic_code (member_id, expires_at);`);
    this.addSql(grantAndIsolate('member_dynamic_code'));
  }
}
