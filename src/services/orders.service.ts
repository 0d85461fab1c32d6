import { sql } from 'kysely';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import { PointsOrder } from '../entities/points-order.entity.js';
import { PointsEntry } from '../entities/points.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { revocablePoints } from '../domain/order-rules.js';
import type { RequestContext } from '../request/context.js';
import { applyLedgerChange, type LedgerCommand, type LedgerOutcome } from './ledger-statement.js';
import { KeyedOperation } from './idempotency.js';
import { MemberAction } from './member-status.js';
import {
  balanceAfter,
  fingerprintOf,
  ledgerFields,
  normalizeAmount,
  requireMemberId,
  settle,
  type BalanceView,
  type Settled,
} from './ledger-outcome.js';
import { POINTS_ORDER_ORDERS, pointsOrderWhereSql, scopeId } from './filters/lists.js';
import { entityPage, listOrder } from './filters/pages.js';
import type { ListResult, PageQuery } from './paging.js';
import { parseInput } from './validation.js';

/**
 * The `ord` CTEs of the ledger statement (see ledger-statement.ts). Each updates the order row
 * under its lock and returns the deltas the balance must take; a condition that fails returns no
 * row and the statement changes nothing. Parameters are prefixed `o_`.
 */
export const orderCtes = {
  /** changePoints with an order id: the order remembers what it earned or spent, for the return. */
  record(orderNo: string, earned: string, spent: string): NonNullable<LedgerCommand['orderCte']> {
    return {
      sql: `insert into points_order (id, merchant_id, member_id, order_no, earned, spent)
            select gen_random_uuid(), app_merchant_id(), :member, :o_no, :o_earned::numeric, :o_spent::numeric from go
            on conflict (merchant_id, member_id, order_no) do update
               set earned = points_order.earned + excluded.earned, spent = points_order.spent + excluded.spent, updated_at = now()
             where points_order.returned_at is null
            returning :o_earned::numeric as earned_delta, :o_spent::numeric as used_delta`,
      params: { o_no: orderNo, o_earned: earned, o_spent: spent },
    };
  },
  /** One consumption per order; an order that only earned so far may still take it. */
  consume(orderNo: string, amount: string, fingerprint: string): NonNullable<LedgerCommand['orderCte']> {
    return {
      sql: `insert into points_order (id, merchant_id, member_id, order_no, spent, consume_fingerprint, consumed_at)
            select gen_random_uuid(), app_merchant_id(), :member, :o_no, :o_amount::numeric, :o_fp, now() from go
            on conflict (merchant_id, member_id, order_no) do update
               set spent = points_order.spent + excluded.spent, consume_fingerprint = excluded.consume_fingerprint,
                   consumed_at = excluded.consumed_at, updated_at = now()
             where points_order.consume_fingerprint is null and points_order.returned_at is null
            returning 0 as earned_delta, :o_amount::numeric as used_delta`,
      params: { o_no: orderNo, o_amount: amount, o_fp: fingerprint },
    };
  },
  /** Gives back `amount` of what the order spent (all that is left when null), never more. */
  revoke(orderNo: string, amount: string | null): NonNullable<LedgerCommand['orderCte']> {
    // `cur` is the row as locked just before this update, so "all that is left" is exact even
    // when another revoke committed while this one waited. `remaining` is revocablePoints
    // (domain/order-rules.ts), applied here where the row is locked.
    return {
      sql: `update points_order o
               set spent_reversed = o.spent_reversed + coalesce(:o_amount::numeric, cur.remaining), updated_at = now()
              from (select p.id, p.spent - p.spent_reversed as remaining from points_order p, go
                     where p.member_id = :member and p.order_no = :o_no for update of p) cur
             where o.id = cur.id and o.returned_at is null and o.spent > 0 and cur.remaining > 0
               and coalesce(:o_amount::numeric, cur.remaining) <= cur.remaining
            returning 0 as earned_delta, -coalesce(:o_amount::numeric, cur.remaining) as used_delta`,
      params: { o_no: orderNo, o_amount: amount },
    };
  },
  /** Reverses everything the order still holds, earned and spent, once. */
  return(orderNo: string): NonNullable<LedgerCommand['orderCte']> {
    // SET expressions read the row as it was, so returned_* capture what is being reversed.
    return {
      sql: `update points_order o
               set returned_spent = o.spent - o.spent_reversed, returned_earned = o.earned - o.earned_reversed,
                   spent_reversed = o.spent, earned_reversed = o.earned, returned_at = now(), updated_at = now()
              from go
             where o.member_id = :member and o.order_no = :o_no and o.returned_at is null
            returning -o.returned_earned as earned_delta, -o.returned_spent as used_delta`,
      params: { o_no: orderNo },
    };
  },
};

