import { sql, type RawBuilder } from 'kysely';
import { AggregatePeriod } from '../../domain/analytics.enums.js';
import type { RequestContext } from '../../request/context.js';
import { runAnalytics, type AnalyticsDb } from './run-analytics.js';

/**
 * The pieces every aggregate is built from: dimensions (group keys), periods in the merchant's
 * time zone, local-day ranges, and one grouped statement. Column names come from the fixed
 * catalogues of the aggregate modules, never from input; values are bind parameters.
 * @module
 */

type Sql = RawBuilder<unknown>;

/** The calling merchant's IANA zone (one InitPlan per statement, not a lookup per row). */
export const MERCHANT_ZONE = sql`(select time_zone from merchant where id = app_merchant_id())`;

/**
 * What an aggregate's statement needs to know of the calling merchant, read at the start of its
 * transaction and bound into the statement as values: its time zone, and how far its day totals
 * reach (day-totals.ts). The planner then sees the bounds of a range and how few raw rows follow
 * the totals, and reads them by index; bounds it could not see (subqueries) made it scan all ten
 * million entries.
 */
export interface AnalyticsScope {
  timeZone: string;
  /** The last local day the totals hold; null when there are none, or none in the merchant's zone. */
  throughDay: string | null;
  /** Local midnight after throughDay: where the raw rows begin. */
  tailStart: string | null;
}

export async function analyticsScope(db: AnalyticsDb): Promise<AnalyticsScope> {
  const { rows } = await sql<AnalyticsScope>`
    select m.time_zone as "timeZone", s.through_day::text as "throughDay",
      ((s.through_day + 1)::timestamp at time zone m.time_zone)::text as "tailStart"
    from merchant m left join analytics_day_state s on s.merchant_id = m.id and s.time_zone = m.time_zone
    where m.id = app_merchant_id()`.execute(db);
  if (!rows[0]) throw new Error('No merchant is set for this analytics transaction.');
  return rows[0];
}

/** Rows of a day totals table (local day `day`) the totals reach. */
export const inDayTotals = (day: Sql, scope: AnalyticsScope): RawBuilder<boolean> =>
  sql<boolean>`${day} <= ${scope.throughDay}::date`;

/** Raw rows (instant `column`) after the totals' last day. */
export const afterDayTotals = (column: Sql, scope: AnalyticsScope): RawBuilder<boolean> =>
  sql<boolean>`${column} >= ${scope.tailStart}::timestamptz`;

/** An instant's local day in `timeZone` (the merchant's, read once: AnalyticsScope or a refresh's plan). */
export const localDayOf = (column: Sql, timeZone: string): Sql => sql`(${column} at time zone ${timeZone}::text)::date`;

/** Local calendar days, both ends included; either end may be open. */
export interface LocalDateRange {
  from?: string | null;
  to?: string | null;
}

/**
 * `column` (a timestamptz) within local days `range` of `timeZone`, as bounds on the column itself
 * so that an index on it serves: local midnight of `from`, up to local midnight after `to`.
 */
export function withinDays(column: Sql, range: LocalDateRange | null | undefined, timeZone: string): RawBuilder<boolean>[] {
  const bounds: RawBuilder<boolean>[] = [];
  if (range?.from) bounds.push(sql<boolean>`${column} >= (${range.from}::date::timestamp at time zone ${timeZone}::text)`);
  if (range?.to) bounds.push(sql<boolean>`${column} < ((${range.to}::date + 1)::timestamp at time zone ${timeZone}::text)`);
  return bounds;
}

/** One group key: what the grouped statement selects and groups by, and labels joined after grouping. */
export interface Dimension {
  /** `expression as "alias"` pairs; the aliases are the row's key fields, in output order. */
  keys: { expression: Sql; alias: string }[];
  /** Joined onto the grouped row `g` (e.g. a store's code and name), one row per key at most. */
  label?: { join: Sql; columns: Sql };
}

/** `day` (a local date) within `range`, both ends included. */
export function withinLocalDays(day: Sql, range: LocalDateRange | null | undefined): RawBuilder<boolean>[] {
  const bounds: RawBuilder<boolean>[] = [];
  if (range?.from) bounds.push(sql<boolean>`${day} >= ${range.from}::date`);
  if (range?.to) bounds.push(sql<boolean>`${day} <= ${range.to}::date`);
  return bounds;
}

/** `where a and b …`, or nothing for no conditions. */
export const whereAll = (conditions: RawBuilder<boolean>[]): Sql =>
  conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

const PERIOD_UNIT: Record<AggregatePeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/**
 * The first local day of the period `column` falls in, as `YYYY-MM-DD` (key `periodStart`):
 * `column` is an instant, or already a local day (`localDay`). A date is truncated as a timestamp
 * without zone, so the session's time zone never shifts it.
 */
export function periodDimension(column: Sql, period: AggregatePeriod, localDay = false): Dimension {
  const unit = sql.lit(PERIOD_UNIT[period]);
  const local = localDay ? sql`${column}::timestamp` : sql`${column} at time zone ${MERCHANT_ZONE}`;
  return { keys: [{ expression: sql`date_trunc(${unit}, ${local})::date::text`, alias: 'periodStart' }] };
}

