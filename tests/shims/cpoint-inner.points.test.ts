import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPoints, createMembers } from '../loyalty/fixtures.js';
import { callCpoint, expectFailure, expectSuccess } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { MemberPointsEntriesDocument, ReturnOrderPointsErrorsDocument } from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let inner: HmacApp;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('CameraCircle');
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER', { appKey: 'CameraCircle' });
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

/** A member of the merchant holding `points` c-points. */
async function memberWith(points: string): Promise<string> {
  const [id] = await createMembers(app, merchant, 1);
  if (points !== '0') await addPoints(app, merchant.operatorKey, id!, points);
  return id!;
}

const call = (path: string, params: Record<string, unknown>, as: 'form' | 'json' = 'form') =>
  callCpoint(app, inner, path, params, { as });

/** The member's ledger, oldest first, as GraphQL shows it. */
async function entriesOf(memberId: string) {
  const res = await app.gql(merchant.operatorKey, MemberPointsEntriesDocument, { id: memberId });
  return [...res.data!.pointsEntries.items].reverse();
}

describe('user/getCpoint', () => {
  it("answers the document's shape, urlencoded and JSON, with fractional c-points as a number", async () => {
    const uid = await memberWith('12.50');
    for (const as of ['form', 'json'] as const) {
      expect(expectSuccess(await call('/user/getCpoint', { uid }, as))).toEqual({ cpoint: 12.5 });
    }
    expect(expectSuccess(await call('/user/getCpoint', { uid: await memberWith('0') }))).toEqual({ cpoint: 0 });
  });

  it('answers 10404 for a uid that names no member, whatever its form', async () => {
    expectFailure(await call('/user/getCpoint', { uid: '00000000-0000-4000-8000-000000000000' }), 10404, /No member/);
    expectFailure(await call('/user/getCpoint', { uid: 'fefefefa0000000000000331' }), 10404);
  });
});

describe('user/adminAddCpoint and user/adminReduceCpoint', () => {
  it("adds with the document's example (cpoint 100.00, adminId) and records a manual grant by that admin", async () => {
    const uid = await memberWith('0');
    const data = expectSuccess(await call('/user/adminAddCpoint', { uid, cpoint: '100.00', adminId: 'admin-7' }));
    expect(data).toEqual({ cpoint: 100, result: 1 });
    const json = expectSuccess(await call('/user/adminAddCpoint', { uid, cpoint: 0.5, adminId: 7 }, 'json'));
    expect(json).toEqual({ cpoint: 100.5, result: 1 });
    expect(await entriesOf(uid)).toMatchObject([
      { direction: 'ADD', amount: '100.00', balanceAfter: '100.00', operationType: 'MANUAL_GRANT', operatorId: 'admin-7' },
      { direction: 'ADD', amount: '0.50', balanceAfter: '100.50', operationType: 'MANUAL_GRANT', operatorId: '7' },
    ]);
  });

  it('reduces, and refuses to go below zero with 10001 and the document message, writing nothing', async () => {
    const uid = await memberWith('20.25');
    const data = expectSuccess(await call('/user/adminReduceCpoint', { uid, cpoint: '20.2', adminId: 'a1' }));
    expect(data).toEqual({ cpoint: 0.05, result: 1 });
    expectFailure(await call('/user/adminReduceCpoint', { uid, cpoint: '0.06', adminId: 'a1' }), 10001, 'c币不足');
    const entries = await entriesOf(uid);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      direction: 'DEDUCT',
      amount: '20.20',
      operationType: 'MANUAL_DEDUCTION',
      operatorId: 'a1',
    });
  });

  it('applies a retried call twice when no requestId is sent (the document has no id for it)', async () => {
    const uid = await memberWith('0');
    const params = { uid, cpoint: '5', adminId: 'a1' };
    expect(expectSuccess(await call('/user/adminAddCpoint', params))).toEqual({ cpoint: 5, result: 1 });
    expect(expectSuccess(await call('/user/adminAddCpoint', params))).toEqual({ cpoint: 10, result: 1 });
  });

  it('replays a retry with the same requestId, and refuses the requestId for other content (10409)', async () => {
    const uid = await memberWith('50');
    const params = { uid, cpoint: '7.5', adminId: 'a1', requestId: 'req-1' };
    expect(expectSuccess(await call('/user/adminReduceCpoint', params))).toEqual({ cpoint: 42.5, result: 1 });
    expect(expectSuccess(await call('/user/adminReduceCpoint', params, 'json'))).toEqual({ cpoint: 42.5, result: 1 });
    expectFailure(await call('/user/adminReduceCpoint', { ...params, cpoint: '8' }), 10409, /already used/);
    expectFailure(await call('/user/adminAddCpoint', params), 10409);
    const entries = await entriesOf(uid);
    expect(entries).toHaveLength(2);
    expect(entries[1]!.idempotencyKey).toMatch(/^cpoint-inner:[0-9a-f-]{36}:req-1$/);
  });

  it('refuses amounts that are not positive with at most 2 decimals (10400) and writes nothing', async () => {
    const uid = await memberWith('10');
    for (const cpoint of ['0', '-1', '1.005', 'abc', '1e3', '']) {
      expectFailure(await call('/user/adminAddCpoint', { uid, cpoint, adminId: 'a' }), 10400, /^cpoint: /);
    }
    expectFailure(await call('/user/adminAddCpoint', { uid, cpoint: '1' }), 10400, 'adminId: is required');
    expect(await entriesOf(uid)).toHaveLength(1);
  });
});

