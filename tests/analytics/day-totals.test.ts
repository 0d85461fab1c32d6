import { Decimal } from 'decimal.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AggregatePeriod, CardMoneyDimension, CouponDimension, LedgerDimension } from '../../src/domain/analytics.enums.js';
import { CardMoneyTotalsByDocument, ChangePointsDocument } from '../../src/generated/graphql.js';
import { seedAnalytics } from '../../src/services/analytics-seed.service.js';
import { cardMoneyTotals } from '../../src/services/analytics/card-money-totals.js';
import { couponTotals } from '../../src/services/analytics/coupon-totals.js';
import { ownerDb, refreshDayTotals, startDayTotalsRefresher } from '../../src/services/analytics/day-totals.js';
import { ledgerFlows } from '../../src/services/analytics/ledger-flows.js';
import { liabilityAt } from '../../src/services/analytics/liability.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { groupBy, localDay, periodStartOf, rowsBy, sum } from './support.js';

/**
 * The aggregates answered from the day totals (services/analytics/day-totals.ts) must equal the
 * same aggregates over the raw rows, both computed here in JavaScript from the rows the seed
 * wrote (local days through Intl, sums with decimal.js): with totals, without them, with rows
 * after the totals' last day, with a row that arrives late, after a change of time zone, and for
 * two merchants at once.
 */

let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;
let zone = 'Asia/Shanghai';

const owner = () => app.ownerOrm.em.fork();

interface Entry {
  created_at: Date;
  operation_type: string | null;
  source: string;
  store_id: string | null;
  earned_delta: string;
  used_delta: string;
  member_id: string;
}
interface Movement {
  kind: 'RECHARGE' | 'SPEND' | 'REFUND';
  refund_kind: string | null;
  created_at: Date;
  store_id: string | null;
  amount: string;
  capital: string;
  bonus: string;
}
interface Coupon {
  created_at: Date;
  redeemed_at: Date | null;
  coupon_template_id: string | null;
  source: string | null;
}

/** Instants as Dates (raw rows carry them as text). */
const dated = <T extends { created_at: Date }>(rows: T[]): T[] =>
  rows.map((r) => ({
    ...r,
    created_at: new Date(r.created_at),
    ...('redeemed_at' in r ? { redeemed_at: r.redeemed_at ? new Date(r.redeemed_at as string) : null } : {}),
  }));

const entriesOf = (merchantId: string) =>
  owner()
    .execute<Entry[]>(
      `select created_at, operation_type, source, store_id, earned_delta::text, used_delta::text, member_id
       from points_entry where merchant_id = ?`,
      [merchantId],
    )
    .then(dated);
const movementsOf = (merchantId: string) =>
  owner()
    .execute<Movement[]>(
      `select 'RECHARGE' as kind, null as refund_kind, created_at, store_id, amount::text, amount::text as capital, bonus::text
       from card_recharge where merchant_id = ?
     union all
     select 'SPEND', null, created_at, store_id, amount::text, capital_part::text, bonus_part::text from card_spend where merchant_id = ?
     union all
     select 'REFUND', kind, created_at, store_id, amount::text, capital::text, bonus::text from card_refund where merchant_id = ?`,
      [merchantId, merchantId, merchantId],
    )
    .then(dated);
const couponsOf = (merchantId: string) =>
  owner()
    .execute<Coupon[]>('select created_at, redeemed_at, coupon_template_id, source from coupon where merchant_id = ?', [
      merchantId,
    ])
    .then(dated);

/** An entry's effect on `current`. */
const net = (e: Entry) => new Decimal(e.earned_delta).minus(e.used_delta).toFixed(2);
const month = (at: Date) => periodStartOf(localDay(at, zone), 'MONTH');

/** Points flows by operation type, store and local month, from the entries. */
function expectedFlows(entries: Entry[]) {
  return groupBy(
    entries,
    (e) => [month(e.created_at), e.operation_type, e.store_id],
    (g) => ({
      entries: g.length,
      issued: sum(g.map((e) => e.earned_delta)),
      spent: sum(g.map((e) => e.used_delta)),
      net: sum(g.map(net)),
    }),
  );
}

async function flowsOf(merchant: TestMerchant, where?: object) {
  const rows = await ledgerFlows(app.operatorContext(merchant.id), 'points', {
    groupBy: [LedgerDimension.OPERATION_TYPE, LedgerDimension.STORE],
    period: AggregatePeriod.MONTH,
    where,
  });
  return rowsBy(
    rows,
    (r) => [r.periodStart, r.operationType, r.storeId],
    (r) => ({ entries: r.entries, issued: r.issued, spent: r.spent, net: r.net }),
  );
}

