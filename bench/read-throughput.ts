/**
 * Reads side by side: MemberGraph against the floor (node:http + bare pg, bench/floor-server.ts),
 * both in child processes on one seeded database, loaded by autocannon in alternating rounds.
 * `npm run bench` runs it all:
 *
 *   - a scratch database on DATABASE_URL (or the embedded PostgreSQL without it), dropped afterwards;
 *   - 100,000 members with one channel each in one merchant, written with set-based SQL;
 *   - per case and server: req/s, p99 latency, the server's CPU per request, SQL statements per
 *     request (counted at the server's own connections, reported by the child: bench/server-stats.ts),
 *     the server's RSS, and each ratio MemberGraph / floor.
 *
 * BENCH_SECONDS (default 5) per measurement, BENCH_ROUNDS (default 3) alternating rounds,
 * BENCH_CONNECTIONS (default 32), BENCH_POOL (default 10 connections per server), BENCH_ONLY=member|page for one case. BENCH_PROFILE=<dir> writes
 * a V8 CPU profile of the MemberGraph server there and prints its top packages by self time.
 * BENCH_BASELINE=<name>=<path to another build's dist/bench/server-process.js>[,…] runs those
 * builds too, in the same alternating rounds: before/after comparisons that a shared, noisy machine
 * cannot give from separate runs.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { startBenchServer, startServerChild, type ServerChild } from './harness.js';
import type { ServerStats } from './server-stats.js';
import { printProfileSummary } from './profile-summary.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const only = process.env.BENCH_ONLY;
/** Connections per server pool: 10 keeps 2 cores busy, and several servers under PostgreSQL's max_connections (100 by default). */
const POOL = process.env.BENCH_POOL ?? '10';
/** Pages are drawn among the first 50, so the page's OFFSET stays small on both servers. */
const PAGES = 50;
const PAGE_SIZE = 20;

const MEMBER_QUERY = `query BenchMember($id: ID!) {
  member(id: $id) { id code mobile name nickname email sex birthday registeredAt status labels }
}`;
const PAGE_QUERY = `query BenchMemberPage($page: PageInput) {
  members(page: $page) { items { id code name mobile channels { channelCode openid } } }
}`;

interface Case {
  name: string;
  key: string;
  body(): string;
  /** What a correct answer looks like (checked on every response). */
  ok(body: string): boolean;
}

interface Server {
  name: string;
  url: string;
  child: Pick<ServerChild, 'stats' | 'close'>;
}