describe('useCpoint/consume and order/checkConsumeIsSucc', () => {
  it("consumes with the document's example and answers {cpoint, id}; a retry replays, charging once", async () => {
    const uid = await memberWith('30');
    const params = { orderId: 'mall_11', uid, cpoint: 12 };
    expect(expectSuccess(await call('/useCpoint/consume', params))).toEqual({ cpoint: 18, id: 'mall_11' });
    expect(expectSuccess(await call('/useCpoint/consume', params, 'json'))).toEqual({ cpoint: 18, id: 'mall_11' });
    expect(await entriesOf(uid)).toMatchObject([
      { direction: 'ADD' },
      { direction: 'DEDUCT', amount: '12.00', orderId: 'mall_11', source: 'ORDER_CONSUME' },
    ]);
    expect(expectSuccess(await call('/order/checkConsumeIsSucc', { orderId: 'mall_11', uid }))).toEqual({ result: 1 });
  });

  it('refuses the same orderId with another amount (10409) and an overspend (10001), writing nothing', async () => {
    const uid = await memberWith('10');
    expectSuccess(await call('/useCpoint/consume', { orderId: 'o-1', uid, cpoint: '4.5' }));
    expectFailure(await call('/useCpoint/consume', { orderId: 'o-1', uid, cpoint: '4.6' }), 10409);
    expectFailure(await call('/useCpoint/consume', { orderId: 'o-2', uid, cpoint: '5.51' }), 10001, 'c币不足');
    expect(expectSuccess(await call('/order/checkConsumeIsSucc', { orderId: 'o-2', uid }))).toEqual({ result: 0 });
    expect(await entriesOf(uid)).toHaveLength(2);
  });

  it('answers 10000 (the document message) while the same order of the same member is being consumed', async () => {
    const uid = await memberWith('10');
    const holder = new pg.Client({ connectionString: app.databaseUrl });
    await holder.connect();
    try {
      // Hold the order's lock as a consumption in progress would.
      await holder.query(`select pg_advisory_lock(app_lock_key('points_order', $1::uuid, $2))`, [merchant.id, `${uid}:o-busy`]);
      expectFailure(await call('/useCpoint/consume', { orderId: 'o-busy', uid, cpoint: 1 }), 10000, '不可同时执行，请等待');
    } finally {
      await holder.end();
    }
    expect(expectSuccess(await call('/useCpoint/consume', { orderId: 'o-busy', uid, cpoint: 1 }))).toEqual({
      cpoint: 9,
      id: 'o-busy',
    });
  });

  it('charges once when the same consumption arrives many times at once: the rest replay or answer 10000', async () => {
    const uid = await memberWith('100');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => call('/useCpoint/consume', { orderId: 'o-race', uid, cpoint: '10' }, 'json')),
    );
    for (const answer of answers) {
      expect(answer.httpStatus).toBe(200);
      expect([200, 10000]).toContain(answer.body.status);
      if (answer.body.status === 200) expect(answer.body.data).toEqual({ cpoint: 90, id: 'o-race' });
    }
    expect((await entriesOf(uid)).filter((e) => e.direction === 'DEDUCT')).toHaveLength(1);
  });

  it('checkConsumeIsSucc: 0 for an order never consumed, 10404 for an unknown member', async () => {
    const uid = await memberWith('0');
    expect(expectSuccess(await call('/order/checkConsumeIsSucc', { orderId: 'never', uid }, 'json'))).toEqual({ result: 0 });
    expectFailure(await call('/order/checkConsumeIsSucc', { orderId: 'x', uid: '00000000-0000-4000-8000-000000000001' }), 10404);
  });
});

