/**
 * `npm run bench:analytics`: the time of each analyst query at scale (issue 12, "Scale";
 * docs/performance.md "Analytics at scale"). One merchant with ANALYTICS_BENCH_MEMBERS members
 * (default 1,000,000) and ANALYTICS_BENCH_ENTRIES points entries (default 10,000,000), seeded by
 * `seed:analytics` into the database ANALYTICS_BENCH_URL (default: `membergraph_analytics_bench` on
 * DATABASE_URL's server, or 127.0.0.1:5432) the first time and reused after. Each query runs
 * through its service, as the app role under row-level security, once to warm up and then
 * ANALYTICS_BENCH_RUNS times (default 5); the median and the slowest are printed beside the goal
 * (a list page < 50 ms, an aggregate < 1 s). ANALYTICS_BENCH_KINDS=list times only the list pages;
 * ANALYTICS_BENCH_ONLY (a regular expression) only the queries whose names match.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createOrm, migrate } from '../src/db/orm.js';
import {
  AggregatePeriod,
  CardMoneyDimension,
  CouponDimension,
  LedgerDimension,
  MemberDimension,
} from '../src/domain/analytics.enums.js';
import { createMetrics } from '../src/observability/metrics.js';
import { operatorContext, type RequestContext } from '../src/request/context.js';
import { cardMoneyTotals } from '../src/services/analytics/card-money-totals.js';
import { couponTotals } from '../src/services/analytics/coupon-totals.js';
import { ownerDb, refreshDayTotals } from '../src/services/analytics/day-totals.js';
import { ledgerFlows } from '../src/services/analytics/ledger-flows.js';
import { liabilityAt } from '../src/services/analytics/liability.js';
import { memberCounts } from '../src/services/analytics/member-counts.js';
import { seedAnalytics } from '../src/services/analytics-seed.service.js';
import { createMerchant } from '../src/services/merchant.service.js';
import { listMembers, listMembersByLoyalty } from '../src/services/member-list.service.js';
import { listEntries } from '../src/services/points-ledger.service.js';
import type { PageQuery } from '../src/services/paging.js';

const MEMBERS = Number(process.env.ANALYTICS_BENCH_MEMBERS ?? 1_000_000);
const ENTRIES = Number(process.env.ANALYTICS_BENCH_ENTRIES ?? 10_000_000);
const RUNS = Number(process.env.ANALYTICS_BENCH_RUNS ?? 5);
const MERCHANT_NAME = `Analytics bench ${MEMBERS}/${ENTRIES}`;
/** `list` or `aggregate` to time only those (both by default). */
const KINDS = process.env.ANALYTICS_BENCH_KINDS?.split(',');
const LIST_GOAL_MS = 50;
const AGGREGATE_GOAL_MS = 1000;

function benchUrl(): string {
  if (process.env.ANALYTICS_BENCH_URL) return process.env.ANALYTICS_BENCH_URL;
  const url = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/membergraph_analytics_bench';
  return url.toString();
}

async function ensureDatabase(url: string): Promise<void> {
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1));
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

interface Measure {
  name: string;
  kind: 'list' | 'aggregate';
  run: () => Promise<unknown>;
}

async function time(measure: Measure): Promise<{ median: number; max: number; runs: number }> {
  const warm = performance.now();
  await measure.run();
  const warmUp = performance.now() - warm;
  // Far past its goal: the one (cold) run says enough, and repeating it would take minutes.
  if (warmUp > 10 * (measure.kind === 'list' ? LIST_GOAL_MS : AGGREGATE_GOAL_MS)) return { median: warmUp, max: warmUp, runs: 1 };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await measure.run();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, runs: RUNS };
}

