import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { allocateOldestFirst, splitSpend } from '../domain/card-money.js';
import { CardChannel } from '../domain/card.enums.js';
import { CardSpend } from '../entities/card-transaction.entity.js';
import { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, resolveStore } from './actor.js';
import { cardRefShape, commandShape } from './card-input.js';
import {
  checkReplay,
  generateOrderNo,
  moveCardMoney,
  moveLot,
  negate,
  refuseRepeat,
  requireCardValidAt,
  retryOnCollision,
} from './card-ledger.js';
import { bindIdempotencyKey, KeyedOperation } from './idempotency.js';
import { MemberAction, requireMemberAllows } from './member-status.js';
import { checkCardPassword, requireCard } from './member-card.service.js';
import { money, parseInput } from './validation.js';

const spendSchema = z.object({
  ...cardRefShape,
  ...commandShape,
  amount: money.positive,
  password: z.string().min(1, 'Give the card password.').max(200),
});
export type SpendData = z.input<typeof spendSchema>;

export interface SpendResult {
  spend: CardSpend;
  card: MemberCard;
}

const insufficient = (balance: string) =>
  new BusinessError(ErrorCode.INSUFFICIENT_BALANCE, `The card holds only ${balance}.`, 'amount');

/**
 * Spends from a card. The password is checked first, outside the transaction (scrypt is slow and
 * must not hold the row lock). Then, under the card's row lock: the balance is re-read, the amount
 * is split between capital and bonus in proportion (see domain/card-money.ts), taken from the
 * recharge lots oldest first, and written with conditional UPDATEs that refuse to go below zero.
 * Parallel spends on one card queue on the lock, so together they never take more than the balance.
 */
export async function spendFromCard(ctx: RequestContext, input: SpendData): Promise<SpendResult> {
  const data = parseInput(spendSchema, input);
  const card = await requireCard(ctx.em, data);
  // The password first, even for a retry: an idempotency key must not stand in for it.
  await checkCardPassword(ctx, card, data.password);
  if (data.idempotencyKey) {
    await bindIdempotencyKey(ctx.em, data.idempotencyKey, KeyedOperation.SPEND_FROM_CARD);
    const prior = checkReplay(
      await ctx.em.fork().findOne(CardSpend, { idempotencyKey: data.idempotencyKey }),
      card.id,
      data.amount,
    );
    if (prior) return { spend: prior, card };
  }
  // After the replay: a retry of a spend made before a suspension still answers as it did.
  await requireMemberAllows(ctx.em, card.memberId, MemberAction.SPEND);
  // Cheap refusal before any lock; the locked re-check below is the one that counts.
  const balance = new Decimal(card.capital).plus(card.bonus);
  if (balance.lt(data.amount)) throw insufficient(balance.toFixed(2));
  try {
    return await retryOnCollision(
      () => ctx.em.transactional((em) => spend(ctx, em, card.id, data)),
      (constraint) => constraint.includes('order_no'),
    );
  } catch (error) {
    if (data.idempotencyKey && String((error as { constraint?: string }).constraint ?? '').includes('idempotency')) {
      const prior = await ctx.em.fork().findOne(CardSpend, { idempotencyKey: data.idempotencyKey });
      if (prior)
        return {
          spend: checkReplay(prior, card.id, data.amount)!,
          card: await ctx.em.fork().findOneOrFail(MemberCard, { id: card.id }),
        };
    }
    throw error;
  }
}

async function spend(
  ctx: RequestContext,
  em: RequestContext['em'],
  cardId: string,
  data: z.output<typeof spendSchema>,
): Promise<SpendResult> {
  const card = await requireCard(em, { cardId }, { lock: true });
  await em.refresh(card);
  const storeId = data.channel === CardChannel.STORE || data.storeId ? await resolveStore(ctx, em, data.storeId) : null;
  await requireCardValidAt(em, card, storeId);
  const balance = new Decimal(card.capital).plus(card.bonus);
  if (balance.lt(data.amount)) throw insufficient(balance.toFixed(2));
  if (!data.idempotencyKey) await refuseRepeat(em, 'card_spend', card.id, data.repeatGuardSeconds, { amount: data.amount });

  const parts = splitSpend(data.amount, card.capital, card.bonus);
  const lots = await em.execute<{ id: string; capitalRemaining: string; bonusRemaining: string }[]>(
    `select id, capital_remaining::text as "capitalRemaining", bonus_remaining::text as "bonusRemaining" from card_recharge
     where member_card_id = ? and (capital_remaining > 0 or bonus_remaining > 0) order by created_at, id`,
    [card.id],
  );
  const allocations = allocateOldestFirst(lots, parts.capital, parts.bonus);
  const record = em.create(CardSpend, {
    merchantId: ctx.principal.merchantId,
    orderNo: generateOrderNo(2),
    memberCardId: card.id,
    memberId: card.memberId,
    amount: data.amount,
    capitalPart: parts.capital,
    bonusPart: parts.bonus,
    channel: data.channel,
    storeId,
    staffUserId: actorStaffId(ctx),
    note: data.note ?? null,
    idempotencyKey: data.idempotencyKey ?? null,
  });
  await em.flush();
  for (const a of allocations) {
    if (!(await moveLot(em, a.id, negate(a.capital), negate(a.bonus)))) throw insufficient(balance.toFixed(2));
    await em.execute(
      'insert into card_spend_allocation (merchant_id, card_spend_id, card_recharge_id, capital, bonus) values (app_merchant_id(), ?, ?, ?, ?)',
      [record.id, a.id, a.capital, a.bonus],
    );
  }
  if (!(await moveCardMoney(em, card.id, { capital: negate(parts.capital), bonus: negate(parts.bonus) })))
    throw insufficient(balance.toFixed(2));
  return { spend: record, card: await em.refreshOrFail(card) };
}
