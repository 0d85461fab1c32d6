import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaveRechargeEventDocument, SetNicknameXiaoyuDocument } from '../../src/generated/graphql.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';
import { latestSmsCode, newPhone, ok, setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';
import {
  CARD_DETAIL,
  cardManageClient,
  expectDone,
  expectFailure,
  expectShape,
  expectSuccess,
  md5,
  numericIdOf,
  sqlValue,
  type CmCall,
  type Shape,
} from './card-manage.support.js';

/**
 * card-manage.md 4.1-4.5 and 8.1-8.4: the records, members and invoices as the examples show them,
 * with totals, paging, filters, and another merchant's ids naming nothing.
 */

let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
let call: CmCall;
let otherCall: CmCall;
const no = { stored: 0, activity: 0, event: 0, otherStored: 0 };
/** Three members: recharges 100+10, 200+0, 300+30; each spends 10; the first has an activity card too. */
const people: { phone: string; userId: number }[] = [];
let startedAt: number;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, 'Records Shop');
  other = await setUpShop(app, 'Records Other');
  token = await staffToken(app, shop.merchant, ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'], 'cashier');
  otherToken = await staffToken(app, other.merchant, ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'], 'cashier');
  call = cardManageClient(app, shop.merchant.id);
  otherCall = cardManageClient(app, other.merchant.id);
  const event = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
    input: {
      title: '小二老坛子酸菜鱼开业活动卡',
      rechargeAmount: '200',
      bonusAmount: '200',
      type: 'BONUS',
      status: 'ACTIVITY_ONLY',
      cardTemplateIds: [shop.activityCardId],
    },
  });
  no.stored = await numericIdOf(app, 'card_template', shop.storedCardId);
  no.activity = await numericIdOf(app, 'card_template', shop.activityCardId);
  no.event = await numericIdOf(app, 'recharge_event', event.rechargeEvent.id);
  no.otherStored = await numericIdOf(app, 'card_template', other.storedCardId);
  startedAt = Date.now() - 1000;
  for (const [recharge, send] of [
    ['100', '10'],
    ['200', '0'],
    ['300', '30'],
  ]) {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    expectDone(
      await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge, send, image: '/u/proof.png' }),
      '充值成功',
    );
    expectDone(
      await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '10', password: md5(phone.slice(-6)) }),
      '成功',
    );
    const userId = (await call('/v3/userCard/user_card', { token, phone })).json.data[0].userId as number;
    people.push({ phone, userId });
  }
  const first = people[0]!;
  await app.gql(shop.merchant.adminKey, SetNicknameXiaoyuDocument, {
    id: await sqlValue<string>(app, 'select id from member where mobile = ? and merchant_id = ?', [
      first.phone,
      shop.merchant.id,
    ]),
  });
  await call('/v3/userCard/add', { token, phone: first.phone, membershipCardId: no.activity });
  const activity = {
    token,
    phone: first.phone,
    cardId: no.activity,
    recharge: '200',
    send: '200',
    eventId: no.event,
    image: '/a.png',
  };
  expectDone(await call('/v3/userCard/charge', activity), '充值成功');
  expectDone(await call('/v3/userCard/charge', { ...activity, requestId: 'second' }), '充值成功');
  expectDone(
    await call('/v3/userCard/expense', {
      token,
      phone: first.phone,
      cardId: no.activity,
      expense: '100.10',
      password: md5(first.phone.slice(-6)),
    }),
    '成功',
  );
  // The other merchant has records of a member with the same phone: none of them shows here.
  await otherCall('/v3/userCard/add', { token: otherToken, phone: first.phone, membershipCardId: no.otherStored });
  await otherCall('/v3/userCard/charge', {
    token: otherToken,
    phone: first.phone,
    cardId: no.otherStored,
    recharge: '999',
    send: '0',
    image: '/o.png',
  });
});
afterAll(() => app?.close());

