import { randomBytes, randomUUID } from 'node:crypto';
/**
 * Points changes per second with 16 concurrent clients, on one hot member and spread over 1,000
 * members: through GraphQL over HTTP, through the service in-process, and as bare SQL with `pg`
 * on the same database (the floor), printed with ratios. Not a test; run by hand:
 *
 *   npm run build && node dist/bench/points-throughput.js
 *
 * DATABASE_URL picks the server (a scratch database is created on it and dropped afterwards);
 * without it the embedded PostgreSQL starts. BENCH_SECONDS sets the length of each run (default 5),
 * BENCH_CLIENTS the concurrency (default 16), BENCH_ONLY one path (graphql, service) next to bare SQL.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { APP_DB_ROLE } from '../src/db/roles.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { LedgerDirection, PointsOperationType } from '../src/domain/loyalty-codes.js';
import { ApiKeyRole } from '../src/domain/access.enums.js';
import { createMetrics } from '../src/observability/metrics.js';
import { createRequestContext } from '../src/request/context.js';
import { changePoints } from '../src/services/points-ledger.service.js';
import { startBenchServer, type BenchServer } from './harness.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Run only this path (and the bare SQL floor), e.g. BENCH_ONLY=service for profiling. */
const only = process.env.BENCH_ONLY;
const log = pino({ level: 'silent' });

/** The floor: the balance update and the ledger entry with its balance_after, one statement. */
const SINGLE_STATEMENT = `
  with b as (
    update points_balance set current = current + $2, total_earned = total_earned + $2, updated_at = now()
     where member_id = $1 and current + $2 >= 0 returning member_id, merchant_id, current)
  insert into points_entry (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after, source, operation_type)
  select gen_random_uuid(), merchant_id, member_id, 'ADD', $2, $2, 0, current, 'ADJUSTMENT', 'MANUAL_GRANT' from b`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `op` from CLIENTS concurrent loops for SECONDS (after a short warm-up); returns ops per second. */
