/**
 * Points changes per second at 16 concurrent clients, on one hot member and spread over 1,000
 * members, three ways in alternating rounds, with every guarantee checked after every run:
 *
 *   - floor: the service's own ledger statement (services/ledger-statement.ts, built by the same
 *     code as changePoints), sent bare with `pg` as a named prepared statement, one round trip,
 *     as the app role with the merchant set on the connection: the same role and row-level
 *     security as the service, nothing else;
 *   - service: changePoints in-process (validation, the statement, its transaction);
 *   - GraphQL: the changePoints mutation over HTTP to the real server in a child process.
 *
 * After each run: every balance column (current, total_earned, used) against the sums of the
 * ledger, and the balance_after chain (each entry's balance_after is the running sum of the
 * member's entries in order), over every member. Printed per path: changes/s (mean of the rounds),
 * SQL statements per change, the share of HOT balance updates (pg_stat_user_tables), the
 * server's RSS (GraphQL), each ratio to the floor, and one hot member against spread.
 *
 *   npm run bench:points
 *
 * DATABASE_URL picks the server (a scratch database is created on it and dropped afterwards);
 * without it the embedded PostgreSQL starts. BENCH_SECONDS per run (5), BENCH_ROUNDS (3),
 * BENCH_CLIENTS (16).
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { APP_DB_ROLE, MERCHANT_SETTING } from '../src/db/roles.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { ApiKeyRole } from '../src/domain/access.enums.js';
import { LedgerDirection, PointsOperationType } from '../src/domain/loyalty-codes.js';
import { createMetrics } from '../src/observability/metrics.js';
import { createRequestContext } from '../src/request/context.js';
import { buildLedgerStatement } from '../src/services/ledger-statement.js';
import { positionalStatement } from '../src/db/one-trip.js';
import { changePoints, parsePointsChange, pointsChangeCommand } from '../src/services/points-ledger.service.js';
import { startBenchServer, type BenchServer } from './harness.js';
import { printProfileSummary } from './profile-summary.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MEMBERS = 1000;
const log = pino({ level: 'silent' });
const profileDir = process.env.BENCH_PROFILE;

const MUTATION = 'mutation($i: ChangePointsInput!) { changePoints(input: $i) { errors { code } entry { balanceAfter } } }';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `op` from CLIENTS concurrent loops for SECONDS; returns changes per second. */
async function measure(op: () => Promise<void>): Promise<number> {
  let done = 0;
  const start = performance.now();
  const until = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        await op();
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

interface Run {
  rate: number;
  statementsPerChange: number;
  hotShare: number;
  rssMb: number | null;
}

async function main(): Promise<void> {
  const config = loadConfig({
    SECRETS_KEY: randomBytes(32).toString('base64'),
    ...process.env,
    LOG_LEVEL: 'silent',
    DB_POOL_MAX: String(CLIENTS + 4),
  });
  const server = await openDatabase(config, log);
  const database = `mg_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  const url = withDatabase(server.url, database);
  const ownerOrm = await createOrm({ url, asAppRole: false, poolMax: 2 });
  let serviceStatements = 0;
  const orm = await createOrm({ url, asAppRole: true, poolMax: CLIENTS + 4, onQuery: () => void serviceStatements++ });
  let floor: pg.Pool | undefined;
  let benchServer: BenchServer | undefined;
  try {
    await migrate(ownerOrm);
    // BENCH_PROFILE=<dir>: the GraphQL server under --cpu-prof, its self time by package printed at the end.
    benchServer = await startBenchServer(
      { DATABASE_URL: url, DB_POOL_MAX: String(CLIENTS + 4) },
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    const merchantId = benchServer.merchantId;
    const members = Array.from({ length: MEMBERS }, () => randomUUID());
    await ownerOrm.em
      .fork()
      .execute(`insert into member (id, merchant_id, code) select id, ?, 'B-' || id from unnest(?::uuid[]) as id`, [
        merchantId,
        `{${members.join(',')}}`,
      ]);
    const owner = ownerOrm.em.fork();
    const input = (memberId: string) => ({
      memberId,
      direction: LedgerDirection.ADD,
      amount: '1',
      operationType: PointsOperationType.MANUAL_GRANT,
    });
    const principal = { merchantId, role: ApiKeyRole.OPERATOR, credentialId: randomUUID() };
    const deps = { orm, config, log, metrics: createMetrics() };

    // The floor's connections belong to the merchant for the whole bench: the app role and the
    // merchant set once per connection, so each change is its statement alone.
    floor = new pg.Pool({ connectionString: url, max: CLIENTS });
    const floorPool = floor;
    const scoped = new WeakSet<pg.PoolClient>();
    const floorClient = async () => {
      const client = await floorPool.connect();
      if (!scoped.has(client)) {
        await client.query(`set role ${APP_DB_ROLE}; select set_config('${MERCHANT_SETTING}', '${merchantId}', false)`);
        scoped.add(client);
      }
      return client;
    };
    const floorStatement = (memberId: string) => {
      const command = pointsChangeCommand({ principal }, parsePointsChange(input(memberId)), '1', null);
      const { sql, params } = buildLedgerStatement(command);
      const { text, names } = positionalStatement(sql, params);
      return { name: 'bench_points_change', text, values: names.map((n) => params[n]) };
    };

    const paths: Record<string, (memberId: string) => Promise<void>> = {
      floor: async (memberId) => {
        const client = await floorClient();
        try {
          const { rows } = await client.query<{ _current: string | null }>(floorStatement(memberId));
          if (rows[0]?._current == null) throw new Error('the floor statement changed nothing');
        } finally {
          client.release();
        }
      },
      service: async (memberId) => {
        await changePoints(createRequestContext(deps, principal, randomUUID()), input(memberId));
      },
      GraphQL: async (memberId) => {
        const res = await fetch(`${benchServer!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${benchServer!.apiKey}` },
          body: JSON.stringify({ query: MUTATION, variables: { i: input(memberId) } }),
        });
        const body = (await res.json()) as { data?: { changePoints: { errors: unknown[] } } };
        if (!body.data || body.data.changePoints.errors.length) throw new Error(JSON.stringify(body));
      },
    };
    const statementsOf = async (path: string): Promise<number> =>
      path === 'floor' ? 0 : path === 'service' ? serviceStatements : (await benchServer!.stats()).statements;
    const hotCounters = async () => {
      const [row] = await owner.execute<{ upd: string; hot: string }[]>(
        `select pg_stat_clear_snapshot(), n_tup_upd as upd, n_tup_hot_upd as hot from pg_stat_user_tables where relname = 'points_balance'`,
      );
      return { upd: Number(row!.upd), hot: Number(row!.hot) };
    };
    const checkLedger = async (label: string) => {
      const [off] = await owner.execute<{ balances: number; chain: number }[]>(`
        select
          (select count(*)::int from points_balance b
             left join lateral (select coalesce(sum(e.earned_delta - e.used_delta), 0) as cur, coalesce(sum(e.earned_delta), 0) as earned,
                                       coalesce(sum(e.used_delta), 0) as used
                                  from points_entry e where e.member_id = b.member_id) s on true
            where b.current <> s.cur or b.total_earned <> s.earned or b.used <> s.used) as balances,
          (select count(*)::int from (
             select balance_after, sum(earned_delta - used_delta) over (partition by member_id order by seq) as running
               from points_entry) x
            where x.balance_after <> x.running) as chain`);
      if (off!.balances || off!.chain)
        throw new Error(
          `after ${label}: ${off!.balances} balances and ${off!.chain} balance_after values differ from the ledger`,
        );
    };

    console.log(`points changes per second, ${CLIENTS} concurrent clients, ${ROUNDS} alternating rounds of ${SECONDS} s`);
    console.log(
      `PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version}, ${cpus().length} CPUs, load average before ${loadavg()[0]!.toFixed(2)}`,
    );
    const hot = members[0]!;
    const cases = {
      'one hot member': () => hot,
      'spread over 1,000 members': () => members[Math.floor(Math.random() * MEMBERS)]!,
    };
    // Warm-up: every path once per case, so no round pays for a first connection or a first plan.
    for (const pick of Object.values(cases)) for (const run of Object.values(paths)) await run(pick());

    const results = new Map<string, Run[]>();
    for (let round = 0; round < ROUNDS; round++) {
      const order = Object.keys(paths);
      if (round % 2) order.reverse();
      for (const [caseName, pick] of Object.entries(cases)) {
        for (const path of order) {
          const statementsBefore = await statementsOf(path);
          const countersBefore = await hotCounters();
          const rate = await measure(() => paths[path]!(pick()));
          await checkLedger(`${path}, ${caseName}, round ${round + 1}`);
          // Backends report their table counters when idle, within a second.
          await new Promise((resolve) => setTimeout(resolve, 1100));
          const countersAfter = await hotCounters();
          const changes = rate * SECONDS;
          const run: Run = {
            rate,
            statementsPerChange: path === 'floor' ? 1 : ((await statementsOf(path)) - statementsBefore) / changes,
            hotShare: (countersAfter.hot - countersBefore.hot) / Math.max(1, countersAfter.upd - countersBefore.upd),
            rssMb: path === 'GraphQL' ? (await benchServer.stats()).rssBytes / 2 ** 20 : null,
          };
          const key = `${caseName}|${path}`;
          results.set(key, [...(results.get(key) ?? []), run]);
        }
      }
    }
    console.log(
      `load average after ${loadavg()[0]!.toFixed(2)}; ledger = balance (every column) and the balance_after chain: checked after every run\n`,
    );

    const mean = (runs: Run[], pick: (r: Run) => number) => runs.reduce((s, r) => s + pick(r), 0) / runs.length;
    console.log('| case | path | changes/s | SQL/change | HOT updates | RSS MB | / floor | hot / spread |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const caseName of Object.keys(cases)) {
      const floorRate = mean(results.get(`${caseName}|floor`)!, (r) => r.rate);
      for (const path of Object.keys(paths)) {
        const runs = results.get(`${caseName}|${path}`)!;
        const rate = mean(runs, (r) => r.rate);
        const spread = mean(results.get(`spread over 1,000 members|${path}`)!, (r) => r.rate);
        const rss = runs.map((r) => r.rssMb).filter((r): r is number => r !== null);
        console.log(
          `| ${caseName} | ${path} | ${rate.toFixed(0)} | ${mean(runs, (r) => r.statementsPerChange).toFixed(2)} | ${(100 * mean(runs, (r) => r.hotShare)).toFixed(0)} % | ${rss.length ? Math.max(...rss).toFixed(0) : ''} | ${(rate / floorRate).toFixed(2)} | ${caseName.startsWith('one') ? (rate / spread).toFixed(2) : ''} |`,
        );
      }
    }
    const [size] = await owner.execute<{ table: string; indexes: string }[]>(
      `select pg_size_pretty(pg_table_size('points_balance')) as table, pg_size_pretty(pg_indexes_size('points_balance')) as indexes`,
    );
    console.log(`\npoints_balance after the bench: table ${size!.table}, indexes ${size!.indexes} (${MEMBERS} rows)`);
  } finally {
    await benchServer?.close();
    await floor?.end();
    await orm.close();
    await ownerOrm.close();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
    await server.stop();
  }
  if (profileDir) printProfileSummary(profileDir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