const RECORD_WHO = { userId: 'int', nickname: '?str', phone: 'str' } as const;
const CARD_OF_RECORD = { id: 'int', membershipCardId: 'int', title: 'str', cardNo: 'long', ...RECORD_WHO } as const;
const RECHARGES: Shape = {
  totalChargeMoney: 'money',
  totalSendMoney: 'money',
  chargeReVo: [
    {
      ...CARD_OF_RECORD,
      memberEventId: '?int',
      eventName: '?str',
      rechargeMoney: 'money',
      sendMoney: 'money',
      type: 'int',
      storeId: 'int',
      storeName: 'str',
      explain: 'str',
      created: 'iso',
      orderNo: 'long',
      image: '?str',
    },
  ],
};
const SPENDS: Shape = {
  totalExpenseMoney: 'money',
  expenseReVo: [
    {
      ...CARD_OF_RECORD,
      expenseMoney: 'money',
      type: 'int',
      storeId: 'int',
      storeName: 'str',
      explain: 'str',
      created: 'iso',
      orderNo: 'long',
    },
  ],
};
const REFUND: Shape = { ...CARD_OF_RECORD, money: 'money', storeName: 'str', explain: 'str', created: 'iso' };
const INVOICE: Shape = {
  id: 'int',
  amount: 'money',
  summary: 'str',
  storeId: 'int',
  storeName: 'str',
  created: 'local',
  image: '?str',
};

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
const newestFirst = (rows: { id: number }[]) => expect(ids(rows)).toEqual([...ids(rows)].sort((a, b) => b - a));

