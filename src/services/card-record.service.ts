import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.js';
import { CardRecharge, CardRefund, CardSpend } from '../entities/card-transaction.entity.js';
import { Invoice } from '../entities/invoice.entity.js';
import type { RequestContext } from '../request/context.js';
import { isUuid, likeContains } from './validation.js';
import { checkPage, emptyPage, offsetOnly, offsetPageInfo, type ListQuery, type ListResult } from './paging.js';

/** Filters every record list shares (legacy 4.1-4.3 and 8.4). */
export interface RecordFilter {
  /** Member's phone contains. */
  phoneContains?: string | null;
  /** Phone, name or nickname contains. */
  keyword?: string | null;
  /** Created at or after (inclusive). */
  from?: Date | null;
  /** Created before (exclusive). */
  to?: Date | null;
  memberId?: string | null;
  cardId?: string | null;
  storeId?: string | null;
}

export interface RecordSpec<T> {
  entity: EntityClass<T>;
  table: string;
  /** Sums returned with the page, as name → SQL expression over alias r. */
  totals: Record<string, string>;
}

export const RECORDS = {
  recharges: { entity: CardRecharge, table: 'card_recharge', totals: { totalAmount: 'r.amount', totalBonus: 'r.bonus' } },
  spends: { entity: CardSpend, table: 'card_spend', totals: { totalAmount: 'r.amount' } },
  refunds: { entity: CardRefund, table: 'card_refund', totals: { totalAmount: 'r.amount' } },
  invoices: { entity: Invoice, table: 'invoice', totals: { totalAmount: 'r.amount' } },
} satisfies Record<string, RecordSpec<object>>;

function whereClause(filter: RecordFilter): { sql: string; params: unknown[] } | null {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.phoneContains?.trim()) {
    conditions.push('m.mobile ilike ?');
    params.push(likeContains(filter.phoneContains.trim()));
  }
  if (filter.keyword?.trim()) {
    const pattern = likeContains(filter.keyword.trim());
    conditions.push('(m.mobile ilike ? or m.nickname ilike ? or m.name ilike ?)');
    params.push(pattern, pattern, pattern);
  }
  if (filter.from) {
    conditions.push('r.created_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    conditions.push('r.created_at < ?');
    params.push(filter.to);
  }
  for (const [key, column] of [
    ['memberId', 'r.member_id'],
    ['cardId', 'r.member_card_id'],
    ['storeId', 'r.store_id'],
  ] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (!isUuid(value)) return null;
    conditions.push(`${column} = ?`);
    params.push(value);
  }
  return { sql: conditions.length ? `where ${conditions.join(' and ')}` : '', params };
}

/**
 * A page of records, newest first, with the count and the sums over every matching record (not
 * just the page). Three statements whatever the page size: totals, page ids, page rows.
 */
export async function listRecords<T extends { id: string }>(
  ctx: RequestContext,
  query: ListQuery<RecordFilter> & { spec: RecordSpec<T> },
): Promise<ListResult<T> & { totals: Record<string, string> }> {
  checkPage(ctx, query);
  offsetOnly(query);
  const { spec, offset, limit } = query;
  const filter = query.filter ?? {};
  const zero = Object.fromEntries(Object.keys(spec.totals).map((k) => [k, '0.00']));
  const where = whereClause(filter);
  if (!where) return { ...emptyPage<T>(), totals: zero };
  const from = `from ${spec.table} r join member m on m.merchant_id = r.merchant_id and m.id = r.member_id ${where.sql}`;
  const sums = Object.entries(spec.totals).map(([name, expr]) => `coalesce(sum(${expr}), 0)::text as "${name}"`);
  const [summary] = await ctx.em.execute<Record<string, string | number>[]>(
    `select count(*)::int as "totalItems", ${sums.join(', ')} ${from}`,
    where.params,
  );
  const ids = await ctx.em.execute<{ id: string }[]>(
    `select r.id ${from} order by r.created_at desc, r.id desc limit ? offset ?`,
    [...where.params, limit + 1, offset],
  );
  const { items: pageIds, pageInfo } = offsetPageInfo(ids, limit);
  const items = pageIds.length
    ? await findInOrder(
        ctx.em,
        spec.entity,
        pageIds.map((r) => r.id),
      )
    : [];
  const { totalItems, ...totals } = summary!;
  return { items, totalItems: Number(totalItems), pageInfo, totals: totals as Record<string, string> };
}

async function findInOrder<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: string[]): Promise<T[]> {
  const rows = (await em.find(entity, { id: { $in: ids } } as never)) as T[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}
