import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { BusinessError, ErrorCode } from '../../src/errors/error-code.js';
import { runAnalytics } from '../../src/services/analytics/run-analytics.js';
import { MemberCountsByDocument } from '../../src/generated/graphql.js';
import { databaseUrl } from '../support/global-setup.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/** What the runner's connection is: its database, role and the rows row-level security lets it see. */
const whoAmI = (app: TestApp, merchantId: string) =>
  runAnalytics(app.operatorContext(merchantId), async (db) => {
    const { rows } = await sql<{ database: string; role: string; members: number; readOnly: string }>`
      select current_database() as database, current_user as role,
        (select count(*)::int from member) as members, current_setting('transaction_read_only') as "readOnly"`.execute(db);
    return rows[0]!;
  });

async function insertMembers(app: TestApp, merchantId: string, count: number): Promise<void> {
  await app.ownerOrm.em
    .fork()
    .execute(`insert into member (merchant_id, id, code) select ?, id, 'M-' || id from unnest(?::uuid[]) as id`, [
      merchantId,
      `{${Array.from({ length: count }, () => randomUUID()).join(',')}}`,
    ]);
}

describe('the analytics runner on the main pool', () => {
  let app: TestApp;
  let a: TestMerchant;
  let b: TestMerchant;
  beforeAll(async () => {
    app = await startTestApp({ ANALYTICS_STATEMENT_TIMEOUT_MS: '300' });
    a = await app.createMerchant('Runner A');
    b = await app.createMerchant('Runner B');
    await insertMembers(app, a.id, 3);
    await insertMembers(app, b.id, 5);
  });
  afterAll(() => app?.close());

  it('reads in a read-only transaction, as the app role, with only the caller merchant visible', async () => {
    expect(await whoAmI(app, a.id)).toMatchObject({ role: 'membergraph_app', members: 3, readOnly: 'on' });
    expect(await whoAmI(app, b.id)).toMatchObject({ members: 5 });
    const write = runAnalytics(app.operatorContext(a.id), (db) => sql`delete from member`.execute(db));
    await expect(write).rejects.toMatchObject({ code: '25006' });
    expect((await whoAmI(app, a.id)).members).toBe(3);
  });

  it('cancels a statement that runs past ANALYTICS_STATEMENT_TIMEOUT_MS and answers QUERY_TIMEOUT', async () => {
    const started = Date.now();
    const slow = runAnalytics(app.operatorContext(a.id), (db) => sql`select pg_sleep(10)`.execute(db));
    await expect(slow).rejects.toBeInstanceOf(BusinessError);
    await expect(slow).rejects.toMatchObject({ code: ErrorCode.QUERY_TIMEOUT });
    expect(Date.now() - started).toBeLessThan(5000);
    // The timeout was the transaction's own: the pool's connections do not keep it.
    const { rows } = await app.orm.em
      .fork()
      .getKysely()
      .transaction()
      .execute((tx) => sql<{ timeout: string }>`select current_setting('statement_timeout') as timeout`.execute(tx));
    expect(rows[0]!.timeout).toBe('0');
  });

  it('answers an aggregate that waits past the timeout with extensions.code QUERY_TIMEOUT, on its own connection', async () => {
    // A lock held elsewhere makes the aggregate wait; statement_timeout counts the wait.
    const holder = new pg.Client({ connectionString: app.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table member in access exclusive mode');
      const started = Date.now();
      const res = await app.gql(a.readonlyKey, MemberCountsByDocument, { groupBy: ['STATUS'] });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        path: ['memberCounts'],
        extensions: { code: 'QUERY_TIMEOUT', errorCode: 'QUERY_TIMEOUT' },
      });
      expect(JSON.stringify(res.errors)).not.toMatch(/pg_|statement timeout|canceling/);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const after = await app.gql(a.readonlyKey, MemberCountsByDocument, {});
    expect(after.data!.memberCounts).toEqual([expect.objectContaining({ members: 3 })]);
  });

  it('sends the aggregate in a transaction of its own: merchant, timeout and JIT set in one statement, the merchant scope, the aggregate', async () => {
    const statements = await app.statementsOf(() => app.gql(a.readonlyKey, MemberCountsByDocument, { groupBy: ['STATUS'] }));
    const own = statements.findIndex(
      (s) => /set_config\('app.merchant_id'|statement_timeout/.test(s) && /statement_timeout/.test(s),
    );
    expect(own, statements.join('\n')).toBeGreaterThanOrEqual(0);
    // The start travels with the settings, in one message (db/deferred-begin.ts).
    expect(statements[own]).toMatch(/^start transaction read only; select set_config/i);
    expect(statements[own]).toMatch(/set_config\('jit', 'off', true\)/);
    // The merchant's zone and day totals' reach, bound into the aggregate as values.
    expect(statements[own + 1]).toMatch(/from merchant m left join analytics_day_state/);
    expect(statements[own + 2]).toMatch(/from member m/);
    expect(statements[own + 3]).toMatch(/^commit/i);
  });
});

describe('the analytics runner with DATABASE_READ_URL', () => {
  const serverUrl = inject('serverUrl');
  const replicaDatabase = `${inject('databasePrefix')}replica_${randomBytes(4).toString('hex')}`;
  let app: TestApp;
  let merchant: TestMerchant;
  let replica: pg.Client;

  beforeAll(async () => {
    // The "replica" is a database of its own holding other rows than the primary, so an answer
    // shows which one it came from.
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${replicaDatabase}" template "${inject('templateDatabase')}"`);
    await admin.end();
    app = await startTestApp({ DATABASE_READ_URL: databaseUrl(serverUrl, replicaDatabase) });
    merchant = await app.createMerchant('Replica reader');
    await insertMembers(app, merchant.id, 4);
    replica = new pg.Client({ connectionString: databaseUrl(serverUrl, replicaDatabase) });
    await replica.connect();
    await replica.query(`insert into merchant (id, name, time_zone) values ($1, 'Replica reader', 'Asia/Shanghai')`, [
      merchant.id,
    ]);
    await replica.query(
      `insert into member (id, merchant_id, code) values (gen_random_uuid(), $1, 'R-1'), (gen_random_uuid(), $1, 'R-2')`,
      [merchant.id],
    );
  });
  afterAll(async () => {
    await replica?.end();
    await app?.close();
  });

  it('runs analyst queries on the replica, as the app role, and everything else on the primary', async () => {
    expect(await whoAmI(app, merchant.id)).toMatchObject({
      database: replicaDatabase,
      role: 'membergraph_app',
      members: 2,
    });
    const counted = await app.gql(merchant.readonlyKey, MemberCountsByDocument, {});
    expect(counted.data!.memberCounts).toEqual([expect.objectContaining({ members: 2 })]);
    const { rows } = await replica.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [replicaDatabase],
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    // The members list (not an analyst query) still reads the primary.
    const listed = await app.gql(merchant.readonlyKey, '{ members { totalItems } }');
    expect(listed.data).toEqual({ members: { totalItems: 4 } });
  });
});
