import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, MERCHANT_SETTING } from '../db/roles.js';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

/**
 * Merchants, stores, API keys, members and their channels, with the row-level security that keeps
 * every merchant's rows invisible to every other merchant.
 */
export class FoundationMigration extends Migration {
  override name = 'm20261123-001-foundation';

  override up(): void {
    this.addSql(`
      do $$ begin
        if not exists (select from pg_roles where rolname = '${APP_DB_ROLE}') then
          create role ${APP_DB_ROLE} nologin nosuperuser nobypassrls;
        end if;
      end $$;`);
    // The migrating user must be able to SET ROLE into the app role (a no-op for superusers).
    this.addSql(`grant ${APP_DB_ROLE} to current_user;`);
    this.addSql(`do $$ begin execute format('grant usage on schema %I to ${APP_DB_ROLE}', current_schema()); end $$;`);
    // NULL (so no row matches) when no merchant was set for the transaction.
    this.addSql(`
      create function app_merchant_id() returns uuid language sql stable as $$
        select nullif(current_setting('${MERCHANT_SETTING}', true), '')::uuid
      $$;`);

    this.addSql(`
      create table merchant (
        id uuid primary key,
        name text not null check (length(name) between 1 and 200),
        time_zone text not null default 'Asia/Shanghai',
        settings jsonb not null default '{}'::jsonb,
        ${timestamps}
      );`);
    this.addSql(`alter table merchant enable row level security;`);
    this.addSql(`create policy tenant_isolation on merchant
      using (id = app_merchant_id()) with check (id = app_merchant_id());`);
    this.addSql(`grant select, insert, update on merchant to ${APP_DB_ROLE};`);

    this.addSql(`
      create table store (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        code text not null check (length(code) between 1 and 64),
        name text not null check (length(name) between 1 and 200),
        address text, phone text, area text, contact text,
        org_type smallint not null default 3 check (org_type in (1, 2, 3)),
        ${timestamps},
        unique (merchant_id, code),
        unique (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('store'));

    this.addSql(`
      create table api_key (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        name text not null,
        prefix text not null,
        secret_hash text not null unique,
        role text not null check (role in ('ADMIN', 'OPERATOR', 'READONLY')),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );`);
    this.addSql(grantAndIsolate('api_key'));
    // Authentication happens before the merchant is known, so the app role cannot find a key
    // through the table (RLS hides it). This function, running as the table owner, answers only
    // "which live key has this hash", nothing more.
    this.addSql(`
      create function authenticate_api_key(p_secret_hash text)
      returns table (key_id uuid, merchant_id uuid, role text)
      language sql stable security definer set search_path from current as $$
        select k.id, k.merchant_id, k.role from api_key k
        where k.secret_hash = p_secret_hash and k.revoked_at is null
      $$;`);
    this.addSql(`revoke all on function authenticate_api_key(text) from public;`);
    this.addSql(`grant execute on function authenticate_api_key(text) to ${APP_DB_ROLE};`);

    // Composite foreign keys (merchant_id, x_id) make a reference to another merchant's row
    // impossible: plain FK checks run as the owner and would not see RLS.
    this.addSql(`
      create table member (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        code text not null check (length(code) between 1 and 64),
        mobile text,
        name text, nickname text, email text,
        sex text not null default 'UNKNOWN' check (sex in ('UNKNOWN', 'MALE', 'FEMALE')),
        birthday date,
        id_card_number text,
        address text,
        delivery_addresses jsonb not null default '[]'::jsonb,
        avatar_url text,
        registered_at timestamptz not null default now(),
        register_store_id uuid,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'EXPIRED', 'REMOVED')),
        since_at timestamptz,
        due_at timestamptz,
        labels text[] not null default '{}',
        referrer_id uuid,
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, code),
        foreign key (merchant_id, register_store_id) references store (merchant_id, id),
        foreign key (merchant_id, referrer_id) references member (merchant_id, id)
      );`);
    this.addSql(`create unique index member_mobile_unique on member (merchant_id, mobile) where mobile is not null;`);
    this.addSql(`create index member_registered_at_idx on member (merchant_id, registered_at desc, id);`);
    this.addSql(`create index member_labels_idx on member using gin (labels);`);
    this.addSql(grantAndIsolate('member'));

    this.addSql(`
      create table member_channel (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        channel_code text not null check (channel_code ~ '^[a-z][a-z0-9_]{0,31}$'),
        channel_id text,
        openid text not null check (length(openid) between 1 and 128),
        union_id text,
        card_code text,
        card_id text,
        register_type smallint check (register_type between 1 and 6),
        register_store_id uuid,
        ${timestamps},
        unique (merchant_id, channel_code, openid),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, register_store_id) references store (merchant_id, id)
      );`);
    this.addSql(`create index member_channel_member_idx on member_channel (member_id);`);
    this.addSql(grantAndIsolate('member_channel'));
  }
}
