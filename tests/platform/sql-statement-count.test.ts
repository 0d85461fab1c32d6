import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LaneMemberPageDocument,
  MemberPageDocument,
  MemberPageTotalInFragmentDocument,
  MemberPageWithoutTotalDocument,
  MemberProfileDocument,
} from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/** A query transaction's first message: its start, the merchant and its first read, sent together (db/deferred-begin.ts). */
const START_WITH_MERCHANT =
  /^start transaction read only; select set_config\('app\.merchant_id', '[0-9a-f-]{36}', true\); select /;
/** A read that is a whole implicit transaction: the merchant's prepared setting and the statement in one message (db/one-trip.ts). */
const ONE_MESSAGE_WITH_MERCHANT = /^select set_config\('app\.merchant_id', \$1, true\); select /;

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
  // 120 members, each with two channels, labels and a register store, written directly for speed.
  await app.emFor(merchant.id).execute(
    `insert into member (id, merchant_id, code, mobile, name, labels, register_store_id, registered_at)
     select gen_random_uuid(), ?, 'C' || i, '139' || lpad(i::text, 8, '0'), 'Member ' || i, array['vip', 'l' || (i % 3)], ?,
            now() - i * interval '1 minute'
     from generate_series(1, 120) as i`,
    [merchant.id, merchant.store.id],
  );
  await app.emFor(merchant.id).execute(
    `insert into member_channel (id, merchant_id, member_id, channel_code, openid)
     select gen_random_uuid(), m.merchant_id, m.id, c.code, c.code || '_' || m.code
     from member m cross join (values ('wxgzpt'), ('xcx')) as c(code) where m.merchant_id = ?`,
    [merchant.id],
  );
});
afterAll(() => app?.close());

async function statementsForPage(limit: number): Promise<string[]> {
  return app.statementsOf(async () => {
    const res = await app.gql(merchant.readonlyKey, MemberPageDocument, { page: { limit } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.items).toHaveLength(limit);
    expect(res.data!.members.items.every((m) => m.channels.length === 2 && m.registerStore?.code === 'S001')).toBe(true);
  });
}

describe('SQL statements per page', () => {
  it('costs the same number of statements for 10 members as for 100, channels and stores included', async () => {
    const ten = await statementsForPage(10);
    const hundred = await statementsForPage(100);
    expect(hundred).toHaveLength(ten.length);
    // Everything sent to PostgreSQL, counted by message at the connection: one read-only
    // transaction for the whole query: its start with the merchant's set_config and the count in
    // one message, then the page with its members' channels (one statement: the page selects
    // them), the stores batch, and its end. The API key was looked up by the first requests and
    // is cached.
    expect(hundred).toHaveLength(3 + 1);
    expect(hundred.filter((sql) => /from member_channel/.test(sql))).toHaveLength(1);
    expect(hundred.find((sql) => /from member_channel/.test(sql))).toMatch(/json_agg/);
    expect(hundred[0]).toMatch(START_WITH_MERCHANT);
    expect(hundred.at(-1)).toBe('rollback');
  });

  it('reads a member by id in one message: no key lookup once the key is cached, no transaction control', async () => {
    const [{ id }] = await app.emFor(merchant.id).execute<{ id: string }[]>('select id from member limit 1');
    const served = app.compiledQueries.served;
    const statements = await app.statementsOf(async () => {
      const res = await app.gql(merchant.readonlyKey, MemberProfileDocument, { id });
      expect(res.data!.member).toMatchObject({ id, labels: ['vip', expect.any(String)] });
    });
    expect(statements.filter((sql) => /authenticate_api_key/.test(sql))).toEqual([]);
    // Issue 9's goal, authentication and transaction control included: every field of the query
    // reads through lean statements (graphql/transaction-free.ts), so it runs without a
    // transaction: the merchant's setting and the select are one message, one implicit transaction.
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(ONE_MESSAGE_WITH_MERCHANT);
    expect(statements[0]).toMatch(/ from member where id = \$1::uuid$/);
    // Counted on the path a query takes: the compiled lane (http/compiled-queries.ts), 4 runs.
    expect(app.compiledQueries.served - served).toBe(4);
  });

  it('reads a page whose every field reads lean in one message per statement, without a transaction', async () => {
    const page = (withTotal: boolean) =>
      app.statementsOf(async () => {
        const res = await app.gql(merchant.readonlyKey, LaneMemberPageDocument, { page: { limit: 50 }, withTotal });
        expect(res.errors).toBeUndefined();
        expect(res.data!.members.items).toHaveLength(50);
        expect(res.data!.members.items.every((m) => m.channels.length === 2)).toBe(true);
        if (withTotal) expect(res.data!.members.totalItems).toBe(120);
      });
    // The page with its channels (graphql/transaction-free.ts: members and channels are marked
    // ReadsOneTrip, every other field selected is a property): one message, its merchant set in it.
    const withoutTotal = await page(false);
    expect(withoutTotal).toHaveLength(1);
    expect(withoutTotal[0]).toMatch(ONE_MESSAGE_WITH_MERCHANT);
    expect(withoutTotal[0]).toMatch(/json_agg/);
    // With the count: its own message, with its own merchant setting; still no transaction control.
    const withTotal = await page(true);
    expect(withTotal).toHaveLength(2);
    expect(withTotal.every((sql) => ONE_MESSAGE_WITH_MERCHANT.test(sql))).toBe(true);
    expect(withTotal.some((sql) => /begin|start transaction|rollback|commit/.test(sql))).toBe(false);
  });

  it('counts the whole list only when the client selects totalItems', async () => {
    // The unfiltered list's total is its kept count (member_count_delta), one statement all the same.
    const isCount = (sql: string) => /count\(|member_count_delta/i.test(sql);
    const withTotal = await statementsForPage(20);
    expect(withTotal.filter(isCount)).toHaveLength(1);

    const withoutTotal = await app.statementsOf(async () => {
      const res = await app.gql(merchant.readonlyKey, MemberPageWithoutTotalDocument, { page: { limit: 20 } });
      expect(res.data!.members.items).toHaveLength(20);
      expect(res.data!.members.items.every((m) => m.channels.length === 2 && m.registerStore?.code === 'S001')).toBe(true);
    });
    expect(withoutTotal.filter(isCount)).toEqual([]);
    // The page without its count: that one statement fewer.
    expect(withoutTotal).toHaveLength(withTotal.length - 1);

    const res = await app.gql(merchant.readonlyKey, MemberPageTotalInFragmentDocument, { page: { limit: 5 } });
    expect(res.data!.members).toMatchObject({ totalItems: 120 });
  });
});
