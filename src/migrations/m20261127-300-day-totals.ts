import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/**
 * Day totals for the analyst aggregates (issue 12, "Scale": every aggregate over 10M entries in
 * under a second). Each table holds, per merchant, local day (in the merchant's time zone) and
 * group key, what the aggregates sum over the raw rows; src/services/analytics/day-totals.ts
 * writes them and says why they stay exact. The app role only reads them (the refresher writes as
 * the owner, under the same FORCEd row-level security); BI logins do not see them.
 */
export class DayTotalsMigration extends Migration {
  override name = 'm20261127-300-day-totals';

  override up(): void {
    // How far each merchant's day totals reach: every local day up to through_day, in time_zone.
    // A merchant whose time zone changed since has no usable totals until the next refresh.
    this.addSql(`
      create table analytics_day_state (
        merchant_id uuid primary key references merchant(id),
        time_zone text not null,
        through_day date not null,
        refreshed_at timestamptz not null default now()
      );`);
    this.addSql(grantAndIsolate('analytics_day_state', 'select'));

    this.addSql(`
      create table ledger_day_total (
        merchant_id uuid not null references merchant(id),
        ledger text not null check (ledger in ('points', 'experience')),
        day date not null,
        operation_type text,
        source text not null,
        store_id uuid,
        entries integer not null,
        issued numeric(18,2) not null,
        spent numeric(18,2) not null,
        net numeric(18,2) not null
      );`);
    this.addSql(`create index ledger_day_total_idx on ledger_day_total (merchant_id, ledger, day);`);
    this.addSql(grantAndIsolate('ledger_day_total', 'select'));

    // The card movements' measures (card-money-totals.ts), plus their effect on capital and bonus
    // (the liability at past instants).
    this.addSql(`
      create table card_money_day_total (
        merchant_id uuid not null references merchant(id),
        day date not null,
        store_id uuid,
        recharges integer not null,
        recharged numeric(18,2) not null,
        bonus_granted numeric(18,2) not null,
        spends integer not null,
        spent numeric(18,2) not null,
        spent_capital numeric(18,2) not null,
        spent_bonus numeric(18,2) not null,
        refunds integer not null,
        spend_refunds numeric(18,2) not null,
        recharge_refunds numeric(18,2) not null,
        bonus_withdrawn numeric(18,2) not null,
        capital_delta numeric(18,2) not null,
        bonus_delta numeric(18,2) not null
      );`);
    this.addSql(`create index card_money_day_total_idx on card_money_day_total (merchant_id, day);`);
    this.addSql(grantAndIsolate('card_money_day_total', 'select'));

    this.addSql(`
      create table coupon_day_total (
        merchant_id uuid not null references merchant(id),
        day date not null,
        coupon_template_id uuid,
        source text,
        issued integer not null,
        redeemed integer not null
      );`);
    this.addSql(`create index coupon_day_total_idx on coupon_day_total (merchant_id, day);`);
    this.addSql(grantAndIsolate('coupon_day_total', 'select'));

    // The merchant of the transaction, read in every row-level security policy, is a setting that
    // PostgreSQL hands to parallel workers with the rest of the session's settings: declared
    // PARALLEL SAFE, an analyst scan over a million rows may run on several cores instead of one
    // (while the function was PARALLEL UNSAFE, every policy forbade parallel plans).
    this.addSql(`alter function app_merchant_id() parallel safe;`);
    // Redemptions by time: the totals' refresh and the live tail after them read a range of days.
    this.addSql(`create index coupon_redeemed_idx on coupon (merchant_id, redeemed_at) where redeemed_at is not null;`);
  }
}