describe('useCpoint/revoke', () => {
  it("gives back part then the rest of a consumption with the document's example; more than is left is 10007", async () => {
    const uid = await memberWith('50');
    expectSuccess(await call('/useCpoint/consume', { orderId: 'mall_11', uid, cpoint: '20' }));
    expect(expectSuccess(await call('/useCpoint/revoke', { orderId: 'mall_11', uid, cpoint: '5.5' }))).toEqual({ id: 'mall_11' });
    expectFailure(await call('/useCpoint/revoke', { orderId: 'mall_11', uid, cpoint: '14.51' }), 10007, '该订单不可被撤销');
    expect(expectSuccess(await call('/useCpoint/revoke', { orderId: 'mall_11', uid, cpoint: 14.5 }, 'json'))).toEqual({
      id: 'mall_11',
    });
    expectFailure(await call('/useCpoint/revoke', { orderId: 'mall_11', uid, cpoint: '0.01' }), 10007);
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: 50 });
  });

  it('answers 10003 for an unknown order, 10004 for an order that spent nothing, 10007 for a returned order', async () => {
    const uid = await memberWith('10');
    expectFailure(await call('/useCpoint/revoke', { orderId: 'nope', uid, cpoint: 1 }), 10003, '订单不存在');
    // An order that only earned points (a purchase reward) exists but was never paid with c-points.
    await addPoints(app, merchant.operatorKey, uid, '3', { orderId: 'earned-only', operationType: 'CONSUMPTION_REWARD' });
    expectFailure(await call('/useCpoint/revoke', { orderId: 'earned-only', uid, cpoint: 1 }), 10004, '订单未支付');
    expectSuccess(await call('/useCpoint/consume', { orderId: 'returned', uid, cpoint: 2 }));
    const returned = await app.gql(merchant.operatorKey, ReturnOrderPointsErrorsDocument, { id: uid });
    expect(returned.data!.returnOrderPoints.errors).toEqual([]);
    expectFailure(await call('/useCpoint/revoke', { orderId: 'returned', uid, cpoint: 1 }), 10007, '该订单不可被撤销');
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: 13 });
  });

  it('replays a revoke retried with the same requestId instead of giving back twice', async () => {
    const uid = await memberWith('10');
    expectSuccess(await call('/useCpoint/consume', { orderId: 'o-r', uid, cpoint: 10 }));
    const params = { orderId: 'o-r', uid, cpoint: 3, requestId: 'rv-1' };
    expectSuccess(await call('/useCpoint/revoke', params));
    expectSuccess(await call('/useCpoint/revoke', params));
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: 3 });
    // Without a requestId, each call gives back again (within what is left).
    expectSuccess(await call('/useCpoint/revoke', { orderId: 'o-r', uid, cpoint: 3 }));
    expectSuccess(await call('/useCpoint/revoke', { orderId: 'o-r', uid, cpoint: 3 }));
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: 9 });
  });

  it('gives back once when a revoke with a requestId is resent many times at once', async () => {
    const uid = await memberWith('10');
    expectSuccess(await call('/useCpoint/consume', { orderId: 'o-burst', uid, cpoint: 10 }));
    const params = { orderId: 'o-burst', uid, cpoint: 3, requestId: 'rv-burst' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => call('/useCpoint/revoke', params)));
    const done = answers.filter((a) => a.body.status === 200);
    // One gives back; the others replay it, or answer 10000 while it is still running.
    expect(done.length).toBeGreaterThan(0);
    expect(new Set(done.map((a) => JSON.stringify(expectSuccess(a)))).size).toBe(1);
    for (const busy of answers.filter((a) => a.body.status !== 200)) expectFailure(busy, 10000, '不可同时执行，请等待');
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: 3 });
    expect((await entriesOf(uid)).filter((e) => e.source === 'ORDER_REVOKE')).toHaveLength(1);
  });
});

