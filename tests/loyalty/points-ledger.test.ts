import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { addPoints, createMembers } from './fixtures.js';
import {
  ChangePointsDocument,
  ChangePointsInput,
  LedgerEntryFilter,
  MemberLoyaltyAndEntriesDocument,
  PageInput,
  PointsEntryPageDocument,
  SetLoyaltySettingsDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

const change = (input: ChangePointsInput, key = merchant.operatorKey) => app.gql(key, ChangePointsDocument, { input });
const deduct = (memberId: string, amount: string, extra: Partial<ChangePointsInput> = {}) =>
  change({ memberId, direction: 'DEDUCT', amount, operationType: 'MANUAL_DEDUCTION', ...extra });
const countEntries = async (memberId: string) =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from points_entry where member_id = ?', [memberId]))[0]
    .n as number;
const balanceOf = async (memberId: string) =>
  (
    await app.ownerOrm.em.fork().execute('select current, total_earned, used from points_balance where member_id = ?', [memberId])
  )[0];

describe('changePoints', () => {
  it('adds and deducts exact amounts and keeps current, total earned and used', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const added = await addPoints(app, merchant.operatorKey, member!, '100.25', {
      businessType: 'CONSUMPTION_REWARD',
      operationType: 'CONSUMPTION_REWARD',
      orgType: 'STORE',
      storeId: merchant.store.id,
      operatorName: 'Ann',
    });
    expect(added.entry).toMatchObject({
      direction: 'ADD',
      amount: '100.25',
      balanceAfter: '100.25',
      operationType: 'CONSUMPTION_REWARD',
      businessType: 'CONSUMPTION_REWARD',
      source: 'ADJUSTMENT',
    });
    const res = await deduct(member!, '0.3');
    expect(res.data?.changePoints).toMatchObject({
      errors: [],
      replayed: false,
      entry: { direction: 'DEDUCT', amount: '0.30', balanceAfter: '99.95' },
      balance: { current: '99.95', totalEarned: '100.25', used: '0.30' },
    });
    expect(await balanceOf(member!)).toEqual({ current: '99.95', total_earned: '100.25', used: '0.30' });
  });

  it('refuses a deduction beyond the balance and writes nothing', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '10');
    const res = await deduct(member!, '10.01');
    expect(res.data?.changePoints).toMatchObject({ entry: null, errors: [{ code: 'INSUFFICIENT_POINTS', field: 'amount' }] });
    expect(await countEntries(member!)).toBe(1);
    expect((await deduct(member!, '10')).data?.changePoints.balance!.current).toBe('0.00');
  });

  it('refuses any deduction from a member who never had points', async () => {
    const [member] = await createMembers(app, merchant, 1);
    expect((await deduct(member!, '1')).data?.changePoints.errors[0].code).toBe('INSUFFICIENT_POINTS');
  });

  it('converts money at the merchant rate, cutting to the points scale and never rounding up', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const grant = (money: string) => change({ memberId: member, direction: 'ADD', money, operationType: 'CONSUMPTION_REWARD' });
    // Defaults: rate 1, whole points.
    expect((await grant('12.99')).data?.changePoints.entry!.amount).toBe('12.00');
    expect((await grant('0.99')).data?.changePoints.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'money' });
    const set = await app.gql(merchant.adminKey, SetLoyaltySettingsDocument, {
      input: { moneyToPointsRate: '1.5', pointsScale: 2 },
    });
    expect(set.data?.setLoyaltySettings.settings).toEqual({ moneyToPointsRate: '1.5000', pointsScale: 2 });
    expect((await grant('10.01')).data?.changePoints.entry!.amount).toBe('15.01');
    await app.gql(merchant.adminKey, SetLoyaltySettingsDocument, { input: { moneyToPointsRate: '1', pointsScale: 0 } });
  });

  it('lets only admins change the settings and refuses bad ones', async () => {
    const asOperator = await app.gql(merchant.operatorKey, SetLoyaltySettingsDocument, {
      input: { moneyToPointsRate: '2', pointsScale: 0 },
    });
    expect(asOperator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(merchant.adminKey, SetLoyaltySettingsDocument, {
      input: { moneyToPointsRate: '0', pointsScale: 3 },
    });
    expect(bad.data?.setLoyaltySettings.errors.map((e: { field: string | null }) => e.field).sort()).toEqual([
      'moneyToPointsRate',
      'pointsScale',
    ]);
  });

  it('answers every bad input with a named field and writes nothing', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const both = await change({ memberId: member, direction: 'ADD', amount: '1', money: '1', operationType: 'MANUAL_GRANT' });
    expect(both.data?.changePoints.errors).toEqual([
      { code: 'INVALID_INPUT', message: 'Give exactly one of amount (points) or money.', field: 'amount' },
    ]);
    const neither = await change({ memberId: member, direction: 'ADD', operationType: 'MANUAL_GRANT' });
    expect(neither.data?.changePoints.errors[0].field).toBe('amount');
    const zero = await change({ memberId: member, direction: 'ADD', amount: '0', operationType: 'MANUAL_GRANT' });
    expect(zero.data?.changePoints.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
    const negative = await change({ memberId: member, direction: 'ADD', amount: '-5', operationType: 'MANUAL_GRANT' });
    expect(negative.data?.changePoints.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
    const threePlaces = await change({ memberId: member, direction: 'ADD', amount: '1.005', operationType: 'MANUAL_GRANT' });
    expect(threePlaces.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const store = await change({
      memberId: member,
      direction: 'ADD',
      amount: '1',
      operationType: 'MANUAL_GRANT',
      storeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(store.data?.changePoints.errors[0]).toMatchObject({ code: 'STORE_NOT_FOUND', field: 'storeId' });
    expect(await countEntries(member!)).toBe(0);
  });

  it('answers MEMBER_NOT_FOUND for unknown and malformed member ids', async () => {
    for (const memberId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await change({ memberId, direction: 'ADD', amount: '1', operationType: 'MANUAL_GRANT' });
      expect(res.data?.changePoints.errors[0]).toMatchObject({ code: 'MEMBER_NOT_FOUND', field: 'memberId' });
    }
  });

  it('does not let a read-only key change points', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const res = await change(
      { memberId: member, direction: 'ADD', amount: '1', operationType: 'MANUAL_GRANT' },
      merchant.readonlyKey,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countEntries(member!)).toBe(0);
  });

  it('keeps the ledger append-only for the application role', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '5');
    const em = app.emFor(merchant.id);
    await expect(em.execute('update points_entry set amount = 500 where member_id = ?', [member])).rejects.toThrow(
      /permission denied/,
    );
    await expect(em.execute('delete from points_entry where member_id = ?', [member])).rejects.toThrow(/permission denied/);
    await expect(em.execute('update points_balance set current = -1 where member_id = ?', [member])).rejects.toThrow(
      /check constraint/,
    );
  });
});

