import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BI_VIEWS, biCatalogueStamp } from '../../src/db/bi-views.js';
import { migrate } from '../../src/db/orm.js';
import { seedAnalytics } from '../../src/services/analytics-seed.service.js';
import { createBiLogin, listBiLogins, revokeBiLogin, type CreatedBiLogin } from '../../src/services/bi-login.service.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * BI logins (docs/analytics.md, "BI access"): each merchant's login connects to PostgreSQL itself,
 * as Metabase would, and must see its own merchant's rows through the `bi` views and nothing else,
 * whatever it tries.
 */

let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;
let loginA: CreatedBiLogin;
let loginB: CreatedBiLogin;
const clients: pg.Client[] = [];

async function connect(login: CreatedBiLogin): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: login.url });
  // A session the test ends on purpose (revocation) must not crash the run.
  client.on('error', () => undefined);
  await client.connect();
  clients.push(client);
  return client;
}

/** The first column of every view's rows (each view's key), as a set. */
async function keysOf(client: pg.Client, view: string): Promise<Set<string>> {
  const key = BI_VIEWS.find((v) => v.name === view)!.columns[0]!.name;
  const { rows } = await client.query<Record<string, unknown>>(`select ${key}::text as k from bi.${view}`);
  return new Set(rows.map((r) => String(r.k)));
}

beforeAll(async () => {
  app = await startTestApp();
  a = await app.createMerchant('BI A');
  b = await app.createMerchant('BI B', 'Europe/Paris');
  // Enough members that every view has rows for both: every 5th has a card, every 25th a refund.
  await seedAnalytics(app.databaseUrl, { merchantId: a.id, members: 60, entries: 240 });
  await seedAnalytics(app.databaseUrl, { merchantId: b.id, members: 50, entries: 150 });
  loginA = await createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: a.id });
  loginB = await createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: b.id, statementTimeoutMs: 5000 });
});
afterAll(async () => {
  for (const client of clients) await client.end().catch(() => undefined);
  for (const row of (await listBiLogins(app.ownerOrm)).filter((l) => !l.revokedAt)) {
    await revokeBiLogin(app.ownerOrm, row.merchantId, row.login);
  }
  await app?.close();
});

