import { Migration } from '@mikro-orm/migrations';
import { grantAndIsolate } from './sql-helpers.js';

/**
 * Hardening after an attack review (issue 13, docs/security.md): idempotency keys bound to the
 * operation that first used them.
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
  }
}
