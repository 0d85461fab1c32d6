import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { CardSettings, CardSettingsInput, CardSettingsPayload, SmsCodePayload } from '../schema/card.types.js';
import * as settings from '../services/card-settings.service.js';
import { sendSmsCode } from '../services/sms/sms-code.service.js';
import { payload } from './payload.js';

/** 13812345678 → 138****5678: enough for staff to recognise the phone, no more. */
const maskPhone = (phone: string) => (phone.length > 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** The merchant's card settings and the refund SMS code. */
@Resolver()
export class CardSettingsResolver {
  @Query(() => CardSettings)
  cardSettings(@Ctx() ctx: RequestContext) {
    return settings.getCardSettings(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CardSettingsPayload)
  updateCardSettings(@Ctx() ctx: RequestContext, @Arg('input', () => CardSettingsInput) input: CardSettingsInput) {
    return payload(async () => ({ settings: await settings.updateCardSettings(ctx, input) }));
  }

  @Authorized(Permission.CARD_REFUND)
  @Mutation(() => SmsCodePayload, { description: "Sends a refund confirmation code to the merchant's SMS phone (legacy 3.8)." })
  sendRefundSmsCode(@Ctx() ctx: RequestContext) {
    return payload(async () => {
      const sent = await sendSmsCode(ctx, 'REFUND');
      return { sentTo: maskPhone(sent.phone), expiresAt: sent.expiresAt };
    });
  }
}