describe('order/list (the document repeats the revoke URL for it)', () => {
  it("lists the member's orders newest first with amounts, status and times, page by page", async () => {
    const uid = await memberWith('100');
    const before = Math.floor(Date.now() / 1000);
    expectSuccess(await call('/useCpoint/consume', { orderId: 'a-1', uid, cpoint: '10' }));
    expectSuccess(await call('/useCpoint/consume', { orderId: 'a-2', uid, cpoint: '20.5' }));
    expectSuccess(await call('/useCpoint/revoke', { orderId: 'a-2', uid, cpoint: '0.5' }));
    expectSuccess(await call('/useCpoint/consume', { orderId: 'a-3', uid, cpoint: '1' }));
    expectSuccess(await call('/useCpoint/revoke', { orderId: 'a-3', uid, cpoint: '1' }));

    const page1 = expectSuccess(await call('/order/list', { uid, limit: 2 }));
    expect(page1).toEqual({
      total: 3,
      page: 1,
      limit: 2,
      list: [
        {
          id: 'a-3',
          status: 'REVOKED',
          cpoint: 1,
          revokedCpoint: 1,
          revocableCpoint: 0,
          earnedCpoint: 0,
          earnedReversedCpoint: 0,
          consume_time: expect.any(Number),
          return_time: '',
          c_time: expect.any(Number),
          u_time: expect.any(Number),
        },
        expect.objectContaining({ id: 'a-2', status: 'PARTLY_REVOKED', cpoint: 20.5, revokedCpoint: 0.5, revocableCpoint: 20 }),
      ],
    });
    expect(page1.list[0].c_time).toBeGreaterThanOrEqual(before);
    const page2 = expectSuccess(await call('/order/list', { uid, page: '2', limit: '2' }, 'json'));
    expect(page2).toMatchObject({ total: 3, page: 2, limit: 2, list: [{ id: 'a-1', status: 'CONSUMED', cpoint: 10 }] });
    const one = expectSuccess(await call('/order/list', { uid, orderId: 'a-2' }));
    expect(one).toMatchObject({ total: 1, list: [{ id: 'a-2' }] });
    expect(expectSuccess(await call('/order/list', { uid, orderId: 'none' }))).toEqual({
      total: 0,
      page: 1,
      limit: 20,
      list: [],
    });
  });

  it('refuses a limit over 100 or a page below 1 (10400) and answers 10404 for an unknown member', async () => {
    const uid = await memberWith('0');
    expectFailure(await call('/order/list', { uid, limit: 101 }), 10400, 'limit: is at most 100');
    expectFailure(await call('/order/list', { uid, page: 0 }), 10400, 'page: starts at 1');
    expectFailure(await call('/order/list', { uid: '00000000-0000-4000-8000-000000000002' }), 10404);
  });
});