/** Card movements by store and local month, from the records. */
function expectedCardMoney(movements: Movement[]) {
  const of = (g: Movement[], kind: string, pick: 'amount' | 'capital' | 'bonus', refundKind?: string) =>
    sum(g.filter((m) => m.kind === kind && (!refundKind || m.refund_kind === refundKind)).map((m) => m[pick]));
  return groupBy(
    movements,
    (m) => [month(m.created_at), m.store_id],
    (g) => ({
      recharges: g.filter((m) => m.kind === 'RECHARGE').length,
      recharged: of(g, 'RECHARGE', 'capital'),
      bonusGranted: of(g, 'RECHARGE', 'bonus'),
      spends: g.filter((m) => m.kind === 'SPEND').length,
      spent: of(g, 'SPEND', 'amount'),
      spentCapital: of(g, 'SPEND', 'capital'),
      spentBonus: of(g, 'SPEND', 'bonus'),
      refunds: g.filter((m) => m.kind === 'REFUND').length,
      spendRefunds: of(g, 'REFUND', 'amount', 'SPEND'),
      rechargeRefunds: of(g, 'REFUND', 'capital', 'RECHARGE'),
      bonusWithdrawn: of(g, 'REFUND', 'bonus', 'RECHARGE'),
    }),
  );
}

async function cardMoneyOf(merchant: TestMerchant, where?: object) {
  const rows = await cardMoneyTotals(app.operatorContext(merchant.id), {
    groupBy: [CardMoneyDimension.STORE],
    period: AggregatePeriod.MONTH,
    where,
  });
  return rowsBy(
    rows,
    (r) => [r.periodStart, r.storeId],
    ({ periodStart: _p, storeId: _s, storeCode: _c, storeName: _n, ...measures }) => measures,
  );
}

/** Coupons issued and redeemed by template and local day. */
function expectedCoupons(coupons: Coupon[]) {
  const events = [
    ...coupons.map((c) => ({ day: localDay(c.created_at, zone), template: c.coupon_template_id, issued: 1, redeemed: 0 })),
    ...coupons
      .filter((c) => c.redeemed_at)
      .map((c) => ({ day: localDay(c.redeemed_at!, zone), template: c.coupon_template_id, issued: 0, redeemed: 1 })),
  ];
  return groupBy(
    events,
    (e) => [e.day, e.template],
    (g) => ({ issued: g.reduce((n, e) => n + e.issued, 0), redeemed: g.reduce((n, e) => n + e.redeemed, 0) }),
  );
}

async function couponsBy(merchant: TestMerchant) {
  const rows = await couponTotals(app.operatorContext(merchant.id), {
    groupBy: [CouponDimension.TEMPLATE],
    period: AggregatePeriod.DAY,
  });
  return rowsBy(
    rows,
    (r) => [r.periodStart, r.templateId],
    (r) => ({ issued: r.issued, redeemed: r.redeemed }),
  );
}

/** Points, capital and bonus recorded up to each instant (what the balances held then). */
function expectedLiability(entries: Entry[], movements: Movement[], at: Date) {
  const upTo = <T extends { created_at: Date }>(rows: T[]) => rows.filter((r) => r.created_at <= at);
  // Spends and recharge refunds take money off a card; recharges and spend refunds put it on.
  const signed = (m: Movement, value: string) =>
    m.kind === 'SPEND' || (m.kind === 'REFUND' && m.refund_kind === 'RECHARGE') ? new Decimal(value).neg().toFixed(2) : value;
  const moved = upTo(movements);
  return {
    points: sum(upTo(entries).map(net)),
    storedValueCapital: sum(moved.map((m) => signed(m, m.capital))),
    storedValueBonus: sum(moved.map((m) => signed(m, m.bonus))),
  };
}

const state = (merchantId: string) =>
  owner()
    .execute<{ through_day: string; time_zone: string }[]>(
      `select through_day::text, time_zone from analytics_day_state where merchant_id = ?`,
      [merchantId],
    )
    .then((rows) => rows[0]);
const totalRows = (merchantId: string) =>
  owner()
    .execute<{ n: number }[]>('select count(*)::int as n from ledger_day_total where merchant_id = ?', [merchantId])
    .then((rows) => rows[0]!.n);
