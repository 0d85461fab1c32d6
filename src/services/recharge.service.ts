import { z } from 'zod';
import { CardType, ActivityStatus, CardChannel, CouponSource } from '../domain/card.enums.js';
import { CardRecharge } from '../entities/card-transaction.entity.js';
import { Coupon } from '../entities/coupon.entity.js';
import type { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, resolveStore } from './actor.js';
import { cardRefShape, commandShape } from './card-input.js';
import {
  checkReplay,
  generateOrderNo,
  moveCardMoney,
  refuseRepeat,
  requireCardValidAt,
  retryOnCollision,
} from './card-ledger.js';
import { eventAppliesTo, requireRechargeEvent } from './card-template.service.js';
import { issueCoupons } from './coupon.service.js';
import { money, parseInput } from './validation.js';
import { bindIdempotencyKey, KeyedOperation } from './idempotency.js';
import { MemberAction, requireMemberAllows } from './member-status.js';
import { requireCard } from './member-card.service.js';
import { moneyEq } from '../domain/card-money.js';
import { rowRef } from './refs.js';

const rechargeSchema = z
  .object({
    ...cardRefShape,
    ...commandShape,
    amount: money.positive,
    bonus: money.nonNegative.default('0.00'),
    eventId: z.string().nullish(),
    proofImageUrl: z.string().trim().max(2048).nullish(),
  })
  .refine((r) => r.channel !== CardChannel.STORE || !!r.proofImageUrl, {
    message: 'A recharge at a store needs the payment proof image.',
    path: ['proofImageUrl'],
  });
export type RechargeData = z.input<typeof rechargeSchema>;

export interface RechargeResult {
  recharge: CardRecharge;
  card: MemberCard;
  coupons: Coupon[];
}

/**
 * Recharges a card: capital and bonus go onto the card as one new lot. With an event, the amount
 * and bonus must equal the event's and the event's coupons are issued in the same transaction; an
 * activity card takes only event recharges. With an idempotency key, a retry returns the first
 * recharge and changes nothing.
 */
export async function rechargeCard(ctx: RequestContext, input: RechargeData): Promise<RechargeResult> {
  const data = parseInput(rechargeSchema, input);
  if (data.idempotencyKey) await bindIdempotencyKey(ctx.em, data.idempotencyKey, KeyedOperation.RECHARGE_CARD);
  const replay = async () => {
    const prior = data.idempotencyKey ? await ctx.em.fork().findOne(CardRecharge, { idempotencyKey: data.idempotencyKey }) : null;
    if (!prior) return null;
    const card = await requireCard(ctx.em, data);
    checkReplay(prior, card.id, data.amount);
    return { recharge: prior, card, coupons: await ctx.em.find(Coupon, { cardRechargeId: prior.id }) };
  };
  const first = await replay();
  if (first) return first;
  try {
    return await retryOnCollision(
      () => ctx.em.transactional((em) => recharge(ctx, em, data)),
      (constraint) => constraint.includes('order_no') || constraint.includes('code'),
    );
  } catch (error) {
    // Two parallel requests with one key: the loser meets the unique key and returns the winner's.
    const again =
      data.idempotencyKey && String((error as { constraint?: string }).constraint ?? '').includes('idempotency')
        ? await replay()
        : null;
    if (again) return again;
    throw error;
  }
}

