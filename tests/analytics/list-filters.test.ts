import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddPointsDocument,
  CreateMemberDocument,
  EvTestSubscriptionDocument,
  GiftCouponsDocument,
  ListsChangeExperienceDocument,
  ListsChangePointsDocument,
  ListsConsumeDocument,
  ListsReturnDocument,
  ListsRevokeDocument,
  ListsSetThreeGradesDocument,
  ListsSubscribeDocument,
  RedeemCouponDocument,
  SaveCouponTemplateDocument,
  SetTwoGradesDocument,
  WhereCouponRowsDocument,
  WhereEventDeliveriesDocument,
  WhereGradeChangesDocument,
  WherePointsOrdersDocument,
  WherePointsOrdersPageDocument,
  type EventDeliveryWhere,
  type PointsOrderWhere,
} from '../../src/generated/graphql.js';
import { EventType } from '../../src/domain/event.enums.js';
import { ok, setUpShop, startCardApp } from '../cards/support.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { type Kinds, matches, MEMBER_KINDS, operatorCases, type Page, random, randomWhere, type Row, walk } from './support.js';

/*
 * The filter language on the lists that took it last (grade changes, points orders, the event
 * delivery log) and on coupons: rows made through the real services (deliveries, which only the
 * event worker makes, inserted in SQL), every where compared with the evaluator of support.ts over
 * the rows this test made, pages by cursor against pages by offset, and a second merchant whose
 * rows no where reaches. Instants the services stamp with now() are set in SQL to whole
 * milliseconds (what an instant in GraphQL can say) with equal values among them, so `eq` on an
 * instant can match and pages meet equal keys.
 */

let app: TestApp;

interface Shop {
  merchant: TestMerchant;
  members: Row[];
  grades: Row[];
  orders: Row[];
  deliveries: Row[];
  coupons: Row[];
}
let mine: Shop;
let theirs: Shop;

const owner = () => app.ownerOrm.em.fork();

/* ---------- seeding ---------- */

const MEMBERS = 10;
const NAMES = ['Ann', 'bob', 'Cé%', 'Dan_1', 'ann'];

