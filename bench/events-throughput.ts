/**
 * Outbound events, measured (docs/events.md, "Throughput"). Not a test; run by hand:
 *
 *   npm run bench:events
 *
 * 1. API write throughput (points changes through the service, BENCH_CLIENTS concurrent clients)
 *    with the outbox on, and off (a BEFORE INSERT trigger that drops outbox rows, so the ledger
 *    statement is the same and only the event row, its index entries and WAL are saved).
 * 2. Delivery throughput: a backlog of BENCH_EVENTS events over 200 members, drained by one worker
 *    into a local receiver that answers 204 at once: events delivered per second.
 * 3. Commit to delivery: changes made at a steady BENCH_RATE per second while the worker runs;
 *    the delay from the command's return (its commit) to the receiver's arrival, p50 and p99.
 *
 * DATABASE_URL picks the server (a scratch database is created on it and dropped afterwards);
 * without it the embedded PostgreSQL starts. EVENTS_* settings apply as in production.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { installSecretsKey } from '../src/db/secret-box.js';
import { ApiKeyRole } from '../src/domain/access.enums.js';
import { SubscriptionFormat } from '../src/domain/event.enums.js';
import { LedgerDirection, PointsOperationType } from '../src/domain/loyalty-codes.js';
import { startEventWorker } from '../src/events/worker.js';
import { createMetrics } from '../src/observability/metrics.js';
import { createRequestContext } from '../src/request/context.js';
import { createSubscription } from '../src/services/event-subscription.service.js';
import { createMerchant } from '../src/services/merchant.service.js';
import { changePoints } from '../src/services/points-ledger.service.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const log = pino({ level: 'silent' });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function main(): Promise<void> {
  const key = randomBytes(32).toString('base64');
  const config = loadConfig({ SECRETS_KEY: key, ...process.env, LOG_LEVEL: 'silent', DB_POOL_MAX: String(CLIENTS + 4) });
  installSecretsKey(Buffer.from(config.SECRETS_KEY!, 'base64'));
  const server = await openDatabase(config, log);
  const database = `mg_bench_events_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  const url = withDatabase(server.url, database);
  const ownerOrm = await createOrm({ url, asAppRole: false, poolMax: 2 });
  const orm = await createOrm({ url, asAppRole: true, poolMax: CLIENTS + 8 });
  const arrivals = new Map<string, number>();
  let received = 0;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { entryId?: string } };
      if (event.data.entryId && !arrivals.has(event.data.entryId)) arrivals.set(event.data.entryId, performance.now());
      received++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  try {
    await migrate(ownerOrm);
    const deps = { orm, config, log, metrics: createMetrics() };
    const merchant = await createMerchant(orm, { name: 'Bench events' });
    const members = Array.from({ length: 200 }, () => randomUUID());
    await ownerOrm.em
      .fork()
      .execute(`insert into member (id, merchant_id, code) select id, ?, 'E-' || id from unnest(?::uuid[]) as id`, [
        merchant.id,
        `{${members.join(',')}}`,
      ]);
    const principal = { merchantId: merchant.id, role: ApiKeyRole.ADMIN, credentialId: randomUUID() };
    const ctx = () => createRequestContext(deps, principal, randomUUID());
    const change = (memberId: string) =>
      changePoints(ctx(), {
        memberId,
        direction: LedgerDirection.ADD,
        amount: '1',
        operationType: PointsOperationType.MANUAL_GRANT,
      });
    const pick = () => members[Math.floor(Math.random() * members.length)]!;
    const owner = ownerOrm.em.fork();

    const measure = async (): Promise<number> => {
      let n = 0;
      const run = async (until: number) =>
        Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            while (performance.now() < until) {
              await change(pick());
              n++;
            }
          }),
        );
      await run(performance.now() + 1000);
      n = 0;
      const start = performance.now();
      await run(start + SECONDS * 1000);
      return n / ((performance.now() - start) / 1000);
    };

    console.log(
      `outbound events, PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version}, CPUs: ${cpus().length}`,
    );
    console.log(
      `worker: EVENTS_CONCURRENCY=${config.EVENTS_CONCURRENCY}, EVENTS_SUBSCRIPTION_CONCURRENCY=${config.EVENTS_SUBSCRIPTION_CONCURRENCY}\n`,
    );

    // 1. Write throughput, outbox on and off, alternated twice (the first run also warms up).
    await owner.execute(`create function outbox_off() returns trigger language plpgsql as $$ begin return null; end $$`);
    const runs: Record<'on' | 'off', number[]> = { on: [], off: [] };
    for (let round = 0; round < 2; round++) {
      for (const mode of ['on', 'off'] as const) {
        if (mode === 'off') {
          await owner.execute(
            `create trigger outbox_off before insert on outbox_event for each row execute function outbox_off()`,
          );
        }
        runs[mode].push(await measure());
        if (mode === 'off') await owner.execute(`drop trigger outbox_off on outbox_event`);
      }
    }
    await owner.execute(`drop function outbox_off()`);
    const on = Math.max(...runs.on);
    const off = Math.max(...runs.off);
    console.log(`API writes (points changes through the service, ${CLIENTS} clients, ${SECONDS} s, best of 2 alternated runs)`);
    console.log(`  outbox on    ${on.toFixed(0).padStart(7)} /s   (runs: ${runs.on.map((r) => r.toFixed(0)).join(', ')})`);
    console.log(
      `  outbox off   ${off.toFixed(0).padStart(7)} /s   (runs: ${runs.off.map((r) => r.toFixed(0)).join(', ')}; on = ${((on / off) * 100).toFixed(0)}% of off)\n`,
    );
    await owner.execute('update outbox_event set dispatched_at = now() where dispatched_at is null');

    // 2. Delivery throughput: a backlog drained by one worker.
    await createSubscription(ctx(), {
      name: 'bench',
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      format: SubscriptionFormat.STANDARD_WEBHOOKS,
    });
    for (let i = 0; i < EVENTS; i += CLIENTS) {
      await Promise.all(Array.from({ length: Math.min(CLIENTS, EVENTS - i) }, () => change(pick())));
    }
    received = 0;
    const started = performance.now();
    const worker = await startEventWorker(deps, { ownerUrl: url });
    while (received < EVENTS) await new Promise((r) => setTimeout(r, 20));
    const drained = (performance.now() - started) / 1000;
    console.log(`delivery: a backlog of ${EVENTS} events over ${members.length} members, one worker, local receiver`);
    console.log(
      `  ${(EVENTS / drained).toFixed(0).padStart(7)} events/s   (${drained.toFixed(1)} s, relay and queue included)\n`,
    );

    // 3. Commit to delivery at a steady rate.
    arrivals.clear();
    const commits = new Map<string, number>();
    const interval = 1000 / RATE;
    const until = performance.now() + SECONDS * 1000;
    const pending: Promise<void>[] = [];
    for (let next = performance.now(); next < until; next += interval) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(
        change(pick()).then((result) => {
          commits.set(result.entry.id, performance.now());
        }),
      );
    }
    await Promise.all(pending);
    while ([...commits.keys()].some((id) => !arrivals.has(id))) await new Promise((r) => setTimeout(r, 20));
    const delays = [...commits].map(([id, at]) => arrivals.get(id)! - at).sort((a, b) => a - b);
    console.log(`commit -> delivery, ${commits.size} changes at ${RATE}/s`);
    console.log(
      `  p50 ${percentile(delays, 50).toFixed(1)} ms   p99 ${percentile(delays, 99).toFixed(1)} ms   max ${delays.at(-1)!.toFixed(1)} ms`,
    );
    await worker.stop();
  } finally {
    receiver.close();
    await orm.close();
    await ownerOrm.close();
    await admin.query(`drop database if exists "${database}" with (force)`).catch(() => undefined);
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
