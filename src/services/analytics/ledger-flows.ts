import { sql } from 'kysely';
import { LedgerDimension } from '../../domain/analytics.enums.js';
import type { LedgerSource, PointsOperationType } from '../../domain/loyalty-codes.js';
import type { RequestContext } from '../../request/context.js';
import { ledgerEntryWhereSql } from '../filters/lists.js';
import type { LedgerName } from '../ledger-statement.js';
import { aggregate, columnDimension, storeDimension, tally, total, type AggregateQuery, type Dimension } from './grouping.js';

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

const MEASURES = sql.join([
  tally(sql`*`, 'entries'),
  total(sql`e.earned_delta`, 'issued'),
  total(sql`e.used_delta`, 'spent'),
  total(sql`e.earned_delta - e.used_delta`, 'net'),
]);

const DIMENSIONS: Record<LedgerDimension, Dimension> = {
  [LedgerDimension.OPERATION_TYPE]: columnDimension(sql`e.operation_type`, 'operationType'),
  [LedgerDimension.SOURCE]: columnDimension(sql`e.source`, 'source'),
  [LedgerDimension.STORE]: storeDimension(sql`e.store_id`),
};

/** Points or experience issued and spent, by operation type, source, store and period of the entry. */
export function ledgerFlows(ctx: RequestContext, ledger: LedgerName, query: LedgerFlowsQuery): Promise<LedgerFlowRow[]> {
  return aggregate(
    ctx,
    {
      dimensions: DIMENSIONS,
      time: sql`e.created_at`,
      from: () => sql`from ${TABLES[ledger]} e`,
      measures: MEASURES,
      // Compiled before anything is sent: a where it refuses costs no SQL.
      where: [ledgerEntryWhereSql(query.where, 'e')],
    },
    query,
  );
}