function measures(
  ctx: RequestContext,
  deepCursor: string,
  deepStore: string,
  deepMember: string,
  deepLoyaltyCursor: string,
): Measure[] {
  const page: PageQuery = { offset: 0, limit: 20, countTotal: false };
  const lastYear = {
    from: `${new Date().getUTCFullYear() - 1}-01-01`,
    to: `${new Date().getUTCFullYear() - 1}-12-31`,
  };
  // The local month before this one, and the last 12 month ends (instants in the merchant's zone, +08:00).
  const now = new Date();
  const monthStart = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const lastMonth = {
    from: monthStart(1).toISOString().slice(0, 10),
    to: new Date(monthStart(0).getTime() - 86_400_000).toISOString().slice(0, 10),
  };
  const monthEnds = Array.from({ length: 12 }, (_, i) => new Date(monthStart(i).getTime() - 8 * 3_600_000));
  return [
    { name: 'members: newest first', kind: 'list', run: () => listMembers(ctx, page) },
    {
      name: 'members: status ACTIVE, label vip',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { status: { eq: 'ACTIVE' }, labels: { contains: ['vip'] } } }),
    },
    {
      name: 'members: by name',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, order: { field: 'NAME', direction: 'ASC' } }),
    },
    {
      name: 'members: mobile eq',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { mobile: { eq: '13000123456' } } }),
    },
    {
      name: 'members: register store, newest first',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { registerStoreId: { eq: deepStore } } }),
    },
    {
      name: 'members: name contains (trigram index)',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { name: { contains: '4242' } } }),
    },
    {
      name: 'members: a label nobody has',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { labels: { contains: ['no-such-label'] } } }),
    },
    {
      name: 'members: points >= 1000 (newest first)',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, where: { points: { gte: '1000' } } }),
    },
    {
      name: 'members: cursor page after the 900,000th',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, after: deepCursor }),
    },
    {
      name: 'members: with totalItems (count)',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, countTotal: true, where: { status: { eq: 'SUSPENDED' } } }),
    },
    {
      name: 'membersByLoyalty: points desc',
      kind: 'list',
      run: () => listMembersByLoyalty(ctx, { ...page, order: { field: 'POINTS', direction: 'DESC' } }),
    },
    {
      name: 'members: unfiltered, with totalItems (1M)',
      kind: 'list',
      run: () => listMembers(ctx, { ...page, countTotal: true }),
    },
    {
      name: 'membersByLoyalty: points, after the 900,000th',
      kind: 'list',
      run: () => listMembersByLoyalty(ctx, { ...page, order: { field: 'POINTS', direction: 'DESC' }, after: deepLoyaltyCursor }),
    },
    {
      name: 'membersByLoyalty: grade desc',
      kind: 'list',
      run: () => listMembersByLoyalty(ctx, { ...page, order: { field: 'GRADE', direction: 'DESC' } }),
    },
    { name: 'pointsEntries: newest first', kind: 'list', run: () => listEntries(ctx, { ...page, ledger: 'points' }) },
    {
      name: 'pointsEntries: operation type, amount >= 400',
      kind: 'list',
      run: () =>
        listEntries(ctx, {
          ...page,
          ledger: 'points',
          where: { operationType: { eq: 'BIRTHDAY_GIFT' }, amount: { gte: '400' } },
        }),
    },
    {
      name: 'pointsEntries: of one member',
      kind: 'list',
      run: () => listEntries(ctx, { ...page, ledger: 'points', filter: { memberId: deepMember } }),
    },
    {
      name: 'memberCounts by status, grade',
      kind: 'aggregate',
      run: () => memberCounts(ctx, { groupBy: [MemberDimension.STATUS, MemberDimension.GRADE] }),
    },
    {
      name: 'memberCounts by channel, month',
      kind: 'aggregate',
      run: () => memberCounts(ctx, { groupBy: [MemberDimension.CHANNEL], period: AggregatePeriod.MONTH }),
    },
    {
      name: 'memberCounts by register store',
      kind: 'aggregate',
      run: () => memberCounts(ctx, { groupBy: [MemberDimension.REGISTER_STORE] }),
    },
    {
      name: 'pointsFlows by operation type (all 10M)',
      kind: 'aggregate',
      run: () => ledgerFlows(ctx, 'points', { groupBy: [LedgerDimension.OPERATION_TYPE] }),
    },
    {
      name: 'pointsFlows by store, month (all 10M)',
      kind: 'aggregate',
      run: () => ledgerFlows(ctx, 'points', { groupBy: [LedgerDimension.STORE], period: AggregatePeriod.MONTH }),
    },
    {
      name: 'pointsFlows by operation type, last year',
      kind: 'aggregate',
      run: () => ledgerFlows(ctx, 'points', { groupBy: [LedgerDimension.OPERATION_TYPE], range: lastYear }),
    },
    {
      name: 'experienceFlows by source',
      kind: 'aggregate',
      run: () => ledgerFlows(ctx, 'experience', { groupBy: [LedgerDimension.SOURCE] }),
    },
    {
      name: 'cardMoneyTotals by store, month',
      kind: 'aggregate',
      run: () => cardMoneyTotals(ctx, { groupBy: [CardMoneyDimension.STORE], period: AggregatePeriod.MONTH }),
    },
    {
      name: 'couponTotals by template, month',
      kind: 'aggregate',
      run: () => couponTotals(ctx, { groupBy: [CouponDimension.TEMPLATE], period: AggregatePeriod.MONTH }),
    },
    {
      name: 'pointsFlows of one store, by month',
      kind: 'aggregate',
      run: () =>
        ledgerFlows(ctx, 'points', {
          where: { storeId: { eq: deepStore } },
          groupBy: [LedgerDimension.OPERATION_TYPE],
          period: AggregatePeriod.MONTH,
        }),
    },
    {
      name: 'pointsFlows of vip members, last month (raw rows)',
      kind: 'aggregate',
      run: () =>
        ledgerFlows(ctx, 'points', {
          where: { member: { labels: { contains: ['vip'] } } },
          groupBy: [LedgerDimension.OPERATION_TYPE],
          range: lastMonth,
        }),
    },
    {
      name: 'cardMoneyTotals of one store, by day',
      kind: 'aggregate',
      run: () => cardMoneyTotals(ctx, { where: { storeId: { eq: deepStore } }, period: AggregatePeriod.DAY }),
    },
    {
      name: 'liability at 12 month ends',
      kind: 'aggregate',
      run: () => liabilityAt(ctx, monthEnds),
    },
    {
      name: 'liability now and a year ago',
      kind: 'aggregate',
      run: () => liabilityAt(ctx, [new Date(), new Date(Date.now() - 365 * 86_400_000)]),
    },
  ];
}

