import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/services/store.service.js';
import {
  CardMoneyTotalsByDocument,
  ChangeExperienceDocument,
  ChangePointsDocument,
  CouponTotalsByDocument,
  GiftCouponsDocument,
  LiabilityAtDocument,
  MemberCountsByDocument,
  PointsFlowsByDocument,
  RedeemCouponDocument,
  RefundRechargeDocument,
  RefundSpendDocument,
  SaveCouponTemplateDocument,
  SetBronzeSilverGoldGradesDocument,
  SpendFromCardDocument,
  type AggregatePeriod,
} from '../../src/generated/graphql.js';
import { fundedCard, ok, refundCode, setUpShop, startCardApp, type CardShop } from '../cards/support.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { groupBy, localDay, periodStartOf, rowsBy, sum } from './support.js';

const ZONE = 'Asia/Shanghai';
let app: TestApp;
let shop: CardShop;
let a: TestMerchant;
let b: TestMerchant;
let secondStoreId: string;

/**
 * Merchant A's members. The first two straddle local midnight: 15:30 UTC is 23:30 on 31 March in
 * Shanghai (March, like UTC), 16:30 UTC is 00:30 on 1 April there (but still 31 March in UTC).
 */
const MEMBERS = [
  { at: '2026-03-31T15:30:00Z', status: 'ACTIVE', store: 'first', channels: ['wxgzpt'], experience: '50' },
  // Two accounts of one channel (two openids): one member in it all the same.
  { at: '2026-03-31T16:30:00Z', status: 'ACTIVE', store: 'first', channels: ['wxgzpt', 'xcx', 'wxgzpt'], experience: '500' },
  { at: '2026-04-05T17:00:00Z', status: 'ACTIVE', store: null, channels: ['xcx'], experience: '300' },
  { at: '2026-04-06T02:00:00Z', status: 'SUSPENDED', store: 'second', channels: [], experience: '1200' },
  { at: '2026-05-10T04:00:00Z', status: 'EXPIRED', store: 'second', channels: ['dsf'], experience: '10' },
  { at: '2026-05-31T16:10:00Z', status: 'ACTIVE', store: 'first', channels: [], experience: '1000' },
] as const;
let memberIds: string[] = [];

/** Points entries of A, each moved to its instant `at` after it was written. */
const POINTS = [
  { member: 0, direction: 'ADD', amount: '100.50', operationType: 'MANUAL_GRANT', store: 'first', at: '2026-04-30T15:30:00Z' },
  { member: 0, direction: 'ADD', amount: '20.00', operationType: 'CHECK_IN', store: null, at: '2026-04-30T16:30:00Z' },
  {
    member: 1,
    direction: 'ADD',
    amount: '300.00',
    operationType: 'CONSUMPTION_REWARD',
    store: 'second',
    at: '2026-05-02T01:00:00Z',
  },
  { member: 1, direction: 'DEDUCT', amount: '120.25', operationType: 'REDEMPTION', store: 'second', at: '2026-05-20T08:00:00Z' },
  { member: 2, direction: 'ADD', amount: '0.75', operationType: 'MANUAL_GRANT', store: 'first', at: '2026-06-01T03:00:00Z' },
  {
    member: 0,
    direction: 'DEDUCT',
    amount: '10.00',
    operationType: 'MANUAL_DEDUCTION',
    store: 'first',
    at: '2026-06-15T10:00:00Z',
  },
] as const;
const storeOf = (name: 'first' | 'second' | null) => (name === 'first' ? a.store.id : name === 'second' ? secondStoreId : null);

const owner = () => app.ownerOrm.em.fork();

