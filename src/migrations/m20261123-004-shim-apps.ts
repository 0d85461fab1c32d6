import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE } from '../db/roles.js';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

/**
 * Credentials of the legacy-contract shims: one row per app (a partner's appId, an internal
 * service's appName, an ERP's app), and each merchant's RSA key pair for signing responses.
 */
export class ShimAppsMigration extends Migration {
  override name = 'm20261123-004-shim-apps';

  override up(): void {
    this.addSql(`
      create table shim_app (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        contract text not null check (contract in ('partner-openapi', 'erp-member-points', 'cpoint-inner', 'members-rest', 'card-manage')),
        app_key text not null check (length(app_key) between 1 and 64),
        name text not null,
        partner_id text,
        -- HMAC contracts need the secret itself to recompute signatures; RSA contracts keep only
        -- the partner's public key.
        secret text,
        public_key_pem text,
        status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
        allow_unsigned boolean not null default false,
        revoked_at timestamptz,
        ${timestamps},
        unique (contract, app_key),
        unique (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('shim_app', 'select, insert, update'));

    this.addSql(`
      create table merchant_signing_key (
        merchant_id uuid primary key references merchant(id),
        private_key_pem text not null,
        public_key_pem text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(grantAndIsolate('merchant_signing_key', 'select, insert'));

    // Like API keys, an app must be found before its merchant is known. The function returns
    // only a live app of that contract, with what the shim needs to verify the request.
    this.addSql(`
      create function resolve_shim_app(p_contract text, p_app_key text)
      returns table (app_id uuid, merchant_id uuid, partner_id text, secret text, public_key_pem text,
                     status text, allow_unsigned boolean, time_zone text)
      language sql stable security definer set search_path from current as $$
        select a.id, a.merchant_id, a.partner_id, a.secret, a.public_key_pem, a.status, a.allow_unsigned, m.time_zone
        from shim_app a join merchant m on m.id = a.merchant_id
        where a.contract = p_contract and a.app_key = p_app_key and a.revoked_at is null
      $$;`);
    this.addSql(`revoke all on function resolve_shim_app(text, text) from public;`);
    this.addSql(`grant execute on function resolve_shim_app(text, text) to ${APP_DB_ROLE};`);
  }
}
