import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DB_ROLE } from '../../src/db/roles.js';
import { Member } from '../../src/entities/member.entity.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { RegisterMobileDocument } from '../../src/generated/graphql.js';

/** The database itself enforces tenancy; these tests bypass the application to prove it. */
let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  a = await app.createMerchant('A');
  b = await app.createMerchant('B');
  for (const [m, mobile] of [
    [a, '13000000001'],
    [b, '13000000002'],
  ] as const) {
    await app.gql(m.operatorKey, RegisterMobileDocument, { mobile });
  }
});
afterAll(() => app?.close());

describe('row-level security', () => {
  it('runs requests as a role that is neither superuser, owner, nor able to bypass RLS', async () => {
    const [role] = await app.ownerOrm.em
      .fork()
      .execute('select rolsuper, rolbypassrls from pg_roles where rolname = ?', [APP_DB_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const [who] = await app.orm.em.fork().execute('select current_user as name');
    expect(who.name).toBe(APP_DB_ROLE);
    const owned = await app.ownerOrm.em
      .fork()
      .execute('select count(*)::int as n from pg_tables where tableowner = ? and schemaname = current_schema()', [APP_DB_ROLE]);
    expect(owned[0].n).toBe(0);
  });

  it('shows no rows at all when no merchant is set, even to raw SQL', async () => {
    const em = app.orm.em.fork();
    expect(await em.execute('select count(*)::int as n from member')).toEqual([{ n: 0 }]);
    expect(await em.execute('select count(*)::int as n from merchant')).toEqual([{ n: 0 }]);
  });

  it("shows one merchant's rows to raw SQL and the query builder, nothing of the other", async () => {
    const em = app.emFor(a.id);
    const raw = await em.execute<{ mobile: string }[]>('select mobile from member');
    expect(raw.map((r) => r.mobile)).toEqual(['13000000001']);
    const built = await em.createQueryBuilder(Member).select(['id', 'mobile']).getResultList();
    expect(built.map((m) => m.mobile)).toEqual(['13000000001']);
  });

  it("refuses to write a row into another merchant, and to point at another merchant's rows", async () => {
    const em = app.emFor(a.id);
    await expect(
      em.execute("insert into store (id, merchant_id, code, name) values (gen_random_uuid(), ?, 'X', 'x')", [b.id]),
    ).rejects.toThrow(/row-level security/);
    await expect(em.execute("update member set merchant_id = ? where mobile = '13000000001'", [b.id])).rejects.toThrow(
      /row-level security/,
    );
    // Composite foreign keys: A's member cannot reference B's store even by id.
    await expect(
      em.execute("update member set register_store_id = ? where mobile = '13000000001'", [b.store.id]),
    ).rejects.toThrow(/foreign key/);
  });
});

describe('a separate request login (APP_DATABASE_URL)', () => {
  it('confines a login role that is only a member of the app role, with no SET ROLE needed', async () => {
    const login = `mg_web_${process.pid}`;
    const owner = app.ownerOrm.em.fork();
    await owner.execute(`create role ${login} login password 'web-secret' nosuperuser nobypassrls in role ${APP_DB_ROLE}`);
    const url = new URL(app.databaseUrl);
    url.username = login;
    url.password = 'web-secret';
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
      expect((await client.query('select count(*)::int as n from member')).rows[0].n).toBe(0);
      await client.query('begin');
      await client.query("select set_config('app.merchant_id', $1, true)", [a.id]);
      expect((await client.query('select mobile from member')).rows).toEqual([{ mobile: '13000000001' }]);
      await client.query('commit');
    } finally {
      await client.end();
      await owner.execute(`drop role ${login}`);
    }
  });
});
