import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaveCardTemplateDocument, SaveCouponTemplateDocument, SaveRechargeEventDocument } from '../../src/generated/graphql.js';
import { createStore } from '../../src/services/store.service.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';
import { latestSmsCode, newPhone, ok, setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';
import {
  cardManageClient,
  EVENT_VO,
  expectDone,
  expectFailure,
  expectSuccess,
  md5,
  numericIdOf,
  sqlValue,
  staffWithRole,
  STORE_VO,
  type CmCall,
} from './card-manage.support.js';

/**
 * card-manage.md 2.1-3.10 and 4.6, each with the document's own example request, answered in the
 * document's shape, and its error paths: unknown ids, another merchant's ids, business refusals,
 * none of which writes anything.
 */

let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
let call: CmCall;
/** Numeric ids, as the legacy app sends them. */
const no = { stored: 0, activity: 0, event: 0, couponEvent: 0, coupon: 0, otherStored: 0, otherEvent: 0, inactive: 0 };

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, '外婆味道');
  other = await setUpShop(app, 'Other Shop');
  const store2 = await createStore(app.operatorContext(shop.merchant.id), {
    code: 'S002',
    name: '外婆味道南屏店',
    address: '南屏街',
    phone: '123456666666',
    area: '云南,昆明市,五华区',
    contact: '小明',
  });
  // The templates of setUpShop are valid everywhere; these name stores, as 3.2's example.
  await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
    input: {
      id: shop.activityCardId,
      title: '外婆味道活动卡',
      type: 'ACTIVITY',
      colour: '#E43B19',
      logoUrl: '/item/191213/747d5de2.jpeg',
      summary: '<p>活动卡活动卡</p>',
      storeIds: [shop.merchant.store.id, store2.id],
    },
  });
  const event = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
    input: {
      title: '充200 送200 返200',
      summary: '充200 送200 返200',
      rechargeAmount: '200',
      bonusAmount: '200',
      type: 'BONUS',
      status: 'ACTIVITY_ONLY',
      cardTemplateIds: [shop.activityCardId],
    },
  });
  const coupon = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
    input: { title: '啤酒券', type: 'GOODS', validUntil: '2099-12-31' },
  });
  const couponEvent = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
    input: {
      title: '充100 送2 张50元优惠券',
      summary: '充100 送2 张50元优惠券',
      rechargeAmount: '100',
      bonusAmount: '0',
      type: 'COUPONS',
      couponTemplateId: coupon.couponTemplate.id,
      couponQuantity: 2,
      cardTemplateIds: [shop.storedCardId],
    },
  });
  const inactive = await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
    input: { title: '停用卡', type: 'STORED_VALUE', active: false },
  });
  const otherEvent = await ok(app, other.merchant.adminKey, SaveRechargeEventDocument, {
    input: { title: 'other', rechargeAmount: '100', bonusAmount: '10', type: 'BONUS', cardTemplateIds: [other.storedCardId] },
  });
  no.stored = await numericIdOf(app, 'card_template', shop.storedCardId);
  no.activity = await numericIdOf(app, 'card_template', shop.activityCardId);
  no.inactive = await numericIdOf(app, 'card_template', inactive.cardTemplate.id);
  no.event = await numericIdOf(app, 'recharge_event', event.rechargeEvent.id);
  no.couponEvent = await numericIdOf(app, 'recharge_event', couponEvent.rechargeEvent.id);
  no.coupon = await numericIdOf(app, 'coupon_template', coupon.couponTemplate.id);
  no.otherStored = await numericIdOf(app, 'card_template', other.storedCardId);
  no.otherEvent = await numericIdOf(app, 'recharge_event', otherEvent.rechargeEvent.id);
  token = await staffToken(app, shop.merchant, ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'], 'cashier');
  otherToken = await staffToken(app, other.merchant, ['CARD_OPERATE'], 'cashier');
  call = cardManageClient(app, shop.merchant.id);
});
afterAll(() => app?.close());

/** Runs `refused` and checks that neither merchant changed. */
async function unchanged(refused: () => Promise<void>): Promise<void> {
  const before = [
    await snapshotMerchant(app.ownerOrm, shop.merchant.id),
    await snapshotMerchant(app.ownerOrm, other.merchant.id),
  ];
  await refused();
  expect([
    await snapshotMerchant(app.ownerOrm, shop.merchant.id),
    await snapshotMerchant(app.ownerOrm, other.merchant.id),
  ]).toEqual(before);
}