async function insertMembers(merchantId: string, rows: readonly (typeof MEMBERS)[number][]): Promise<string[]> {
  const ids: string[] = [];
  for (const m of rows) {
    const id = randomUUID();
    ids.push(id);
    await owner().execute('insert into member (id, merchant_id, code, registered_at, register_store_id) values (?, ?, ?, ?, ?)', [
      id,
      merchantId,
      `M-${id}`,
      m.at,
      merchantId === a.id ? storeOf(m.store) : null,
    ]);
    for (const [n, channel] of m.channels.entries()) {
      await owner().execute(
        'insert into member_channel (id, merchant_id, member_id, channel_code, openid) values (gen_random_uuid(), ?, ?, ?, ?)',
        [merchantId, id, channel, `${channel}-${n}-${id}`],
      );
    }
  }
  return ids;
}

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, 'Aggregates A');
  a = shop.merchant;
  b = await app.createMerchant('Aggregates B');
  secondStoreId = (await createStore(app.operatorContext(a.id), { code: 'S002', name: 'Second store' })).id;
  await app.gql(a.adminKey, SetBronzeSilverGoldGradesDocument);
  memberIds = await insertMembers(a.id, MEMBERS);
  for (const [i, m] of MEMBERS.entries()) {
    await ok(app, a.operatorKey, ChangeExperienceDocument, {
      input: { memberId: memberIds[i]!, direction: 'ADD', amount: m.experience },
    });
    if (m.status !== 'ACTIVE') await owner().execute('update member set status = ? where id = ?', [m.status, memberIds[i]]);
  }
  for (const p of POINTS) {
    const changed = await ok(app, a.operatorKey, ChangePointsDocument, {
      input: {
        memberId: memberIds[p.member]!,
        direction: p.direction,
        amount: p.amount,
        operationType: p.operationType,
        storeId: storeOf(p.store),
      },
    });
    await owner().execute('update points_entry set created_at = ? where id = ?', [p.at, changed.entry.id]);
  }
  // Merchant B: members, points and card money that A must never count.
  const bMembers = await insertMembers(b.id, MEMBERS.slice(0, 3));
  await ok(app, b.operatorKey, ChangePointsDocument, {
    input: { memberId: bMembers[0]!, direction: 'ADD', amount: '5000', operationType: 'MANUAL_GRANT' },
  });
  await expectLedgersBalanced(app);
});
afterAll(() => app?.close());

