import { APP_DB_ROLE } from '../db/roles.js';

/** Creation and update stamps every table carries. */
export const timestamps = `created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()`;

/**
 * Grants the app role plain DML on a merchant-owned table and turns on the row-level security
 * policy that confines every statement to the transaction's merchant, FORCEd so that it holds the
 * table's owner too (migrations, operator commands, SECURITY DEFINER functions).
 */
export function grantAndIsolate(table: string, privileges = 'select, insert, update, delete'): string {
  return `
    grant ${privileges} on ${table} to ${APP_DB_ROLE};
    alter table ${table} enable row level security;
    alter table ${table} force row level security;
    create policy tenant_isolation on ${table}
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id());`;
}