/** The first and the last instant an aggregate's periods must cover (SQL scalars, e.g. min and max). */
export interface TimeSpan {
  first: Sql;
  last: Sql;
}

/**
 * Periods of an instant found without converting every row's instant to local time (half a
 * microsecond a row, the most of a grouping by month of a million members): the local period
 * starts over `span` are built once per statement (InitPlans); each row finds the number of its
 * period by a binary search of their instants (`bucket`, width_bucket, an int that is cheap to
 * group by), and only the groups turn it into periodStart (`dimension`, a label).
 */
export function periodBuckets(period: AggregatePeriod, span: TimeSpan) {
  const unit = PERIOD_UNIT[period];
  const starts = sql`generate_series(date_trunc(${sql.lit(unit)}, ${span.first} at time zone ${MERCHANT_ZONE}),
    ${span.last} at time zone ${MERCHANT_ZONE}, ${sql.lit(`1 ${unit}`)}::interval) s`;
  return {
    /** The number of `column`'s period (1 for the first). */
    bucket: (column: Sql): Sql =>
      sql`width_bucket(${column}, (select array_agg(s at time zone ${MERCHANT_ZONE} order by s) from ${starts}))`,
    /** Groups by the period number `column` (key periodBucket), labelled with its periodStart. */
    dimension: (column: Sql): Dimension => ({
      keys: [{ expression: column, alias: 'periodBucket' }],
      label: {
        join: sql`left join lateral (select ((select array_agg(s::date order by s) from ${starts}))[g."periodBucket"]::text
          as "periodStart") pb on true`,
        columns: sql`pb."periodStart"`,
      },
    }),
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
  const where = whereAll(query.where);
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

/**
 * `coalesce(sum(expr), 0)` as exact text with two decimals, as every amount (Decimal fields take
 * strings; no float ever). The scale is fixed: a sum over a union's zero literals has none.
 */
export const total = (expression: Sql, alias: string): Sql =>
  sql`coalesce(sum(${expression}), 0)::numeric(20,2)::text as ${sql.id(alias)}`;

/** The sum of 0/1 flags as an int, 0 over no rows. */
export const flagged = (expression: Sql, alias: string): Sql => sql`coalesce(sum(${expression}), 0)::int as ${sql.id(alias)}`;

/** `count(…)` as an int. */
export const tally = (expression: Sql, alias: string): Sql => sql`count(${expression})::int as ${sql.id(alias)}`;

/** What an aggregate query asks: group keys of the aggregate's catalogue, a period, local days. */
export interface AggregateQuery<D extends string> {
  groupBy?: D[] | null;
  period?: AggregatePeriod | null;
  range?: LocalDateRange | null;
}

/** One aggregate: its group keys, the time its periods and ranges cut, its rows and measures. */
export interface AggregateSpec<D extends string> {
  dimensions: Record<D, Dimension>;
  /**
   * What periods cut: an instant (timestamptz) whose range the statement applies, or with
   * `localDay` a local date column of rows `from` yields, which applies the range itself (to
   * each branch of a union, where an index serves it).
   */
  time: Sql;
  localDay?: boolean;
  /** `from` applies the range itself (to `time`, with withinDays): the statement adds no bounds. */
  rangeInFrom?: boolean;
  /**
   * The period's key when `from` computes it for the period it is given (e.g. with
   * periodBuckets), instead of periodDimension over `time`.
   */
  period?: (period: AggregatePeriod) => Dimension;
  /**
   * `from …`, given the keys asked for (an aggregate may join only what they need), the range and
   * the merchant's scope. Built inside the transaction: anything input can get wrong (a where)
   * must be compiled before, so that a refused one costs no SQL.
   */
  from: (
    groupBy: D[],
    range: LocalDateRange | null | undefined,
    scope: AnalyticsScope,
    period: AggregatePeriod | null | undefined,
  ) => Sql;
  measures: Sql;
  /** Further conditions (a compiled where input), built before anything is sent. */
  where?: RawBuilder<boolean>[];
  /** Planner settings for the keys asked for (runAnalytics `settings`). */
  settings?: (groupBy: D[]) => Record<string, string>;
}

/** Runs an aggregate on the analytics runner: one grouped statement, keys in order, labels joined. */
export function aggregate<D extends string, R>(
  ctx: RequestContext,
  spec: AggregateSpec<D>,
  query: AggregateQuery<D>,
): Promise<R[]> {
  const groupBy = [...new Set(query.groupBy ?? [])];
  const dimensions = groupBy.map((d) => spec.dimensions[d]);
  if (query.period)
    dimensions.push(spec.period ? spec.period(query.period) : periodDimension(spec.time, query.period, spec.localDay));
  return runAnalytics(
    ctx,
    async (db) => {
      const scope = await analyticsScope(db);
      const from = spec.from(groupBy, query.range, scope, query.period);
      const where = [
        ...(spec.localDay || spec.rangeInFrom ? [] : withinDays(spec.time, query.range, scope.timeZone)),
        ...(spec.where ?? []),
      ];
      return groupedRows<R>(db, { from, where, dimensions, measures: spec.measures });
    },
    spec.settings?.(groupBy),
  );
}