describe('idempotency', () => {
  it('answers a retry with the first result and writes nothing, whatever happened since', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '50');
    const input: ChangePointsInput = {
      memberId: member,
      direction: 'DEDUCT',
      amount: '30',
      operationType: 'REDEMPTION',
      idempotencyKey: 'redeem-1',
    };
    const first = await change(input);
    await addPoints(app, merchant.operatorKey, member!, '7');
    const retry = await change({ ...input, amount: '30.00' });
    expect(first.data?.changePoints.replayed).toBe(false);
    expect(retry.data?.changePoints).toMatchObject({ replayed: true, errors: [], entry: first.data?.changePoints.entry });
    expect(retry.data?.changePoints.balance!.current).toBe('27.00');
    expect(await countEntries(member!)).toBe(3);
  });

  it('refuses the same key with different content (IDEMPOTENCY_KEY_REUSED)', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '10', { idempotencyKey: 'grant-9' });
    for (const other of [
      { amount: '11' },
      { operationType: 'BIRTHDAY_GIFT' },
      { remark: 'changed' },
      { direction: 'DEDUCT' },
    ] as Partial<ChangePointsInput>[]) {
      const res = await change({
        memberId: member,
        direction: 'ADD',
        amount: '10',
        operationType: 'MANUAL_GRANT',
        idempotencyKey: 'grant-9',
        ...other,
      });
      expect(res.data?.changePoints.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    }
    expect(await countEntries(member!)).toBe(1);
  });

  it('answers IDEMPOTENCY_IN_FLIGHT while a command with the key still runs, then proceeds', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const input: ChangePointsInput = {
      memberId: member,
      direction: 'ADD',
      amount: '5',
      operationType: 'MANUAL_GRANT',
      idempotencyKey: 'slow-1',
    };
    // Another transaction holding the key's lock is exactly what an unfinished command looks like.
    await app.ownerOrm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(app_lock_key('points_entry', ?::uuid, 'slow-1'))`, [merchant.id]);
      const res = await change(input);
      expect(res.data?.changePoints.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_IN_FLIGHT', field: 'idempotencyKey' });
    });
    expect((await change(input)).data?.changePoints).toMatchObject({ errors: [], replayed: false });
  });

  it('writes once when the same command arrives many times at once', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const input: ChangePointsInput = {
      memberId: member,
      direction: 'ADD',
      amount: '3',
      operationType: 'CHECK_IN',
      idempotencyKey: 'burst-1',
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => change(input)));
    const outcomes = results.map((r) => r.data!.changePoints);
    expect(outcomes.filter((o) => o.errors.length === 0 && !o.replayed)).toHaveLength(1);
    expect(outcomes.every((o) => o.errors.length === 0 || o.errors[0].code === 'IDEMPOTENCY_IN_FLIGHT')).toBe(true);
    expect(await countEntries(member!)).toBe(1);
    expect((await balanceOf(member!)).current).toBe('3.00');
  });

  it('scopes keys to the merchant', async () => {
    const other = await app.createMerchant('Other');
    const [mine] = await createMembers(app, merchant, 1);
    const [theirs] = await createMembers(app, other, 1);
    await addPoints(app, merchant.operatorKey, mine!, '1', { idempotencyKey: 'shared-key' });
    const res = await addPoints(app, other.operatorKey, theirs!, '2', { idempotencyKey: 'shared-key' });
    expect(res.replayed).toBe(false);
  });
});

describe('concurrency', () => {
  it('lets exactly 10 of 50 parallel deductions of 10 from 100 succeed', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await addPoints(app, merchant.operatorKey, member!, '100');
    const results = await Promise.all(Array.from({ length: 50 }, () => deduct(member!, '10')));
    const codes = results.map((r) => r.data?.changePoints.errors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
    expect(codes.filter((c) => c === 'INSUFFICIENT_POINTS')).toHaveLength(40);
    expect(await balanceOf(member!)).toEqual({ current: '0.00', total_earned: '100.00', used: '100.00' });
    expect(await countEntries(member!)).toBe(11);
  });
});

describe('pointsEntries', () => {
  it('filters by member, direction, operation type, order and time, newest first, with paging', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const before = new Date();
    await addPoints(app, merchant.operatorKey, member!, '1', { operationType: 'REGISTRATION_GIFT' });
    await addPoints(app, merchant.operatorKey, member!, '2', { operationType: 'CONSUMPTION_REWARD', orderId: 'SO-1' });
    await deduct(member!, '0.5', { operationType: 'REDEMPTION' });
    const list = (filter: LedgerEntryFilter, page?: PageInput) =>
      app
        .gql(merchant.readonlyKey, PointsEntryPageDocument, { filter: { memberId: member, ...filter }, page })
        .then((r) => r.data!.pointsEntries);
    expect((await list({})).items.map((e: { amount: string }) => e.amount)).toEqual(['0.50', '2.00', '1.00']);
    expect((await list({ direction: 'ADD' })).totalItems).toBe(2);
    expect((await list({ operationTypes: ['REDEMPTION', 'REGISTRATION_GIFT'] })).totalItems).toBe(2);
    expect((await list({ orderId: 'SO-1' })).items).toEqual([
      { amount: '2.00', direction: 'ADD', operationType: 'CONSUMPTION_REWARD', orderId: 'SO-1' },
    ]);
    expect((await list({ from: before.toISOString() })).totalItems).toBe(3);
    expect((await list({ to: before.toISOString() })).totalItems).toBe(0);
    expect(await list({}, { offset: 1, limit: 1 })).toEqual({
      totalItems: 3,
      items: [{ amount: '2.00', direction: 'ADD', operationType: 'CONSUMPTION_REWARD', orderId: 'SO-1' }],
    });
    const tooBig = await app.gql(merchant.readonlyKey, PointsEntryPageDocument, { page: { offset: 0, limit: 10_000 } });
    expect(tooBig.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|QUERY_TOO_COMPLEX/);
  });
});

describe('tenancy', () => {
  it("never reads or changes another merchant's points, whatever ids are sent", async () => {
    const other = await app.createMerchant('Elsewhere');
    const [theirs] = await createMembers(app, other, 1);
    await addPoints(app, other.operatorKey, theirs!, '40');
    const attempt = await deduct(theirs!, '10');
    expect(attempt.data?.changePoints.errors[0].code).toBe('MEMBER_NOT_FOUND');
    const grant = await change({ memberId: theirs, direction: 'ADD', amount: '1', operationType: 'MANUAL_GRANT' });
    expect(grant.data?.changePoints.errors[0].code).toBe('MEMBER_NOT_FOUND');
    const read = await app.gql(merchant.adminKey, MemberLoyaltyAndEntriesDocument, { id: theirs });
    expect(read.data).toEqual({ member: null, loyaltyAccounts: [], pointsEntries: { totalItems: 0 } });
    expect(await balanceOf(theirs!)).toEqual({ current: '40.00', total_earned: '40.00', used: '0.00' });
  });
});
