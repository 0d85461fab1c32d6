import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE } from '../db/roles.js';

/**
 * Credentials are cached for a few seconds by each server process (request/credential-cache.ts).
 * Every change to what a credential resolves to notifies them all, in the changing transaction
 * (so only once it commits), whoever makes it: a service, the CLI, another instance, an operator
 * in psql. Statement-level triggers: one notification per statement, and PostgreSQL folds equal
 * notifications of one transaction into one.
 */
export class CredentialNotifyMigration extends Migration {
  override name = 'm20261126-001-credential-notify';

  override up(): void {
    this.addSql(`
      create function notify_credentials_changed() returns trigger
      language plpgsql as $$
      begin
        perform pg_notify('membergraph_credentials', tg_table_name);
        return null;
      end $$;`);
    // The columns a cached answer depends on (authenticate_api_key, authenticate_staff_token,
    // resolve_shim_app): a login's counters on staff_user, say, change nothing cached.
    const watched: [table: string, columns: string][] = [
      ['api_key', 'revoked_at, role, secret_hash, merchant_id'],
      ['staff_session', 'revoked_at, expires_at, token_hash, staff_user_id, merchant_id'],
      ['staff_user', 'active, role_id, merchant_id'],
      ['staff_role', 'permissions, merchant_id'],
      ['shim_app', ''],
      ['merchant', 'time_zone'],
    ];
    for (const [table, columns] of watched) {
      this.addSql(`
        create trigger ${table}_credentials_changed
        after update ${columns ? `of ${columns} ` : ''}or delete or truncate on ${table}
        for each statement execute function notify_credentials_changed();`);
    }

    // A cached staff session must not outlive its token: the lookup now says when it expires.
    this.addSql(`drop function authenticate_staff_token(text);`);
    this.addSql(`
      create function authenticate_staff_token(p_token_hash text)
      returns table (session_id uuid, merchant_id uuid, staff_user_id uuid, permissions text[], expires_at timestamptz)
      language sql stable security definer set search_path from current as $$
        select s.id, s.merchant_id, s.staff_user_id, coalesce(r.permissions, '{}'), s.expires_at
        from staff_session s
        join staff_user u on u.merchant_id = s.merchant_id and u.id = s.staff_user_id
        left join staff_role r on r.merchant_id = u.merchant_id and r.id = u.role_id
        where s.token_hash = p_token_hash and s.revoked_at is null and s.expires_at > now() and u.active
      $$;`);
    this.addSql(`revoke all on function authenticate_staff_token(text) from public;`);
    this.addSql(`grant execute on function authenticate_staff_token(text) to ${APP_DB_ROLE};`);
  }
}