export function findOrderRow(em: EntityManager, memberId: string, orderNo: string): Promise<PointsOrder | null> {
  return em.findOne(PointsOrder, { memberId, orderNo }, { refresh: true });
}

const insufficient = () => new BusinessError(ErrorCode.INSUFFICIENT_POINTS, 'The member does not have enough points.', 'amount');

/** Why an order operation changed nothing, read after the fact (the statement's own view is gone). */
export async function explainOrderRefusal(
  em: EntityManager,
  memberId: string,
  orderNo: string,
  intent: 'record' | 'revoke' | 'return',
): Promise<BusinessError> {
  const order = await findOrderRow(em, memberId, orderNo);
  if (!order) return new BusinessError(ErrorCode.ORDER_NOT_FOUND, `The member has no order ${orderNo}.`, 'orderId');
  if (order.returnedAt) return new BusinessError(ErrorCode.ORDER_ALREADY_RETURNED, `Order ${orderNo} was returned.`, 'orderId');
  if (intent === 'revoke' && new Decimal(order.spent).isZero()) {
    return new BusinessError(ErrorCode.ORDER_NOT_PAID, `Order ${orderNo} spent no points.`, 'orderId');
  }
  const left = revocablePoints(order);
  if (intent === 'revoke') {
    return new BusinessError(
      ErrorCode.ORDER_NOT_REVOCABLE,
      `Order ${orderNo} has ${left.toFixed(2)} points left to revoke.`,
      left.isZero() ? 'orderId' : 'amount',
    );
  }
  return insufficient();
}

export interface OrderResult {
  order: PointsOrder;
  entry: PointsEntry;
  balance: BalanceView;
  replayed: boolean;
}

/** Consume and return lock by order and take no key: a busy order is reported on `orderId`. */
const settleByOrder = (em: EntityManager, outcome: LedgerOutcome<PointsEntry>, refused: () => Promise<Settled<PointsEntry>>) =>
  settle(em, 'points', outcome, null, refused, 'orderId');

const consumeSchema = z.object({
  memberId: z.string(),
  orderId: ledgerFields.orderId,
  amount: ledgerFields.amount,
  operationType: z.nativeEnum(PointsOperationType).nullish(),
  description: ledgerFields.text(200).nullish(),
  remark: ledgerFields.text(500).nullish(),
});

/** Spends points on an order (cpoint-inner consume). The order id is the idempotency key. */
export async function consumePointsForOrder(ctx: RequestContext, input: z.input<typeof consumeSchema>): Promise<OrderResult> {
  const data = parseInput(consumeSchema, input);
  requireMemberId(data.memberId);
  const fingerprint = fingerprintOf('consumePointsForOrder', { ...data, amount: normalizeAmount(data.amount) });
  const outcome = await applyLedgerChange<PointsEntry>(ctx.em, {
    ledger: 'points',
    memberId: data.memberId,
    lock: { scope: 'points_order', key: `${data.memberId}:${data.orderId}` },
    memberAction: MemberAction.SPEND,
    orderCte: orderCtes.consume(data.orderId, data.amount, fingerprint),
    fields: fieldsFor(ctx, data, LedgerSource.ORDER_CONSUME, data.operationType ?? PointsOperationType.POINTS_PAYMENT),
  });
  const settled = await settleByOrder(ctx.em, outcome, async () => {
    if (outcome.orderRolledBack) throw insufficient();
    const order = await findOrderRow(ctx.em, data.memberId, data.orderId);
    if (order?.returnedAt)
      throw new BusinessError(ErrorCode.ORDER_ALREADY_RETURNED, `Order ${data.orderId} was returned.`, 'orderId');
    if (order?.consumeFingerprint !== fingerprint) {
      throw new BusinessError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `Order ${data.orderId} already consumed points with other content.`,
        'orderId',
      );
    }
    const entry = await ctx.em.findOneOrFail(PointsEntry, {
      memberId: data.memberId,
      orderNo: data.orderId,
      source: LedgerSource.ORDER_CONSUME,
    });
    return { entry, replayed: true };
  });
  return finish(ctx, data.memberId, data.orderId, outcome, settled);
}

const revokeSchema = z.object({
  memberId: z.string(),
  orderId: ledgerFields.orderId,
  amount: ledgerFields.amount.nullish(),
  idempotencyKey: ledgerFields.idempotencyKey.nullish(),
  description: ledgerFields.text(200).nullish(),
  remark: ledgerFields.text(500).nullish(),
});

