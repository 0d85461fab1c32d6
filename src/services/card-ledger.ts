import { randomInt } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Decimal } from 'decimal.js';
import type { EntityManager } from '../db/orm.js';
import { CardTemplate } from '../entities/card-template.entity.js';
import type { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { LINKS, linkedIds } from '../request/data/links.js';

/** Changes to a card's cached money columns; omitted ones stay. Amounts are decimal strings. */
export interface CardDelta {
  capital?: string;
  bonus?: string;
  recharged?: string;
  refunded?: string;
  invoiced?: string;
}

/**
 * Applies a change to a card's money in one conditional UPDATE: it happens only if no balance goes
 * below zero and refunded + invoiced capital stays within what was recharged; otherwise nothing
 * changes and false is returned. Callers hold the card's row lock; the CHECK constraints of the
 * table are the last line behind this.
 */
export async function moveCardMoney(em: EntityManager, cardId: string, delta: CardDelta): Promise<boolean> {
  const v = (x?: string) => x ?? '0';
  const rows = await em.execute<{ id: string }[]>(
    `update member_card set
       capital = capital + ?::numeric, bonus = bonus + ?::numeric,
       total_capital_recharged = total_capital_recharged + ?::numeric,
       total_capital_refunded = total_capital_refunded + ?::numeric,
       total_invoiced = total_invoiced + ?::numeric,
       updated_at = now()
     where id = ? and capital + ?::numeric >= 0 and bonus + ?::numeric >= 0
       and total_capital_refunded + ?::numeric + total_invoiced + ?::numeric <= total_capital_recharged + ?::numeric
     returning id`,
    [
      v(delta.capital),
      v(delta.bonus),
      v(delta.recharged),
      v(delta.refunded),
      v(delta.invoiced),
      cardId,
      v(delta.capital),
      v(delta.bonus),
      v(delta.refunded),
      v(delta.invoiced),
      v(delta.recharged),
    ],
  );
  return rows.length === 1;
}

/**
 * Moves money out of (negative) or back into (positive) one recharge lot and keeps its activity
 * status in step: 1 untouched, 2 partly spent, 3 all spent (cashback due). A lot whose cashback was
 * paid (5) takes no money back: false is returned and nothing changes. A refunded lot keeps its
 * status (the refund marks it refunded before emptying it).
 */
export async function moveLot(em: EntityManager, lotId: string, capital: string, bonus: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update card_recharge set
       capital_remaining = capital_remaining + ?::numeric,
       bonus_remaining = bonus_remaining + ?::numeric,
       activity_status = case
         when activity_status is null then null
         -- A refunded recharge keeps its status: emptied by its refund, it is not spent (no cashback).
         when refunded_at is not null then activity_status
         when capital_remaining + ?::numeric = 0 and bonus_remaining + ?::numeric = 0 then 3
         when capital_remaining + ?::numeric = amount and bonus_remaining + ?::numeric = bonus then 1
         else 2 end,
       updated_at = now()
     where id = ? and activity_status is distinct from 5
       and capital_remaining + ?::numeric between 0 and amount and bonus_remaining + ?::numeric between 0 and bonus
     returning id`,
    [capital, bonus, capital, bonus, capital, bonus, lotId, capital, bonus],
  );
  return rows.length === 1;
}

export const negate = (amount: string) => new Decimal(amount).neg().toFixed(2);

/** Order numbers: a kind digit (1 recharge, 2 spend), yyMMdd, then 9 random digits. */
export function generateOrderNo(kind: 1 | 2, now = new Date()): string {
  const date = now.toISOString().slice(2, 10).replaceAll('-', '');
  return `${kind}${date}${String(randomInt(0, 10 ** 9)).padStart(9, '0')}`;
}

/** Retries a whole command when it loses a race on a generated unique value (an order number). */
export async function retryOnCollision<T>(run: () => Promise<T>, isCollision: (constraint: string) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const constraint = String((error as { constraint?: string }).constraint ?? (error as Error).message);
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 3 || !isCollision(constraint)) throw error;
    }
  }
}

/** Refuses a store the card's template is not valid at (a template without stores is valid everywhere). */
export async function requireCardValidAt(
  em: EntityManager,
  card: MemberCard,
  storeId: string | null,
  field = 'storeId',
): Promise<CardTemplate> {
  const template = await em.findOneOrFail(CardTemplate, { id: card.cardTemplateId });
  if (storeId) {
    const stores = (await linkedIds(em, LINKS.cardTemplateStores, [template.id])).get(template.id)!;
    if (stores.length && !stores.includes(storeId)) {
      throw new BusinessError(ErrorCode.CARD_NOT_VALID_AT_STORE, 'This card is not valid at that store.', field);
    }
  }
  return template;
}

/**
 * For commands without an idempotency key that asked for it (`repeatGuardSeconds`): refuses the
 * command when the card already got the same one (same amount, and for recharges the same bonus and
 * event) within that many seconds and it was not refunded. Runs under the card's row lock, so of
 * two identical commands sent together the second sees the first.
 */
export async function refuseRepeat(
  em: EntityManager,
  table: 'card_recharge' | 'card_spend',
  cardId: string,
  seconds: number | null | undefined,
  same: { amount: string; bonus?: string; eventId?: string | null },
): Promise<void> {
  if (!seconds) return;
  const extra = table === 'card_recharge' ? ' and bonus = ?::numeric and recharge_event_id is not distinct from ?::uuid' : '';
  const params: unknown[] = [cardId, same.amount, seconds];
  if (table === 'card_recharge') params.push(same.bonus ?? '0', same.eventId ?? null);
  const [prior] = await em.execute<{ orderNo: string; age: number }[]>(
    `select order_no as "orderNo", extract(epoch from clock_timestamp() - created_at)::int as age from ${table}
     where member_card_id = ? and amount = ?::numeric and created_at > clock_timestamp() - make_interval(secs => ?)
       and refunded_at is null${extra}
     order by created_at desc limit 1`,
    params,
  );
  if (prior) {
    throw new BusinessError(
      ErrorCode.REPEATED_COMMAND,
      `The same ${table === 'card_spend' ? 'spend' : 'recharge'} of this card was recorded ${prior.age} s ago (order ${prior.orderNo}); ` +
        `send it again with a request id if it is a new one.`,
      'amount',
    );
  }
}

/** Looks up a prior command by its idempotency key; a key reused for something else is refused. */
export function checkReplay<T extends { memberCardId: string; amount: string }>(
  prior: T | null,
  cardId: string,
  amount: string,
): T | null {
  if (!prior) return null;
  if (prior.memberCardId !== cardId || !new Decimal(prior.amount).eq(amount)) {
    throw new BusinessError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was used for another request.',
      'idempotencyKey',
    );
  }
  return prior;
}
