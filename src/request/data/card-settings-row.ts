import { randomBytes } from 'node:crypto';
import type { EntityManager } from '../../db/orm.js';

export interface CardSettingsRow {
  sms_phone: string | null;
  qr_key: Buffer;
}

/**
 * The merchant's card settings row, created on first use with a fresh 256-bit QR signing key.
 * The key lives in the database per merchant: it survives restarts, needs no operator setup, and a
 * code signed for one merchant never verifies for another.
 */
export async function cardSettingsRow(em: EntityManager): Promise<CardSettingsRow> {
  const [existing] = await em.execute<CardSettingsRow[]>('select sms_phone, qr_key from card_settings');
  if (existing) return existing;
  await em.execute(
    'insert into card_settings (merchant_id, qr_key) values (app_merchant_id(), ?) on conflict (merchant_id) do nothing',
    [randomBytes(32)],
  );
  const [row] = await em.execute<CardSettingsRow[]>('select sms_phone, qr_key from card_settings');
  return row!;
}

/** The merchant's QR signing key. */
export async function qrKey(em: EntityManager): Promise<Buffer> {
  return (await cardSettingsRow(em)).qr_key;
}
