import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterMemberDocument, WhereMembersDocument } from '../../src/generated/graphql.js';
import { seedAnalytics } from '../../src/services/analytics-seed.service.js';
import { compactMemberCounts, ownerDb } from '../../src/services/analytics/day-totals.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * `totalItems` of the unfiltered member list is the merchant's kept member count (migration
 * m20261127-340), not a count of its members: it must equal that count however members arrive
 * (one registration, a bulk insert, a seed that skips triggers) or leave, stay merchant-scoped,
 * survive folding, and never answer a filtered list.
 */
let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;

const owner = () => app.ownerOrm.em.fork();
const membersOf = (merchantId: string) =>
  owner()
    .execute<{ n: number }[]>('select count(*)::int as n from member where merchant_id = ?', [merchantId])
    .then((rows) => rows[0]!.n);
const countRows = (merchantId: string) =>
  owner()
    .execute<{ n: number }[]>('select count(*)::int as n from member_count_delta where merchant_id = ?', [merchantId])
    .then((rows) => rows[0]!.n);

async function totalItems(merchant: TestMerchant, where?: object): Promise<number> {
  const res = await app.gql(merchant.readonlyKey, WhereMembersDocument, { where: where as never, page: { limit: 1 } });
  expect(res.errors).toBeUndefined();
  return res.data!.members.totalItems;
}

async function register(merchant: TestMerchant, mobile: string): Promise<void> {
  const res = await app.gql(merchant.operatorKey, RegisterMemberDocument, {
    input: { mobile, channel: { channelCode: 'xcx', openid: `o-${mobile}` } },
  });
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'silent' });
  a = await app.createMerchant('Count A');
  b = await app.createMerchant('Count B');
});
afterAll(() => app?.close());

describe('the kept member count', () => {
  it('answers the unfiltered totalItems without counting members, equal to the count, per merchant', async () => {
    await register(a, '13900000001');
    await register(a, '13900000002');
    await register(b, '13900000003');
    // A bulk load that skips triggers (the seed as a superuser) adds its batch itself.
    await seedAnalytics(app.databaseUrl, { merchantId: a.id, members: 120, entries: 120, batchSize: 50 });
    expect(await membersOf(a.id)).toBe(122);
    const statements = await app.statementsOf(async () => expect(await totalItems(a)).toBe(122));
    expect(statements.some((s) => /member_count_delta/.test(s))).toBe(true);
    expect(statements.some((s) => /count\(\*\)/.test(s))).toBe(false);
    expect(await totalItems(b)).toBe(await membersOf(b.id));
  });

  it('counts the rows themselves for any condition (and for one that matches nothing)', async () => {
    const [suspended] = await owner().execute<{ n: number }[]>(
      "select count(*)::int as n from member where merchant_id = ? and status = 'SUSPENDED'",
      [a.id],
    );
    expect(suspended!.n).toBeGreaterThan(0);
    expect(await totalItems(a, { status: { eq: 'SUSPENDED' } })).toBe(suspended!.n);
    expect(await totalItems(a, { or: [] })).toBe(0);
    expect(await totalItems(a, { and: [] })).toBe(122);
  });

  it('follows members removed, and keeps the same answer after its rows are folded into one', async () => {
    // Three members inserted in one statement, then removed in one (with the rows their insert opened).
    await owner().execute(
      `insert into member (id, merchant_id, code) select gen_random_uuid(), ?, 'GONE-' || g from generate_series(1, 3) g`,
      [a.id],
    );
    expect(await totalItems(a)).toBe(125);
    const gone = `(select id from member where merchant_id = '${a.id}' and code like 'GONE-%')`;
    for (const table of ['points_rank', 'exp_rank', 'points_balance', 'exp_balance']) {
      await owner().execute(`delete from ${table} where member_id in ${gone}`);
    }
    await owner().execute(`delete from member where id in ${gone}`);
    expect(await membersOf(a.id)).toBe(122);
    expect(await totalItems(a)).toBe(122);
    expect(await countRows(a.id)).toBeGreaterThan(1);
    await compactMemberCounts(ownerDb(app.ownerOrm), a.id);
    expect(await countRows(a.id)).toBe(1);
    expect(await totalItems(a)).toBe(122);
    await register(a, '13900000009');
    expect(await totalItems(a)).toBe(123);
    expect(await totalItems(b)).toBe(1);
  });
});