const dropTotals = (merchantId: string) => owner().execute('delete from analytics_day_state where merchant_id = ?', [merchantId]);
const refresh = (merchantId: string, rebuild = false) => refreshDayTotals(ownerDb(app.ownerOrm), merchantId, { rebuild });

/** Every aggregate of A against the JavaScript over A's rows, whichever way it is answered. */
async function expectAggregatesOfA(): Promise<void> {
  const entries = await entriesOf(a.id);
  expect(await flowsOf(a)).toEqual(expectedFlows(entries));
  const movements = await movementsOf(a.id);
  expect(await cardMoneyOf(a)).toEqual(expectedCardMoney(movements));
  expect(await couponsBy(a)).toEqual(expectedCoupons(await couponsOf(a.id)));
  const now = new Date();
  const instants = [
    new Date(Date.UTC(2000, 0, 1)),
    new Date(now.getTime() - 400 * 86_400_000),
    new Date(now.getTime() - 30 * 86_400_000 - 5_555_555),
    new Date(now.getTime() - 86_400_000),
    now,
  ];
  const liability = await liabilityAt(app.operatorContext(a.id), instants);
  expect(
    liability.map(({ points, storedValueCapital, storedValueBonus }) => ({ points, storedValueCapital, storedValueBonus })),
  ).toEqual(instants.map((at) => expectedLiability(entries, movements, at)));
}

beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'silent' });
  a = await app.createMerchant('Totals A', zone);
  b = await app.createMerchant('Totals B', zone);
  // Three years of rows up to now, some of them today (after the totals' last day).
  await seedAnalytics(app.databaseUrl, { merchantId: a.id, members: 300, entries: 4000 });
  await seedAnalytics(app.databaseUrl, { merchantId: b.id, members: 100, entries: 700 });
}, 120_000);
afterAll(() => app?.close());