interface Sample {
  rate: number;
  p99: number;
  requests: number;
  cpuMicros: number;
  statements: number;
  rss: number;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One measurement. A measured run sends a fixed number of requests (`amount`, sized from the
 * warm-up's rate) rather than running for a fixed time: a timed run ends with up to 32 requests
 * cut off in flight, which the server still serves, so its CPU and statements would be charged to
 * requests that are not counted.
 */
async function load(server: Server, apiKey: string, test: Case, run: { seconds: number } | { amount: number }): Promise<Sample> {
  const before: ServerStats = await server.child.stats();
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    ...('amount' in run ? { amount: run.amount } : { duration: run.seconds }),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: test.body() }) }],
    verifyBody: (body) => test.ok(String(body)),
  });
  const after = await server.child.stats();
  const failed = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
  if (failed) throw new Error(`${server.name} ${test.name}: ${failed} requests failed or answered wrong`);
  const requests = result.requests.total;
  return {
    rate: requests / result.duration,
    p99: result.latency.p99,
    requests,
    cpuMicros: after.cpuMicros - before.cpuMicros,
    statements: after.statements - before.statements,
    rss: after.rssBytes,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const log = pino({ level: 'silent' });
  const config = loadConfig({ SECRETS_KEY: randomBytes(32).toString('base64'), ...process.env, LOG_LEVEL: 'silent' });
  const database = await openDatabase(config, log);
  const scratch = `mg_bench_read_${process.pid}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`create database "${scratch}"`);
  const url = withDatabase(database.url, scratch);
  const owner = new pg.Client({ connectionString: url });
  const servers: Server[] = [];
  try {
    // MemberGraph first: it migrates the scratch database and makes the merchant and its key.
    const profileDir = process.env.BENCH_PROFILE;
    const mg = await startBenchServer(
      { DATABASE_URL: url, DB_POOL_MAX: POOL },
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    servers.push({ name: 'MemberGraph', url: mg.url, child: mg });
    await owner.connect();
    const seeding = Date.now();
    await owner.query(
      `insert into member (id, merchant_id, code, mobile, name, nickname, sex, birthday, registered_at, labels)
       select gen_random_uuid(), $1, 'M' || i, '138' || lpad(i::text, 8, '0'), 'Member ' || i, 'm' || i,
              (array['UNKNOWN', 'MALE', 'FEMALE'])[1 + i % 3], date '1980-01-01' + (i % 9000),
              now() - i * interval '1 second', array['vip', 'l' || (i % 5)]
       from generate_series(1, $2::int) as i`,
      [mg.merchantId, MEMBERS],
    );
    await owner.query(
      `insert into member_channel (id, merchant_id, member_id, channel_code, openid)
       select gen_random_uuid(), merchant_id, id, 'wxgzpt', 'o_' || code from member where merchant_id = $1`,
      [mg.merchantId],
    );
    await owner.query('vacuum analyze member, member_channel');
    const ids = (await owner.query<{ id: string }>('select id from member where merchant_id = $1', [mg.merchantId])).rows.map(
      (r) => r.id,
    );
    console.log(`seeded ${ids.length} members with one channel each in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);

    const floor = await startServerChild('./floor-server.js', {
      DATABASE_URL: url,
      MERCHANT_ID: mg.merchantId,
      DB_POOL_MAX: POOL,
    });
    servers.push({ name: 'floor', url: floor.info.url!, child: floor });
    for (const entry of process.env.BENCH_BASELINE?.split(',').filter(Boolean) ?? []) {
      // Another build on the same database: the bench's key and rows work there as well.
      const [name, path] = entry.split('=') as [string, string];
      const baseline = await startServerChild(path, { DATABASE_URL: url, DB_POOL_MAX: POOL });
      servers.push({ name, url: baseline.info.url!, child: baseline });
    }

    const randomId = () => ids[Math.floor(Math.random() * ids.length)]!;
    const cases: Case[] = [
      {
        name: 'member by id (profile fields)',
        key: 'member',
        body: () => JSON.stringify({ operationName: 'BenchMember', query: MEMBER_QUERY, variables: { id: randomId() } }),
        ok: (body: string) => body.startsWith('{"data":{"member":{"id":'),
      },
      {
        name: `page of ${PAGE_SIZE} members with channels`,
        key: 'page',
        body: () =>
          JSON.stringify({
            operationName: 'BenchMemberPage',
            query: PAGE_QUERY,
            variables: { page: { offset: PAGE_SIZE * Math.floor(Math.random() * PAGES), limit: PAGE_SIZE } },
          }),
        ok: (body: string) => body.startsWith('{"data":{"members":{"items":[{"id":') && !body.includes('"errors"'),
      },
    ].filter((c) => !only || c.key === only);

    // The same JSON for the same rows, or the comparison means nothing.
    for (const test of cases) {
      for (let i = 0; i < 5; i++) {
        const body = test.body();
        const answers = await Promise.all(
          servers.map(async (s) => {
            const res = await fetch(`${s.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${mg.apiKey}` },
              body,
            });
            return res.json();
          }),
        );
        if (!isDeepStrictEqual(answers[0], answers[1])) {
          throw new Error(
            `${test.name}: the servers answer differently:\n${JSON.stringify(answers[0])}\n${JSON.stringify(answers[1])}`,
          );
        }
      }
    }

    console.log(
      `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per case and server; ` +
        `PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version}, ` +
        `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average before ${loadavg()[0]!.toFixed(2)}`,
    );
    const samples = new Map<string, Sample[]>();
    for (const test of cases) {
      // Warm-up: JIT, pools, plan caches.
      const amount = new Map<Server, number>();
      for (const server of servers) {
        const warm = await load(server, mg.apiKey, test, { seconds: 2 });
        amount.set(server, Math.max(CONNECTIONS * 4, Math.round(warm.rate * SECONDS)));
      }
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...servers].reverse() : servers;
        for (const server of order) {
          const key = `${test.key}/${server.name}`;
          samples.set(key, [...(samples.get(key) ?? []), await load(server, mg.apiKey, test, { amount: amount.get(server)! })]);
        }
      }
    }
    console.log(`load average after ${loadavg()[0]!.toFixed(2)}\n`);

    const summary = (test: Case, server: Server) => {
      const runs = samples.get(`${test.key}/${server.name}`)!;
      const requests = runs.reduce((n, s) => n + s.requests, 0);
      return {
        rate: runs.reduce((n, s) => n + s.rate, 0) / runs.length,
        p99: median(runs.map((s) => s.p99)),
        cpuMs: runs.reduce((n, s) => n + s.cpuMicros, 0) / requests / 1000,
        statements: runs.reduce((n, s) => n + s.statements, 0) / requests,
        rssMb: Math.max(...runs.map((s) => s.rss)) / 2 ** 20,
      };
    };
    const header = ['request', 'server', 'req/s', 'p99 ms', 'CPU ms/req', 'SQL/req', 'RSS MB'];
    const rows: string[][] = [];
    for (const test of cases) {
      const [mgRow, floorRow] = [summary(test, servers[0]!), summary(test, servers[1]!)];
      const cells = (s: typeof mgRow) => [
        s.rate.toFixed(0),
        s.p99.toFixed(1),
        s.cpuMs.toFixed(3),
        s.statements.toFixed(2),
        s.rssMb.toFixed(0),
      ];
      const ratio = (name: string, a: typeof mgRow) => [
        test.name,
        name,
        (a.rate / floorRow.rate).toFixed(2),
        (a.p99 / floorRow.p99).toFixed(1),
        (a.cpuMs / floorRow.cpuMs).toFixed(1),
        (a.statements / floorRow.statements).toFixed(1),
        (a.rssMb / floorRow.rssMb).toFixed(1),
      ];
      rows.push([test.name, 'floor', ...cells(floorRow)]);
      rows.push([test.name, 'MemberGraph', ...cells(mgRow)]);
      rows.push(ratio('MG / floor', mgRow));
      for (const baseline of servers.slice(2)) {
        const baseRow = summary(test, baseline);
        rows.push([test.name, baseline.name, ...cells(baseRow)]);
        rows.push(ratio(`${baseline.name} / floor`, baseRow));
      }
    }
    // A Markdown table, ready for docs/performance.md.
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    for (const server of servers) await server.child.close();
    if (process.env.BENCH_PROFILE) printProfileSummary(process.env.BENCH_PROFILE);
    await owner.end().catch(() => undefined);
    await admin.query(`drop database if exists "${scratch}" with (force)`);
    await admin.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