async function measure(op: (client: number) => Promise<void>): Promise<number> {
  const loop = async (until: number, counter: { n: number }) => {
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        while (performance.now() < until) {
          await op(client);
          counter.n++;
        }
      }),
    );
  };
  await loop(performance.now() + 1000, { n: 0 });
  const counter = { n: 0 };
  const start = performance.now();
  await loop(start + SECONDS * 1000, counter);
  return counter.n / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const config = loadConfig({
    // A bench makes its own data: any key seals it, unless one is given.
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
  const orm = await createOrm({ url, asAppRole: true, poolMax: CLIENTS + 4 });
  const bare = new pg.Pool({ connectionString: url, max: CLIENTS });
  // Clients still closing when the scratch database is dropped report that; it is expected.
  bare.on('error', () => undefined);
  const scoped = new pg.Pool({ connectionString: url, max: CLIENTS });
  scoped.on('error', () => undefined);
  scoped.on('connect', (client) => void client.query(`set role ${APP_DB_ROLE}`));
  let benchServer: BenchServer | undefined;
  try {
    await migrate(ownerOrm);
    // GraphQL is served by the real server in a child process (bench/server-process.ts), so the
    // load generated here does not share its thread; it creates the bench merchant and key.
    benchServer = await startBenchServer({ DATABASE_URL: url, DB_POOL_MAX: String(CLIENTS + 4) });
    const merchant = { id: benchServer.merchantId };
    const secret = benchServer.apiKey;
    const members = Array.from({ length: 1000 }, () => randomUUID());
    await ownerOrm.em
      .fork()
      .execute(`insert into member (id, merchant_id, code) select id, ?, 'B-' || id from unnest(?::uuid[]) as id`, [
        merchant.id,
        `{${members.join(',')}}`,
      ]);
    const hot = members[0]!;
    const pick = (spread: boolean) => (spread ? members[Math.floor(Math.random() * members.length)]! : hot);
    const input = (memberId: string) => ({
      memberId,
      direction: LedgerDirection.ADD,
      amount: '1',
      operationType: PointsOperationType.MANUAL_GRANT,
    });

    const deps = { orm, config, log, metrics: createMetrics() };
    const endpoint = `${benchServer.url}/graphql`;
    const principal = { merchantId: merchant.id, role: ApiKeyRole.OPERATOR, credentialId: randomUUID() };
    const mutation = 'mutation($i: ChangePointsInput!) { changePoints(input: $i) { errors { code } entry { balanceAfter } } }';

    const paths = {
      graphql: async (memberId: string) => {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query: mutation, variables: { i: input(memberId) } }),
        });
        const body = (await res.json()) as { data?: { changePoints: { errors: unknown[] } } };
        if (!body.data || body.data.changePoints.errors.length) throw new Error(JSON.stringify(body));
      },
      service: async (memberId: string) => {
        await changePoints(createRequestContext(deps, principal, randomUUID()), input(memberId));
      },
      // The floor: one statement, one round trip, as the table owner (no row-level security).
      'bare SQL': async (memberId: string) => {
        await bare.query(SINGLE_STATEMENT, [memberId, '1']);
      },
      // The same statement wrapped the way the ORM scopes a tenant: as the app role, in a
      // transaction that sets app.merchant_id first. Four round trips instead of one.
      'bare SQL, tenant-scoped': async (memberId: string) => {
        const client = await scoped.connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('app.merchant_id', $1, true)`, [merchant.id]);
          await client.query(SINGLE_STATEMENT, [memberId, '1']);
          await client.query('commit');
        } finally {
          client.release();
        }
      },
      // For comparison: the interactive transaction the single statement replaces.
      'bare SQL, interactive': async (memberId: string) => {
        const client = await bare.connect();
        try {
          await client.query('begin');
          const { rows } = await client.query<{ current: string; merchant_id: string }>(
            'select current, merchant_id from points_balance where member_id = $1 for update',
            [memberId],
          );
          await client.query(
            'update points_balance set current = current + 1, total_earned = total_earned + 1, updated_at = now() where member_id = $1',
            [memberId],
          );
          await client.query(
            `insert into points_entry (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after, source, operation_type)
             values (gen_random_uuid(), $1, $2, 'ADD', 1, 1, 0, $3::numeric + 1, 'ADJUSTMENT', 'MANUAL_GRANT')`,
            [rows[0]!.merchant_id, memberId, rows[0]!.current],
          );
          await client.query('commit');
        } finally {
          client.release();
        }
      },
    };

    console.log(`points changes per second, ${CLIENTS} concurrent clients, ${SECONDS} s per run`);
    console.log(
      `PostgreSQL: ${(await admin.query('show server_version')).rows[0].server_version}, CPUs: ${(await import('node:os')).cpus().length}\n`,
    );
    for (const spread of [false, true]) {
      const results: Record<string, number> = {};
      for (const [name, run] of Object.entries(paths)) {
        if (only && name !== only && name !== 'bare SQL') continue;
        results[name] = await measure(() => run(pick(spread)));
      }
      const floor = results['bare SQL']!;
      console.log(spread ? 'spread over 1,000 members' : 'one hot member');
      for (const [name, rate] of Object.entries(results)) {
        console.log(`  ${name.padEnd(24)} ${rate.toFixed(0).padStart(7)} /s   ${(rate / floor).toFixed(2)}x bare SQL`);
      }
      console.log();
    }
    const [check] = await ownerOrm.em.fork().execute<{ off: number }[]>(
      `select count(*)::int as off from points_balance b
        where b.current <> coalesce((select sum(earned_delta - used_delta) from points_entry e where e.member_id = b.member_id), 0)`,
    );
    console.log(`ledger = balance for every member: ${check?.off === 0 ? 'yes' : `NO (${check?.off} differ)`}`);
  } finally {
    await benchServer?.close();
    await bare.end();
    await scoped.end();
    await orm.close();
    await ownerOrm.close();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