async function recharge(
  ctx: RequestContext,
  em: RequestContext['em'],
  data: z.output<typeof rechargeSchema>,
): Promise<RechargeResult> {
  const card = await requireCard(em, data, { lock: true });
  await requireMemberAllows(em, card.memberId, MemberAction.EARN);
  const storeId = data.channel === CardChannel.STORE || data.storeId ? await resolveStore(ctx, em, data.storeId) : null;
  const template = await requireCardValidAt(em, card, storeId);
  const event = data.eventId ? await requireRechargeEvent(em, data.eventId) : null;
  if (event) {
    if (!event.active) throw new BusinessError(ErrorCode.RECHARGE_EVENT_INACTIVE, 'This recharge event has ended.', 'eventId');
    if (!(await eventAppliesTo(em, event, template))) {
      throw new BusinessError(ErrorCode.EVENT_NOT_APPLICABLE, 'This recharge event does not apply to this card.', 'eventId');
    }
    if (!moneyEq(event.rechargeAmount, data.amount) || !moneyEq(event.bonusAmount, data.bonus)) {
      throw new BusinessError(
        ErrorCode.EVENT_AMOUNT_MISMATCH,
        `The event recharges ${event.rechargeAmount} with a bonus of ${event.bonusAmount}; the amounts must match.`,
        moneyEq(event.rechargeAmount, data.amount) ? 'bonus' : 'amount',
      );
    }
  } else if (template.type === CardType.ACTIVITY) {
    throw new BusinessError(ErrorCode.EVENT_REQUIRED, 'An activity card is recharged through a recharge event.', 'eventId');
  }
  if (!data.idempotencyKey) {
    await refuseRepeat(em, 'card_recharge', card.id, data.repeatGuardSeconds, {
      amount: data.amount,
      bonus: data.bonus,
      eventId: event?.id ?? null,
    });
  }

  const lot = em.create(CardRecharge, {
    merchantId: ctx.principal.merchantId,
    orderNo: generateOrderNo(1),
    memberCardId: card.id,
    memberId: card.memberId,
    rechargeEventId: event?.id ?? null,
    amount: data.amount,
    bonus: data.bonus,
    capitalRemaining: data.amount,
    bonusRemaining: data.bonus,
    channel: data.channel,
    storeId,
    staffUserId: actorStaffId(ctx),
    proofImageUrl: data.proofImageUrl ?? null,
    note: data.note ?? null,
    activityStatus: template.type === CardType.ACTIVITY ? ActivityStatus.UNUSED : null,
    idempotencyKey: data.idempotencyKey ?? null,
  });
  await em.flush();
  await moveCardMoney(em, card.id, { capital: data.amount, bonus: data.bonus, recharged: data.amount });
  const coupons = event?.couponTemplateId
    ? await issueCoupons(em, ctx, {
        templateId: event.couponTemplateId,
        memberId: card.memberId,
        quantity: event.couponQuantity,
        source: CouponSource.RECHARGE,
        cardRechargeId: lot.id,
      })
    : [];
  return { recharge: lot, card: await em.refreshOrFail(card), coupons };
}

/**
 * Pays the cashback of an activity recharge whose money is all spent: status 3 becomes 5, once.
 * One conditional UPDATE, so two staff pressing the button at once pay it once.
 */
export async function payActivityCashback(ctx: RequestContext, rechargeId: string): Promise<CardRecharge> {
  const ref = rowRef(rechargeId);
  const lot = ref ? await ctx.em.findOne(CardRecharge, ref) : null;
  if (!lot) throw new BusinessError(ErrorCode.ORDER_NOT_FOUND, `No recharge with id ${rechargeId}.`, 'rechargeId');
  const rows = await ctx.em.execute<{ id: string }[]>(
    `update card_recharge set activity_status = 5, cashback_paid_at = now(), cashback_staff_user_id = ?, updated_at = now()
     where id = ? and activity_status = 3 and refunded_at is null returning id`,
    [actorStaffId(ctx), lot.id],
  );
  await ctx.em.refresh(lot);
  if (rows.length) return lot;
  if (lot.activityStatus === null)
    throw new BusinessError(ErrorCode.NOT_AN_ACTIVITY_RECHARGE, 'This recharge is not on an activity card.', 'rechargeId');
  if (lot.refundedAt)
    throw new BusinessError(ErrorCode.ALREADY_REFUNDED, 'This recharge was refunded: no cashback.', 'rechargeId');
  if (lot.activityStatus === ActivityStatus.CASHBACK_PAID) {
    throw new BusinessError(ErrorCode.CASHBACK_ALREADY_PAID, 'The cashback of this recharge was paid already.', 'rechargeId');
  }
  throw new BusinessError(ErrorCode.CASHBACK_NOT_DUE, 'The cashback is due only once the recharge is all spent.', 'rechargeId');
}
