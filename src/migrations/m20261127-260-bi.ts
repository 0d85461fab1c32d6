import { Migration } from '@mikro-orm/migrations';

// Literal names, not imports of db/bi-views.ts: a migration is a snapshot and must not change
// meaning when application code changes later.
const OWNER = 'membergraph_bi_owner';
const READER = 'membergraph_bi';

/**
 * Read-only BI logins (issue 12, docs/analytics.md "BI access"). This creates what the `bi` views
 * stand on; the views themselves are (re)created from db/bi-views.ts at the end of every migration
 * run (db/orm.ts `migrate`), so later migrations can change the tables under them.
 *
 * - `membergraph_bi_owner` (no login) owns the views and alone may read the base tables for them.
 *   Its row-level security policies (written with the views) admit only the rows of the merchant
 *   mapped to the connected login, `bi.login_merchant()`: keyed on `session_user`, which a login
 *   cannot change, not on a setting it could.
 * - `membergraph_bi` (no login) is the group of every BI login: USAGE on schema `bi`, SELECT on
 *   its views, nothing on any table.
 * - `bi_login` maps each login to its merchant (the CLI's bi:create writes it).
 */
export class BiMigration extends Migration {
  override name = 'm20261127-260-bi';

  override up(): void {
    this.addSql(`
      do $$ begin
        if not exists (select from pg_roles where rolname = '${OWNER}') then
          create role ${OWNER} nologin nosuperuser nobypassrls noinherit;
        end if;
        if not exists (select from pg_roles where rolname = '${READER}') then
          create role ${READER} nologin nosuperuser nobypassrls;
        end if;
      end $$;`);
    this.addSql(`do $$ begin execute format('grant usage on schema %I to ${OWNER}', current_schema()); end $$;`);
    this.addSql(`create schema bi;`);
    this.addSql(`grant usage, create on schema bi to ${OWNER};`);
    this.addSql(`grant usage on schema bi to ${READER};`);

    this.addSql(`
      create table bi_login (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        login text not null check (login ~ '^[a-z][a-z0-9_]{2,62}$'),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );`);
    this.addSql(`create unique index bi_login_live_key on bi_login (login) where revoked_at is null;`);
    this.addSql(`create index bi_login_merchant_idx on bi_login (merchant_id, created_at);`);
    // Operators' table: the app role gets nothing; the owner (the CLI, the definer function) reads
    // and writes every merchant's rows.
    this.addSql(`alter table bi_login enable row level security;`);
    this.addSql(`alter table bi_login force row level security;`);
    this.addSql(`create policy tenant_isolation on bi_login
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id());`);
    this.addSql(`create policy owner_manage on bi_login to current_user using (true) with check (true);`);

    this.addSql(`
      create function bi.login_merchant() returns uuid
      language sql stable security definer set search_path from current as $$
        select merchant_id from bi_login where login = session_user and revoked_at is null
      $$;`);
    this.addSql(`revoke all on function bi.login_merchant() from public;`);
    this.addSql(`grant execute on function bi.login_merchant() to ${OWNER}, ${READER};`);
  }
}
