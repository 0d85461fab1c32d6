import { randomBytes } from 'node:crypto';
import type { EntityManager } from '../../db/orm.js';
import { openBytes, sealBytes, sealContext } from '../../db/secret-box.js';

export interface CardSettingsRow {
  merchant_id: string;
  sms_phone: string | null;
  /** Sealed (db/secret-box.ts), bound to its merchant: open it with qrKey. */
  qr_key: Buffer;
}

/**
 * The merchant's card settings row, created on first use with a fresh 256-bit QR signing key.
 * The key lives in the database per merchant, sealed: it survives restarts, needs no operator
 * setup, and a code signed for one merchant never verifies for another.
 */
export async function cardSettingsRow(em: EntityManager): Promise<CardSettingsRow> {
  const [existing] = await em.execute<CardSettingsRow[]>('select merchant_id, sms_phone, qr_key from card_settings');
  if (existing) return existing;
  // First use: the row is created in a transaction of its own (a fork of the same merchant), so a
  // query, whose reads share one read-only transaction, can still create it.
  const own = em.fork();
  const [scope] = await own.execute<{ merchant: string }[]>('select app_merchant_id()::text as merchant');
  await own.execute(
    'insert into card_settings (merchant_id, qr_key) values (app_merchant_id(), ?) on conflict (merchant_id) do nothing',
    [sealBytes(randomBytes(32), sealContext.qrKey(scope!.merchant))],
  );
  const [row] = await em.execute<CardSettingsRow[]>('select merchant_id, sms_phone, qr_key from card_settings');
  return row!;
}

/** The merchant's QR signing key, opened. */
export async function qrKey(em: EntityManager): Promise<Buffer> {
  const row = await cardSettingsRow(em);
  return openBytes(row.qr_key, sealContext.qrKey(row.merchant_id));
}
