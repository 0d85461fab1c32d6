import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { Invoice } from '../entities/invoice.entity.js';
import type { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, optionalStore } from './actor.js';
import { cardRefShape } from './card-input.js';
import { moveCardMoney } from './card-ledger.js';
import { requireCard } from './member-card.service.js';
import { money, parseInput } from './validation.js';

const invoiceSchema = z.object({
  ...cardRefShape,
  amount: money.positive,
  imageUrl: z.string().trim().max(2048).nullish(),
  storeId: z.string().nullish(),
  note: z.string().trim().max(500).nullish(),
});
export type InvoiceData = z.input<typeof invoiceSchema>;

/** What may still be invoiced on a card: capital recharged − capital refunded − already invoiced. */
export function invoiceable(card: MemberCard): string {
  return new Decimal(card.totalCapitalRecharged).minus(card.totalCapitalRefunded).minus(card.totalInvoiced).toFixed(2);
}

/**
 * Records an invoice against a card. The amount is added to the card's invoiced total by the
 * conditional UPDATE that also enforces refunded + invoiced ≤ recharged, under the card's lock, so
 * two invoices at once cannot together pass the limit.
 */
export async function addInvoice(ctx: RequestContext, input: InvoiceData): Promise<{ invoice: Invoice; card: MemberCard }> {
  const data = parseInput(invoiceSchema, input);
  return ctx.em.transactional(async (em) => {
    const card = await requireCard(em, data, { lock: true });
    const storeId = await optionalStore(ctx, data.storeId);
    if (!(await moveCardMoney(em, card.id, { invoiced: data.amount }))) {
      await em.refresh(card);
      throw new BusinessError(
        ErrorCode.INVOICE_EXCEEDS_INVOICEABLE,
        `At most ${invoiceable(card)} can be invoiced on this card.`,
        'amount',
      );
    }
    const invoice = em.create(Invoice, {
      merchantId: ctx.principal.merchantId,
      memberCardId: card.id,
      memberId: card.memberId,
      amount: data.amount,
      imageUrl: data.imageUrl ?? null,
      storeId,
      staffUserId: actorStaffId(ctx),
      note: data.note ?? null,
    });
    await em.flush();
    return { invoice, card: await em.refreshOrFail(card) };
  });
}
