import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import { MERCHANT_SETTING } from '../../db/roles.js';
import { CARD_MOVEMENT_MEASURES, cardMovementRows } from './card-money-totals.js';
import { couponEventRows } from './coupon-totals.js';
import { ledgerEntryRows } from './ledger-flows.js';

/**
 * Day totals: what the aggregates over ledgers, card movements and coupons sum, summed once per
 * merchant, local day and group key (ledger_day_total, card_money_day_total, coupon_day_total;
 * migration m20261127-300). An aggregate over years of entries then reads a few rows per day
 * instead of millions of entries (issue 12: under a second over 10M entries), and stays exact:
 *
 * - The totals hold every local day up to `through_day` (analytics_day_state); an aggregate adds
 *   the raw rows after it (grouping.ts analyticsScope), a day or two of rows found by the
 *   tables' (merchant_id, created_at) indexes. Any where input sends an aggregate to the raw rows
 *   instead, since it can ask what the totals do not keep.
 * - A day is summed only once it ended DAY_TOTALS_LAG ago, and each refresh sums again the day
 *   before the previous `through_day`: a row is missed only if its transaction stayed open more
 *   than a day after it began (rows take the transaction's start as created_at; request
 *   transactions last milliseconds). `--rebuild` sums everything again.
 * - Days are the merchant's local days in the zone recorded with them; a merchant whose zone
 *   differs (a changed zone) reads raw rows until the next refresh sums again in the new zone.
 * - A refresh is one transaction (readers see the old totals or the new ones, never a mix), under
 *   a per-merchant advisory lock (any number of refreshers may run), as the tables' owner with the
 *   merchant set: the FORCEd row-level security confines it to that merchant as any request.
 *
 * The same pass folds each merchant's member count rows (compactMemberCounts).
 *
 * Who refreshes: `npm start` and `npm run worker` every ANALYTICS_DAY_TOTALS_REFRESH_SECONDS
 * (startDayTotalsRefresher), and `npm run cli -- analytics:refresh [--merchant] [--rebuild]`;
 * `seed:analytics`, which writes past days, rebuilds at its end.
 * @module
 */

/** How long after a local day ends it is summed (see above). */
export const DAY_TOTALS_LAG = '1 hour';

const REFRESH_LOCK = 0x6d67_6474; // 'mgdt': one refresh of a merchant at a time

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped tables: statements are `sql` fragments
type OwnerDb = Kysely<any>;

export interface DayTotalsRefresh {
  merchantId: string;
  /** The last local day the totals hold now. */
  throughDay: string;
  /** The first day summed by this refresh; null: all of them. */
  fromDay: string | null;
  /** Nothing to do: the totals already held every day that may be summed. */
  upToDate: boolean;
}

/** The owner's kysely (the tables' owner; row-level security FORCEd, so the merchant set confines it). */
export const ownerDb = (ownerOrm: Orm): OwnerDb => ownerOrm.em.getDriver().getConnection('write').getClient() as OwnerDb;

