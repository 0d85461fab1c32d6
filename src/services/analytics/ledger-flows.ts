import { sql, type RawBuilder } from 'kysely';
import { LedgerDimension } from '../../domain/analytics.enums.js';
import type { LedgerSource, PointsOperationType } from '../../domain/loyalty-codes.js';
import type { RequestContext } from '../../request/context.js';
import { usesOnly } from '../filters/compiler.js';
import { ledgerEntryWhereSql } from '../filters/lists.js';
import type { LedgerName } from '../ledger-statement.js';
import {
  aggregate,
  columnDimension,
  afterDayTotals,
  inDayTotals,
  flagged,
  localDayOf,
  storeDimension,
  total,
  whereAll,
  withinDays,
  withinLocalDays,
  type AggregateQuery,
  type AnalyticsScope,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';

/** Entries written on the range's local days, grouped by the period of their time. */
export interface LedgerFlowsQuery extends AggregateQuery<LedgerDimension> {
  /** Only the entries this PointsEntryWhere / ExperienceEntryWhere matches (as the entry lists). */
  where?: object | null;
}

/**
 * A row: the keys grouped by (the others null) and what the entries did to the balances:
 * `issued` is the sum of their effect on totalEarned (a reversal of an earning counts negative),
 * `spent` on used (a refund of a spending counts negative), `net` the change of `current`.
 */
export interface LedgerFlowRow {
  periodStart?: string | null;
  operationType?: PointsOperationType | null;
  source?: LedgerSource | null;
  storeId?: string | null;
  storeCode?: string | null;
  storeName?: string | null;
  entries: number;
  issued: string;
  spent: string;
  net: string;
}

const TABLES: Record<LedgerName, ReturnType<typeof sql.table>> = {
  points: sql.table('points_entry'),
  experience: sql.table('exp_entry'),
};

/**
 * Entries as rows of what the flows sum: their local day, keys, and measures (one entry each).
 * The day totals (ledger_day_total) hold the same columns summed per day and key.
 */
export const ledgerEntryRows = (ledger: LedgerName, timeZone: string, conditions: RawBuilder<boolean>[]) => sql`
  select ${localDayOf(sql`e.created_at`, timeZone)} as day, e.operation_type, e.source, e.store_id,
    1 as entries, e.earned_delta as issued, e.used_delta as spent, e.earned_delta - e.used_delta as net
  from ${TABLES[ledger]} e ${whereAll(conditions)}`;

/** Fields of a PointsEntryWhere / ExperienceEntryWhere the day totals keep (same column names). */
const KEPT_BY_DAY_TOTALS = ['operationType', 'source', 'storeId'] as const;

/**
 * The rows summed: when the where asks only what the day totals keep (`onTotals` given) and there
 * are totals, the totals up to their last day and the raw entries after it (a day or two of them,
 * by the (merchant_id, created_at) index), the where applied to both; otherwise (a where on an
 * entry's member, amount, time, …) the matching entries themselves.
 */
function flowRows(
  ledger: LedgerName,
  onEntries: RawBuilder<boolean>,
  onTotals: RawBuilder<boolean> | null,
  range: LocalDateRange | null | undefined,
  scope: AnalyticsScope,
) {
  const entriesInRange = withinDays(sql`e.created_at`, range, scope.timeZone);
  if (!onTotals || !scope.throughDay)
    return sql`from (${ledgerEntryRows(ledger, scope.timeZone, [onEntries, ...entriesInRange])}) r`;
  return sql`from (
    select t.day, t.operation_type, t.source, t.store_id, t.entries, t.issued, t.spent, t.net
      from ledger_day_total t
    ${whereAll([sql<boolean>`t.ledger = ${ledger}`, inDayTotals(sql`t.day`, scope), onTotals, ...withinLocalDays(sql`t.day`, range)])}
    union all
    ${ledgerEntryRows(ledger, scope.timeZone, [afterDayTotals(sql`e.created_at`, scope), onEntries, ...entriesInRange])}
  ) r`;
}

const MEASURES = sql.join([
  flagged(sql`r.entries`, 'entries'),
  total(sql`r.issued`, 'issued'),
  total(sql`r.spent`, 'spent'),
  total(sql`r.net`, 'net'),
]);

const DIMENSIONS: Record<LedgerDimension, Dimension> = {
  [LedgerDimension.OPERATION_TYPE]: columnDimension(sql`r.operation_type`, 'operationType'),
  [LedgerDimension.SOURCE]: columnDimension(sql`r.source`, 'source'),
  [LedgerDimension.STORE]: storeDimension(sql`r.store_id`),
};

/** Points or experience issued and spent, by operation type, source, store and period of the entry. */
export function ledgerFlows(ctx: RequestContext, ledger: LedgerName, query: LedgerFlowsQuery): Promise<LedgerFlowRow[]> {
  // Compiled before anything is sent: a where it refuses costs no SQL.
  const onEntries = ledgerEntryWhereSql(query.where, 'e');
  const onTotals = usesOnly(query.where, KEPT_BY_DAY_TOTALS) ? ledgerEntryWhereSql(query.where, 't') : null;
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`r.day`,
      localDay: true,
      from: (_groupBy, range, scope) => flowRows(ledger, onEntries, onTotals, range, scope),
      measures: MEASURES,
    },
    query,
  );
}
