import { sql, type RawBuilder } from 'kysely';
import type { EntityClass } from '@mikro-orm/core';
import { scopedRows } from '../../db/one-trip.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';
import type { ListResult, PageInfo, PageQuery } from '../paging.js';
import { checkPage, NOT_COUNTED } from '../paging.js';
import { isUuid } from '../validation.js';

/**
 * Pages of a filtered list in one statement on the query's transaction: keyset ("after this
 * row") or offset, always ordered by the list's key then id so that pages never overlap or skip
 * a row, one row beyond the page read to know whether another page follows, and the count only
 * when `totalItems` was asked for (a second statement).
 */

/** One ordering key: a SQL expression over the list's row alias and its PostgreSQL type. */
export interface OrderKey {
  expression: (alias: string) => string;
  type: string;
  /** Whether the expression can be NULL (PostgreSQL sorts NULL above every value). */
  nullable?: boolean;
}

/** An ordering of a list: its keys (id is always added last) and one direction for all. */
export interface ListOrder {
  /** Names the ordering inside cursors, so a cursor is refused under another ordering. */
  name: string;
  keys: OrderKey[];
  direction: 'asc' | 'desc';
  /** The keys alone are unique (a ledger's seq): id is then left out of the ordering. */
  unique?: boolean;
  /**
   * The id that breaks ties, when not the row alias' `id`: a column equal to it in the ordering's
   * index (membersByLoyalty's `pr.member_id`), so that a cursor is a range of that index.
   */
  id?: string;
}

const idOf = (order: ListOrder, alias: string) => order.id ?? `${alias}.id`;

/** What the page statement reads: `from` (with joins) and the row alias whose `id` breaks ties. */
export interface PageSource {
  from: RawBuilder<unknown>;
  alias: string;
  where: RawBuilder<boolean>;
  /** A statement answering `n`, the number of matching rows, cheaper than counting them (a kept count). */
  count?: RawBuilder<unknown>;
}

interface Cursor {
  o: string;
  k: (string | null)[];
  id: string;
}

const badCursor = () =>
  new BusinessError(ErrorCode.INVALID_INPUT, 'page.after is not a cursor of this list in this order.', 'page.after');

/** Cursors are opaque to clients: base64url JSON of the last row's keys, under the order's name. */
export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(text: string, order: ListOrder): Cursor {
  let cursor: Cursor;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw badCursor();
  }
  const valid =
    cursor &&
    cursor.o === orderName(order) &&
    Array.isArray(cursor.k) &&
    cursor.k.length === order.keys.length &&
    cursor.k.every((k) => k === null || (typeof k === 'string' && k.length <= 200)) &&
    isUuid(cursor.id);
  if (!valid) throw badCursor();
  return cursor;
}

const orderName = (order: ListOrder) => `${order.name}:${order.direction}`;

/**
 * Rows after the cursor's row in the order: lexicographic on (keys…, id). Keys that cannot be NULL
 * compare as one row value, which an index on the same columns answers as a range.
 */
function afterCondition(order: ListOrder, alias: string, cursor: Cursor): RawBuilder<boolean> {
  const asc = order.direction === 'asc';
  const id = sql.raw(idOf(order, alias));
  const values = cursor.k.map((v, i) => sql`${v}::${sql.raw(order.keys[i]!.type)}`);
  const tiebreak = order.unique ? [] : [{ column: id, value: sql`${cursor.id}::uuid` }];
  if (!order.keys.some((k) => k.nullable) && cursor.k.every((v) => v !== null)) {
    const columns = sql.join([...order.keys.map((k) => sql.raw(k.expression(alias))), ...tiebreak.map((t) => t.column)]);
    return sql<boolean>`(${columns}) ${sql.raw(asc ? '>' : '<')} (${sql.join([...values, ...tiebreak.map((t) => t.value)])})`;
  }
  // NULL sorts above every value: after a NULL ascending come only NULLs; descending, every value.
  let condition: RawBuilder<boolean> = order.unique
    ? sql<boolean>`false`
    : sql<boolean>`${id} ${sql.raw(asc ? '>' : '<')} ${cursor.id}::uuid`;
  for (let i = order.keys.length - 1; i >= 0; i--) {
    const key = sql.raw(`(${order.keys[i]!.expression(alias)})`);
    const v = values[i]!;
    const isNull = cursor.k[i] === null;
    const beyond = isNull
      ? asc
        ? sql<boolean>`false`
        : sql<boolean>`${key} is not null`
      : asc
        ? sql<boolean>`(${key} > ${v} or ${key} is null)`
        : sql<boolean>`${key} < ${v}`;
    const same = isNull ? sql<boolean>`${key} is null` : sql<boolean>`${key} = ${v}`;
    condition = sql<boolean>`(${beyond} or (${same} and ${condition}))`;
  }
  return condition;
}

