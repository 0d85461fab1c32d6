import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { createOrm, scopeToMerchant, type Orm } from '../../src/db/orm.js';
import { DEFERRED_END_MS, prepareText } from '../../src/db/deferred-begin.js';
import { oneTripStatement, scopedRows } from '../../src/db/one-trip.js';
import { membersById } from '../../src/request/loaders/lean.js';
import { RegisterMobileDocument } from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * db/deferred-begin.ts: a transaction's `begin` travels with its first statement. These tests run
 * on an ORM of their own with ONE pooled connection, so every transaction lands on the same
 * connection and what one leaves behind would show in the next.
 */
let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;
let orm: Orm;
const sent: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  a = await app.createMerchant('A');
  b = await app.createMerchant('B');
  await app.gql(a.operatorKey, RegisterMobileDocument, { mobile: '13000000001' });
  await app.gql(b.operatorKey, RegisterMobileDocument, { mobile: '13000000002' });
  orm = await createOrm({ url: app.databaseUrl, asAppRole: true, poolMax: 1, onQuery: (s) => sent.push(s) });
  await orm.em.fork().execute('select 1'); // the connection is opened (and `set role` sent) here
});
beforeEach(() => {
  sent.length = 0;
});
afterAll(async () => {
  await orm?.close();
  await app?.close();
});

/** True when the connection is not inside a transaction: each statement then has its own start time. */
async function outsideTransaction(): Promise<boolean> {
  const [row] = await orm.em.fork().execute<{ outside: boolean }[]>('select now() = statement_timestamp() as outside');
  return row!.outside;
}

