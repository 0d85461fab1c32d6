import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { addPoints, createMembers } from './fixtures.js';
import {
  ChangePointsErrorsDocument,
  ConsumeOrderPointsDocument,
  ConsumePointsInput,
  PointsOrderOfDocument,
  PointsOrderPageDocument,
  ReturnOrderDocument,
  ReturnOrderPointsInput,
  RevokeOrderDocument,
  RevokeOrderPointsInput,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

const consume = (input: ConsumePointsInput) =>
  app.gql(merchant.operatorKey, ConsumeOrderPointsDocument, { input }).then((r) => r.data!.consumePointsForOrder);
const revoke = (input: RevokeOrderPointsInput) =>
  app.gql(merchant.operatorKey, RevokeOrderDocument, { input }).then((r) => r.data!.revokeOrderPoints);
const returnOrder = (input: ReturnOrderPointsInput) =>
  app.gql(merchant.operatorKey, ReturnOrderDocument, { input }).then((r) => r.data!.returnOrderPoints);
const order = (memberId: string, orderId: string) =>
  app.gql(merchant.readonlyKey, PointsOrderOfDocument, { memberId, orderId }).then((r) => r.data!.pointsOrder);
const orderRows = async (memberId: string) =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from points_order where member_id = ?', [memberId]))[0]
    .n as number;

async function memberWith(points: string): Promise<string> {
  const [member] = await createMembers(app, merchant, 1);
  await addPoints(app, merchant.operatorKey, member!, points);
  return member!;
}

describe('consumePointsForOrder', () => {
  it('spends points on an order that the check then reports as consumed', async () => {
    const member = await memberWith('100');
    const res = await consume({ memberId: member, orderId: 'mall_11', amount: '12.5' });
    expect(res).toMatchObject({
      errors: [],
      replayed: false,
      entry: {
        direction: 'DEDUCT',
        amount: '12.50',
        source: 'ORDER_CONSUME',
        operationType: 'POINTS_PAYMENT',
        orderId: 'mall_11',
        balanceAfter: '87.50',
      },
      balance: { current: '87.50', used: '12.50' },
      order: { orderId: 'mall_11', status: 'CONSUMED', spent: '12.50', revocable: '12.50' },
    });
    expect(await order(member, 'mall_11')).toMatchObject({ status: 'CONSUMED', spent: '12.50' });
    expect(await order(member, 'nope')).toBeNull();
  });

  it('uses the order id as idempotency key: same content replays, other content is refused', async () => {
    const member = await memberWith('100');
    const first = await consume({ memberId: member, orderId: 'o-2', amount: '10' });
    const again = await consume({ memberId: member, orderId: 'o-2', amount: '10.00' });
    expect(again).toMatchObject({ replayed: true, errors: [], entry: { id: first.entry!.id } });
    const other = await consume({ memberId: member, orderId: 'o-2', amount: '11' });
    expect(other.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'orderId' });
    expect((await order(member, 'o-2'))!.spent).toBe('10.00');
  });

  it('refuses a consumption beyond the balance and leaves no order behind', async () => {
    const member = await memberWith('5');
    const res = await consume({ memberId: member, orderId: 'too-much', amount: '6' });
    expect(res.errors[0]).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'amount' });
    expect(await orderRows(member)).toBe(0);
    // The order id is still free for a consumption that fits.
    expect((await consume({ memberId: member, orderId: 'too-much', amount: '5' })).errors).toEqual([]);
  });

  it('refuses unknown members', async () => {
    const res = await consume({ memberId: '00000000-0000-4000-8000-000000000000', orderId: 'x', amount: '1' });
    expect(res.errors[0].code).toBe('MEMBER_NOT_FOUND');
  });
});