const balanceOf = (phone: string, template: number) =>
  sqlValue<string>(
    app,
    `select (c.capital + c.bonus)::text from member_card c join member m on m.id = c.member_id join card_template t on t.id = c.card_template_id
     where m.mobile = ? and t.numeric_id = ?`,
    [phone, template],
  );

describe('2 user', () => {
  it('2.1 answers the token in data, as a form or JSON, with the MD5 password in either case', async () => {
    for (const [params, json] of [
      [{ username: 'cashier', password: md5('secret-pass'), client: 1 }, false],
      [{ username: 'cashier', password: md5('secret-pass').toUpperCase(), client: '1' }, true],
    ] as const) {
      const res = await call('/user/login', params, { json });
      expectSuccess(res, 'str');
      expect((await call('/user/info', { token: res.json.data })).json.errCode).toBe(0);
    }
  });

  it('2.2 answers sysAdmin, menus, permissions and roleId as the example', async () => {
    const boss = await staffWithRole(app, shop.merchant, 'manager', ['CARD_OPERATE', 'CARD_REFUND'], 'test', [
      'permission',
      'appUser',
    ]);
    const res = await call('/user/info', { token: boss });
    expectSuccess(res, {
      sysAdmin: {
        id: 'int',
        username: 'str',
        password: null,
        active: 'int',
        avatar: '?str',
        realName: '?str',
        phone: '?str',
        idNumber: null,
        gender: null,
        email: '?str',
        qq: null,
        wechat: null,
        created: 'iso',
        updated: null,
        createAdminId: null,
        updateAdminId: null,
        createIp: null,
        loginCount: 'int',
        lastLoginTime: '?iso',
        lastLoginIp: '?str',
      },
      menus: ['str'],
      permissions: ['str'],
      permissionList: null,
      roleId: 'int',
    });
    expect(res.json.data.sysAdmin).toMatchObject({ username: 'test', active: 1, password: null });
    expect(res.json.data.sysAdmin.loginCount).toBeGreaterThanOrEqual(1);
    expect(res.json.data.menus).toEqual(['permission', 'appUser']);
    expect(res.json.data.permissions).toEqual(expect.arrayContaining(['CARD_OPERATE', 'CARD_REFUND']));
    expect(res.json.data.permissions).not.toContain('COUPON_OPERATE');
    expect(res.text).not.toContain('secret-pass');
  });
});