describe('aggregates over day totals', () => {
  it('equal the raw rows without totals, and with them after a refresh', async () => {
    expect(await state(a.id)).toBeUndefined();
    await expectAggregatesOfA();
    const done = await refresh(a.id);
    expect(done).toMatchObject({ fromDay: null, upToDate: false });
    // Yesterday or the day before, in the merchant's zone (a day is summed an hour after it ends).
    const yesterday = localDay(new Date(Date.now() - 86_400_000), zone);
    const twoDaysAgo = localDay(new Date(Date.now() - 2 * 86_400_000), zone);
    expect([yesterday, twoDaysAgo]).toContain(done.throughDay);
    expect(await totalRows(a.id)).toBeGreaterThan(100);
    await expectAggregatesOfA();
    // Nothing new to sum: the same state, no work.
    expect(await refresh(a.id)).toMatchObject({ upToDate: true, throughDay: done.throughDay });
  });

  it('keep merchants apart: B summed and read as itself, A unchanged', async () => {
    await refresh(b.id);
    await refresh(a.id);
    expect(await flowsOf(b)).toEqual(expectedFlows(await entriesOf(b.id)));
    expect(await cardMoneyOf(b)).toEqual(expectedCardMoney(await movementsOf(b.id)));
    await expectAggregatesOfA();
  });

  it('add the rows written after the last summed day (a points change now)', async () => {
    await refresh(a.id);
    const [member] = await owner().execute<{ id: string }[]>("select id from member where merchant_id = ? and code = 'AN7'", [
      a.id,
    ]);
    const changed = await app.gql(a.operatorKey, ChangePointsDocument, {
      input: { memberId: member!.id, direction: 'ADD', amount: '12.34', operationType: 'MANUAL_GRANT', storeId: a.store.id },
    });
    expect(changed.errors).toBeUndefined();
    await expectAggregatesOfA();
  });

  it('answer a where on the keys they keep from the totals, and any other where from the rows, alike', async () => {
    await refresh(a.id);
    const entries = await entriesOf(a.id);
    const [store] = await owner().execute<{ id: string }[]>("select id from store where merchant_id = ? and code = 'AS03'", [
      a.id,
    ]);
    const byStore = { or: [{ storeId: { eq: store!.id } }, { operationType: { in: ['CHECK_IN'] } }] };
    expect(await flowsOf(a, byStore)).toEqual(
      expectedFlows(entries.filter((e) => e.store_id === store!.id || e.operation_type === 'CHECK_IN')),
    );
    const members = await owner().execute<{ id: string }[]>(
      "select id from member where merchant_id = ? and labels @> array['vip']::text[]",
      [a.id],
    );
    const vip = new Set(members.map((m) => m.id));
    expect(await flowsOf(a, { member: { labels: { contains: ['vip'] } } })).toEqual(
      expectedFlows(entries.filter((e) => vip.has(e.member_id))),
    );
    const movements = await movementsOf(a.id);
    expect(await cardMoneyOf(a, { not: { storeId: { eq: store!.id } } })).toEqual(
      expectedCardMoney(movements.filter((m) => m.store_id !== store!.id)),
    );
  });

  it('sum again, at the next refresh, a row that arrived late for either of the last two summed days', async () => {
    const before = await refresh(a.id);
    const [member] = await owner().execute<{ id: string }[]>("select id from member where merchant_id = ? and code = 'AN8'", [
      a.id,
    ]);
    const changed = await app.gql(a.operatorKey, ChangePointsDocument, {
      input: { memberId: member!.id, direction: 'ADD', amount: '7.00', operationType: 'CHECK_IN' },
    });
    expect(changed.errors).toBeUndefined();
    // As if the totals had been summed a day earlier (through S = the day before throughDay), and
    // a transaction that began at noon of S - 1 committed after that: the next refresh, which
    // sums from S - 1, must take it.
    await owner().execute(`update analytics_day_state set through_day = through_day - 1 where merchant_id = ?`, [a.id]);
    await owner().execute(
      `update points_entry set created_at = ((?::date - 2) + time '12:00')::timestamp at time zone ? where id = ?`,
      [before.throughDay, zone, changed.data!.changePoints.entry!.id],
    );
    const next = await refresh(a.id);
    expect(next).toMatchObject({ upToDate: false, throughDay: before.throughDay });
    await expectAggregatesOfA();
  });

  it('read raw rows after a change of time zone until a refresh sums again in the new zone', async () => {
    await refresh(a.id);
    zone = 'Europe/London';
    await owner().execute('update merchant set time_zone = ? where id = ?', [zone, a.id]);
    try {
      await expectAggregatesOfA();
      const rebuilt = await refresh(a.id);
      expect(rebuilt).toMatchObject({ fromDay: null, upToDate: false });
      expect(await state(a.id)).toMatchObject({ time_zone: zone });
      await expectAggregatesOfA();
    } finally {
      zone = 'Asia/Shanghai';
      await owner().execute('update merchant set time_zone = ? where id = ?', [zone, a.id]);
      await refresh(a.id);
    }
  });

  it('are refreshed for every merchant by the refresher that npm start and the worker run', async () => {
    await dropTotals(a.id);
    await dropTotals(b.id);
    const refresher = startDayTotalsRefresher(app.ownerOrm, 3600, pino({ level: 'silent' }));
    try {
      await refresher.runNow();
    } finally {
      await refresher.stop();
    }
    expect(await state(a.id)).toMatchObject({ time_zone: zone });
    expect(await state(b.id)).toMatchObject({ time_zone: zone });
    await expectAggregatesOfA();
    await expectLedgersBalanced(app);
  });

  it('take a CardMovementWhere through GraphQL, and refuse a bad one before any SQL', async () => {
    const [store] = await owner().execute<{ id: string }[]>("select id from store where merchant_id = ? and code = 'AS05'", [
      a.id,
    ]);
    const res = await app.gql(a.readonlyKey, CardMoneyTotalsByDocument, { where: { storeId: { eq: store!.id } } });
    expect(res.errors).toBeUndefined();
    const movements = (await movementsOf(a.id)).filter((m) => m.store_id === store!.id);
    expect(res.data!.cardMoneyTotals[0]).toMatchObject({
      recharges: movements.filter((m) => m.kind === 'RECHARGE').length,
      recharged: sum(movements.filter((m) => m.kind === 'RECHARGE').map((m) => m.capital)),
      spent: sum(movements.filter((m) => m.kind === 'SPEND').map((m) => m.amount)),
    });
    const statements = await app.statementsOf(() =>
      app.gql(a.readonlyKey, CardMoneyTotalsByDocument, { where: { amount: { gt: 'many' } } }).then((bad) => {
        expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }),
    );
    expect(statements.filter((s) => /card_(recharge|spend|refund)|card_money_day_total/.test(s))).toEqual([]);
  });
});