async function seedMembers(m: TestMerchant): Promise<Row[]> {
  const members: Row[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const input = {
      code: `L${i}`,
      name: NAMES[i % NAMES.length]!,
      mobile: i % 4 === 3 ? null : `1371111${String(i).padStart(4, '0')}`,
      sex: (['MALE', 'FEMALE', 'UNKNOWN'] as const)[i % 3]!,
      labels: ['vip', 'new'].filter((_, j) => (i >> j) & 1),
    };
    const res = await app.gql(m.operatorKey, CreateMemberDocument, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    members.push({ ...input, id: res.data!.createMember.member!.id, status: 'ACTIVE' });
  }
  return members;
}

/** The grade level of an experience under thresholds (level n from the n-th threshold). */
const levelOf = (experience: Decimal, thresholds: number[]) => thresholds.filter((t) => experience.gte(t)).length;

/** Experience moves per member (by i % 5); the first amount grows with i so experiences differ. */
const EXPERIENCE_PLANS: ['ADD' | 'DEDUCT', number][][] = [
  [['ADD', 3]],
  [['ADD', 10]],
  [
    ['ADD', 10],
    ['ADD', 100],
  ],
  [['ADD', 150]],
  [
    ['ADD', 120],
    ['DEDUCT', 30],
  ],
];

/** Makes grade moves through changeExperience and setGrades; answers the moves it expects. */
async function seedGrades(m: TestMerchant, members: Row[]): Promise<Row[]> {
  await ok(app, m.adminKey, SetTwoGradesDocument);
  const expected: Row[] = [];
  const experienceOf = new Map<string, Decimal>();
  for (const [i, member] of members.entries()) {
    let experience = new Decimal(0);
    for (const [step, [direction, base]] of EXPERIENCE_PLANS[i % 5]!.entries()) {
      const amount = new Decimal(base).plus(step === 0 ? i : 0);
      await ok(app, m.operatorKey, ListsChangeExperienceDocument, {
        memberId: member.id as string,
        amount: amount.toFixed(2),
        direction,
      });
      const before = levelOf(experience, [5, 100]);
      experience = direction === 'ADD' ? experience.plus(amount) : experience.minus(amount);
      const after = levelOf(experience, [5, 100]);
      if (after !== before) {
        expected.push({
          memberId: member.id,
          fromLevel: before,
          toLevel: after,
          experience: experience.toFixed(2),
          reason: 'EXPERIENCE',
        });
      }
    }
    experienceOf.set(member.id as string, experience);
  }
  await ok(app, m.adminKey, ListsSetThreeGradesDocument);
  for (const member of members) {
    const experience = experienceOf.get(member.id as string)!;
    const [before, after] = [levelOf(experience, [5, 100]), levelOf(experience, [5, 60, 140])];
    if (after !== before) {
      expected.push({
        memberId: member.id,
        fromLevel: before,
        toLevel: after,
        experience: experience.toFixed(2),
        reason: 'GRADE_TABLE',
      });
    }
  }
  await owner().execute(
    `update grade_change set created_at = timestamptz '2026-03-01T00:00:00Z' + (seq % 4) * interval '1 hour'
      + (seq % 3) * interval '1 millisecond' where merchant_id = ?`,
    [m.id],
  );
  return expected;
}

/** Points orders of each kind (by i % 5 and (i + 2) % 5); answers the orders it expects. */
async function seedOrders(m: TestMerchant, members: Row[]): Promise<Row[]> {
  const expected: Row[] = [];
  for (const [i, member] of members.entries()) {
    const memberId = member.id as string;
    await ok(app, m.operatorKey, AddPointsDocument, { memberId, amount: '1000' });
    for (const kind of [i % 5, (i + 2) % 5]) {
      const orderId = `O${kind}-${i}`;
      const amount = new Decimal(10 * (kind + 1)).plus(i);
      const consume = () =>
        ok(app, m.operatorKey, ListsConsumeDocument, { input: { memberId, orderId, amount: amount.toFixed(2) } });
      const earn = (points: string) =>
        ok(app, m.operatorKey, ListsChangePointsDocument, {
          input: { memberId, orderId, amount: points, direction: 'ADD', operationType: 'MANUAL_GRANT' },
        });
      const order = { memberId, orderId, spent: '0.00', spentReversed: '0.00', earned: '0.00', earnedReversed: '0.00' };
      if (kind === 0) {
        await consume();
        expected.push({ ...order, status: 'CONSUMED', spent: amount.toFixed(2) });
      } else if (kind === 1) {
        await consume();
        await ok(app, m.operatorKey, ListsRevokeDocument, { input: { memberId, orderId, amount: '5' } });
        expected.push({ ...order, status: 'PARTLY_REVOKED', spent: amount.toFixed(2), spentReversed: '5.00' });
      } else if (kind === 2) {
        await consume();
        await ok(app, m.operatorKey, ListsRevokeDocument, { input: { memberId, orderId } });
        expected.push({ ...order, status: 'REVOKED', spent: amount.toFixed(2), spentReversed: amount.toFixed(2) });
      } else if (kind === 3) {
        await earn(amount.toFixed(2));
        expected.push({ ...order, status: 'EARNED', earned: amount.toFixed(2) });
      } else {
        await consume();
        await earn('7');
        await ok(app, m.operatorKey, ListsReturnDocument, { input: { memberId, orderId } });
        const spent = amount.toFixed(2);
        expected.push({ ...order, status: 'RETURNED', spent, spentReversed: spent, earned: '7.00', earnedReversed: '7.00' });
      }
    }
  }
  await owner().execute(
    `update points_order set created_at = timestamptz '2026-02-01T00:00:00Z' + (abs(hashtext(order_no)) % 4) * interval '1 day',
      updated_at = date_trunc('milliseconds', updated_at), consumed_at = date_trunc('milliseconds', consumed_at),
      returned_at = date_trunc('milliseconds', returned_at) where merchant_id = ?`,
    [m.id],
  );
  return expected;
}

/** Coupons of two templates, some redeemed; answers (member, template, status) of each. */
async function seedCoupons(m: TestMerchant, members: Row[]): Promise<Row[]> {
  const beer = await ok(app, m.adminKey, SaveCouponTemplateDocument, {
    input: { title: 'Beer', type: 'GOODS', validUntil: '2099-12-31' },
  });
  const cash = await ok(app, m.adminKey, SaveCouponTemplateDocument, {
    input: { title: 'Cash', type: 'CASH', validFrom: '2026-01-01', validUntil: '2098-06-30' },
  });
  const expected: Row[] = [];
  for (const [i, member] of members.entries()) {
    const memberId = member.id as string;
    for (const [template, quantity] of [
      [beer.couponTemplate.id, 1 + (i % 3)],
      [cash.couponTemplate.id, i % 2],
    ] as const) {
      if (!quantity) continue;
      const gifted = await ok(app, m.operatorKey, GiftCouponsDocument, {
        input: { couponTemplateId: template, memberId, quantity },
      });
      for (const [k, coupon] of gifted.coupons.entries()) {
        const redeem = k === 0 && i % 4 === 0;
        if (redeem) await ok(app, m.operatorKey, RedeemCouponDocument, { input: { code: coupon.code, storeId: m.store.id } });
        expected.push({ memberId, couponTemplateId: template, status: redeem ? 'USED' : 'UNUSED' });
      }
    }
  }
  await owner().execute(
    `update coupon set created_at = timestamptz '2026-04-01T00:00:00Z' + (abs(hashtext(code)) % 3) * interval '1 hour',
      redeemed_at = date_trunc('milliseconds', redeemed_at) where merchant_id = ?`,
    [m.id],
  );
  return expected;
}

const EVENT_TYPE_NAMES = new Map(Object.entries(EventType).map(([name, value]) => [value as string, name]));

/**
 * Deliveries of the merchant's first 40 events (members, points, grades, coupons, and a test
 * event without a member) to two subscriptions, in every state; answers the rows inserted.
 */
async function seedDeliveries(m: TestMerchant): Promise<Row[]> {
  const subscriptions: string[] = [];
  for (const n of [1, 2]) {
    const res = await ok(app, m.adminKey, ListsSubscribeDocument, {
      input: { name: `hook ${n}`, url: `https://example.com/hook${n}`, format: 'STANDARD_WEBHOOKS' },
    });
    subscriptions.push(res.subscription.id);
  }
  await ok(app, m.adminKey, EvTestSubscriptionDocument, { id: subscriptions[0]! });
  const events = await owner().execute<{ id: string; seq: string; type: string; member_id: string | null }[]>(
    `(select id, seq, type, member_id from outbox_event where merchant_id = ? order by seq limit 39)
      union all (select id, seq, type, member_id from outbox_event where merchant_id = ? and member_id is null limit 1)`,
    [m.id, m.id],
  );
  const rows: Row[] = [];
  for (const [k, event] of events.entries()) {
    for (const subscriptionId of k % 2 ? subscriptions.slice(0, 1) : subscriptions) {
      const status = (['PENDING', 'DELIVERED', 'DEAD'] as const)[(k + rows.length) % 3]!;
      const row = {
        id: randomUUID(),
        subscriptionId,
        eventId: event.id,
        eventType: EVENT_TYPE_NAMES.get(event.type)!,
        memberId: event.member_id,
        status,
        attempts: (k + rows.length) % 4,
        lastError: status === 'DEAD' ? `HTTP 50${k % 4}: Bad_gateway ${k}%` : null,
        lastResponseCode: status === 'PENDING' && k % 2 ? null : [200, 503, 404][k % 3]!,
        deliveredAt: status === 'DELIVERED' ? new Date(Date.UTC(2026, 4, 2, 0, k)) : null,
        createdAt: new Date(Date.UTC(2026, 4, 1, k % 5)),
      };
      await owner().execute(
        `insert into event_delivery (id, merchant_id, subscription_id, event_id, member_id, seq, status, attempts, last_error,
          last_response_code, delivered_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          row.id,
          m.id,
          subscriptionId,
          event.id,
          event.member_id,
          event.seq,
          status,
          row.attempts,
          row.lastError,
          row.lastResponseCode,
          row.deliveredAt,
          row.createdAt,
        ],
      );
      rows.push(row);
    }
  }
  return rows;
}

async function seedShop(name: string): Promise<Shop> {
  const { merchant } = await setUpShop(app, name);
  const members = await seedMembers(merchant);
  const grades = await seedGrades(merchant, members);
  const orders = await seedOrders(merchant, members);
  const coupons = await seedCoupons(merchant, members);
  const deliveries = await seedDeliveries(merchant);
  return { merchant, members, grades, orders, deliveries, coupons };
}

/* ---------- the lists ---------- */

interface ListPage {
  totalItems: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  items: Row[];
}

interface List {
  name: string;
  /** The list's fields for the evaluator; `member` is the row's member among the shop's. */
  kinds: (shop: Shop) => Kinds;
  /** The list read through GraphQL, with its rows as the where names their fields. */
  fetch: (m: TestMerchant, variables: Record<string, unknown>) => Promise<ListPage>;
  /** Checks the unfiltered list against what the seeding made; answers its rows. */
  made: (shop: Shop, rows: Row[]) => void;
  /** A legacy argument and the where it is equivalent to. */
  legacy: (shop: Shop) => { args: Record<string, unknown>; where: Record<string, unknown> };
}

const member = (shop: Shop) => ({
  kinds: MEMBER_KINDS,
  of: (row: Row) => shop.members.find((m) => m.id === row.memberId),
});

/** The rows' fields the seeding predicted, sorted, to compare as multisets. */
const project = (rows: Row[], fields: string[]) =>
  rows.map((r) => JSON.stringify(Object.fromEntries(fields.map((f) => [f, r[f]])))).sort();

async function gql<T>(key: string, document: TypedDocumentNode<any, any>, variables: Record<string, unknown>): Promise<T> {
  const res = await app.gql(key, document, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0] as T;
}

const LISTS: List[] = [
  {
    name: 'gradeChanges',
    kinds: (shop) => ({
      id: 'id',
      memberId: 'id',
      member: member(shop),
      fromLevel: 'int',
      toLevel: 'int',
      experience: 'decimal',
      reason: 'enum',
      createdAt: 'datetime',
    }),
    fetch: (m, v) => gql(m.readonlyKey, WhereGradeChangesDocument, v),
    made: (shop, rows) => {
      const fields = ['memberId', 'fromLevel', 'toLevel', 'experience', 'reason'];
      expect(project(rows, fields)).toEqual(project(shop.grades, fields));
    },
    legacy: (shop) => ({
      args: { memberId: shop.members[4]!.id },
      where: { memberId: { eq: shop.members[4]!.id } },
    }),
  },
  {
    name: 'pointsOrders',
    kinds: (shop) => ({
      id: 'id',
      orderId: 'string',
      memberId: 'id',
      member: member(shop),
      status: 'enum',
      spent: 'decimal',
      spentReversed: 'decimal',
      earned: 'decimal',
      earnedReversed: 'decimal',
      consumedAt: 'datetime',
      returnedAt: 'datetime',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    }),
    fetch: (m, v) => gql(m.readonlyKey, WherePointsOrdersDocument, v),
    made: (shop, rows) => {
      // status is the GraphQL field (domain/order-rules.ts); the where's status is its SQL twin.
      const fields = ['memberId', 'orderId', 'status', 'spent', 'spentReversed', 'earned', 'earnedReversed'];
      expect(project(rows, fields)).toEqual(project(shop.orders, fields));
      for (const row of rows) expect(row.consumedAt == null).toBe(row.status === 'EARNED');
    },
    legacy: (shop) => ({
      args: { memberId: shop.members[2]!.id },
      where: { memberId: { eq: shop.members[2]!.id } },
    }),
  },
  {
    name: 'eventDeliveries',
    kinds: (shop) => ({
      id: 'id',
      subscriptionId: 'id',
      eventId: 'id',
      eventType: 'enum',
      memberId: 'id',
      member: member(shop),
      status: 'enum',
      attempts: 'int',
      lastError: 'string',
      lastResponseCode: 'int',
      deliveredAt: 'datetime',
      createdAt: 'datetime',
    }),
    fetch: async (m, v) => {
      const page = await gql<ListPage>(m.adminKey, WhereEventDeliveriesDocument, v);
      const items = page.items.map(({ event, attemptLog, ...d }) => {
        const e = event as { id: string; type: string; memberId: string | null };
        expect(attemptLog).toEqual([]);
        return { ...d, eventId: e.id, eventType: e.type, memberId: e.memberId };
      });
      return { ...page, items };
    },
    made: (shop, rows) => {
      const fields = Object.keys(shop.deliveries[0]!);
      const inserted = shop.deliveries.map((d) => ({
        ...d,
        deliveredAt: (d.deliveredAt as Date | null)?.toISOString() ?? null,
        createdAt: (d.createdAt as Date).toISOString(),
      }));
      expect(project(rows, fields)).toEqual(project(inserted, fields));
    },
    legacy: (shop) => ({
      args: { filter: { status: 'DEAD', subscriptionId: shop.deliveries[0]!.subscriptionId } },
      where: { status: { eq: 'DEAD' }, subscriptionId: { eq: shop.deliveries[0]!.subscriptionId } },
    }),
  },
  {
    name: 'coupons',
    kinds: (shop) => ({
      id: 'id',
      code: 'string',
      memberId: 'id',
      member: member(shop),
      couponTemplateId: 'id',
      status: 'enum',
      source: 'enum',
      cardRechargeId: 'id',
      validFrom: 'date',
      validUntil: 'date',
      redeemedAt: 'datetime',
      redeemedStoreId: 'id',
      createdAt: 'datetime',
    }),
    fetch: (m, v) => gql(m.readonlyKey, WhereCouponRowsDocument, v),
    made: (shop, rows) => {
      const fields = ['memberId', 'couponTemplateId', 'status'];
      expect(project(rows, fields)).toEqual(project(shop.coupons, fields));
    },
    legacy: (shop) => ({
      args: { filter: { status: 'UNUSED', memberId: shop.members[3]!.id } },
      where: { status: { eq: 'UNUSED' }, memberId: { eq: shop.members[3]!.id } },
    }),
  },
];

/** Every row of a list of one merchant, newest first (one page). */
const everything = async (list: List, m: TestMerchant) => (await list.fetch(m, { page: { limit: 200 } })).items;

beforeAll(async () => {
  app = await startCardApp();
  mine = await seedShop('Lists');
  theirs = await seedShop('Other lists');
}, 300_000);
afterAll(() => app?.close());

/** MemberWhere conditions for a list's `member` field (the seeded members' fields). */
const MEMBER_CASES: Record<string, unknown>[] = [
  { code: { in: ['L1', 'L2', 'L7'] } },
  { name: { contains: 'ANN' } },
  { name: { contains: '%' } },
  { sex: { ne: 'FEMALE' } },
  { labels: { contains: ['vip'] } },
  { mobile: { isNull: true } },
  { or: [{ code: { eq: 'L3' } }, { not: { sex: { eq: 'MALE' } } }] },
];

describe.each(LISTS)('$name', (list) => {
  let rows: Row[];
  let kinds: Kinds;
  /** Fields with values to build operator cases from (a field null in every row gets isNull alone). */
  let fields: string[];

  beforeAll(async () => {
    rows = await everything(list, mine.merchant);
    kinds = list.kinds(mine);
    fields = Object.keys(kinds).filter((f) => typeof kinds[f] === 'object' || rows.some((r) => r[f] != null));
  });

  const expected = (where: Record<string, unknown>) =>
    rows
      .filter((r) => matches(where, r, kinds))
      .map((r) => r.id as string)
      .sort();
  const idsOf = async (where: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const page = await list.fetch(mine.merchant, { where, page: { limit: 200 }, ...extra });
    expect(page.totalItems).toBe(page.items.length);
    return page.items.map((r) => r.id as string).sort();
  };
  const cases = (field: string) => (typeof kinds[field] === 'object' ? MEMBER_CASES : operatorCases(rows, kinds, field));

  it('lists what the services made, and only that', () => {
    expect(rows.length).toBeGreaterThan(10);
    list.made(mine, rows);
  });

  it('answers every operator of every field as the evaluator does', async () => {
    for (const field of Object.keys(kinds)) {
      const all = fields.includes(field) ? cases(field) : [{ isNull: true }, { isNull: false }];
      for (const ops of all) {
        const where = { [field]: ops };
        const want = expected(where);
        expect(await idsOf(where), JSON.stringify(where)).toEqual(want);
      }
    }
  });

  it('combines with and / or / not as the evaluator does', async () => {
    const [a, b] = fields.filter((f) => typeof kinds[f] !== 'object').slice(-2) as [string, string];
    const fixed: Record<string, unknown>[] = [
      { and: [] },
      { or: [] },
      { not: { or: [] } },
      { and: [{ [a]: cases(a)[1] }, { member: MEMBER_CASES[3] }] },
      { or: [{ [a]: cases(a)[0] }, { not: { [b]: cases(b)[2] } }] },
      { not: { member: MEMBER_CASES[1] } },
      { [b]: cases(b)[3], or: [{ member: { or: [MEMBER_CASES[0], MEMBER_CASES[5]] } }, { not: { [a]: cases(a)[1] } }] },
    ];
    for (const where of fixed) expect(await idsOf(where), JSON.stringify(where)).toEqual(expected(where));
    const next = random(list.name.length * 7919);
    let selective = 0;
    for (let i = 0; i < 30; i++) {
      // Three levels, so a `member` condition (itself nested up to two) stays within the five allowed.
      const where = randomWhere(next, cases, fields, 1, 3);
      const want = expected(where);
      if (want.length > 0 && want.length < rows.length) selective++;
      expect(await idsOf(where), JSON.stringify(where)).toEqual(want);
    }
    // The random wheres are not all trivially everything or nothing.
    expect(selective).toBeGreaterThan(5);
  });

  it('ANDs the legacy arguments with where', async () => {
    const { args, where } = list.legacy(mine);
    const legacyRows = expected(where);
    expect(legacyRows.length).toBeGreaterThan(1);
    // A where that drops one of the legacy argument's rows and matches rows beyond it.
    const narrower = { not: { id: { eq: legacyRows[0] } } };
    expect(expected(narrower).length).toBeGreaterThan(legacyRows.length);
    expect(await idsOf(narrower, args)).toEqual(legacyRows.slice(1));
  });

  it('walks pages by cursor as by offset and as one page, in both directions', async () => {
    const someWhere = { or: [{ member: MEMBER_CASES[4] }, { not: { [fields[2]!]: cases(fields[2]!)[0] } }] };
    for (const where of [null, someWhere]) {
      for (const direction of ['DESC', 'ASC'] as const) {
        const fetch = async (page: Record<string, unknown>) =>
          (await list.fetch(mine.merchant, { where, orderBy: { direction }, page })) as unknown as Page;
        const whole = (await fetch({ limit: 200 })).items.map((i) => i.id);
        expect(whole.slice().sort()).toEqual(where ? expected(where) : rows.map((r) => r.id).sort());
        expect(await walk(fetch, 3, 'cursor')).toEqual(whole);
        expect(await walk(fetch, 3, 'offset')).toEqual(whole);
        expect(await walk(fetch, 1, 'cursor')).toEqual(whole);
        if (direction === 'ASC') {
          const newest = (await list.fetch(mine.merchant, { where, page: { limit: 200 } })).items.map((i) => i.id);
          expect(whole).toEqual([...newest].reverse());
        }
      }
    }
  });

  it('refuses a bad cursor with no SQL for the list', async () => {
    const table = {
      gradeChanges: 'grade_change',
      pointsOrders: 'points_order',
      eventDeliveries: 'event_delivery',
      coupons: 'coupon',
    }[list.name]!;
    const key = list.name === 'eventDeliveries' ? mine.merchant.adminKey : mine.merchant.readonlyKey;
    const document = {
      gradeChanges: WhereGradeChangesDocument,
      pointsOrders: WherePointsOrdersDocument,
      eventDeliveries: WhereEventDeliveriesDocument,
      coupons: WhereCouponRowsDocument,
    }[list.name]!;
    const first = await list.fetch(mine.merchant, { page: { limit: 2 } });
    const cursor = first.pageInfo.endCursor!;
    // A cursor of another list (a members' cursor shape), garbage, another direction, with an offset.
    const foreign = Buffer.from(JSON.stringify({ o: 'members.CODE:asc', k: ['L1'], id: randomUUID() })).toString('base64url');
    for (const variables of [
      { page: { after: 'not a cursor' } },
      { page: { after: foreign } },
      { orderBy: { direction: 'ASC' }, page: { after: cursor } },
      { page: { after: cursor, offset: 2 } },
    ]) {
      let res: Awaited<ReturnType<TestApp['gql']>> | undefined;
      const statements = await app.statementsOf(async () => {
        res = await app.gql(key, document as never, variables);
      });
      expect(res!.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(res!.errors![0]!.extensions!.field).toMatch(/^page\./);
      expect(statements.filter((s) => new RegExp(`\\b${table}\\b`).test(s))).toEqual([]);
    }
  });

  it("never shows another merchant's rows, whatever the where or cursor", async () => {
    const others = (await everything(list, theirs.merchant)).map((r) => r.id as string);
    expect(others.length).toBeGreaterThan(10);
    expect(await idsOf({ id: { in: others.slice(0, 50) } })).toEqual([]);
    expect(await idsOf({ not: { id: { in: others.slice(0, 50) } } })).toEqual(expected({}));
    expect(await idsOf({ member: { id: { in: theirs.members.map((m) => m.id) } } })).toEqual([]);
    // A cursor holds values only: theirs pages my rows.
    const theirPage = await list.fetch(theirs.merchant, { page: { limit: 3 } });
    const after = await list.fetch(mine.merchant, { page: { limit: 200, after: theirPage.pageInfo.endCursor } });
    expect(after.items.filter((r) => others.includes(r.id as string))).toEqual([]);
  });
});

describe('statements', () => {
  it('reads a points order page with a where and a cursor in one statement, as a plain page', async () => {
    const key = mine.merchant.readonlyKey;
    const where: PointsOrderWhere = {
      or: [{ status: { in: ['CONSUMED', 'RETURNED'] } }, { member: { labels: { contains: ['vip'] } } }],
    };
    const plain = await app.statementsOf(() => app.gql(key, WherePointsOrdersPageDocument, { page: { limit: 5 } }));
    const first = await gql<ListPage>(key, WherePointsOrdersPageDocument, { where, page: { limit: 3 } });
    const filtered = await app.statementsOf(() =>
      app.gql(key, WherePointsOrdersPageDocument, { where, page: { limit: 3, after: first.pageInfo.endCursor } }),
    );
    // The start with set_config and the page in one message (db/deferred-begin.ts; no count:
    // totalItems is not selected), the rollback.
    expect(filtered).toHaveLength(2);
    expect(filtered.length).toBeLessThanOrEqual(plain.length);
    expect(filtered.filter((s) => /count\(/.test(s))).toEqual([]);
  });

  it('reads a delivery log page by cursor in as many statements as by offset', async () => {
    const key = mine.merchant.adminKey;
    const where: EventDeliveryWhere = { status: { ne: 'PENDING' } };
    const first = await gql<ListPage>(key, WhereEventDeliveriesDocument, { where, page: { limit: 4 } });
    const byOffset = await app.statementsOf(() =>
      app.gql(key, WhereEventDeliveriesDocument, { where, page: { limit: 4, offset: 4 } }),
    );
    const byCursor = await app.statementsOf(() =>
      app.gql(key, WhereEventDeliveriesDocument, { where, page: { limit: 4, after: first.pageInfo.endCursor } }),
    );
    expect(byCursor.length).toBe(byOffset.length);
    // The page, its events, their attempts, the count (totalItems is selected), begin and end.
    expect(byCursor.length).toBeLessThanOrEqual(6);
  });
});
