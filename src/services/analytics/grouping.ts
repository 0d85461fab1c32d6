import { sql, type RawBuilder } from 'kysely';
import { AggregatePeriod } from '../../domain/analytics.enums.js';
import type { AnalyticsDb } from './run-analytics.js';

/**
 * The pieces every aggregate is built from: dimensions (group keys), periods in the merchant's
 * time zone, local-day ranges, and one grouped statement. Column names come from the fixed
 * catalogues of the aggregate modules, never from input; values are bind parameters.
 * @module
 */

type Sql = RawBuilder<unknown>;

/** The calling merchant's IANA zone (one InitPlan per statement, not a lookup per row). */
const MERCHANT_ZONE = sql`'UTC'`;

/** Local calendar days, both ends included; either end may be open. */
export interface LocalDateRange {
  from?: string | null;
  to?: string | null;
}

/**
 * `column` (a timestamptz) within the merchant's local days `range`, as bounds on the column
 * itself so that an index on it serves: local midnight of `from`, up to local midnight after `to`.
 */
export function withinDays(column: Sql, range: LocalDateRange | null | undefined): RawBuilder<boolean>[] {
  const bounds: RawBuilder<boolean>[] = [];
  if (range?.from) bounds.push(sql<boolean>`${column} >= (${range.from}::date::timestamp at time zone ${MERCHANT_ZONE})`);
  if (range?.to) bounds.push(sql<boolean>`${column} < ((${range.to}::date + 1)::timestamp at time zone ${MERCHANT_ZONE})`);
  return bounds;
}

/** One group key: what the grouped statement selects and groups by, and labels joined after grouping. */
export interface Dimension {
  /** `expression as "alias"` pairs; the aliases are the row's key fields, in output order. */
  keys: { expression: Sql; alias: string }[];
  /** Joined onto the grouped row `g` (e.g. a store's code and name), one row per key at most. */
  label?: { join: Sql; columns: Sql };
}

const PERIOD_UNIT: Record<AggregatePeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** The first local day of the period `column` falls in, as `YYYY-MM-DD` (key `periodStart`). */
export function periodDimension(column: Sql, period: AggregatePeriod): Dimension {
  const unit = sql.lit(PERIOD_UNIT[period]);
  return {
    keys: [{ expression: sql`date_trunc(${unit}, ${column} at time zone ${MERCHANT_ZONE})::date::text`, alias: 'periodStart' }],
  };
}

/** A plain column as a key. */
export const columnDimension = (expression: Sql, alias: string): Dimension => ({ keys: [{ expression, alias }] });

/** A store id as the key `storeId`, with the store's code and name beside it (null for no store). */
export function storeDimension(column: Sql): Dimension {
  return {
    keys: [{ expression: column, alias: 'storeId' }],
    label: {
      join: sql`left join store st on st.id = g."storeId"`,
      columns: sql`st.code as "storeCode", st.name as "storeName"`,
    },
  };
}

export interface GroupedQuery {
  /** `from …` with its joins; the rows it yields are what the measures sum. */
  from: Sql;
  where: RawBuilder<boolean>[];
  dimensions: Dimension[];
  /** `aggregate as "alias", …` */
  measures: Sql;
}

/**
 * One statement: the measures per combination of keys, labels joined after grouping (a join per
 * group, not per row), ordered by the keys. Without dimensions it is one row of totals.
 */
export async function groupedRows<R>(db: AnalyticsDb, query: GroupedQuery): Promise<R[]> {
  const keys = query.dimensions.flatMap((d) => d.keys);
  const labels = query.dimensions.flatMap((d) => (d.label ? [d.label] : []));
  const selected = keys.map((k) => sql`${k.expression} as ${sql.id(k.alias)}`);
  const where = query.where.length ? sql`where ${sql.join(query.where, sql` and `)}` : sql``;
  const groupBy = keys.length ? sql`group by ${sql.join(keys.map((k) => k.expression))}` : sql``;
  const orderBy = keys.length ? sql`order by ${sql.join(keys.map((k) => sql`g.${sql.id(k.alias)} nulls last`))}` : sql``;
  const labelColumns = labels.length ? sql`, ${sql.join(labels.map((l) => l.columns))}` : sql``;
  const labelJoins = sql.join(
    labels.map((l) => l.join),
    sql` `,
  );
  const { rows } = await sql<R>`select g.*${labelColumns}
    from (select ${sql.join([...selected, query.measures])} ${query.from} ${where} ${groupBy}) g
    ${labels.length ? labelJoins : sql``} ${orderBy}`.execute(db);
  return rows;
}

/** `coalesce(sum(expr), 0)` as exact text (Decimal fields take strings; no float ever). */
export const total = (expression: Sql, alias: string): Sql => sql`coalesce(sum(${expression}), 0)::text as ${sql.id(alias)}`;

/** The sum of 0/1 flags as an int, 0 over no rows. */
export const flagged = (expression: Sql, alias: string): Sql => sql`coalesce(sum(${expression}), 0)::int as ${sql.id(alias)}`;

/** `count(…)` as an int. */
export const tally = (expression: Sql, alias: string): Sql => sql`count(${expression})::int as ${sql.id(alias)}`;
