import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import {
  CashbackPayload,
  RechargeCardInput,
  RechargePayload,
  RefundInput,
  RefundPayload,
  SpendFromCardInput,
  SpendPayload,
} from '../schema/card-money.types.js';
import { AddInvoiceInput, InvoicePayload } from '../schema/invoice.types.js';
import { addInvoice } from '../services/invoice.service.js';
import { payActivityCashback, rechargeCard } from '../services/recharge.service.js';
import { refundRecharge, refundSpend } from '../services/refund.service.js';
import { spendFromCard } from '../services/spend.service.js';
import { payload } from './payload.js';

/** Drops GraphQL nulls of optional fields with defaults, so the service's defaults apply. */
const withDefaults = <T extends { channel?: unknown; bonus?: unknown }>(input: T) => ({
  ...input,
  channel: input.channel ?? undefined,
  ...('bonus' in input ? { bonus: input.bonus ?? undefined } : {}),
});

/** Commands that move a card's money; each is one transaction under the card's row lock. */
@Resolver()
export class CardMoneyResolver {
  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => RechargePayload, { description: 'Legacy 3.5.' })
  rechargeCard(@Ctx() ctx: RequestContext, @Arg('input', () => RechargeCardInput) input: RechargeCardInput) {
    return payload(() => rechargeCard(ctx, withDefaults(input) as Parameters<typeof rechargeCard>[1]));
  }

  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => SpendPayload, { description: 'Legacy 3.6.' })
  spendFromCard(@Ctx() ctx: RequestContext, @Arg('input', () => SpendFromCardInput) input: SpendFromCardInput) {
    return payload(() => spendFromCard(ctx, withDefaults(input) as Parameters<typeof spendFromCard>[1]));
  }

  @Authorized(Permission.CARD_REFUND)
  @Mutation(() => RefundPayload, { description: 'Refunds a spend by its order number, with the SMS code (legacy 3.7).' })
  refundSpend(@Ctx() ctx: RequestContext, @Arg('input', () => RefundInput) input: RefundInput) {
    return payload(() => refundSpend(ctx, input));
  }

  @Authorized(Permission.CARD_REFUND)
  @Mutation(() => RefundPayload, { description: 'Refunds what remains of a recharge, with the SMS code (legacy 3.9).' })
  refundRecharge(@Ctx() ctx: RequestContext, @Arg('input', () => RefundInput) input: RefundInput) {
    return payload(() => refundRecharge(ctx, input));
  }

  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => CashbackPayload, { description: 'Activity recharge cashback: status 3 → 5, once (legacy 4.6).' })
  payActivityCashback(@Ctx() ctx: RequestContext, @Arg('rechargeId', () => ID) rechargeId: string) {
    return payload(async () => ({ recharge: await payActivityCashback(ctx, rechargeId) }));
  }

  @Authorized(Permission.CARD_OPERATE)
  @Mutation(() => InvoicePayload, { description: 'Legacy 8.2.' })
  addInvoice(@Ctx() ctx: RequestContext, @Arg('input', () => AddInvoiceInput) input: AddInvoiceInput) {
    return payload(() => addInvoice(ctx, input));
  }
}