async function main(): Promise<void> {
  const url = benchUrl();
  await ensureDatabase(url);
  const owner = await createOrm({ url, asAppRole: false, poolMax: 2 });
  await migrate(owner);
  const app = await createOrm({ url, asAppRole: true, poolMax: 4 });
  try {
    let [merchant] = await owner.em.fork().execute<{ id: string }[]>('select id from merchant where name = ?', [MERCHANT_NAME]);
    const [{ n: seeded } = { n: 0 }] = merchant
      ? await owner.em
          .fork()
          .execute<{ n: number }[]>(`select count(*)::int as n from member where merchant_id = ? and code like 'AN%'`, [
            merchant.id,
          ])
      : [];
    if (!merchant || seeded < MEMBERS) {
      merchant ??= await createMerchant(app, { name: MERCHANT_NAME, timeZone: 'Asia/Shanghai' });
      console.log(`seeding ${MEMBERS - seeded} members and their entries into ${url} …`);
      const result = await seedAnalytics(url, {
        merchantId: merchant.id,
        members: MEMBERS - seeded,
        entries: Math.round((ENTRIES * (MEMBERS - seeded)) / MEMBERS),
        onProgress: (p) =>
          process.stdout.write(`  ${p.members} members, ${p.entries} entries, ${Math.round(p.elapsedMs / 1000)} s\r`),
      });
      console.log(`\nseeded in ${Math.round(result.elapsedMs / 1000)} s`);
      // memberCounts reads these by index-only scans, which skip the heap only for pages the
      // visibility map marks all-visible. A seed's fresh pages are not marked until a vacuum;
      // autovacuum would get there (after so many inserts) minutes later, during the timings.
      const vacuumStarted = performance.now();
      for (const table of ['member', 'exp_balance', 'member_channel']) await owner.em.fork().execute(`vacuum ${table}`);
      console.log(`vacuumed in ${Math.round((performance.now() - vacuumStarted) / 1000)} s`);
    }
    // The day totals the aggregates read (rebuilt after a seed, which writes past days).
    const refreshStarted = performance.now();
    const refresh = await refreshDayTotals(ownerDb(owner), merchant.id, { rebuild: !!(seeded < MEMBERS) });
    console.log(
      `day totals through ${refresh.throughDay}: ${refresh.upToDate ? 'up to date' : `summed ${refresh.fromDay ? `from ${refresh.fromDay}` : 'every day'}`} in ${Math.round(performance.now() - refreshStarted)} ms`,
    );
    const config = loadConfig({
      DATABASE_URL: url,
      SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
      LOG_LEVEL: 'silent',
      // Measure the slow ones instead of cutting them off.
      ANALYTICS_STATEMENT_TIMEOUT_MS: '600000',
    });
    const ctx = operatorContext({ orm: app, config, log: pino({ level: 'silent' }), metrics: createMetrics() }, merchant.id);
    // A cursor deep in the list, and a store: taken once, outside the timings.
    const deepOffset = 900_000 < MEMBERS ? 900_000 : MEMBERS - 1;
    const deep = await listMembers(ctx, { offset: deepOffset, limit: 1, countTotal: false });
    const deepLoyalty = await listMembersByLoyalty(ctx, {
      offset: deepOffset,
      limit: 1,
      countTotal: false,
      order: { field: 'POINTS', direction: 'DESC' },
    });
    const [store] = await owner.em
      .fork()
      .execute<{ id: string }[]>(`select id from store where merchant_id = ? and code = 'AS07'`, [merchant.id]);
    console.log(
      `\n${MEMBERS.toLocaleString('en')} members, ${ENTRIES.toLocaleString('en')} points entries; median / slowest of ${RUNS} runs\n`,
    );
    console.log(`${'query'.padEnd(48)} ${'median'.padStart(10)} ${'slowest'.padStart(10)}  goal`);
    const only = new RegExp(process.env.ANALYTICS_BENCH_ONLY ?? '');
    const chosen = measures(ctx, deep.pageInfo.endCursor!, store!.id, deep.items[0]!.id, deepLoyalty.pageInfo.endCursor!).filter(
      (m) => (!KINDS || KINDS.includes(m.kind)) && only.test(m.name),
    );
    for (const measure of chosen) {
      const { median, max, runs } = await time(measure);
      const goal = measure.kind === 'list' ? LIST_GOAL_MS : AGGREGATE_GOAL_MS;
      const verdict = median < goal ? 'met' : 'MISSED';
      console.log(
        `${measure.name.padEnd(48)} ${`${median.toFixed(1)} ms`.padStart(10)} ${`${max.toFixed(1)} ms`.padStart(10)}  < ${goal} ms ${verdict}${runs === 1 ? ' (one cold run)' : ''}`,
      );
    }
  } finally {
    await app.close();
    await owner.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
