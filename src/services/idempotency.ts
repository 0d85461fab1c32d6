import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';

/**
 * The operations an idempotency key can name. Each keeps its own record of what a key did (and
 * answers a retry from it); this list names them so that one key can belong to only one.
 */
export const KeyedOperation = {
  CHANGE_POINTS: 'changePoints',
  CHANGE_EXPERIENCE: 'changeExperience',
  REVOKE_ORDER_POINTS: 'revokeOrderPoints',
  SUBMIT_TASK: 'submitTask',
  RECHARGE_CARD: 'rechargeCard',
  SPEND_FROM_CARD: 'spendFromCard',
  /** An opening balance imported from a legacy system (services/import). */
  IMPORT_POINTS: 'importPoints',
  IMPORT_CARD: 'importCard',
} as const;
export type KeyedOperation = (typeof KeyedOperation)[keyof typeof KeyedOperation];

/**
 * Binds an idempotency key to the operation that first uses it (one statement, in the caller's
 * transaction when there is one). The same key sent to another operation (a cpoint-inner
 * requestId reused on task/submit after adminAddCpoint, a GraphQL key reused on changeExperience)
 * is IDEMPOTENCY_KEY_REUSED: never a second effect elsewhere. Within one operation, the operation's
 * own fingerprint decides between a replay and a reused key.
 *
 * `on conflict do update` (a no-op update) rather than `do nothing` so that the statement returns
 * the stored row even when a concurrent transaction inserted it first.
 */
export async function bindIdempotencyKey(em: EntityManager, key: string, operation: KeyedOperation): Promise<void> {
  const [row] = await em.execute<{ operation: string }[]>(
    `insert into idempotency_key (merchant_id, key, operation) values (app_merchant_id(), ?, ?)
     on conflict (merchant_id, key) do update set operation = idempotency_key.operation
     returning operation`,
    [key, operation],
  );
  if (row?.operation !== operation) {
    throw new BusinessError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was already used for another operation.',
      'idempotencyKey',
    );
  }
}