/** Sums the days of one merchant the totals lack (or, with `rebuild`, all of them). */
export function refreshDayTotals(
  owner: OwnerDb,
  merchantId: string,
  options: { rebuild?: boolean } = {},
): Promise<DayTotalsRefresh> {
  return owner.transaction().execute(async (db) => {
    await sql`select set_config(${MERCHANT_SETTING}, ${merchantId}, true),
      pg_advisory_xact_lock(${REFRESH_LOCK}, hashtext(${merchantId}))`.execute(db);
    const {
      rows: [plan],
    } = await sql<{ timeZone: string; throughDay: string; doneThrough: string | null; fromDay: string | null }>`
      select m.time_zone as "timeZone", d.target::text as "throughDay",
        case when s.time_zone = m.time_zone then s.through_day::text end as "doneThrough",
        case when s.time_zone = m.time_zone then (least(s.through_day, d.target) - 1)::text end as "fromDay"
      from merchant m
      cross join lateral (select ((now() - interval '${sql.raw(DAY_TOTALS_LAG)}') at time zone m.time_zone)::date - 1 as target) d
      left join analytics_day_state s on s.merchant_id = m.id
      where m.id = ${merchantId}`.execute(db);
    if (!plan) throw new Error(`No merchant ${merchantId}.`);
    if (!options.rebuild && plan.doneThrough === plan.throughDay) {
      return { merchantId, throughDay: plan.throughDay, fromDay: plan.fromDay, upToDate: true };
    }
    const fromDay = options.rebuild ? null : plan.fromDay;
    const zone = plan.timeZone;
    // Rows of the days summed: from local midnight of fromDay to local midnight after throughDay.
    // The merchant named as well as set: an owner that is a superuser (the embedded default's)
    // bypasses row-level security.
    const window = (alias: string, column = 'created_at') => [
      sql<boolean>`${sql.ref(`${alias}.merchant_id`)} = ${merchantId}`,
      sql<boolean>`${sql.ref(`${alias}.${column}`)} >= coalesce(${fromDay}::date::timestamp at time zone ${zone}, '-infinity')`,
      sql<boolean>`${sql.ref(`${alias}.${column}`)} < (${plan.throughDay}::date + 1)::timestamp at time zone ${zone}`,
    ];
    const replaced = fromDay === null ? sql<boolean>`true` : sql<boolean>`day >= ${fromDay}::date`;
    for (const table of ['ledger_day_total', 'card_money_day_total', 'coupon_day_total']) {
      await sql`delete from ${sql.table(table)} where merchant_id = ${merchantId} and ${replaced}`.execute(db);
    }
    for (const ledger of ['points', 'experience'] as const) {
      await sql`insert into ledger_day_total (merchant_id, ledger, day, operation_type, source, store_id, entries, issued, spent, net)
        select ${merchantId}, ${ledger}, r.day, r.operation_type, r.source, r.store_id,
          count(*), sum(r.issued), sum(r.spent), sum(r.net)
        from (${ledgerEntryRows(ledger, zone, window('e'))}) r
        group by r.day, r.operation_type, r.source, r.store_id`.execute(db);
    }
    const measures = sql.join(CARD_MOVEMENT_MEASURES.map((c) => sql.id(c)));
    const sums = sql.join(CARD_MOVEMENT_MEASURES.map((c) => sql`sum(${sql.ref(`mv.${c}`)})`));
    await sql`insert into card_money_day_total (merchant_id, day, store_id, ${measures})
      select ${merchantId}, mv.day, mv.store_id, ${sums}
      from (${cardMovementRows(zone, window('x'))}) mv
      group by mv.day, mv.store_id`.execute(db);
    await sql`insert into coupon_day_total (merchant_id, day, coupon_template_id, source, issued, redeemed)
      select ${merchantId}, ev.day, ev.coupon_template_id, ev.source, sum(ev.issued), sum(ev.redeemed)
      from (${couponEventRows(zone, window('c'), window('c', 'redeemed_at'))}) ev
      group by ev.day, ev.coupon_template_id, ev.source`.execute(db);
    await sql`insert into analytics_day_state (merchant_id, time_zone, through_day, refreshed_at)
      values (${merchantId}, ${zone}, ${plan.throughDay}::date, now())
      on conflict (merchant_id) do update
        set time_zone = excluded.time_zone, through_day = excluded.through_day, refreshed_at = excluded.refreshed_at`.execute(db);
    return { merchantId, throughDay: plan.throughDay, fromDay, upToDate: false };
  });
}

/**
 * Folds a merchant's member count rows (migration m20261127-340: one signed row per statement that
 * added or removed members) into one, in one statement: rows added meanwhile stay beside it.
 */
export async function compactMemberCounts(owner: OwnerDb, merchantId: string): Promise<void> {
  await owner.transaction().execute(async (db) => {
    await sql`select set_config(${MERCHANT_SETTING}, ${merchantId}, true)`.execute(db);
    await sql`with folded as (
        delete from member_count_delta
         where merchant_id = ${merchantId} and (select count(*) from member_count_delta where merchant_id = ${merchantId}) > 1
        returning delta)
      insert into member_count_delta (merchant_id, delta) select ${merchantId}, sum(delta) from folded having count(*) > 0`.execute(
      db,
    );
  });
}

/**
 * Refreshes every merchant's day totals and folds its member count rows (the owner lists
 * merchants across tenants).
 */
export async function refreshAllDayTotals(owner: OwnerDb, options: { rebuild?: boolean } = {}): Promise<DayTotalsRefresh[]> {
  const { rows } = await sql<{ id: string }>`select id from merchant order by created_at`.execute(owner);
  const done: DayTotalsRefresh[] = [];
  for (const { id } of rows) {
    done.push(await refreshDayTotals(owner, id, options));
    await compactMemberCounts(owner, id);
  }
  return done;
}

export interface DayTotalsRefresher {
  /** One pass over every merchant now (tests); answers the merchants whose totals changed. */
  runNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Refreshes every merchant's totals at start and then every `intervalSeconds`. A pass that fails
 * (database away) is logged and tried again at the next tick; aggregates stay exact meanwhile,
 * reading more raw rows.
 */
export function startDayTotalsRefresher(ownerOrm: Orm, intervalSeconds: number, log: Logger): DayTotalsRefresher {
  const owner = ownerDb(ownerOrm);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  const pass = async (): Promise<number> => {
    const done = await refreshAllDayTotals(owner);
    const changed = done.filter((d) => !d.upToDate);
    if (changed.length) log.info({ merchants: changed.length }, 'analytics day totals refreshed');
    return changed.length;
  };
  const tick = () => {
    running = pass().catch((error: unknown) => {
      log.warn({ err: error }, 'analytics day totals refresh failed; will retry');
      return 0;
    });
    void running.finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalSeconds * 1000).unref();
    });
  };
  tick();
  return {
    runNow: async () => {
      await running;
      return pass();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