describe('4 records', () => {
  it('4.1 lists recharges with their totals over every page, newest first, as a form or JSON', async () => {
    const res = await call('/v3/turnover/record_list', { token, pageNum: 1, pageSize: 14 });
    expectSuccess(res, RECHARGES, { total: 5 });
    expect(res.text).toContain('"totalChargeMoney":1000.00,"totalSendMoney":440.00');
    newestFirst(res.json.data.chargeReVo);
    expect(res.json.data.chargeReVo[0]).toMatchObject({
      membershipCardId: no.activity,
      title: '活动卡',
      memberEventId: no.event,
      eventName: '小二老坛子酸菜鱼开业活动卡',
      userId: people[0]!.userId,
      nickname: '小鱼',
      phone: people[0]!.phone,
      type: 2,
      explain: '余额充值',
      image: '/a.png',
      storeName: 'Records Shop store',
    });
    expect(res.json.data.chargeReVo.at(-1)).toMatchObject({
      memberEventId: null,
      eventName: null,
      rechargeMoney: 100,
      sendMoney: 10,
    });
    const page2 = await call('/v3/turnover/record_list', { token, pageNum: '2', pageSize: '3' }, { json: true });
    expectSuccess(page2, RECHARGES, { total: 5, pageNum: 2, pageSize: 3 });
    expect(page2.text).toContain('"totalChargeMoney":1000.00');
    expect(ids(page2.json.data.chargeReVo)).toEqual(ids(res.json.data.chargeReVo).slice(3));
    // Without paging parameters: the document's defaults 1 and 14.
    expectSuccess(await call('/v3/turnover/record_list', { token }), RECHARGES, { total: 5 });
  });

  it('4.1 filters by phone (fuzzy), keywords (phone or nickname) and the time window', async () => {
    const first = people[0]!;
    const byPhone = await call('/v3/turnover/record_list', { token, phone: first.phone.slice(-6) });
    expectSuccess(byPhone, RECHARGES, { total: 3 });
    expect(byPhone.text).toContain('"totalChargeMoney":500.00,"totalSendMoney":410.00');
    expectSuccess(await call('/v3/turnover/record_list', { token, keywords: '小鱼' }), RECHARGES, { total: 3 });
    expectSuccess(await call('/v3/turnover/record_list', { token, keywords: people[1]!.phone }), RECHARGES, { total: 1 });
    const now = Date.now();
    expectSuccess(await call('/v3/turnover/record_list', { token, startTime: startedAt, endTime: now + 1000 }), RECHARGES, {
      total: 5,
    });
    const none = await call('/v3/turnover/record_list', { token, startTime: now + 60_000 });
    expectSuccess(none, RECHARGES, { total: 0 });
    expect(none.text).toContain('"totalChargeMoney":0.00,"totalSendMoney":0.00,"chargeReVo":[]');
    expectSuccess(await call('/v3/turnover/record_list', { token, endTime: startedAt - 60_000 }), RECHARGES, { total: 0 });
  });

  it('4.2 lists spends with their total, filtered and paged', async () => {
    const res = await call('/v3/turnover/expense_list', { token, pageNum: 1, pageSize: 14 });
    expectSuccess(res, SPENDS, { total: 4 });
    expect(res.text).toContain('"totalExpenseMoney":130.10');
    newestFirst(res.json.data.expenseReVo);
    expect(res.json.data.expenseReVo[0]).toMatchObject({
      membershipCardId: no.activity,
      expenseMoney: 100.1,
      type: 2,
      explain: '线下消费',
      phone: people[0]!.phone,
      nickname: '小鱼',
    });
    expect(res.text).toContain('"expenseMoney":100.10');
    const page = await call('/v3/turnover/expense_list', { token, pageNum: 2, pageSize: 3 });
    expectSuccess(page, SPENDS, { total: 4, pageNum: 2, pageSize: 3 });
    expect(page.json.data.expenseReVo).toHaveLength(1);
    const byPhone = await call('/v3/turnover/expense_list', { token, phone: people[2]!.phone.slice(-4) });
    expectSuccess(byPhone, SPENDS, { total: 1 });
    expect(byPhone.text).toContain('"totalExpenseMoney":10.00');
    expectSuccess(await call('/v3/turnover/expense_list', { token, startTime: Date.now() + 60_000 }), SPENDS, { total: 0 });
  });

  it('4.3 lists refunds (spend and recharge) as the example, with paging', async () => {
    const empty = await call('/v3/turnover/refund_list', { token, phone: people[1]!.phone });
    expectSuccess(empty, [REFUND], { total: 0 });
    // Refund the second member's spend, then what remains of their recharge.
    const { phone } = people[1]!;
    const spend = (await call('/v3/turnover/expense_list', { token, phone })).json.data.expenseReVo[0];
    const recharge = (await call('/v3/turnover/record_list', { token, phone })).json.data.chargeReVo[0];
    expectDone(await call('/ask/code', { token }), '成功');
    expectDone(
      await call('/v3/turnover/refund', { token, orderNo: spend.orderNo, code: await latestSmsCode(app, shop.merchant.id) }),
      '成功',
    );
    expectDone(await call('/ask/code', { token }), '成功');
    expectDone(
      await call('/v3/turnover/refund_charge', {
        token,
        orderNo: recharge.orderNo,
        code: await latestSmsCode(app, shop.merchant.id),
      }),
      '成功',
    );
    const res = await call('/v3/turnover/refund_list', { token, phone: phone.slice(-6) });
    expectSuccess(res, [REFUND], { total: 2 });
    newestFirst(res.json.data);
    expect(res.json.data.map((r: { explain: string }) => r.explain)).toEqual(['充值退款', '消费回退']);
    expect(res.text).toContain('"money":200.00');
    expect(res.text).toContain('"money":10.00');
    expect(res.json.data[0]).toMatchObject({ membershipCardId: no.stored, userId: people[1]!.userId, phone });
    expectSuccess(await call('/v3/turnover/refund_list', { token, pageNum: 2, pageSize: 1 }), [REFUND], {
      total: 2,
      pageNum: 2,
      pageSize: 1,
    });
  });

  it('4.4 finds members by phone (fuzzy), paged, none of another merchant', async () => {
    const res = await call('/v3/userCard/user_card', { token, pageNum: 1, pageSize: 14 });
    const USER: Shape = { userId: 'int', phone: 'str', nickname: '?str', avatar: '?str' };
    expectSuccess(res, [USER], { total: 3 });
    expect(res.json.data.map((u: { userId: number }) => u.userId).sort()).toEqual(people.map((p) => p.userId).sort());
    expect(res.json.data).toContainEqual({ userId: people[0]!.userId, phone: people[0]!.phone, nickname: '小鱼', avatar: null });
    expectSuccess(await call('/v3/userCard/user_card', { token, phone: people[2]!.phone.slice(-7) }), [USER], { total: 1 });
    expectSuccess(await call('/v3/userCard/user_card', { token, pageNum: 2, pageSize: 2 }), [USER], {
      total: 3,
      pageNum: 2,
      pageSize: 2,
    });
    expectSuccess(await call('/v3/userCard/user_card', { token, phone: '00000000000' }), [USER], { total: 0 });
  });

  it('4.5 gives a member’s cards; an activity card with capital, bonus and each recharge (balance = capital + bonus)', async () => {
    const first = people[0]!;
    const res = await call('/v3/userCard/user_card_detail', { token, userId: first.userId });
    const CARD: Shape = {
      userId: 'int',
      phone: 'str',
      nickname: '?str',
      avatar: '?str',
      cardId: 'int',
      title: 'str',
      cardNo: 'long',
      balance: 'money',
      type: 'int',
      capital: '?money',
      send: '?money',
      created: 'iso',
      eventCards: null,
    };
    const [stored, activity] = res.exact.data;
    expectSuccess(res, ['any']);
    expect(res.json.data).toHaveLength(2);
    expectShape(stored, CARD, 'data[0]');
    expectShape(
      activity,
      {
        ...CARD,
        capital: 'money',
        send: 'money',
        eventCards: [{ storeMemberEventId: 'int', capitalBalance: 'money', sendBalance: 'money', status: 'int' }],
      },
      'data[1]',
    );
    expect(res.json.data[0]).toMatchObject({
      cardId: no.stored,
      type: 10,
      capital: null,
      send: null,
      balance: 100,
      nickname: '小鱼',
    });
    // 100.10 spent from the older recharge: 50.05 capital + 50.05 bonus.
    expect(res.json.data[1]).toMatchObject({ cardId: no.activity, type: 11, balance: 699.9, capital: 349.95, send: 349.95 });
    expect(res.text).toContain('"balance":699.90,"type":11,"capital":349.95,"send":349.95');
    expect(res.json.data[1].eventCards).toEqual([
      expect.objectContaining({ capitalBalance: 149.95, sendBalance: 149.95, status: 2 }),
      expect.objectContaining({ capitalBalance: 200, sendBalance: 200, status: 1 }),
    ]);
  });

  it('4.5 answers 1005 for an unknown member and another merchant’s', async () => {
    const foreign = (await otherCall('/v3/userCard/user_card', { token: otherToken })).json.data[0].userId as number;
    for (const userId of [999999, foreign]) {
      expectFailure(await call('/v3/userCard/user_card_detail', { token, userId }), 1005, '用户不存在');
    }
  });
});