describe('memberCounts', () => {
  const counts = (key: string, variables: Parameters<typeof app.gql>[2] = {}) =>
    app.gql(key, MemberCountsByDocument, variables as never).then((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.memberCounts;
    });

  it('counts by status, register store and grade, only the caller merchant', async () => {
    const rows = await counts(a.readonlyKey, { groupBy: ['STATUS', 'REGISTER_STORE'] });
    expect(
      rowsBy(
        rows,
        (r) => [r.status, r.storeId],
        (r) => r.members,
      ),
    ).toEqual(
      groupBy(
        [...MEMBERS],
        (m) => [m.status, storeOf(m.store)],
        (g) => g.length,
      ),
    );
    expect(rows.find((r) => r.storeId === secondStoreId)).toMatchObject({ storeCode: 'S002', storeName: 'Second store' });
    const level = (experience: string) => (Number(experience) >= 1000 ? 3 : Number(experience) >= 300 ? 2 : 1);
    const grades = await counts(a.readonlyKey, { groupBy: ['GRADE'] });
    expect(
      rowsBy(
        grades,
        (r) => [r.gradeLevel],
        (r) => r.members,
      ),
    ).toEqual(
      groupBy(
        [...MEMBERS],
        (m) => [level(m.experience)],
        (g) => g.length,
      ),
    );
    expect(grades.map((r) => r.gradeCode)).toEqual(['BRONZE', 'SILVER', 'GOLD']);
    const [total] = await counts(a.readonlyKey);
    expect(total!.members).toBe(MEMBERS.length);
    const [totalOfB] = await counts(b.readonlyKey);
    expect(totalOfB!.members).toBe(3);
  });

  it('counts only the members a MemberWhere matches, and refuses a bad one', async () => {
    const where = {
      or: [{ status: { eq: 'SUSPENDED' } }, { registerStoreId: { eq: a.store.id } }],
      not: { experience: { gte: '1000' } },
    };
    const rows = await counts(a.readonlyKey, { groupBy: ['STATUS'], where });
    const matching = MEMBERS.filter((m) => (m.status === 'SUSPENDED' || m.store === 'first') && !(Number(m.experience) >= 1000));
    expect(
      rowsBy(
        rows,
        (r) => [r.status],
        (r) => r.members,
      ),
    ).toEqual(
      groupBy(
        matching,
        (m) => [m.status],
        (g) => g.length,
      ),
    );
    const bad = await app.gql(a.readonlyKey, MemberCountsByDocument, { where: { points: { contains: 'x' } } as never });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts a member once in each of its channels, and channel-less members under null', async () => {
    const rows = await counts(a.readonlyKey, { groupBy: ['CHANNEL'] });
    const identities = MEMBERS.flatMap((m): { c: string | null }[] =>
      m.channels.length ? [...new Set(m.channels)].map((c) => ({ c })) : [{ c: null }],
    );
    expect(
      rowsBy(
        rows,
        (r) => [r.channelCode],
        (r) => r.members,
      ),
    ).toEqual(
      groupBy(
        identities,
        (i) => [i.c],
        (g) => g.length,
      ),
    );
  });

  it('counts by channel, grade and status per month within a range and a where (every join at once)', async () => {
    const level = (experience: string) => (Number(experience) >= 1000 ? 3 : Number(experience) >= 300 ? 2 : 1);
    const where = { not: { status: { eq: 'EXPIRED' } } };
    const range = { from: '2026-04-01', to: '2026-05-31' };
    const rows = await counts(a.readonlyKey, { groupBy: ['CHANNEL', 'GRADE', 'STATUS'], period: 'MONTH', range, where });
    const inRange = MEMBERS.filter((m) => {
      const day = localDay(m.at, ZONE);
      return day >= range.from && day <= range.to && m.status !== 'EXPIRED';
    });
    const identities = inRange.flatMap((m) =>
      (m.channels.length ? [...new Set<string>(m.channels)] : [null]).map((c) => ({ c, m })),
    );
    expect(
      rowsBy(
        rows,
        (r) => [r.channelCode, r.gradeLevel, r.status, r.periodStart],
        (r) => r.members,
      ),
    ).toEqual(
      groupBy(
        identities,
        (i) => [i.c, level(i.m.experience), i.m.status, periodStartOf(localDay(i.m.at, ZONE), 'MONTH')],
        (g) => g.length,
      ),
    );
    // Local April and May: the 00:30 one in its two channels and the two of 6 April (1 June is out).
    expect(identities).toHaveLength(4);
    expect(rows.reduce((n, r) => n + r.members, 0)).toBe(identities.length);
  });

  it.each(['DAY', 'WEEK', 'MONTH'] as AggregatePeriod[])(
    'counts by %s of registration in the merchant time zone',
    async (period) => {
      const rows = await counts(a.readonlyKey, { period });
      const expected = groupBy(
        [...MEMBERS],
        (m) => [periodStartOf(localDay(m.at, ZONE), period)],
        (g) => g.length,
      );
      expect(
        rowsBy(
          rows,
          (r) => [r.periodStart],
          (r) => r.members,
        ),
      ).toEqual(expected);
    },
  );

  it('puts 23:30 local in that local day and 00:30 local in the next, whatever the UTC date', async () => {
    const days = await counts(a.readonlyKey, { period: 'DAY', range: { from: '2026-03-31', to: '2026-04-01' } });
    expect(days.map((r) => [r.periodStart, r.members])).toEqual([
      ['2026-03-31', 1],
      ['2026-04-01', 1],
    ]);
    const april = await counts(a.readonlyKey, { period: 'MONTH', range: { from: '2026-04-01', to: '2026-04-30' } });
    // Local April: the 00:30 one, 6 April 01:00 (5 April in UTC) and 6 April 10:00.
    expect(april.map((r) => [r.periodStart, r.members])).toEqual([['2026-04-01', 3]]);
  });
});

