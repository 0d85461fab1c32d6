import type { EntityClass } from '@mikro-orm/core';
import { sql } from 'kysely';
import { CardRecharge, CardRefund, CardSpend } from '../entities/card-transaction.entity.js';
import { Invoice } from '../entities/invoice.entity.js';
import type { RequestContext } from '../request/context.js';
import type { ListQuery, ListResult } from './paging.js';
import { CARD_RECORD_ORDERS, type CardRecordKind, cardRecordWhereSql, legacyId } from './filters/lists.js';
import { entityPage, leanRun, listOrder } from './filters/pages.js';

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
} satisfies Record<CardRecordKind, RecordSpec<object>>;

/** The legacy `filter` (RecordFilter) as a where of the filter language. */
function legacyRecordWhere(filter: RecordFilter): object {
  const and: object[] = [];
  const phone = filter.phoneContains?.trim();
  if (phone) and.push({ member: { mobile: { contains: phone } } });
  const keyword = filter.keyword?.trim();
  if (keyword) {
    and.push({
      member: { or: [{ mobile: { contains: keyword } }, { nickname: { contains: keyword } }, { name: { contains: keyword } }] },
    });
  }
  and.push({
    createdAt: { gte: filter.from, lt: filter.to },
    memberId: legacyId(filter.memberId),
    cardId: legacyId(filter.cardId),
    storeId: legacyId(filter.storeId),
  });
  return { and };
}

export interface RecordListQuery extends ListQuery<RecordFilter> {
  kind: CardRecordKind;
  where?: object | null;
  direction?: 'ASC' | 'DESC' | null;
  /** Whether to read the count and sums over every matching record (totalItems, totalAmount…). */
  summarise: boolean;
}

/**
 * A page of records, newest first by default, and when asked the count and the sums over every
 * matching record (not just the page): one statement for the page, one for the summary.
 */
export async function listRecords<T extends object>(
  ctx: RequestContext,
  query: RecordListQuery,
): Promise<ListResult<T> & { totals: Record<string, string> }> {
  const spec = RECORDS[query.kind] as unknown as RecordSpec<T>;
  const where = cardRecordWhereSql(query.kind, { and: [query.where ?? {}, legacyRecordWhere(query.filter ?? {})] }, 'r');
  const from = sql`${sql.raw(spec.table)} r`;
  const order = listOrder(query.kind, 'CREATED_AT', CARD_RECORD_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  const page = await entityPage(ctx, spec.entity, { from, alias: 'r', where }, order, { ...query, countTotal: false });
  if (!query.summarise) return { ...page, totals: {} };
  const sums = Object.entries(spec.totals).map(
    ([name, expr]) => sql`coalesce(sum(${sql.raw(expr)}), 0)::text as ${sql.ref(name)}`,
  );
  const [summary] = await leanRun(ctx)(
    sql<Record<string, string | number>>`select count(*)::int as "totalItems", ${sql.join(sums)} from ${from} where ${where}`,
  );
  const { totalItems, ...totals } = summary!;
  return { ...page, totalItems: Number(totalItems), totals: totals as Record<string, string> };
}