describe('8 invoices', () => {
  it('8.2 records an invoice; 8.1 lists it with the totals; 8.3 gives the card with what is left to invoice', async () => {
    const { userId, phone } = people[2]!;
    expectDone(
      await call('/v3/invoice/add', { token, userId, cardId: no.stored, amount: '90.00', image: '/u/i.png' }),
      '添加成功',
    );
    expectDone(
      await call(
        '/v3/invoice/add',
        { token, userId: String(userId), cardId: String(no.stored), amount: 10, image: '/u/j.png' },
        { json: true },
      ),
      '添加成功',
    );
    const list = await call('/v3/invoice/list', { token, userId, cardId: no.stored });
    expectSuccess(list, { totalCharge: 'money', totalInvoice: 'money', amount: 'money', invoiceVos: [INVOICE] });
    expect(list.text).toContain('"totalCharge":300.00,"totalInvoice":100.00,"amount":200.00');
    expect(list.json.data.invoiceVos).toEqual([
      expect.objectContaining({ amount: 10, image: '/u/j.png', summary: '', storeName: 'Records Shop store' }),
      expect.objectContaining({ amount: 90, image: '/u/i.png' }),
    ]);
    const detail = await call('/v3/card/card_detail', { token, userId, cardId: no.stored });
    expectSuccess(detail, { ...CARD_DETAIL, qrcodeType: null, capital: null, send: null, storeName: '?str' });
    expect(detail.json.data).toMatchObject({
      userId,
      phone,
      membershipCardId: no.stored,
      balance: 200,
      type: 10,
      storeName: 'Records Shop store',
    });
    expect(detail.text).toContain('"balance":200.00');
  });

  it('8.2 refuses more than is left to invoice, and a negative amount, writing nothing', async () => {
    const { userId } = people[2]!;
    const before = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
    expectFailure(
      await call('/v3/invoice/add', { token, userId, cardId: no.stored, amount: '200.01', image: '/i.png' }),
      1,
      '开票金额超过',
    );
    const negative = await call('/v3/invoice/add', { token, userId, cardId: no.stored, amount: '-5', image: '/i.png' });
    expectFailure(negative, negative.json.errCode);
    expect([1, 4]).toContain(negative.json.errCode);
    expect(await snapshotMerchant(app.ownerOrm, shop.merchant.id)).toEqual(before);
  });

  it('8.1-8.3 answer 1 for an unknown card or member and for another merchant’s, writing nothing', async () => {
    const foreignUser = (await otherCall('/v3/userCard/user_card', { token: otherToken })).json.data[0].userId as number;
    const { userId } = people[2]!;
    const before = [
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ];
    for (const ref of [
      { userId, cardId: 999999 },
      { userId: 999999, cardId: no.stored },
      { userId, cardId: no.otherStored },
      { userId: foreignUser, cardId: no.otherStored },
      { userId: foreignUser, cardId: no.stored },
      { userId, cardId: no.activity },
    ]) {
      expectFailure(await call('/v3/invoice/list', { token, ...ref }), 1, '会员卡不存在');
      expectFailure(await call('/v3/card/card_detail', { token, ...ref }), 1, '会员卡不存在');
      expectFailure(await call('/v3/invoice/add', { token, ...ref, amount: '1', image: '/i.png' }), 1, '会员卡不存在');
    }
    expect([
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ]).toEqual(before);
  });

  it('8.4 lists every invoice with its member, by phone and time, paged', async () => {
    const res = await call('/v3/invoice/all_list', { token, pageNum: 1, pageSize: 14 });
    const ROW: Shape = { ...INVOICE, userId: 'int', phone: 'str', nickname: '?str' };
    expectSuccess(res, [ROW], { total: 2 });
    expect(res.json.data[0]).toMatchObject({ amount: 10, userId: people[2]!.userId, phone: people[2]!.phone });
    expect(res.text).toContain('"amount":10.00');
    expectSuccess(await call('/v3/invoice/all_list', { token, phone: people[2]!.phone.slice(-5) }), [ROW], { total: 2 });
    expectSuccess(await call('/v3/invoice/all_list', { token, phone: people[0]!.phone }), [ROW], { total: 0 });
    expectSuccess(await call('/v3/invoice/all_list', { token, pageNum: 2, pageSize: 1 }), [ROW], {
      total: 2,
      pageNum: 2,
      pageSize: 1,
    });
    expectSuccess(await call('/v3/invoice/all_list', { token, startTime: Date.now() + 60_000 }), [ROW], { total: 0 });
    expectSuccess(await call('/v3/invoice/all_list', { token, startTime: startedAt, endTime: Date.now() + 1000 }), [ROW], {
      total: 2,
    });
  });
});

describe('SQL statements of a read route', () => {
  it('4.2 costs the same statements for a page of 1 as for a page of 4: no per-row queries', async () => {
    const run = (pageSize: number) => async () => {
      const res = await call('/v3/turnover/expense_list', { token, pageSize });
      expect(res.json.errCode).toBe(0);
      expect(res.json.data.expenseReVo).toHaveLength(Math.min(pageSize, res.json.total));
    };
    const one = await app.statementsOf(run(1));
    const four = await app.statementsOf(run(4));
    expect(four).toHaveLength(one.length);
    // No token look-up (statementsOf warms up: the token is then in the credential cache), then the
    // route's one (read-write) transaction: its start and the merchant's set_config travel with the
    // route's first statement in one message, then the count with the sum, the page, one batch for
    // each relation shown (stores, cards, members, card templates), its end.
    expect(four.filter((sql) => /authenticate_staff_token/.test(sql))).toEqual([]);
    expect(four).toHaveLength(7);
    expect(four[0]).toMatch(/^begin; select set_config\('app\.merchant_id', '[0-9a-f-]{36}', true\); /);
    expect(four.filter((sql) => /count\(/.test(sql))).toHaveLength(1);
    expect(four.at(-1)).toBe('commit');
  });
});
