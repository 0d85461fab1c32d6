import { sql } from 'kysely';
import { LedgerDimension, type AggregatePeriod } from '../../domain/analytics.enums.js';
import type { LedgerSource, PointsOperationType } from '../../domain/loyalty-codes.js';
import type { RequestContext } from '../../request/context.js';
import type { LedgerName } from '../ledger-statement.js';
import {
  columnDimension,
  groupedRows,
  periodDimension,
  storeDimension,
  tally,
  total,
  withinDays,
  type Dimension,
  type LocalDateRange,
} from './grouping.js';
import { runAnalytics } from './run-analytics.js';

export interface LedgerFlowsQuery {
  groupBy?: LedgerDimension[] | null;
  period?: AggregatePeriod | null;
  /** Entries written on these local days. */
  range?: LocalDateRange | null;
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

const DIMENSIONS: Record<LedgerDimension, Dimension> = {
  [LedgerDimension.OPERATION_TYPE]: columnDimension(sql`e.operation_type`, 'operationType'),
  [LedgerDimension.SOURCE]: columnDimension(sql`e.source`, 'source'),
  [LedgerDimension.STORE]: storeDimension(sql`e.store_id`),
};

/** Points or experience issued and spent, by operation type, source, store and period of the entry. */
export function ledgerFlows(ctx: RequestContext, ledger: LedgerName, query: LedgerFlowsQuery): Promise<LedgerFlowRow[]> {
  const dimensions = [...new Set(query.groupBy ?? [])].map((d) => DIMENSIONS[d]);
  if (query.period) dimensions.push(periodDimension(sql`e.created_at`, query.period));
  return runAnalytics(ctx, (db) =>
    groupedRows<LedgerFlowRow>(db, {
      from: sql`from ${TABLES[ledger]} e`,
      where: withinDays(sql`e.created_at`, query.range),
      dimensions,
      measures: sql.join([
        tally(sql`*`, 'entries'),
        total(sql`e.earned_delta`, 'issued'),
        total(sql`e.used_delta`, 'spent'),
        total(sql`e.earned_delta - e.used_delta`, 'net'),
      ]),
    }),
  );
}
