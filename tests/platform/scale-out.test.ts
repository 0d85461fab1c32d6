import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { loadConfig } from '../../src/config.js';
import { createOrm, migrate, type Orm } from '../../src/db/orm.js';
import { ApiKeyRole } from '../../src/domain/access.enums.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { operatorContext } from '../../src/request/context.js';
import { createApiKey } from '../../src/services/api-key.service.js';
import { createMerchant } from '../../src/services/merchant.service.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { graphql, removeDir, spawnServer, tempDataDir, waitFor, type ServerProcess } from '../support/server-process.js';
import { ScaleOutChangePointsDocument, ScaleOutReadAcrossDocument, type ChangePointsInput } from '../../src/generated/graphql.js';

/**
 * Several stateless instances on one database behind PgBouncer in transaction pooling mode, as
 * docs/operations.md deploys them: two server processes, each with its own pool, share four
 * server connections through PgBouncer (Debian's package; .ci/run installs it where missing).
 * Bounded mixed load goes to both; afterwards every invariant is checked in the database.
 */
const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((path) => existsSync(path));
const SERVER_CONNECTIONS = 4;
const MEMBERS_PER_MERCHANT = 8;
/** Bounded: a few hundred requests by default; raise them by hand to measure (docs/operations.md). */
const OPERATIONS = Number(process.env.SCALE_OUT_OPERATIONS ?? 240);
const CONCURRENCY = Number(process.env.SCALE_OUT_CONCURRENCY ?? 16);

