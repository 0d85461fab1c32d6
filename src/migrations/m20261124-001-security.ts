import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/**
 * Hardening after an attack review (issue 13, docs/security.md): idempotency keys bound to the
 * operation that first used them; card PIN attempts limited; staff login throttled per user and
 * source, with trusted devices.
 */
export class SecurityMigration extends Migration {
  override name = 'm20261124-001-security';

  override up(): void {
    // Each ledger keeps its own keys (points_entry, exp_entry, task_completion, card_recharge,
    // card_spend); this table says which operation a key belongs to, across all of them, so a key
    // sent to another operation is refused instead of taking effect a second time there.
    this.addSql(`
      create table idempotency_key (
        merchant_id uuid not null references merchant(id),
        key text not null check (length(key) between 1 and 200),
        operation text not null check (length(operation) between 1 and 100),
        created_at timestamptz not null default now(),
        primary key (merchant_id, key)
      );`);
    this.addSql(grantAndIsolate('idempotency_key', 'select, insert, update'));

    // Consecutive wrong PINs since the last right one, and the lock they earned.
    this.addSql(`
      alter table member_card
        add column pin_failures integer not null default 0 check (pin_failures >= 0),
        add column pin_locked_until timestamptz;`);

    // A device a staff user logged in from (OWASP's "device cookie"): its token lets the real user
    // keep logging in while someone else's guesses have throttled the username everywhere else.
    this.addSql(`
      create table staff_device (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        staff_user_id uuid not null,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now(),
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index staff_device_user_idx on staff_device (staff_user_id);`);
    this.addSql(grantAndIsolate('staff_device', 'select, insert, update, delete'));
    // Attempts made with a trusted device are counted per device, not per IP.
    this.addSql(`alter table staff_login_attempt add column device_id uuid;`);
    this.addSql(`create index staff_login_attempt_source_idx on staff_login_attempt (merchant_id, username, ip, id);`);
  }
}
