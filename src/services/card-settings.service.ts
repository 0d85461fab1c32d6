import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { cardSettingsRow } from '../request/data/card-settings-row.js';
import { fields, parseInput } from './validation.js';

/** The phone refund codes go to (the merchant's, not the member's). */
export async function smsPhone(em: EntityManager): Promise<string> {
  const phone = (await cardSettingsRow(em)).sms_phone;
  if (!phone)
    throw new BusinessError(ErrorCode.SMS_PHONE_NOT_SET, 'Set the merchant SMS phone in the card settings first.', null);
  return phone;
}

export async function getCardSettings(ctx: RequestContext): Promise<{ smsPhone: string | null }> {
  return { smsPhone: (await cardSettingsRow(ctx.em)).sms_phone };
}

export async function updateCardSettings(
  ctx: RequestContext,
  input: { smsPhone?: string | null },
): Promise<{ smsPhone: string | null }> {
  const data = parseInput(z.object({ smsPhone: fields.mobile.nullish() }), input);
  return ctx.em.transactional(async (em) => {
    await cardSettingsRow(em);
    if (data.smsPhone !== undefined)
      await em.execute('update card_settings set sms_phone = ?, updated_at = now()', [data.smsPhone]);
    return { smsPhone: (await cardSettingsRow(em)).sms_phone };
  });
}