describe('3 operations', () => {
  it('3.1 lists the stores with the merchant, one page', async () => {
    const res = await call('/v3/store/list', { token });
    expectSuccess(
      res,
      [
        {
          id: 'int',
          merchantId: 'int',
          name: 'str',
          address: '?str',
          phone: '?str',
          area: '?str',
          linkman: '?str',
          adminId: null,
          merchantName: 'str',
          password: null,
          created: 'iso',
          updated: 'iso',
        },
      ],
      { total: 2 },
    );
    const merchantNo = await numericIdOf(app, 'merchant', shop.merchant.id);
    expect(res.json.data).toContainEqual(
      expect.objectContaining({
        name: '外婆味道南屏店',
        address: '南屏街',
        phone: '123456666666',
        area: '云南,昆明市,五华区',
        linkman: '小明',
        merchantId: merchantNo,
        merchantName: '外婆味道',
      }),
    );
    expect(new Set(res.json.data.map((s: { id: number }) => s.id)).size).toBe(2);
  });

  it('3.2 lists the active card templates with their stores and events', async () => {
    const res = await call('/v3/card/store_card', { token, type: 1 });
    expectSuccess(res, [
      {
        id: 'int',
        cardNo: null,
        title: 'str',
        colour: '?str',
        logo: '?str',
        storeIds: '?str',
        eventIds: '?str',
        adminId: null,
        type: 'int',
        created: 'iso',
        summary: '?str',
        detail: '?str',
        storeVos: [STORE_VO],
        eventVos: [EVENT_VO],
      },
    ]);
    const ids = res.json.data.map((c: { id: number }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([no.stored, no.activity]));
    expect(ids).not.toContain(no.inactive);
    expect(ids).not.toContain(no.otherStored);
    const activity = res.json.data.find((c: { id: number }) => c.id === no.activity);
    expect(activity).toMatchObject({ title: '外婆味道活动卡', type: 11, colour: '#E43B19', eventIds: String(no.event) });
    expect(activity.storeIds.split(',').map(Number)).toEqual(activity.storeVos.map((s: { id: number }) => s.id));
    expect(activity.storeVos).toContainEqual(expect.objectContaining({ name: '外婆味道南屏店', linkman: '小明' }));
    expect(activity.eventVos).toEqual([
      expect.objectContaining({ id: no.event, type: 1, status: 10, rechargeMoney: 200, sendMoney: 200, targetId: null }),
    ]);
    expect(res.text).toContain('"rechargeMoney":200.00,"sendMoney":200.00');
    // Without `type` (the document's default 1) and as JSON: the same list.
    expect((await call('/v3/card/store_card', { token }, { json: true })).json.data).toEqual(res.json.data);
  });

  it('3.3 opens a card with the given MD5 password, registering a new phone; 1007 when open already', async () => {
    const phone = newPhone();
    expectDone(
      await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored, password: md5('135790') }),
      '开卡成功',
    );
    await unchanged(async () => {
      expectFailure(await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored }), 1007, '手机号已注册');
    });
    // The password given is the card's: 3.6 spends with it, not with the default.
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '20', send: '0', image: '/u/p.png' });
    expectFailure(
      await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '1', password: md5(phone.slice(-6)) }),
      1,
      '密码错误',
    );
    expectDone(
      await call(
        '/v3/userCard/expense',
        { token, phone, cardId: no.stored, expense: '1', password: md5('135790') },
        { json: true },
      ),
      '成功',
    );
  });

  it('3.3 refuses an unknown, inactive or another merchant’s card template, writing nothing', async () => {
    await unchanged(async () => {
      for (const membershipCardId of [999999, no.otherStored]) {
        expectFailure(await call('/v3/userCard/add', { token, phone: newPhone(), membershipCardId }), 1, '会员卡不存在');
      }
      expectFailure(await call('/v3/userCard/add', { token, phone: newPhone(), membershipCardId: no.inactive }), 1, '停用');
    });
  });

  it('3.4 lists a template’s events; 1 for an unknown or another merchant’s template', async () => {
    const res = await call('/v3/cardEvent/all_event', { token, cardId: no.stored });
    expectSuccess(res, [EVENT_VO]);
    expect(res.json.data).toEqual([
      expect.objectContaining({ id: no.couponEvent, type: 2, status: 1, targetId: no.coupon, targetName: '啤酒券' }),
    ]);
    expect(res.text).toContain('"rechargeMoney":100.00,"sendMoney":0.00');
    for (const cardId of [999999, no.otherStored]) {
      expectFailure(await call('/v3/cardEvent/all_event', { token, cardId }), 1, '会员卡不存在');
    }
  });

  it('3.5 recharges a stored-value card, and an activity card with its event; the amounts land exactly', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.activity });
    expectDone(
      await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '0.10', send: '0.20', image: '/u/a.png' }),
      '充值成功',
    );
    expect(await balanceOf(phone, no.stored)).toBe('0.30');
    expectDone(
      await call(
        '/v3/userCard/charge',
        { token, phone, cardId: no.activity, recharge: 200, send: 200, eventId: no.event, image: '/u/b.png' },
        { json: true },
      ),
      '充值成功',
    );
    expect(await balanceOf(phone, no.activity)).toBe('400.00');
  });

  it('3.5 refuses, writing nothing: no event on an activity card, amounts unlike the event’s, unknown or foreign event, no card, negative', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.activity });
    const base = { token, phone, cardId: no.activity, recharge: '200', send: '200', image: '/u/p.png' };
    await unchanged(async () => {
      expectFailure(await call('/v3/userCard/charge', base), 1, '活动卡充值必须选择活动');
      expectFailure(await call('/v3/userCard/charge', { ...base, eventId: no.event, send: '100' }), 1, '必须与活动一致');
      expectFailure(await call('/v3/userCard/charge', { ...base, eventId: 999999 }), 1, '活动不存在');
      expectFailure(await call('/v3/userCard/charge', { ...base, eventId: no.otherEvent }), 1, '活动不存在');
      expectFailure(await call('/v3/userCard/charge', { ...base, cardId: no.stored }), 1, '会员卡不存在');
      expectFailure(await call('/v3/userCard/charge', { ...base, cardId: no.otherStored }), 1, '会员卡不存在');
      expectFailure(await call('/v3/userCard/charge', { ...base, phone: newPhone(), eventId: no.event }), 1);
      const negative = await call('/v3/userCard/charge', { ...base, eventId: no.event, recharge: '-200' });
      expect([1, 4]).toContain(negative.json.errCode);
      expectFailure(negative, negative.json.errCode);
    });
  });

  it('3.6 spends; refuses more than the balance and a wrong password without moving money', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '50', send: '0', image: '/u/p.png' });
    const password = md5(phone.slice(-6));
    expectDone(await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '12.34', password }), '成功');
    expect(await balanceOf(phone, no.stored)).toBe('37.66');
    await unchanged(async () => {
      expectFailure(
        await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '37.67', password }),
        1,
        '余额不足',
      );
      expectFailure(
        await call('/v3/userCard/expense', { token, phone, cardId: no.otherStored, expense: '1', password }),
        1,
        '会员卡不存在',
      );
      expectFailure(
        await call('/v3/userCard/expense', { token, phone: newPhone(), cardId: no.stored, expense: '1', password }),
        1,
      );
    });
    // A wrong password moves no money; it only counts towards the card's lock.
    expectFailure(await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '1', password: md5('x') }), 1);
    expect(await balanceOf(phone, no.stored)).toBe('37.66');
  });

  it('3.8 sends the code to the merchant’s SMS phone; 3.7 refunds a spend with it; refusals write nothing', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '30', send: '0', image: '/u/p.png' });
    await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '10', password: md5(phone.slice(-6)) });
    const spent = await call('/v3/turnover/expense_list', { token, phone });
    const orderNo = spent.json.data.expenseReVo[0].orderNo as number;
    expectDone(await call('/ask/code', { token }), '成功');
    const code = await latestSmsCode(app, shop.merchant.id);
    expect(
      await sqlValue(app, 'select phone from sms_message where merchant_id = ? order by created_at desc limit 1', [
        shop.merchant.id,
      ]),
    ).toBe('13900000000');
    // Another merchant's order, an unknown one: nothing found, nothing changed.
    const foreign = await foreignSpend();
    await unchanged(async () => {
      for (const unknown of [foreign, 123]) {
        expectFailure(await call('/v3/turnover/refund', { token, orderNo: unknown, code }), 1, '订单不存在');
      }
    });
    expectDone(await call('/v3/turnover/refund', { token, orderNo, code }), '成功');
    expect(await balanceOf(phone, no.stored)).toBe('30.00');
    await unchanged(async () => {
      expectFailure(await call('/v3/turnover/refund', { token, orderNo, code }), 1);
    });
  });

  it('3.9 refunds what remains of a recharge with the code; 1006 for a wrong code, 1 once refunded', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '80', send: '20', image: '/u/p.png' });
    await call('/v3/userCard/expense', { token, phone, cardId: no.stored, expense: '30', password: md5(phone.slice(-6)) });
    const records = await call('/v3/turnover/record_list', { token, phone });
    const orderNo = records.json.data.chargeReVo[0].orderNo as number;
    expectDone(await call('/ask/code', { token }), '成功');
    const code = await latestSmsCode(app, shop.merchant.id);
    const balance = await balanceOf(phone, no.stored);
    expectFailure(
      await call('/v3/turnover/refund_charge', { token, orderNo, code: code === '000000' ? '111111' : '000000' }),
      1006,
    );
    expect(await balanceOf(phone, no.stored)).toBe(balance);
    expectDone(await call('/v3/turnover/refund_charge', { token, orderNo: String(orderNo), code }, { json: true }), '成功');
    expect(await balanceOf(phone, no.stored)).toBe('0.00');
    const refunds = await call('/v3/turnover/refund_list', { token, phone });
    // 30 was spent as 24 capital + 6 bonus: 56 capital goes back in money, the 14 bonus left is forfeited.
    expect(refunds.json.data[0]).toMatchObject({ explain: '充值退款', money: 56 });
    expectDone(await call('/ask/code', { token }), '成功');
    const again = await latestSmsCode(app, shop.merchant.id);
    expectFailure(await call('/v3/turnover/refund_charge', { token, orderNo, code: again }), 1, '已退款');
  });

  it('3.8 refuses when the merchant has no SMS phone', async () => {
    const bare = await app.createMerchant('No SMS');
    const bareToken = await staffToken(app, bare, ['CARD_REFUND'], 'cashier');
    const res = await cardManageClient(app, bare.id)('/ask/code', { token: bareToken });
    expectFailure(res, 1, '商家未设置接收验证码的手机号');
  });

  it('3.10 answers an event with its coupon in local time; 1 for an unknown or another merchant’s event', async () => {
    const res = await call('/v3/cardEvent/detail', { token, eventId: no.couponEvent });
    expectSuccess(res, {
      id: 'int',
      title: 'str',
      couponTitle: '?str',
      summary: '?str',
      rechargeMoney: 'money',
      sendMoney: 'money',
      targetId: '?int',
      adminId: null,
      type: 'int',
      status: 'int',
      updated: 'local',
      created: 'local',
      scale: null,
      quantity: '?int',
    });
    expect(res.json.data).toMatchObject({
      id: no.couponEvent,
      title: '充100 送2 张50元优惠券',
      couponTitle: '啤酒券',
      targetId: no.coupon,
      type: 2,
      status: 1,
      quantity: 2,
    });
    expect(res.text).toContain('"rechargeMoney":100.00,"sendMoney":0.00');
    for (const eventId of [999999, no.otherEvent]) {
      expectFailure(await call('/v3/cardEvent/detail', { token, eventId }), 1, '活动不存在');
    }
  });
});