/** Runs a list's statement for the request and answers its rows (db/one-trip.ts scopedRows). */
export type LeanRun = <R>(query: RawBuilder<R>) => Promise<R[]>;

/**
 * A list's statements for the request: on its transaction when it has one, else each as one
 * message with the merchant set (a query served without a transaction, a service called outside one).
 * `prepare` for a list whose texts do not vary with the caller's filter (see scopedRows).
 */
export const leanRun =
  (ctx: RequestContext, options: { prepare?: boolean } = {}): LeanRun =>
  (query) =>
    scopedRows(ctx.reads(), query, options);

export interface KeysetPage<R> {
  rows: R[];
  totalItems: number;
  pageInfo: PageInfo;
}

/**
 * One page: `select <columns> from (the matching rows, ordered, limit + 1) r`. `columns` is
 * written over the alias `r` (the source alias' columns, `r.*` or named ones); key columns
 * `__k0…` come back as text for the next cursor and stay in the rows (with `r.*`, the inner
 * `__o0…` too): callers take the fields they know, which is cheaper than deleting properties.
 */
export async function keysetPage<R extends Record<string, unknown>>(
  ctx: RequestContext,
  run: LeanRun,
  source: PageSource,
  order: ListOrder,
  page: PageQuery,
  columns: RawBuilder<unknown>,
): Promise<KeysetPage<R>> {
  checkPage(ctx, page);
  const { alias } = source;
  const cursor = page.after ? decodeCursor(page.after, order) : null;
  const where = cursor ? sql<boolean>`${source.where} and ${afterCondition(order, alias, cursor)}` : source.where;
  const dir = sql.raw(order.direction);
  const keyColumns = order.keys.map((k, i) => sql`${sql.raw(k.expression(alias))} as ${sql.ref(`__o${i}`)}`);
  const keyTexts = order.keys.map((_, i) => sql`${sql.ref(`r.__o${i}`)}::text as ${sql.ref(`__k${i}`)}`);
  const innerOrder = sql.join([
    ...order.keys.map((k) => sql`${sql.raw(k.expression(alias))} ${dir}`),
    sql`${sql.raw(idOf(order, alias))} ${dir}`,
  ]);
  const outerOrder = sql.join([...order.keys.map((_, i) => sql`${sql.ref(`r.__o${i}`)} ${dir}`), sql`r.id ${dir}`]);
  const selected = sql.join([columns, ...keyTexts]);
  const inner = sql`select ${sql.raw(`${alias}.*`)}${keyColumns.length ? sql`, ${sql.join(keyColumns)}` : sql``}
    from ${source.from} where ${where} order by ${innerOrder} offset ${page.offset} limit ${page.limit + 1}`;
  const rows = await run(sql<Record<string, unknown>>`select ${selected} from (${inner}) r order by ${outerOrder}`);
  const hasNextPage = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  const endCursor = last
    ? encodeCursor({
        o: orderName(order),
        k: order.keys.map((_, i) => last[`__k${i}`] as string | null),
        id: last['id'] as string,
      })
    : null;
  let totalItems = NOT_COUNTED;
  if (page.countTotal !== false) {
    const counted = await run(
      sql<{ n: number }>`${source.count ?? sql`select count(*)::int as n from ${source.from} where ${source.where}`}`,
    );
    totalItems = Number(counted[0]!.n);
  }
  return { rows: pageRows as R[], totalItems, pageInfo: { endCursor, hasNextPage } };
}

/**
 * A page of entities: whole rows in one statement (`r.*`), made entities by the ORM's own
 * mapping from database rows (em.map: column names, types and conversions as its reads have).
 */
export async function entityPage<T extends object>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  source: PageSource,
  order: ListOrder,
  page: PageQuery,
): Promise<ListResult<T>> {
  const { rows, totalItems, pageInfo } = await keysetPage(ctx, leanRun(ctx), source, order, page, sql`r.*`);
  // The ORM maps whole rows: the cursor's key columns leave first.
  for (const row of rows) for (const column of Object.keys(row)) if (column.startsWith('__')) delete row[column];
  return { items: rows.map((row) => ctx.em.map(entity, row as never)), totalItems, pageInfo };
}

/** An ordering of a list from its catalogue of orderings, named for cursors. */
export const listOrder = (
  list: string,
  field: string,
  spec: Omit<ListOrder, 'name' | 'direction'>,
  direction: 'ASC' | 'DESC',
): ListOrder => ({ name: `${list}.${field}`, ...spec, direction: direction === 'ASC' ? 'asc' : 'desc' });
