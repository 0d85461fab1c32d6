import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrm, scopeToMerchant, type Orm } from '../../src/db/orm.js';
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

  it("sends a read-only transaction's start and merchant at once, before its first statement", async () => {
    const em = scopeToMerchant(orm.em.fork(), b.id);
    await em.begin({ readOnly: true });
    expect(sent).toEqual([`start transaction read only; select set_config('app.merchant_id', '${b.id}', true)`]);
    expect(await em.execute('select mobile from member')).toEqual([{ mobile: '13000000002' }]);
    await expect(em.execute("update member set name = 'x'")).rejects.toThrow(/read-only transaction/);
    await em.rollback();
    expect(sent.at(-1)).toBe('rollback');
    expect(await outsideTransaction()).toBe(true);
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

  it('sends the begin alone before a first statement with bind parameters, which runs inside the transaction', async () => {
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
    expect(sent).toEqual(['start transaction read only', expect.stringMatching(/\$1::int/), 'rollback']);
    expect(await outsideTransaction()).toBe(true);
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
});