describe('revokeOrderPoints', () => {
  it('revokes part, then the rest, and never more than was spent', async () => {
    const member = await memberWith('100');
    await consume({ memberId: member, orderId: 'r-1', amount: '30' });
    const part = await revoke({ memberId: member, orderId: 'r-1', amount: '10' });
    expect(part).toMatchObject({
      errors: [],
      entry: { direction: 'ADD', amount: '10.00', source: 'ORDER_REVOKE', operationType: 'POINTS_PAYMENT_REFUND' },
      balance: { current: '80.00', totalEarned: '100.00', used: '20.00' },
      order: { status: 'PARTLY_REVOKED', revocable: '20.00', spentReversed: '10.00' },
    });
    const over = await revoke({ memberId: member, orderId: 'r-1', amount: '20.01' });
    expect(over.errors[0]).toMatchObject({ code: 'ORDER_NOT_REVOCABLE', field: 'amount' });
    const rest = await revoke({ memberId: member, orderId: 'r-1' });
    expect(rest).toMatchObject({
      entry: { amount: '20.00' },
      order: { status: 'REVOKED', revocable: '0.00' },
      balance: { current: '100.00', used: '0.00' },
    });
    const nothing = await revoke({ memberId: member, orderId: 'r-1', amount: '1' });
    expect(nothing.errors[0]).toMatchObject({ code: 'ORDER_NOT_REVOCABLE', field: 'orderId' });
  });

  it('tells an unknown order from one that spent nothing', async () => {
    const member = await memberWith('10');
    expect((await revoke({ memberId: member, orderId: 'ghost' })).errors[0]).toMatchObject({
      code: 'ORDER_NOT_FOUND',
      field: 'orderId',
    });
    await addPoints(app, merchant.operatorKey, member, '3', { orderId: 'earned-only' });
    expect((await revoke({ memberId: member, orderId: 'earned-only' })).errors[0].code).toBe('ORDER_NOT_PAID');
    // Another member's order is not this member's.
    const other = await memberWith('10');
    await consume({ memberId: other, orderId: 'theirs', amount: '4' });
    expect((await revoke({ memberId: member, orderId: 'theirs' })).errors[0].code).toBe('ORDER_NOT_FOUND');
  });

  it('replays a revoke retried with its key', async () => {
    const member = await memberWith('10');
    await consume({ memberId: member, orderId: 'k-1', amount: '8' });
    const input = { memberId: member, orderId: 'k-1', amount: '3', idempotencyKey: 'revoke-k-1-a' };
    const first = await revoke(input);
    const retry = await revoke(input);
    expect(retry).toMatchObject({ replayed: true, entry: { id: first.entry!.id }, order: { revocable: '5.00' } });
  });

  it('gives back once when the same revoke is resent many times at once with its key', async () => {
    const member = await memberWith('10');
    await consume({ memberId: member, orderId: 'k-burst', amount: '8' });
    const input = { memberId: member, orderId: 'k-burst', amount: '3', idempotencyKey: 'revoke-k-burst' };
    const results = await Promise.all(Array.from({ length: 8 }, () => revoke(input)));
    const done = results.filter((r) => r.errors.length === 0);
    // One applies; the others replay it, or answer IN_FLIGHT while it still runs.
    expect(done.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(done.map((r) => r.entry!.id)).size).toBe(1);
    for (const r of results.filter((r) => r.errors.length > 0)) expect(r.errors[0].code).toBe('IDEMPOTENCY_IN_FLIGHT');
    expect(await order(member, 'k-burst')).toMatchObject({ spentReversed: '3.00', revocable: '5.00' });
    expect((await revoke(input)).replayed).toBe(true);
  });

  it('answers IDEMPOTENCY_IN_FLIGHT at once while the same revoke holds the key and the order', async () => {
    const member = await memberWith('10');
    await consume({ memberId: member, orderId: 'busy', amount: '5' });
    await app.ownerOrm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(app_lock_key('points_entry', ?::uuid, 'revoke-busy'))`, [merchant.id]);
      await em.execute(`select 1 from points_order where member_id = ? and order_no = 'busy' for update`, [member]);
      const res = await revoke({ memberId: member, orderId: 'busy', amount: '1', idempotencyKey: 'revoke-busy' });
      expect(res.errors[0].code).toBe('IDEMPOTENCY_IN_FLIGHT');
    });
  });

  it('never revokes more than was spent, even with many revokes at once', async () => {
    const member = await memberWith('100');
    await consume({ memberId: member, orderId: 'burst', amount: '50' });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => revoke({ memberId: member, orderId: 'burst', amount: '10' })),
    );
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(5);
    expect(results.filter((r) => r.errors[0]?.code === 'ORDER_NOT_REVOCABLE')).toHaveLength(5);
    expect(await order(member, 'burst')).toMatchObject({ status: 'REVOKED', spentReversed: '50.00' });
  });
});

describe('returnOrderPoints', () => {
  it('reverses what the order earned and what it still holds of its spending, once', async () => {
    const member = await memberWith('100');
    await addPoints(app, merchant.operatorKey, member, '20', { orderId: 'sale-1', operationType: 'CONSUMPTION_REWARD' });
    await consume({ memberId: member, orderId: 'sale-1', amount: '15' });
    await revoke({ memberId: member, orderId: 'sale-1', amount: '5' });
    // Holds: earned 20, spent 15 of which 5 were revoked. Return: -20 + 10 = -10.
    const first = await returnOrder({ memberId: member, orderId: 'sale-1', operationType: 'CONSUMPTION_REWARD_REVERSAL' });
    expect(first).toMatchObject({
      errors: [],
      replayed: false,
      entry: {
        direction: 'DEDUCT',
        amount: '10.00',
        source: 'ORDER_RETURN',
        operationType: 'CONSUMPTION_REWARD_REVERSAL',
        balanceAfter: '100.00',
      },
      balance: { current: '100.00', totalEarned: '100.00', used: '0.00' },
      order: { status: 'RETURNED', revocable: '0.00', earnedReversed: '20.00', spentReversed: '15.00' },
    });
    const again = await returnOrder({ memberId: member, orderId: 'sale-1' });
    expect(again).toMatchObject({ replayed: true, entry: { id: first.entry!.id } });
    expect((await revoke({ memberId: member, orderId: 'sale-1' })).errors[0].code).toBe('ORDER_ALREADY_RETURNED');
    expect((await consume({ memberId: member, orderId: 'sale-1', amount: '1' })).errors[0].code).toBe('ORDER_ALREADY_RETURNED');
    const more = await app.gql(merchant.operatorKey, ChangePointsErrorsDocument, {
      i: { memberId: member, direction: 'ADD', amount: '1', operationType: 'CONSUMPTION_REWARD', orderId: 'sale-1' },
    });
    expect(more.data?.changePoints.errors[0].code).toBe('ORDER_ALREADY_RETURNED');
  });

  it('returns an order once when the return is resent many times at once', async () => {
    const member = await memberWith('100');
    await addPoints(app, merchant.operatorKey, member, '20', { orderId: 'sale-burst', operationType: 'CONSUMPTION_REWARD' });
    await consume({ memberId: member, orderId: 'sale-burst', amount: '15' });
    const results = await Promise.all(Array.from({ length: 8 }, () => returnOrder({ memberId: member, orderId: 'sale-burst' })));
    // One returns; the others replay it, or answer IN_FLIGHT (on the order) while it still runs.
    const done = results.filter((r) => r.errors.length === 0);
    expect(done.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(done.map((r) => r.entry!.id)).size).toBe(1);
    for (const r of results.filter((r) => r.errors.length > 0)) {
      expect(r.errors).toEqual([{ code: 'IDEMPOTENCY_IN_FLIGHT', field: 'orderId', message: expect.any(String) }]);
    }
    // -20 earned + 15 spent given back: one DEDUCT of 5, from 105 to 100.
    expect(done[0]!.entry).toMatchObject({ direction: 'DEDUCT', amount: '5.00', balanceAfter: '100.00' });
    expect(await returnOrder({ memberId: member, orderId: 'sale-burst' })).toMatchObject({ replayed: true, errors: [] });
    const entries = await app.ownerOrm.em
      .fork()
      .execute("select count(*)::int as n from points_entry where member_id = ? and source = 'ORDER_RETURN'", [member]);
    expect(entries[0].n).toBe(1);
  });

  it('returns a consumption-only order by giving its points back', async () => {
    const member = await memberWith('10');
    await consume({ memberId: member, orderId: 'pay-1', amount: '4' });
    const res = await returnOrder({ memberId: member, orderId: 'pay-1' });
    expect(res).toMatchObject({ entry: { direction: 'ADD', amount: '4.00' }, balance: { current: '10.00', used: '0.00' } });
  });

  it('refuses to take back earnings the member already spent, and leaves the order returnable', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '20', { orderId: 'spent-it' });
    await app.gql(merchant.operatorKey, ChangePointsErrorsDocument, {
      i: { memberId: member, direction: 'DEDUCT', amount: '15', operationType: 'REDEMPTION' },
    });
    const res = await returnOrder({ memberId: member, orderId: 'spent-it' });
    expect(res.errors[0].code).toBe('INSUFFICIENT_POINTS');
    expect((await order(member!, 'spent-it'))!.status).toBe('EARNED');
  });

  it('refuses an unknown order', async () => {
    const member = await memberWith('1');
    expect((await returnOrder({ memberId: member, orderId: 'never' })).errors[0].code).toBe('ORDER_NOT_FOUND');
  });
});

describe('pointsOrders', () => {
  it("lists a member's orders newest first, with paging", async () => {
    const member = await memberWith('100');
    for (const id of ['a', 'b', 'c']) await consume({ memberId: member, orderId: `list-${id}`, amount: '1' });
    const res = await app.gql(merchant.readonlyKey, PointsOrderPageDocument, { m: member });
    expect(res.data?.pointsOrders).toEqual({
      totalItems: 3,
      items: [
        { orderId: 'list-c', status: 'CONSUMED' },
        { orderId: 'list-b', status: 'CONSUMED' },
      ],
    });
  });
});
