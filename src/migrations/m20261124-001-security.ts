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

    // Row-level security held everyone but the tables' owner. FORCE it on every tenant table, so
    // the owner (migrations, operator commands, the SECURITY DEFINER functions) is held too and
    // sees a merchant's rows only with that merchant set. Superusers still bypass it: the owner
    // should not be one (docs/operations.md).
    this.addSql(`
      do $$ declare t record; begin
        for t in select c.relname from pg_class c
                  where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and c.relrowsecurity
        loop
          execute format('alter table %I force row level security', t.relname);
        end loop;
      end $$;`);
    // What the owner reads across merchants, and only reads: the credentials the definer functions
    // look up before a merchant is known (API keys, shim apps and their merchant's time zone,
    // staff sessions with their users and roles, login attempts by IP), and the merchant list of
    // the operator's merchant:list and the first-start check for an empty database.
    for (const table of ['merchant', 'api_key', 'shim_app', 'staff_session', 'staff_user', 'staff_role', 'staff_login_attempt']) {
      this.addSql(`create policy owner_lookup on ${table} for select to current_user using (true);`);
    }
  }
}
