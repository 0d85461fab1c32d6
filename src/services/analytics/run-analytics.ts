import { sql, type Kysely } from 'kysely';
import { MERCHANT_SETTING } from '../../db/roles.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';

/**
 * A read-only transaction of an analyst query, on a connection of its own. Kysely's `sql`
 * fragments run on it (`sql\`…\`.execute(db)`); the tables carry no kysely types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped tables: queries are `sql` fragments
export type AnalyticsDb = Kysely<any>;

/** PostgreSQL's query_canceled: statement_timeout fired (nothing else cancels these connections). */
const QUERY_CANCELED = '57014';

function isCancelled(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === QUERY_CANCELED) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Runs heavy analyst reads (aggregates, exports) apart from the request path: on the read replica
 * when DATABASE_READ_URL is set, otherwise on a connection of the main pool other than the
 * request's own transaction; in a read-only transaction with the caller's merchant set (row-level
 * security applies exactly as to any request, the connection being in the app role) and
 * `statement_timeout` = ANALYTICS_STATEMENT_TIMEOUT_MS, so a runaway query is cancelled by
 * PostgreSQL instead of holding a connection the ledger needs. A cancelled query is answered with
 * ErrorCode.QUERY_TIMEOUT.
 *
 * Statements: `begin`, one `select set_config(…)` (with `settings`), what `work` sends, `commit`.
 */
export async function runAnalytics<T>(
  ctx: RequestContext,
  work: (db: AnalyticsDb) => Promise<T>,
  /** Planner settings of this query (names from code, never input), set in the same statement. */
  settings: Record<string, string> = {},
): Promise<T> {
  const merchantId = ctx.principal.merchantId;
  // Never a connection without a merchant: row-level security would show nothing, silently.
  if (!merchantId) throw new BusinessError(ErrorCode.INVALID_INPUT, 'Analytics need a merchant.');
  // The pool's kysely, not the request transaction's: a replica when configured (orm.ts `readUrl`).
  const pool: AnalyticsDb = ctx.em.getDriver().getConnection('read').getClient();
  const timeoutMs = ctx.config.ANALYTICS_STATEMENT_TIMEOUT_MS;
  try {
    return await pool
      .transaction()
      .setAccessMode('read only')
      .execute(async (db) => {
        // set_config(…, true) is SET LOCAL: all end with the transaction, nothing leaks into the pool.
        // JIT off: the planner compiles any statement it expects to be costly (a lateral read of a
        // ten-million-row ledger, even one that index bounds make tiny), which cost 200-900 ms
        // per statement here against milliseconds of execution over the day totals.
        const own = Object.entries(settings).map(([name, value]) => sql`, set_config(${name}, ${value}, true)`);
        await sql`select set_config(${MERCHANT_SETTING}, ${merchantId}, true),
          set_config('statement_timeout', ${String(timeoutMs)}, true), set_config('jit', 'off', true)${sql.join(own, sql``)}`.execute(
          db,
        );
        return work(db);
      });
  } catch (error) {
    if (!isCancelled(error)) throw error;
    ctx.log.warn({ timeoutMs }, 'analyst query cancelled by statement_timeout');
    throw new BusinessError(
      ErrorCode.QUERY_TIMEOUT,
      `The query ran longer than ${timeoutMs} ms and was cancelled; narrow it (a shorter range, a filter) and retry.`,
    );
  }
}
