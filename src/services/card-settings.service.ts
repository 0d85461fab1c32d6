import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../graphql/context.js';
import { openBytes, sealBytes, sealContext } from './secret-box.js';
import { fields, parseInput } from './validation.js';

/**
 * The merchant's card settings row, created on first use with a fresh 256-bit QR signing key.
 * The key lives in the database per merchant: it survives restarts, needs no operator setup, and a
 * code signed for one merchant never verifies for another.
 */
type SettingsRow = { merchant_id: string; sms_phone: string | null; qr_key: Buffer };

async function settingsRow(em: EntityManager): Promise<SettingsRow> {
  const [existing] = await em.execute<SettingsRow[]>('select merchant_id, sms_phone, qr_key from card_settings');
  if (existing) return existing;
  // The QR key is stored sealed (secret-box.ts), bound to its merchant.
  const [{ merchant }] = await em.execute<{ merchant: string }[]>('select app_merchant_id()::text as merchant');
  await em.execute(
    'insert into card_settings (merchant_id, qr_key) values (app_merchant_id(), ?) on conflict (merchant_id) do nothing',
    [sealBytes(randomBytes(32), sealContext.qrKey(merchant))],
  );
  const [row] = await em.execute<SettingsRow[]>('select merchant_id, sms_phone, qr_key from card_settings');
  return row!;
}

export async function qrKey(em: EntityManager): Promise<Buffer> {
  const row = await settingsRow(em);
  return openBytes(row.qr_key, sealContext.qrKey(row.merchant_id));
}

/** The phone refund codes go to (the merchant's, not the member's). */
export async function smsPhone(em: EntityManager): Promise<string> {
  const phone = (await settingsRow(em)).sms_phone;
  if (!phone)
    throw new BusinessError(ErrorCode.SMS_PHONE_NOT_SET, 'Set the merchant SMS phone in the card settings first.', null);
  return phone;
}

export async function getCardSettings(ctx: RequestContext): Promise<{ smsPhone: string | null }> {
  return { smsPhone: (await settingsRow(ctx.em)).sms_phone };
}

export async function updateCardSettings(
  ctx: RequestContext,
  input: { smsPhone?: string | null },
): Promise<{ smsPhone: string | null }> {
  const data = parseInput(z.object({ smsPhone: fields.mobile.nullish() }), input);
  return ctx.em.transactional(async (em) => {
    await settingsRow(em);
    if (data.smsPhone !== undefined)
      await em.execute('update card_settings set sms_phone = ?, updated_at = now()', [data.smsPhone]);
    return { smsPhone: (await settingsRow(em)).sms_phone };
  });
}
