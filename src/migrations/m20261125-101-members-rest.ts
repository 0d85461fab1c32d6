import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

/**
 * What the members-rest contract needs beyond the schema of shims I: the merchant's legal name and
 * WeChat official-account app (its app secret sealed, secret-box.ts), a per-merchant referral
 * bonus, and a WeChat OAuth refresh token per channel identity (a SHA-256 to find the member by
 * it, the token itself sealed), plus the index that sums a page of members' card spends.
 */
export class MembersRestMigration extends Migration {
  override name = 'm20261125-101-members-rest';

  override up(): void {
    this.addSql(`alter table merchant add column full_name text check (length(full_name) between 1 and 200);`);
    this.addSql(`
      create table merchant_wechat (
        merchant_id uuid primary key references merchant(id),
        app_id text check (app_id ~ '^[A-Za-z0-9_-]{1,64}$'),
        origin_id text check (length(origin_id) between 1 and 64),
        -- sealed with secret-box (context merchant_wechat.app_secret:<merchant id>)
        app_secret text,
        ${timestamps}
      );`);
    this.addSql(grantAndIsolate('merchant_wechat', 'select, insert, update'));

    this.addSql(`alter table loyalty_settings
      add column referral_bonus_points numeric(14,2) not null default 0 check (referral_bonus_points >= 0);`);

    this.addSql(`alter table member_channel
      add column refresh_token_hash text check (refresh_token_hash ~ '^[0-9a-f]{64}$'),
      add column refresh_token_sealed text,
      add check ((refresh_token_hash is null) = (refresh_token_sealed is null));`);
    this.addSql(`create index member_channel_refresh_token_idx on member_channel (merchant_id, refresh_token_hash)
      where refresh_token_hash is not null;`);

    this.addSql(`create index card_spend_member_idx on card_spend (member_id) where refunded_at is null;`);
  }
}