/** Gives back part or all of what an order spent (cpoint-inner revoke); never more than it spent. */
export async function revokeOrderPoints(ctx: RequestContext, input: z.input<typeof revokeSchema>): Promise<OrderResult> {
  const { idempotencyKey, ...data } = parseInput(revokeSchema, input);
  requireMemberId(data.memberId);
  const fingerprint = idempotencyKey
    ? fingerprintOf('revokeOrderPoints', { ...data, amount: normalizeAmount(data.amount) })
    : null;
  const outcome = await applyLedgerChange<PointsEntry>(ctx.em, {
    ledger: 'points',
    memberId: data.memberId,
    idempotency:
      idempotencyKey && fingerprint ? { key: idempotencyKey, fingerprint, operation: KeyedOperation.REVOKE_ORDER_POINTS } : null,
    orderCte: orderCtes.revoke(data.orderId, data.amount ?? null),
    fields: fieldsFor(ctx, data, LedgerSource.ORDER_REVOKE, PointsOperationType.POINTS_PAYMENT_REFUND),
  });
  const settled = await settle(ctx.em, 'points', outcome, fingerprint, async () => {
    throw await explainOrderRefusal(ctx.em, data.memberId, data.orderId, 'revoke');
  });
  return finish(ctx, data.memberId, data.orderId, outcome, settled);
}

const returnSchema = z.object({
  memberId: z.string(),
  orderId: ledgerFields.orderId,
  operationType: z.nativeEnum(PointsOperationType).nullish(),
  activityCode: ledgerFields.text(64).nullish(),
  remark: ledgerFields.text(500).nullish(),
});

/**
 * Reverses what an order still holds (partner-openapi returnScore): its earned points are taken
 * back and its spent points given back, as one entry, once. A second return answers the first.
 */
export async function returnOrderPoints(ctx: RequestContext, input: z.input<typeof returnSchema>): Promise<OrderResult> {
  const data = parseInput(returnSchema, input);
  requireMemberId(data.memberId);
  const outcome = await applyLedgerChange<PointsEntry>(ctx.em, {
    ledger: 'points',
    memberId: data.memberId,
    lock: { scope: 'points_order', key: `${data.memberId}:${data.orderId}` },
    orderCte: orderCtes.return(data.orderId),
    fields: fieldsFor(ctx, data, LedgerSource.ORDER_RETURN, data.operationType ?? null),
  });
  const settled = await settleByOrder(ctx.em, outcome, async () => {
    if (outcome.orderRolledBack) throw insufficient();
    const order = await findOrderRow(ctx.em, data.memberId, data.orderId);
    if (!order?.returnedAt) throw await explainOrderRefusal(ctx.em, data.memberId, data.orderId, 'return');
    const entry = await ctx.em.findOneOrFail(PointsEntry, {
      memberId: data.memberId,
      orderNo: data.orderId,
      source: LedgerSource.ORDER_RETURN,
    });
    return { entry, replayed: true };
  });
  return finish(ctx, data.memberId, data.orderId, outcome, settled);
}

function fieldsFor(
  ctx: RequestContext,
  data: { orderId: string; description?: string | null; remark?: string | null; activityCode?: string | null },
  source: LedgerSource,
  operationType: PointsOperationType | null,
): LedgerCommand['fields'] {
  return {
    source,
    operationType,
    orderNo: data.orderId,
    description: data.description ?? null,
    remark: data.remark ?? null,
    activityCode: data.activityCode ?? null,
    credentialId: ctx.principal.credentialId,
  };
}

async function finish(
  ctx: RequestContext,
  memberId: string,
  orderNo: string,
  outcome: Parameters<typeof balanceAfter>[3],
  settled: { entry: PointsEntry; replayed: boolean },
): Promise<OrderResult> {
  const order = await findOrderRow(ctx.em, memberId, orderNo);
  return { ...settled, order: order!, balance: await balanceAfter(ctx.em, 'points', memberId, outcome) };
}

/** One order of a member (cpoint-inner checkConsumeIsSucc); null when there is none. */
export async function findOrder(ctx: RequestContext, input: { memberId: string; orderId: string }): Promise<PointsOrder | null> {
  const { memberId, orderId } = input;
  if (!ledgerFields.orderId.safeParse(orderId).success) return null;
  try {
    requireMemberId(memberId);
  } catch {
    return null;
  }
  return findOrderRow(ctx.em, memberId, orderId.trim());
}

/** Points orders, newest first by default: one member's (cpoint-inner order list) or, with a where, any member's; offset or cursor pages. */
export function listOrders(
  ctx: RequestContext,
  query: PageQuery & { memberId?: string | null; where?: object | null; direction?: 'ASC' | 'DESC' | null },
): Promise<ListResult<PointsOrder>> {
  const where = pointsOrderWhereSql({ and: [query.where ?? {}, { memberId: scopeId(query.memberId) }] }, 'o');
  const order = listOrder('pointsOrders', 'CREATED_AT', POINTS_ORDER_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  return entityPage(ctx, PointsOrder, { from: sql`points_order o`, alias: 'o', where }, order, query);
}