describe('pointsFlows', () => {
  const flows = (variables: Record<string, unknown>) =>
    app.gql(a.readonlyKey, PointsFlowsByDocument, variables).then((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.pointsFlows;
    });
  const measures = (g: (typeof POINTS)[number][]) => ({
    entries: g.length,
    issued: sum(g.filter((p) => p.direction === 'ADD').map((p) => p.amount)),
    spent: sum(g.filter((p) => p.direction === 'DEDUCT').map((p) => p.amount)),
    net: sum(g.map((p) => (p.direction === 'ADD' ? p.amount : `-${p.amount}`))),
  });
  const rowMeasures = (r: { entries: number; issued: string; spent: string; net: string }) => ({
    entries: r.entries,
    issued: r.issued,
    spent: r.spent,
    net: r.net,
  });

  it('sums issued and spent by operation type and store, exactly', async () => {
    const rows = await flows({ groupBy: ['OPERATION_TYPE', 'STORE'] });
    expect(rowsBy(rows, (r) => [r.operationType, r.storeId], rowMeasures)).toEqual(
      groupBy([...POINTS], (p) => [p.operationType, storeOf(p.store)], measures),
    );
  });

  it('sums only the entries a PointsEntryWhere matches', async () => {
    const where = { or: [{ storeId: { eq: a.store.id } }, { amount: { gte: '300' } }], not: { direction: { eq: 'DEDUCT' } } };
    const rows = await flows({ groupBy: ['OPERATION_TYPE'], where });
    const matching = POINTS.filter((p) => (p.store === 'first' || Number(p.amount) >= 300) && p.direction !== 'DEDUCT');
    expect(rowsBy(rows, (r) => [r.operationType], rowMeasures)).toEqual(groupBy(matching, (p) => [p.operationType], measures));
  });

  it('cuts months at local midnight: 30 April 23:30 local is April, 00:30 on 1 May local is May', async () => {
    const rows = await flows({ period: 'MONTH' });
    const expected = groupBy([...POINTS], (p) => [periodStartOf(localDay(p.at, ZONE), 'MONTH')], measures);
    expect(rowsBy(rows, (r) => [r.periodStart], rowMeasures)).toEqual(expected);
    expect(rows.find((r) => r.periodStart === '2026-04-01')).toMatchObject({ entries: 1, issued: '100.50' });
  });

  it('takes a range of local days, both ends included', async () => {
    const rows = await flows({ range: { from: '2026-05-01', to: '2026-05-20' } });
    const inRange = POINTS.filter((p) => localDay(p.at, ZONE) >= '2026-05-01' && localDay(p.at, ZONE) <= '2026-05-20');
    expect(rows.map(rowMeasures)).toEqual([measures([...inRange])]);
  });
});