describe('4.6 activity cashback', () => {
  it('pays the cashback of a spent activity recharge once (status 3 → 5); refuses before, after, and for other rows', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.activity });
    const charge = { token, phone, cardId: no.activity, recharge: '200', send: '200', eventId: no.event, image: '/u/p.png' };
    expectDone(await call('/v3/userCard/charge', charge), '充值成功');
    const detail = async () =>
      (await call('/v3/userCard/user_card_detail', { token, userId: await userIdOf(phone) })).json.data[0];
    const lot = (await detail()).eventCards[0];
    expect(lot).toMatchObject({ status: 1 });
    await unchanged(async () => {
      expectFailure(
        await call('/v3/userCard/card_status', { token, storeMemberEventId: lot.storeMemberEventId }),
        1,
        '活动未完成',
      );
      expectFailure(await call('/v3/userCard/card_status', { token, storeMemberEventId: 999999 }), 1);
    });
    await call('/v3/userCard/expense', { token, phone, cardId: no.activity, expense: '400', password: md5(phone.slice(-6)) });
    expect((await detail()).eventCards[0]).toMatchObject({ status: 3, capitalBalance: 0, sendBalance: 0 });
    expectDone(await call('/v3/userCard/card_status', { token, storeMemberEventId: lot.storeMemberEventId }), '');
    expect((await detail()).eventCards[0]).toMatchObject({ status: 5 });
    await unchanged(async () => {
      expectFailure(await call('/v3/userCard/card_status', { token, storeMemberEventId: lot.storeMemberEventId }), 1, '已返现');
    });
  });

  it('refuses a stored-value recharge and another merchant’s recharge, writing nothing', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '10', send: '0', image: '/u/p.png' });
    const stored = (await call('/v3/turnover/record_list', { token, phone })).json.data.chargeReVo[0].id as number;
    const otherCall = cardManageClient(app, other.merchant.id);
    const otherPhone = newPhone();
    await otherCall('/v3/userCard/add', { token: otherToken, phone: otherPhone, membershipCardId: no.otherStored });
    const foreign = await otherCall('/v3/userCard/charge', {
      token: otherToken,
      phone: otherPhone,
      cardId: no.otherStored,
      recharge: '10',
      send: '0',
      image: '/u/p.png',
    });
    expect(foreign.json.errCode).toBe(0);
    const foreignId = (await otherCall('/v3/turnover/record_list', { token: otherToken, phone: otherPhone })).json.data
      .chargeReVo[0].id as number;
    await unchanged(async () => {
      expectFailure(await call('/v3/userCard/card_status', { token, storeMemberEventId: stored }), 1, '不是活动卡充值记录');
      expectFailure(await call('/v3/userCard/card_status', { token, storeMemberEventId: foreignId }), 1);
    });
  });
});

/** A spend of the other merchant, made through its own address: its order number. */
async function foreignSpend(): Promise<number> {
  const otherCall = cardManageClient(app, other.merchant.id);
  const phone = newPhone();
  await otherCall('/v3/userCard/add', { token: otherToken, phone, membershipCardId: no.otherStored });
  await otherCall('/v3/userCard/charge', {
    token: otherToken,
    phone,
    cardId: no.otherStored,
    recharge: '10',
    send: '0',
    image: '/p.png',
  });
  const spent = await otherCall('/v3/userCard/expense', {
    token: otherToken,
    phone,
    cardId: no.otherStored,
    expense: '5',
    password: md5(phone.slice(-6)),
  });
  expect(spent.json.errCode, spent.text).toBe(0);
  return (await otherCall('/v3/turnover/expense_list', { token: otherToken, phone })).json.data.expenseReVo[0].orderNo as number;
}

async function userIdOf(phone: string): Promise<number> {
  const res = await call('/v3/userCard/user_card', { token, phone });
  return res.json.data[0].userId as number;
}
