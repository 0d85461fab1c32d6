import type { EntityClass } from '@mikro-orm/core';
import { sql } from 'kysely';
import { z } from 'zod';
import { LedgerBusinessType, LedgerDirection, LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import type { LedgerEntry } from '../entities/ledger-base.js';
import { PointsEntry } from '../entities/points.entity.js';
import { ExperienceEntry } from '../entities/experience.entity.js';
import { OrgType } from '../domain/member.enums.js';
import { Store } from '../entities/store.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { applyLedgerChange } from './ledger-statement.js';
import { KeyedOperation } from './idempotency.js';
import { pointsChangeAction } from './member-status.js';
import { fields, parseInput } from './validation.js';
import {
  balanceAfter,
  fingerprintOf,
  ledgerFields,
  normalizeAmount,
  requireMemberId,
  settle,
  type BalanceView,
} from './ledger-outcome.js';
import { moneyToPoints } from './loyalty-settings.service.js';
import type { ListQuery, ListResult } from './paging.js';
import { LEDGER_ORDERS, ledgerEntryWhereSql, legacyId } from './filters/lists.js';
import { entityPage, listOrder } from './filters/pages.js';
import { explainOrderRefusal, orderCtes } from './orders.service.js';

const changeSchema = z
  .object({
    memberId: z.string(),
    direction: z.nativeEnum(LedgerDirection),
    amount: ledgerFields.amount.nullish(),
    money: ledgerFields.amount.nullish(),
    operationType: z.nativeEnum(PointsOperationType),
    businessType: z.nativeEnum(LedgerBusinessType).nullish(),
    idempotencyKey: ledgerFields.idempotencyKey.nullish(),
    description: ledgerFields.text(200).nullish(),
    remark: ledgerFields.text(500).nullish(),
    orderId: ledgerFields.orderId.nullish(),
    activityCode: ledgerFields.text(64).nullish(),
    operatorName: ledgerFields.text(100).nullish(),
    operatorId: ledgerFields.text(64).nullish(),
    orgCode: ledgerFields.text(64).nullish(),
    orgType: z.nativeEnum(OrgType).nullish(),
    storeId: fields.uuid.nullish(),
  })
  .refine((d) => (d.amount == null) !== (d.money == null), {
    message: 'Give exactly one of amount (points) or money.',
    path: ['amount'],
  });
export type ChangePointsData = z.input<typeof changeSchema>;

export interface ChangeResult {
  entry: PointsEntry;
  balance: BalanceView;
  /** true when this was a retry: the first command's entry is returned and nothing was written. */
  replayed: boolean;
}

/**
 * Adds or deducts points (partner-openapi score/opt, updateScore, sendScore; cpoint-inner admin
 * add/reduce). With `money` the points are money x the merchant's rate. With an idempotency key a
 * retry returns the first entry and writes nothing. With an order id the order remembers what it
 * earned or spent, so returnOrderPoints can reverse it.
 */
export async function changePoints(ctx: RequestContext, input: ChangePointsData): Promise<ChangeResult> {
  const data = parseInput(changeSchema, input);
  requireMemberId(data.memberId);
  if (data.storeId && !(await ctx.em.findOne(Store, { id: data.storeId }))) {
    throw new BusinessError(ErrorCode.STORE_NOT_FOUND, `No store with id ${data.storeId}.`, 'storeId');
  }
  const { idempotencyKey, ...content } = data;
  const fingerprint = idempotencyKey
    ? fingerprintOf('changePoints', {
        ...content,
        amount: normalizeAmount(content.amount),
        money: normalizeAmount(content.money),
      })
    : null;
  const amount = data.amount ?? (await moneyToPoints(ctx, data.money!));
  const add = data.direction === LedgerDirection.ADD;
  const [earned, used] = add ? [amount, '0'] : ['0', amount];
  const outcome = await applyLedgerChange<PointsEntry>(ctx.em, {
    ledger: 'points',
    memberId: data.memberId,
    memberAction: pointsChangeAction(data.direction, data.operationType),
    earnedDelta: earned,
    usedDelta: used,
    idempotency:
      idempotencyKey && fingerprint ? { key: idempotencyKey, fingerprint, operation: KeyedOperation.CHANGE_POINTS } : null,
    orderCte: data.orderId ? orderCtes.record(data.orderId, earned, used) : undefined,
    fields: {
      source: LedgerSource.ADJUSTMENT,
      operationType: data.operationType,
      businessType: data.businessType ?? null,
      description: data.description ?? null,
      remark: data.remark ?? null,
      orderNo: data.orderId ?? null,
      activityCode: data.activityCode ?? null,
      operatorName: data.operatorName ?? null,
      operatorId: data.operatorId ?? null,
      orgCode: data.orgCode ?? null,
      orgType: data.orgType ?? null,
      storeId: data.storeId ?? null,
      credentialId: ctx.principal.credentialId,
    },
  });
  const settled = await settle(ctx.em, 'points', outcome, fingerprint, async () => {
    if (data.orderId && !outcome.orderRolledBack) throw await explainOrderRefusal(ctx.em, data.memberId, data.orderId, 'record');
    throw new BusinessError(ErrorCode.INSUFFICIENT_POINTS, 'The member does not have enough points.', 'amount');
  });
  return { ...settled, balance: await balanceAfter(ctx.em, 'points', data.memberId, outcome) };
}

export interface LedgerEntryQuery {
  memberId?: string | null;
  direction?: LedgerDirection | null;
  operationTypes?: PointsOperationType[] | null;
  sources?: LedgerSource[] | null;
  from?: Date | null;
  to?: Date | null;
  orderId?: string | null;
}

/** The legacy `filter` (LedgerEntryFilter) as a LedgerEntryWhere. */
function legacyEntryWhere(filter: LedgerEntryQuery): object {
  return {
    memberId: legacyId(filter.memberId),
    direction: filter.direction ? { eq: filter.direction } : null,
    operationType: filter.operationTypes?.length ? { in: filter.operationTypes } : null,
    source: filter.sources?.length ? { in: filter.sources } : null,
    orderId: filter.orderId ? { eq: filter.orderId.trim() } : null,
    createdAt: { gte: filter.from, lt: filter.to },
  };
}

/** Entries of either ledger, newest first: `where` and the legacy `filter` together, offset or cursor pages. */
export async function listEntries<E extends LedgerEntry>(
  ctx: RequestContext,
  query: ListQuery<LedgerEntryQuery> & {
    ledger: 'points' | 'experience';
    where?: object | null;
    direction?: 'ASC' | 'DESC' | null;
  },
): Promise<ListResult<E>> {
  const { ledger } = query;
  const where = ledgerEntryWhereSql({ and: [query.where ?? {}, legacyEntryWhere(query.filter ?? {})] }, 'e');
  const entity = (ledger === 'points' ? PointsEntry : ExperienceEntry) as unknown as EntityClass<E>;
  const from = sql`${sql.raw(ledger === 'points' ? 'points_entry' : 'exp_entry')} e`;
  const order = listOrder(ledger, 'CREATED_AT', LEDGER_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  return entityPage(ctx, entity, { from, alias: 'e', where }, order, query);
}