describe('a transaction begins with its first statement', () => {
  it("sends a write transaction's start and merchant with its first statement, and row-level security sees the merchant", async () => {
    const rows = await scopeToMerchant(orm.em.fork(), a.id).execute<{ mobile: string }[]>('select mobile from member');
    expect(rows).toEqual([{ mobile: '13000000001' }]);
    expect(sent).toEqual([`begin; select set_config('app.merchant_id', '${a.id}', true); select mobile from member`, 'commit']);
    expect(await outsideTransaction()).toBe(true);
  });

  it("sends a read-only transaction's start and merchant with its first statement, and its end with the connection's next message", async () => {
    const em = scopeToMerchant(orm.em.fork(), b.id);
    await em.begin({ readOnly: true });
    expect(sent).toEqual([]);
    expect(await em.execute('select mobile from member')).toEqual([{ mobile: '13000000002' }]);
    expect(sent).toEqual([
      `start transaction read only; select set_config('app.merchant_id', '${b.id}', true); select mobile from member`,
    ]);
    await expect(em.execute("update member set name = 'x'")).rejects.toThrow(/read-only transaction/);
    await em.rollback();
    // Answered at once; it rides at the front of the next message on the connection.
    expect(sent.at(-1)).not.toBe('rollback');
    expect(await outsideTransaction()).toBe(true);
    expect(sent.at(-1)).toBe('rollback; select now() = statement_timestamp() as outside');
  });

  it("sends a read-only transaction's end alone when the connection stays idle", async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    await em.begin({ readOnly: true });
    await em.execute('select mobile from member');
    await em.rollback();
    await new Promise((resolve) => setTimeout(resolve, DEFERRED_END_MS * 5));
    expect(sent.at(-1)).toBe('rollback');
    // pg_stat_activity from another connection: ours is idle, not idle in transaction.
    const [row] = await app.ownerOrm.em
      .fork()
      .execute<{ state: string }[]>(
        `select state from pg_stat_activity where datname = current_database() and query = 'rollback' and pid <> pg_backend_pid()`,
      );
    expect(row?.state).toBe('idle');
  });

  it('sends nothing for a transaction ended before any statement', async () => {
    await orm.em
      .fork()
      .getKysely()
      .transaction()
      .execute(async () => undefined);
    expect(sent).toEqual([]);
    expect(await outsideTransaction()).toBe(true);
  });

  it('sends the start with a first statement with bind parameters, in one message, and runs it inside the transaction', async () => {
    const db = orm.em.fork().getKysely();
    const readOnly = await db
      .startTransaction()
      .setAccessMode('read only')
      .execute()
      .then(async (trx) => {
        const { rows } = await sql<{
          ro: string;
          p: number;
        }>`select current_setting('transaction_read_only') as ro, ${7}::int as p`.execute(trx);
        await trx.rollback().execute();
        return rows[0];
      });
    expect(readOnly).toEqual({ ro: 'on', p: 7 });
    expect(sent).toEqual([expect.stringMatching(/^start transaction read only; select .*\$1::int/)]);
    expect(await outsideTransaction()).toBe(true);
  });

  it('sends a savepoint with the statement after it and its release with the next message', async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    await em.transactional(async (outer) => {
      await outer.transactional((inner) => inner.execute("select name from member where mobile = '13000000001'"));
      // A savepoint released before any statement was never sent.
      await outer.transactional(async () => undefined);
    });
    expect(sent).toEqual([
      expect.stringMatching(
        /^begin; select set_config\('app\.merchant_id', '[0-9a-f-]{36}', true\); savepoint "trx1"; select name from member/,
      ),
      'release "trx1"; commit',
    ]);
    expect(await outsideTransaction()).toBe(true);
  });

  it('rolls back to a held savepoint in order: the inner failure undone, the outer work kept', async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    await em.transactional(async (outer) => {
      await outer.execute("update member set nickname = 'outer' where mobile = '13000000001'");
      await expect(
        outer.transactional(async (inner) => {
          await inner.execute("update member set nickname = 'inner' where mobile = '13000000001'");
          await inner.execute("select ledger_abort('inner fails')");
        }),
      ).rejects.toThrow(/inner fails/);
      const [row] = await outer.execute<{ nickname: string }[]>("select nickname from member where mobile = '13000000001'");
      expect(row!.nickname).toBe('outer');
    });
    const [after] = await scopeToMerchant(orm.em.fork(), a.id).execute<{ nickname: string }[]>(
      "select nickname from member where mobile = '13000000001'",
    );
    expect(after!.nickname).toBe('outer');
    expect(sent.some((s) => /^rollback to "trx1"; select nickname/.test(s))).toBe(true);
    expect(await outsideTransaction()).toBe(true);
  });

  it('sends a statement with a MerchantScope as its own transaction, in one message: committed, or rolled back whole', async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    const [row] = await oneTripStatement<{ name: string; inside: boolean }>(
      em,
      `update member set name = :name where mobile = :mobile returning name, now() <> statement_timestamp() or true as inside`,
      { name: 'one trip', mobile: '13000000001' },
    );
    expect(row!.name).toBe('one trip');
    expect(sent).toEqual([
      expect.stringMatching(
        /^select set_config\('app\.merchant_id', \$1, true\); update member set name = \$1 where mobile = \$2/,
      ),
    ]);
    // The merchant's setting is a prepared statement of the connection: one text for every merchant.
    expect(await orm.em.fork().execute(`select name from pg_prepared_statements where name = 'mg_set_merchant'`)).toEqual([
      { name: 'mg_set_merchant' },
    ]);
    // Committed, and nothing of it is left on the connection: no transaction, no merchant.
    expect(await outsideTransaction()).toBe(true);
    expect(await orm.em.fork().execute('select count(*)::int as n from member')).toEqual([{ n: 0 }]);
    const [member] = await scopeToMerchant(orm.em.fork(), a.id).execute<{ name: string }[]>(
      "select name from member where mobile = '13000000001'",
    );
    expect(member!.name).toBe('one trip');

    // A failure anywhere in the message rolls all of it back, and another merchant's rows stay out of reach.
    await expect(
      oneTripStatement(
        em,
        `with changed as (update member set name = :name where mobile = :mobile returning id) select ledger_abort('after the update') from changed`,
        { name: 'lost', mobile: '13000000001' },
      ),
    ).rejects.toThrow(/after the update/);
    const [after] = await scopeToMerchant(orm.em.fork(), a.id).execute<{ name: string }[]>(
      "select name from member where mobile = '13000000001'",
    );
    expect(after!.name).toBe('one trip');
    const others = await oneTripStatement<{ n: number }>(em, `select count(*)::int as n from member where mobile = :mobile`, {
      mobile: '13000000002',
    });
    expect(others).toEqual([{ n: 0 }]);
  });

  it('prepares a marked text once per connection, and a failed message leaves it usable', async () => {
    const text = `select mobile from member where mobile = any($1::text[]) /* prepared test */`;
    prepareText(text);
    const read = async (merchant: TestMerchant, mobiles: string[]) => {
      const em = scopeToMerchant(orm.em.fork(), merchant.id);
      return em.transactional(async (tx) => (await tx.getKysely().executeQuery(CompiledQuery.raw(text, [mobiles]))).rows);
    };
    expect(await read(a, ['13000000001', '13000000002'])).toEqual([{ mobile: '13000000001' }]);
    expect(await read(b, ['13000000001', '13000000002'])).toEqual([{ mobile: '13000000002' }]);
    const [prepared] = await orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from pg_prepared_statements where statement like '%/* prepared test */%'`,
      );
    expect(prepared!.n).toBe(1);
    // A message that fails (its value is no array): the transaction is rolled back and the
    // connection, and the prepared text, go on.
    await expect(read(a, 'not an array' as never)).rejects.toThrow(/malformed array literal/);
    expect(await read(a, ['13000000001'])).toEqual([{ mobile: '13000000001' }]);
  });

  it('sends marked texts unnamed when prepared statements are off (a transaction pooler before PgBouncer 1.21)', async () => {
    const unnamed = await createOrm({ url: app.databaseUrl, asAppRole: true, poolMax: 1, preparedStatements: false });
    try {
      const text = `select mobile from member where mobile = any($1::text[]) /* unnamed test */`;
      prepareText(text);
      const em = scopeToMerchant(unnamed.em.fork(), a.id);
      const rows = await em.transactional(
        async (tx) => (await tx.getKysely().executeQuery(CompiledQuery.raw(text, [['13000000001']]))).rows,
      );
      expect(rows).toEqual([{ mobile: '13000000001' }]);
      const [prepared] = await unnamed.em
        .fork()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from pg_prepared_statements where statement like '%/* unnamed test */%'`,
        );
      expect(prepared!.n).toBe(0);
      // A read outside a transaction sends the merchant's setting unnamed too.
      expect(await scopedRows(em, sql<{ mobile: string }>`select mobile from member where mobile like ${'130%'}`)).toEqual([
        { mobile: '13000000001' },
      ]);
      const [setter] = await unnamed.em
        .fork()
        .execute<{ n: number }[]>(`select count(*)::int as n from pg_prepared_statements where name = 'mg_set_merchant'`);
      expect(setter!.n).toBe(0);
    } finally {
      await unnamed.close();
    }
  });

  it('rolls back a transaction whose first message fails, and leaves the connection clean', async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    await expect(
      em.transactional(async (tx) => {
        await tx.execute("update member set name = 'changed' where mobile = '13000000001'");
        await tx.execute('select 1 / 0');
      }),
    ).rejects.toThrow(/division by zero/);
    expect(sent.at(-1)).toBe('rollback');
    expect(await outsideTransaction()).toBe(true);
    const [member] = await scopeToMerchant(orm.em.fork(), a.id).execute<{ name: string | null }[]>(
      "select name from member where mobile = '13000000001'",
    );
    expect(member!.name).not.toBe('changed');
  });

  it('rolls back a transaction whose first message fails: its start, merchant and statement', async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    await expect(em.transactional((tx) => tx.execute("select ledger_abort('first statement fails')"))).rejects.toThrow(
      /first statement fails/,
    );
    expect(sent).toEqual([expect.stringMatching(/^begin; select set_config\(.*; select ledger_abort/), 'rollback']);
    expect(await outsideTransaction()).toBe(true);
  });

  it("never lets one transaction's merchant reach the next on the same connection", async () => {
    for (const [merchant, mobile] of [
      [a, '13000000001'],
      [b, '13000000002'],
      [a, '13000000001'],
    ] as const) {
      const rows = await scopeToMerchant(orm.em.fork(), merchant.id).execute<{ mobile: string }[]>('select mobile from member');
      expect(rows).toEqual([{ mobile }]);
    }
    // Outside a transaction no merchant is set: row-level security shows nothing.
    expect(await orm.em.fork().execute('select count(*)::int as n from member')).toEqual([{ n: 0 }]);
  });

  it("plans a member's lean read once per connection and reuses the plan (a generic plan, not one per execution)", async () => {
    const em = scopeToMerchant(orm.em.fork(), a.id);
    const [{ id }] = await em.execute<{ id: string }[]>(`select id from member where mobile = '13000000001'`);
    for (let i = 0; i < 8; i++) expect((await membersById(em, [id!])).map((m) => m.mobile)).toEqual(['13000000001']);
    const [plans] = await orm.em
      .fork()
      .execute<{ generic_plans: number; custom_plans: number }[]>(
        `select generic_plans::int, custom_plans::int from pg_prepared_statements where statement like '%from member where id = $1::uuid'`,
      );
    // PostgreSQL tries custom plans first (at most five), then keeps the generic one.
    expect(plans!.custom_plans).toBeLessThanOrEqual(5);
    expect(plans!.generic_plans).toBeGreaterThanOrEqual(3);
  });

  it('reads outside a transaction in one message each, with its own merchant, and leaves none behind (scopedRows)', async () => {
    for (const [merchant, mobile] of [
      [a, '13000000001'],
      [b, '13000000002'],
      [a, '13000000001'],
    ] as const) {
      const em = scopeToMerchant(orm.em.fork(), merchant.id);
      expect(await scopedRows(em, sql<{ mobile: string }>`select mobile from member where mobile like ${'130%'}`)).toEqual([
        { mobile },
      ]);
    }
    expect(sent).toHaveLength(3);
    expect(sent.every((s) => /^select set_config\('app\.merchant_id', \$1, true\); select mobile from member/.test(s))).toBe(
      true,
    );
    expect(await orm.em.fork().execute('select count(*)::int as n from member')).toEqual([{ n: 0 }]);
    // Without a merchant it refuses, rather than read on a connection with none set.
    await expect(scopedRows(orm.em.fork(), sql`select 1`)).rejects.toThrow(/scoped to a merchant/);
  });
});