describe('BI logins', () => {
  it('the seed is consistent: ledgers equal balances, chains and grades hold', async () => {
    await expectLedgersBalanced(app);
  });

  it("see disjoint data in every view, each exactly its own merchant's rows", async () => {
    const [clientA, clientB] = [await connect(loginA), await connect(loginB)];
    const owner = app.ownerOrm.em.fork();
    for (const view of BI_VIEWS) {
      const [seenA, seenB] = [await keysOf(clientA, view.name), await keysOf(clientB, view.name)];
      expect(seenA.size, `bi.${view.name} for A`).toBeGreaterThan(0);
      expect(seenB.size, `bi.${view.name} for B`).toBeGreaterThan(0);
      expect(
        [...seenA].filter((k) => seenB.has(k)),
        `bi.${view.name} shared`,
      ).toEqual([]);
    }
    // The counts are the merchants' own, computed from the base tables.
    for (const [client, merchant, members] of [
      [clientA, a, 60],
      [clientB, b, 50],
    ] as const) {
      const { rows } = await client.query<{ n: number; entries: number }>(
        'select (select count(*)::int from bi.members) as n, (select count(*)::int from bi.points_entries) as entries',
      );
      const [base] = await owner.execute<{ entries: number }[]>(
        'select count(*)::int as entries from points_entry where merchant_id = ?',
        [merchant.id],
      );
      expect(rows[0]).toEqual({ n: members, entries: base!.entries });
    }
  });

  it('cannot read base tables, the login map, or other schemas, nor write anything', async () => {
    const client = await connect(loginA);
    for (const sql of [
      'select * from public.member',
      'select * from public.points_entry',
      'select * from public.bi_login',
      'select * from public.merchant',
      'select * from public.api_key',
      "select * from public.authenticate_api_key('x')",
      "select * from public.authenticate_staff_token('x')",
      "select * from public.resolve_shim_app('x', 'x')",
      'insert into bi.members (member_id) values (gen_random_uuid())',
      'create table bi.mine (id int)',
      'create view bi.mine as select 1',
    ]) {
      await expect(client.query(sql), sql).rejects.toThrow(/permission denied|cannot insert|read-only/);
    }
  });

  it('cannot see another merchant by setting app.merchant_id or switching roles', async () => {
    const client = await connect(loginA);
    const own = await keysOf(client, 'members');
    await client.query(`select set_config('app.merchant_id', $1, false)`, [b.id]);
    expect(await keysOf(client, 'members')).toEqual(own);
    await client.query('begin');
    await client.query(`select set_config('app.merchant_id', $1, true)`, [b.id]);
    expect(await keysOf(client, 'points_entries')).toEqual(await keysOf(await connect(loginA), 'points_entries'));
    await client.query('rollback');
    // The map is keyed on session_user, which SET ROLE does not change: still its own rows only.
    await client.query('set role membergraph_bi');
    expect(await keysOf(client, 'members')).toEqual(own);
    await client.query('reset role');
    await expect(client.query('set role membergraph_bi_owner')).rejects.toThrow(/permission denied/);
    await expect(client.query('set role membergraph_app')).rejects.toThrow(/permission denied/);
  });

  it("is read-only with a statement timeout, a connection limit and the merchant's time zone", async () => {
    const client = await connect(loginB);
    const setting = async (name: string) => (await client.query(`select current_setting('${name}') as v`)).rows[0].v;
    expect(await setting('default_transaction_read_only')).toBe('on');
    expect(await setting('statement_timeout')).toBe('5s');
    expect(await setting('TimeZone')).toBe('Europe/Paris');
    expect(await setting('search_path')).toBe('bi');
    await expect(client.query('select pg_sleep(6)')).rejects.toThrow(/statement timeout/);

    const limited = await createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: a.id, connectionLimit: 1 });
    await connect(limited);
    await expect(connect(limited)).rejects.toThrow(/too many connections/);
  });

  it('lists, and once revoked cannot connect and its open session is ended', async () => {
    const named = await createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: b.id, login: 'bi_test_revoke' });
    expect(named.url).toMatch(/^postgres(ql)?:\/\/bi_test_revoke:[^@]+@/);
    const open = await connect(named);
    expect((await listBiLogins(app.ownerOrm, b.id)).find((l) => l.login === 'bi_test_revoke')).toMatchObject({
      merchantId: b.id,
      revokedAt: null,
      connections: 1,
    });
    // Another merchant cannot revoke it.
    await expect(revokeBiLogin(app.ownerOrm, a.id, 'bi_test_revoke')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await revokeBiLogin(app.ownerOrm, b.id, 'bi_test_revoke');
    await expect(open.query('select 1 from bi.members limit 1')).rejects.toThrow();
    await expect(connect(named)).rejects.toThrow(/bi_test_revoke/);
    expect((await listBiLogins(app.ownerOrm, b.id)).find((l) => l.login === 'bi_test_revoke')?.revokedAt).toBeInstanceOf(Date);
  });

  it('refuses a bad name, a taken name and an unknown merchant', async () => {
    await expect(
      createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: a.id, login: 'Robert"; drop' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: a.id, login: 'postgres' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      createBiLogin(app.ownerOrm, app.databaseUrl, { merchantId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the bi views', () => {
  it("have exactly the catalogue's columns, each documented in docs/analytics.md", async () => {
    const rows = await app.ownerOrm.em.fork().execute<{ view: string; column: string }[]>(
      `select table_name as view, column_name as column from information_schema.columns where table_schema = 'bi'
          order by table_name, ordinal_position`,
    );
    const catalogue = BI_VIEWS.flatMap((v) => v.columns.map((c) => ({ view: v.name, column: c.name })));
    const byName = (x: { view: string; column: string }) => `${x.view}.${x.column}`;
    expect(rows.map(byName).sort()).toEqual(catalogue.map(byName).sort());
    const docs = readFileSync(new URL('../../docs/analytics.md', import.meta.url), 'utf8');
    for (const view of BI_VIEWS) {
      const section = docs.split(`### bi.${view.name}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section, `docs/analytics.md documents bi.${view.name}`).not.toBe('');
      for (const column of view.columns) {
        expect(section, `bi.${view.name}.${column.name}`).toMatch(new RegExp(`\\|\\s*\`${column.name}\`\\s*\\|`));
      }
    }
  });

  it('are re-created by the next migration run when a migration dropped them', async () => {
    const owner = app.ownerOrm.em.fork();
    // What a later migration might do to a table under a view: drop what depends on it.
    await owner.execute('drop view bi.members');
    await owner.execute(`comment on schema bi is 'changed'`);
    expect(await migrate(app.ownerOrm)).toEqual([]);
    const [stamp] = await owner.execute<{ stamp: string }[]>(
      `select obj_description('bi'::regnamespace, 'pg_namespace') as stamp`,
    );
    expect(stamp!.stamp).toBe(biCatalogueStamp());
    const client = await connect(loginA);
    expect((await keysOf(client, 'members')).size).toBe(60);
  });
});