describe('cards, coupons and the liability at past instants', () => {
  /** Card movements the test made, with the instants it moved them to. */
  const movements: { kind: string; at: string; store: string | null; capital: string; bonus: string; amount: string }[] = [];
  const cardRecords: Record<string, string> = {
    RECHARGE: 'card_recharge',
    SPEND: 'card_spend',
    REFUND_SPEND: 'card_refund',
    REFUND_RECHARGE: 'card_refund',
  };
  const backdate = (kind: string, id: string, at: string) =>
    owner().execute(`update ${cardRecords[kind]} set created_at = ? where id = ?`, [at, id]);
  const spend = (cardId: string, phone: string, amount: string) =>
    ok(app, a.operatorKey, SpendFromCardDocument, { input: { cardId, amount, password: phone.slice(-6), storeId: a.store.id } });
  const liability = (at: string[]) =>
    app.gql(a.readonlyKey, LiabilityAtDocument, { at }).then((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.liability;
    });
  const PAST = '2026-06-01T00:00:00Z';

  beforeAll(async () => {
    // Card 1: 200 + 20 bonus on 10 May (store), 66.60 spent on 20 May, that spend refunded on 10 June.
    const one = await fundedCard(app, shop, '200.00', '20.00');
    const [r1] = await owner().execute<{ id: string }[]>('select id from card_recharge where member_card_id = ?', [one.cardId]);
    await backdate('RECHARGE', r1!.id, '2026-05-10T02:00:00Z');
    movements.push({
      kind: 'RECHARGE',
      at: '2026-05-10T02:00:00Z',
      store: a.store.id,
      amount: '200.00',
      capital: '200.00',
      bonus: '20.00',
    });
    const s1 = await spend(one.cardId, one.phone, '66.60');
    await backdate('SPEND', s1.spend.id, '2026-05-20T02:00:00Z');
    movements.push({
      kind: 'SPEND',
      at: '2026-05-20T02:00:00Z',
      store: a.store.id,
      amount: '66.60',
      capital: s1.spend.capitalPart,
      bonus: s1.spend.bonusPart,
    });
    const refund = await ok(app, a.adminKey, RefundSpendDocument, {
      input: { orderNo: s1.spend.orderNo, smsCode: await refundCode(app, shop) },
    });
    await backdate('REFUND_SPEND', refund.refund.id, '2026-06-10T02:00:00Z');
    movements.push({
      kind: 'REFUND_SPEND',
      at: '2026-06-10T02:00:00Z',
      store: null,
      amount: refund.refund.amount,
      capital: refund.refund.capital,
      bonus: refund.refund.bonus,
    });
    // Card 2: 50 + 5 on 31 May 23:30 local (15:30 UTC), 10 spent, then the recharge refunded (now).
    const two = await fundedCard(app, shop, '50.00', '5.00');
    const [r2] = await owner().execute<{ id: string; order_no: string }[]>(
      'select id, order_no from card_recharge where member_card_id = ?',
      [two.cardId],
    );
    await backdate('RECHARGE', r2!.id, '2026-05-31T15:30:00Z');
    movements.push({
      kind: 'RECHARGE',
      at: '2026-05-31T15:30:00Z',
      store: a.store.id,
      amount: '50.00',
      capital: '50.00',
      bonus: '5.00',
    });
    const s2 = await spend(two.cardId, two.phone, '10.00');
    await backdate('SPEND', s2.spend.id, '2026-06-02T02:00:00Z');
    movements.push({
      kind: 'SPEND',
      at: '2026-06-02T02:00:00Z',
      store: a.store.id,
      amount: '10.00',
      capital: s2.spend.capitalPart,
      bonus: s2.spend.bonusPart,
    });
    const back = await ok(app, a.adminKey, RefundRechargeDocument, {
      input: { orderNo: r2!.order_no, smsCode: await refundCode(app, shop) },
    });
    movements.push({
      kind: 'REFUND_RECHARGE',
      at: new Date().toISOString(),
      store: null,
      amount: back.refund.amount,
      capital: back.refund.capital,
      bonus: back.refund.bonus,
    });
  });

  it('sums recharges, bonus, spends and refunds by store and local month', async () => {
    const res = await app.gql(a.readonlyKey, CardMoneyTotalsByDocument, { groupBy: ['STORE'], period: 'MONTH' });
    expect(res.errors).toBeUndefined();
    const of = (kind: string, g: typeof movements, pick: 'amount' | 'capital' | 'bonus') =>
      sum(g.filter((m) => m.kind === kind).map((m) => m[pick]));
    const expected = groupBy(
      movements,
      (m) => [periodStartOf(localDay(m.at, ZONE), 'MONTH'), m.store],
      (g) => ({
        recharges: g.filter((m) => m.kind === 'RECHARGE').length,
        recharged: of('RECHARGE', g, 'capital'),
        bonusGranted: of('RECHARGE', g, 'bonus'),
        spends: g.filter((m) => m.kind === 'SPEND').length,
        spent: of('SPEND', g, 'amount'),
        spentCapital: of('SPEND', g, 'capital'),
        spentBonus: of('SPEND', g, 'bonus'),
        refunds: g.filter((m) => m.kind.startsWith('REFUND')).length,
        spendRefunds: of('REFUND_SPEND', g, 'amount'),
        rechargeRefunds: of('REFUND_RECHARGE', g, 'capital'),
        bonusWithdrawn: of('REFUND_RECHARGE', g, 'bonus'),
      }),
    );
    const rows = res.data!.cardMoneyTotals;
    expect(
      rowsBy(
        rows,
        (r) => [r.periodStart, r.storeId],
        ({ periodStart: _p, storeId: _s, storeName: _n, ...m }) => m,
      ),
    ).toEqual(expected);
    // 31 May 23:30 local is May there (and in UTC); the recharge counts in May.
    expect(rows.find((r) => r.periodStart === '2026-05-01')!.recharges).toBe(2);
  });

  it('rebuilds points and stored value at a past instant after later changes, and equals the balances now', async () => {
    const signedCard = (m: (typeof movements)[number]) =>
      m.kind === 'RECHARGE' || m.kind === 'REFUND_SPEND' ? m : { ...m, capital: `-${m.capital}`, bonus: `-${m.bonus}` };
    const before = (at: string) => movements.filter((m) => m.at <= at).map(signedCard);
    const points = (at: string) =>
      sum(POINTS.filter((p) => p.at <= at).map((p) => (p.direction === 'ADD' ? p.amount : `-${p.amount}`)));
    const now = new Date().toISOString();
    const [past, current] = await liability([PAST, now]);
    expect(past).toMatchObject({
      points: points(PAST),
      storedValueCapital: sum(before(PAST).map((m) => m.capital)),
      storedValueBonus: sum(before(PAST).map((m) => m.bonus)),
    });
    expect(past!.storedValue).toBe(sum([past!.storedValueCapital, past!.storedValueBonus]));
    // Now: what the balances hold (read apart, as the owner, for merchant A only).
    const [balances] = await owner().execute<{ points: string; capital: string; bonus: string }[]>(
      `select (select coalesce(sum(current), 0) from points_balance where merchant_id = ?)::numeric(16,2)::text as points,
              (select coalesce(sum(capital), 0) from member_card where merchant_id = ?)::numeric(16,2)::text as capital,
              (select coalesce(sum(bonus), 0) from member_card where merchant_id = ?)::numeric(16,2)::text as bonus`,
      [a.id, a.id, a.id],
    );
    expect(current).toMatchObject({
      points: balances!.points,
      storedValueCapital: balances!.capital,
      storedValueBonus: balances!.bonus,
    });
    expect(current!.points).toBe(points(now));
    // The default instant is now.
    const [byDefault] = await app.gql(a.readonlyKey, LiabilityAtDocument, {}).then((r) => r.data!.liability);
    expect(byDefault).toMatchObject({ points: current!.points, storedValue: current!.storedValue });
  });

  it('counts coupons issued and redeemed by template and local day', async () => {
    const template = await ok(app, a.adminKey, SaveCouponTemplateDocument, {
      input: { title: 'Coffee', type: 'GOODS', validUntil: '2099-12-31' },
    });
    const gifted = await ok(app, a.operatorKey, GiftCouponsDocument, {
      input: { couponTemplateId: template.couponTemplate.id, memberId: memberIds[0]!, quantity: 3 },
    });
    await ok(app, a.operatorKey, RedeemCouponDocument, { input: { code: gifted.coupons[0]!.code, storeId: a.store.id } });
    const ids = gifted.coupons.map((c) => c.id);
    await owner().execute(`update coupon set created_at = '2026-07-01T15:30:00Z' where id = any(?::uuid[])`, [
      `{${ids.join(',')}}`,
    ]);
    await owner().execute(`update coupon set redeemed_at = '2026-07-01T16:30:00Z' where id = ?`, [ids[0]]);
    const res = await app.gql(a.readonlyKey, CouponTotalsByDocument, { groupBy: ['TEMPLATE'], period: 'DAY' });
    expect(res.errors).toBeUndefined();
    // Issued 23:30 on 1 July local; redeemed 00:30 on 2 July local (1 July in UTC).
    expect(res.data!.couponTotals).toEqual([
      {
        periodStart: '2026-07-01',
        templateId: template.couponTemplate.id,
        templateTitle: 'Coffee',
        source: null,
        issued: 3,
        redeemed: 0,
      },
      {
        periodStart: '2026-07-02',
        templateId: template.couponTemplate.id,
        templateTitle: 'Coffee',
        source: null,
        issued: 0,
        redeemed: 1,
      },
    ]);
    const used = await app.gql(a.readonlyKey, CouponTotalsByDocument, { where: { status: { eq: 'USED' } } });
    expect(used.data!.couponTotals).toEqual([expect.objectContaining({ issued: 1, redeemed: 1 })]);
    const other = await app.gql(b.readonlyKey, CouponTotalsByDocument, {});
    expect(other.data!.couponTotals).toEqual([
      { periodStart: null, templateId: null, templateTitle: null, source: null, issued: 0, redeemed: 0 },
    ]);
  });
});
