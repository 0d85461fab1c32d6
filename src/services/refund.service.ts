import { CardRecharge, CardRefund, CardSpend } from '../entities/card-transaction.entity.js';
import { RefundKind } from '../domain/card.enums.js';
import type { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, optionalStore } from './actor.js';
import { moveCardMoney, moveLot, negate } from './card-ledger.js';
import { requireCard } from './member-card.service.js';
import { checkSmsCode, consumeSmsCode } from './sms/sms-code.service.js';
import { EventType } from '../domain/event.enums.js';
import { cardEvent, eventActor, recordEvent } from './outbox.js';

export interface RefundInput {
  orderNo: string;
  smsCode: string;
  storeId?: string | null;
  note?: string | null;
}

export interface RefundResult {
  refund: CardRefund;
  card: MemberCard;
}

const alreadyRefunded = () => new BusinessError(ErrorCode.ALREADY_REFUNDED, 'This order was refunded already.', 'orderNo');

/** The order to refund, refused early (before an SMS attempt is spent) when unknown or refunded. */
function requireOrder<T extends { refundedAt: Date | null }>(order: T | null, orderNo: string): T {
  if (!order) throw new BusinessError(ErrorCode.ORDER_NOT_FOUND, `No such order ${orderNo}.`, 'orderNo');
  if (order.refundedAt) throw alreadyRefunded();
  return order;
}

/** Marks an order refunded in one conditional UPDATE: of two parallel refunds, one wins. */
async function markRefunded(em: RequestContext['em'], table: 'card_spend' | 'card_recharge', id: string): Promise<void> {
  const rows = await em.execute(
    `update ${table} set refunded_at = now(), updated_at = now() where id = ? and refunded_at is null returning id`,
    [id],
  );
  if (!rows.length) throw alreadyRefunded();
}

/** The card after a refund, and the refund's event in the same transaction. */
async function refunded(
  ctx: RequestContext,
  em: RequestContext['em'],
  card: MemberCard,
  refund: CardRefund,
): Promise<MemberCard> {
  const after = await em.refreshOrFail(card);
  await recordEvent(
    em,
    eventActor(ctx),
    cardEvent(EventType.CARD_REFUNDED, after, {
      refund: {
        id: refund.id,
        kind: refund.kind,
        orderNo: refund.orderNo,
        amount: refund.amount,
        capital: refund.capital,
        bonus: refund.bonus,
        storeId: refund.storeId,
      },
    }),
  );
  return after;
}

/**
 * Refunds a spend: exactly what it took goes back onto the card, capital and bonus, into the very
 * lots it came from. Confirmed by the merchant's SMS code; an order refunds once.
 */
export async function refundSpend(ctx: RequestContext, input: RefundInput): Promise<RefundResult> {
  const spend = requireOrder(await ctx.em.findOne(CardSpend, { orderNo: input.orderNo.trim() }), input.orderNo);
  const smsCodeId = await checkSmsCode(ctx, 'REFUND', input.smsCode);
  return ctx.em.transactional(async (em) => {
    const card = await requireCard(em, { cardId: spend.memberCardId }, { lock: true });
    await markRefunded(em, 'card_spend', spend.id);
    const allocations = await em.execute<{ id: string; capital: string; bonus: string }[]>(
      'select card_recharge_id as id, capital::text as capital, bonus::text as bonus from card_spend_allocation where card_spend_id = ?',
      [spend.id],
    );
    for (const a of allocations) {
      if (!(await moveLot(em, a.id, a.capital, a.bonus))) {
        throw new BusinessError(
          ErrorCode.REFUND_AFTER_CASHBACK,
          'The spend took from an activity recharge whose cashback was paid.',
          'orderNo',
        );
      }
    }
    await moveCardMoney(em, card.id, { capital: spend.capitalPart, bonus: spend.bonusPart });
    await consumeSmsCode(em, smsCodeId);
    const refund = em.create(CardRefund, {
      merchantId: ctx.principal.merchantId,
      kind: RefundKind.SPEND,
      cardSpendId: spend.id,
      orderNo: spend.orderNo,
      memberCardId: card.id,
      memberId: card.memberId,
      amount: spend.amount,
      capital: spend.capitalPart,
      bonus: spend.bonusPart,
      storeId: await optionalStore(ctx, input.storeId),
      staffUserId: actorStaffId(ctx),
      smsCodeId,
      note: input.note?.trim() || null,
    });
    await em.flush();
    return { refund, card: await refunded(ctx, em, card, refund) };
  });
}

/**
 * Refunds a recharge: what remains of its capital goes back to the customer and what remains of
 * its bonus is withdrawn; what was spent stays spent. Its unused event coupons are voided. Capital
 * that was invoiced cannot be refunded (the card's refunded + invoiced capital must stay within
 * what was recharged).
 */
export async function refundRecharge(ctx: RequestContext, input: RefundInput): Promise<RefundResult> {
  const recharge = requireOrder(await ctx.em.findOne(CardRecharge, { orderNo: input.orderNo.trim() }), input.orderNo);
  const smsCodeId = await checkSmsCode(ctx, 'REFUND', input.smsCode);
  return ctx.em.transactional(async (em) => {
    const card = await requireCard(em, { cardId: recharge.memberCardId }, { lock: true });
    await markRefunded(em, 'card_recharge', recharge.id);
    const [lot] = await em.execute<{ capital: string; bonus: string }[]>(
      'select capital_remaining::text as capital, bonus_remaining::text as bonus from card_recharge where id = ?',
      [recharge.id],
    );
    const { capital, bonus } = lot!;
    // A lot whose cashback was paid is empty: its refund moves nothing and needs no lot update.
    if (capital !== '0.00' || bonus !== '0.00') await moveLot(em, recharge.id, negate(capital), negate(bonus));
    if (!(await moveCardMoney(em, card.id, { capital: negate(capital), bonus: negate(bonus), refunded: capital }))) {
      throw new BusinessError(
        ErrorCode.REFUND_EXCEEDS_INVOICEABLE,
        'Part of this capital was invoiced and cannot be refunded.',
        'orderNo',
      );
    }
    await em.execute(`update coupon set status = 'VOID', updated_at = now() where card_recharge_id = ? and status = 'UNUSED'`, [
      recharge.id,
    ]);
    await consumeSmsCode(em, smsCodeId);
    const refund = em.create(CardRefund, {
      merchantId: ctx.principal.merchantId,
      kind: RefundKind.RECHARGE,
      cardRechargeId: recharge.id,
      orderNo: recharge.orderNo,
      memberCardId: card.id,
      memberId: card.memberId,
      amount: capital,
      capital,
      bonus,
      storeId: await optionalStore(ctx, input.storeId),
      staffUserId: actorStaffId(ctx),
      smsCodeId,
      note: input.note?.trim() || null,
    });
    await em.flush();
    return { refund, card: await refunded(ctx, em, card, refund) };
  });
}