describe.skipIf(!PGBOUNCER)('two instances behind PgBouncer (transaction pooling)', () => {
  let dir: string;
  let primary: EmbeddedDatabase;
  let ownerOrm: Orm;
  let pgbouncer: ChildProcess;
  let bouncerPort: number;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dir = tempDataDir();
    primary = await startEmbeddedPostgres({ dataDir: join(dir, 'primary'), database: 'membergraph' });
    ownerOrm = await createOrm({ url: primary.url, asAppRole: false, poolMax: 2 });
    await migrate(ownerOrm);
    // The request login: only a member of membergraph_app, so RLS applies without any SET ROLE.
    await ownerOrm.em
      .fork()
      .execute(`create role membergraph_web login password 'web-secret' nosuperuser nobypassrls in role membergraph_app`);

    bouncerPort = await freePort();
    const config = join(dir, 'pgbouncer.ini');
    writeFileSync(join(dir, 'userlist.txt'), '"membergraph_web" "web-secret"\n');
    writeFileSync(
      config,
      [
        '[databases]',
        `membergraph = host=127.0.0.1 port=${primary.port} dbname=membergraph`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${bouncerPort}`,
        'unix_socket_dir =',
        'auth_type = scram-sha-256',
        `auth_file = ${join(dir, 'userlist.txt')}`,
        'pool_mode = transaction',
        `default_pool_size = ${SERVER_CONNECTIONS}`,
        'max_client_conn = 100',
        '',
      ].join('\n'),
    );
    // PgBouncer refuses to run as root; it drops to the postgres user then (-u).
    const asRoot = process.getuid?.() === 0;
    pgbouncer = spawn(PGBOUNCER!, [...(asRoot ? ['-u', 'postgres'] : []), config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let bouncerLog = '';
    pgbouncer.stderr!.on('data', (chunk: Buffer) => (bouncerLog += chunk.toString()));
    await waitFor(() => bouncerLog.includes('process up'), 10_000, `PgBouncer to listen (${bouncerLog})`);

    const env = {
      DATABASE_URL: primary.url,
      APP_DATABASE_URL: `postgresql://membergraph_web:web-secret@127.0.0.1:${bouncerPort}/membergraph`,
      DB_POOL_MAX: '8',
      LOG_LEVEL: 'warn',
    };
    // One after the other: the first applies migrations (none are pending here), as in a rollout.
    for (let i = 0; i < 2; i++) {
      const server = await spawnServer({ env });
      servers.push(server);
      await server.ready();
    }
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    pgbouncer?.kill('SIGTERM');
    await ownerOrm?.close();
    await primary?.stop();
    if (dir) removeDir(dir);
  });

  async function merchantWithMembers(name: string) {
    const appOrm = await createOrm({ url: primary.url, asAppRole: true, poolMax: 1 });
    try {
      const merchant = await createMerchant(appOrm, { name, timeZone: 'Asia/Shanghai' });
      const deps = {
        orm: appOrm,
        config: loadConfig({ LOG_LEVEL: 'silent' }),
        log: createLogger('silent'),
        metrics: createMetrics(),
      };
      const { secret } = await createApiKey(operatorContext(deps, merchant.id), { name: 'load', role: ApiKeyRole.ADMIN });
      const members = Array.from({ length: MEMBERS_PER_MERCHANT }, () => randomUUID());
      await ownerOrm.em
        .fork()
        .execute(`insert into member (id, merchant_id, code) select id, ?, 'M-' || id from unnest(?::uuid[]) as id`, [
          merchant.id,
          `{${members.join(',')}}`,
        ]);
      return { id: merchant.id, key: secret, members };
    } finally {
      await appOrm.close();
    }
  }

  it('keeps every invariant under mixed load sent to both instances', async () => {
    const shops = [await merchantWithMembers('North Shop'), await merchantWithMembers('South Shop')];
    /** What the answers say each member should hold: the database must agree exactly. */
    const expected = new Map<string, number>();
    const keysUsed = new Set<string>();
    const served = [0, 0];
    let replays = 0;
    let refusedOverdrafts = 0;

    const change = async (instance: number, key: string, input: ChangePointsInput) => {
      served[instance]!++;
      return graphql(servers[instance]!.url, key, ScaleOutChangePointsDocument, { input });
    };

    // Everyone starts with 50 points, granted through instance 0.
    for (const shop of shops) {
      for (const member of shop.members) {
        const { body } = await change(0, shop.key, {
          memberId: member,
          direction: 'ADD',
          amount: '50',
          operationType: 'MANUAL_GRANT',
        });
        expect(body.data.changePoints.errors).toEqual([]);
        expected.set(member, 50);
      }
    }

    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < OPERATIONS) {
        const n = next++;
        const shop = shops[n % 2]!;
        const member = shop.members[(n * 7) % MEMBERS_PER_MERCHANT]!;
        const instance = (n >> 1) % 2;
        if (n % 3 === 0) {
          // An earn, retried with the same key on the other instance: counted once.
          const idempotencyKey = `earn-${n}`;
          keysUsed.add(idempotencyKey);
          const input: ChangePointsInput = {
            memberId: member,
            direction: 'ADD',
            amount: String(1 + (n % 5)),
            operationType: 'MANUAL_GRANT',
            idempotencyKey,
          };
          const first = await change(instance, shop.key, input);
          const retry = await change(1 - instance, shop.key, input);
          expect(first.body.data.changePoints.errors).toEqual([]);
          expect(retry.body.data.changePoints.replayed).toBe(true);
          replays++;
          expected.set(member, expected.get(member)! + 1 + (n % 5));
        } else if (n % 3 === 1) {
          // A spend that races others for the same member: it succeeds or is refused, never overdraws.
          const amount = 15 + (n % 20);
          const { body } = await change(instance, shop.key, {
            memberId: member,
            direction: 'DEDUCT',
            amount: String(amount),
            operationType: 'MANUAL_DEDUCTION',
          });
          const errors = body.data.changePoints.errors as { code: string }[];
          if (errors.length) {
            expect(errors[0]!.code).toBe('INSUFFICIENT_POINTS');
            refusedOverdrafts++;
          } else {
            expected.set(member, expected.get(member)! - amount);
          }
        } else {
          // A read, and a look at the other merchant's member: invisible across merchants.
          const other = shops[1 - (n % 2)]!.members[0]!;
          const { body } = await graphql(servers[instance]!.url, shop.key, ScaleOutReadAcrossDocument, { other });
          served[instance]!++;
          expect(body.data).toEqual({ members: { totalItems: MEMBERS_PER_MERCHANT }, member: null });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `scale-out: ${served[0]! + served[1]!} requests (${served.join(' + ')}) in ${seconds.toFixed(1)} s ` +
        `= ${((served[0]! + served[1]!) / seconds).toFixed(0)} req/s over ${SERVER_CONNECTIONS} server connections; ` +
        `${replays} retries replayed, ${refusedOverdrafts} overdrafts refused`,
    );

    expect(served[0]).toBeGreaterThan(OPERATIONS / 3);
    expect(served[1]).toBeGreaterThan(OPERATIONS / 3);
    expect(refusedOverdrafts).toBeGreaterThan(0); // the load did press on the balances

    const em = ownerOrm.em.fork();
    // Ledger = balance, for every member of both merchants.
    await expectLedgersBalanced({ ownerOrm });
    // Each member holds exactly what the answers said: no lost or doubled change.
    const balances = await em.execute<{ member_id: string; current: string }[]>('select member_id, current from points_balance');
    expect(new Map(balances.map((b) => [b.member_id, Number(b.current)]))).toEqual(expected);
    // Retries wrote nothing: one entry per idempotency key.
    const keyed = await em.execute<{ n: number; keys: number }[]>(
      'select count(*)::int as n, count(distinct idempotency_key)::int as keys from points_entry where idempotency_key is not null',
    );
    expect(keyed[0]).toEqual({ n: keysUsed.size, keys: keysUsed.size });
    // No overdraft, ever: not now, and not after any entry.
    const negative = await em.execute(
      'select 1 from points_balance where current < 0 union all select 1 from points_entry where balance_after < 0',
    );
    expect(negative).toEqual([]);
    // Every row stayed with its merchant.
    const crossed = await em.execute(
      'select e.id from points_entry e join member m on m.id = e.member_id where m.merchant_id <> e.merchant_id',
    );
    expect(crossed).toEqual([]);
    // The instances' 16 pooled connections went through PgBouncer's few server connections.
    const webBackends = await em.execute<{ n: number }[]>(
      "select count(*)::int as n from pg_stat_activity where usename = 'membergraph_web'",
    );
    expect(webBackends[0]!.n).toBeGreaterThan(0);
    expect(webBackends[0]!.n).toBeLessThanOrEqual(SERVER_CONNECTIONS);
  }, 180_000);
});
