import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberCardDetailDocument, SaveCouponTemplateDocument } from '../../src/generated/graphql.js';
import { createStore } from '../../src/services/store.service.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';
import { newPhone, ok, setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';
import {
  CARD_DETAIL,
  cardManageClient,
  expectDone,
  expectFailure,
  expectSuccess,
  numericIdOf,
  sqlValue,
  STORE_VO,
  type CmCall,
  type Shape,
} from './card-manage.support.js';

/**
 * card-manage.md 6.1 scan, 6.2 redeem, 7.1 gift and 7.2 the coupons on offer: the examples'
 * shapes, signed QR contents and printed numbers, and another merchant's cards and coupons naming
 * nothing here.
 */

let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
let call: CmCall;
let otherCall: CmCall;
const no = { stored: 0, coupon: 0, disabled: 0, elsewhere: 0, otherCoupon: 0, otherStored: 0 };
let storeNo: number;

const COUPON_SCAN: Shape = {
  num: 'long',
  qrcodeType: 'int',
  couponId: 'int',
  userId: 'int',
  quantity: 'int',
  code: 'str',
  created: 'local',
  title: 'str',
  summary: '?str',
  logo: '?str',
  storeIds: '?str',
  date: 'local',
  storeName: 'str',
  status: '?str',
};

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, '外婆味道');
  other = await setUpShop(app, 'Coupon Other');
  token = await staffToken(app, shop.merchant, ['CARD_OPERATE', 'COUPON_OPERATE'], 'cashier');
  otherToken = await staffToken(app, other.merchant, ['CARD_OPERATE', 'COUPON_OPERATE'], 'cashier');
  call = cardManageClient(app, shop.merchant.id);
  otherCall = cardManageClient(app, other.merchant.id);
  const store2 = await createStore(app.operatorContext(shop.merchant.id), { code: 'S2', name: '外婆味道吾悦店' });
  const coupon = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
    input: {
      title: '20 元优惠券',
      summary: '使用说明，简介',
      logoUrl: '/item/200212/a1f46021.png',
      type: 'CASH',
      validUntil: '2099-02-28',
      storeIds: [shop.merchant.store.id, store2.id],
    },
  });
  const disabled = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
    input: { title: '停用券', type: 'CASH', validUntil: '2099-02-28', status: 'DISABLED' },
  });
  const elsewhere = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
    input: { title: '吾悦店专用', type: 'CASH', validUntil: '2099-02-28', storeIds: [store2.id] },
  });
  const otherCoupon = await ok(app, other.merchant.adminKey, SaveCouponTemplateDocument, {
    input: { title: 'other', type: 'CASH', validUntil: '2099-02-28' },
  });
  no.stored = await numericIdOf(app, 'card_template', shop.storedCardId);
  no.otherStored = await numericIdOf(app, 'card_template', other.storedCardId);
  no.coupon = await numericIdOf(app, 'coupon_template', coupon.couponTemplate.id);
  no.disabled = await numericIdOf(app, 'coupon_template', disabled.couponTemplate.id);
  no.elsewhere = await numericIdOf(app, 'coupon_template', elsewhere.couponTemplate.id);
  no.otherCoupon = await numericIdOf(app, 'coupon_template', otherCoupon.couponTemplate.id);
  storeNo = await numericIdOf(app, 'store', shop.merchant.store.id);
});
afterAll(() => app?.close());

const codesOf = async (phone: string, merchantId = shop.merchant.id): Promise<string[]> =>
  (
    await app.ownerOrm.em
      .fork()
      .execute(
        `select c.code from coupon c join member m on m.id = c.member_id where m.mobile = ? and c.merchant_id = ? order by c.code`,
        [phone, merchantId],
      )
  ).map((r) => String(r.code));

describe('7 coupons', () => {
  it('7.2 lists the merchant’s coupons on offer as the example', async () => {
    const res = await call('/v3/coupon/xcx_list', { token });
    expectSuccess(res, [
      {
        id: 'int',
        title: 'str',
        summary: '?str',
        logo: '?str',
        storeIds: '?str',
        adminId: null,
        type: 'int',
        status: 'int',
        date: 'local',
        updated: 'local',
        created: 'local',
        storeVos: [STORE_VO],
      },
    ]);
    const offered = res.json.data.map((c: { id: number }) => c.id);
    expect(offered).toEqual(expect.arrayContaining([no.coupon, no.elsewhere]));
    expect(offered).not.toContain(no.disabled);
    expect(offered).not.toContain(no.otherCoupon);
    const coupon = res.json.data.find((c: { id: number }) => c.id === no.coupon);
    expect(coupon).toMatchObject({
      title: '20 元优惠券',
      summary: '使用说明，简介',
      logo: '/item/200212/a1f46021.png',
      date: '2099-02-28 00:00:00',
      type: 1,
      status: 1,
    });
    expect(coupon.storeIds.split(',').map(Number)).toEqual(coupon.storeVos.map((s: { id: number }) => s.id));
    expect(coupon.storeVos.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['外婆味道 store', '外婆味道吾悦店']),
    );
  });

  it('7.1 gifts coupons to a member by phone, each with its own JSON-safe number', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    expectDone(await call('/v3/coupon/forUser', { token, phone, couponId: no.coupon, quantity: 2 }), '赠送成功');
    expectDone(
      await call('/v3/coupon/forUser', { token, phone, couponId: String(no.coupon), quantity: '1' }, { json: true }),
      '赠送成功',
    );
    const codes = await codesOf(phone);
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(Number.isSafeInteger(Number(code))).toBe(true);
  });

  it('7.1 refuses an unknown, disabled or another merchant’s coupon, and a phone of nobody here, writing nothing', async () => {
    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await otherCall('/v3/userCard/add', { token: otherToken, phone: newPhone(), membershipCardId: no.otherStored });
    const before = [
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ];
    expectFailure(await call('/v3/coupon/forUser', { token, phone, couponId: 999999, quantity: 1 }), 1, '优惠券不存在');
    expectFailure(await call('/v3/coupon/forUser', { token, phone, couponId: no.otherCoupon, quantity: 1 }), 1, '优惠券不存在');
    expectFailure(await call('/v3/coupon/forUser', { token, phone, couponId: no.disabled, quantity: 1 }), 1, '优惠券已停用');
    const nobody = await call('/v3/coupon/forUser', { token, phone: newPhone(), couponId: no.coupon, quantity: 1 });
    expectFailure(nobody, 1005, '用户不存在');
    expect([
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ]).toEqual(before);
  });
});

describe('6 scan and redeem', () => {
  let phone: string;
  let codes: string[];

  beforeAll(async () => {
    phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: no.stored });
    await call('/v3/userCard/charge', { token, phone, cardId: no.stored, recharge: '810', send: '0', image: '/p.png' });
    await call('/v3/coupon/forUser', { token, phone, couponId: no.coupon, quantity: 3 });
    codes = await codesOf(phone);
  });

  it('6.1 scans a card by its printed number and by its signed QR content', async () => {
    const cardId = await sqlValue<string>(
      app,
      'select c.id from member_card c join member m on m.id = c.member_id where m.mobile = ? and c.merchant_id = ?',
      [phone, shop.merchant.id],
    );
    const card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    for (const qrcode of [card.cardNo, card.qrContent]) {
      const res = await call('/tool/scan', { token, qrcode });
      expectSuccess(res, { ...CARD_DETAIL, capital: 'money', send: 'money' });
      expect(res.json.data).toMatchObject({
        qrcodeType: 1,
        membershipCardId: no.stored,
        phone,
        balance: 810,
        cardNo: Number(card.cardNo),
        title: '储值卡',
        colour: '#34988E',
        type: 10,
        capital: 810,
        send: 0,
        code: null,
      });
      expect(res.text).toContain('"balance":810.00');
      expect(res.text).toContain(`"cardNo":${card.cardNo},`);
    }
  });

  it('6.1 scans a coupon by its number, as the example', async () => {
    const res = await call('/tool/scan', { token, qrcode: codes[0] });
    expectSuccess(res, COUPON_SCAN);
    expect(res.json.data).toMatchObject({
      num: Number(codes[0]),
      qrcodeType: 2,
      couponId: no.coupon,
      quantity: 1,
      code: '',
      title: '20 元优惠券',
      summary: '使用说明，简介',
      date: '2099-02-28 00:00:00',
      status: null,
    });
    expect(res.json.data.storeName).toMatch(/^(外婆味道 store\/外婆味道吾悦店\/|外婆味道吾悦店\/外婆味道 store\/)$/);
    expect(res.text).toContain(`"num":${codes[0]},`);
  });

  it('6.1 answers 1 for anything else: another merchant’s card or coupon, a forged QR, an unknown number', async () => {
    const foreignPhone = newPhone();
    await otherCall('/v3/userCard/add', { token: otherToken, phone: foreignPhone, membershipCardId: no.otherStored });
    const foreignCardNo = await sqlValue<string>(
      app,
      'select c.card_no from member_card c join member m on m.id = c.member_id where m.mobile = ? and c.merchant_id = ?',
      [foreignPhone, other.merchant.id],
    );
    for (const qrcode of [foreignCardNo, '1234567890123', 'MG1.C.x.y', '扫码', '9'.repeat(20)]) {
      expectFailure(await call('/tool/scan', { token, qrcode }), 1, '无效的二维码');
    }
  });

  it('6.2 redeems a coupon once at the staff user’s store, answering the example’s fields', async () => {
    const res = await call('/v3/coupon/use', { token, num: Number(codes[0]) }, { json: true });
    expectSuccess(res, {
      id: null,
      num: 'long',
      couponId: 'int',
      userId: 'int',
      storeId: 'int',
      detail: 'str',
      adminId: 'int',
      quantity: 'int',
      created: null,
      nickname: null,
      phone: null,
      storeName: null,
      title: null,
    });
    expect(res.json.data).toMatchObject({ num: Number(codes[0]), couponId: no.coupon, storeId: storeNo, quantity: 1 });
    const detail = JSON.parse(res.json.data.detail);
    expect(Object.keys(detail)).toEqual([
      'code',
      'couponId',
      'created',
      'date',
      'logo',
      'num',
      'quantity',
      'storeIds',
      'summary',
      'title',
      'userId',
    ]);
    expect(detail).toMatchObject({ code: '', couponId: no.coupon, num: Number(codes[0]), quantity: 1, title: '20 元优惠券' });
    expect(detail.created).toBeGreaterThan(1_600_000_000_000);
    // The day's start in the merchant's zone (Asia/Shanghai), as the example: 2020-02-29 00:00:00 is 1582905600000.
    expect(detail.date).toBe(Date.UTC(2099, 1, 28) - 8 * 3600_000);
    const scanned = await call('/tool/scan', { token, qrcode: codes[0] });
    expect(scanned.json.data.status).toBe('USED');
    const before = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
    expectFailure(await call('/v3/coupon/use', { token, num: codes[0] }), 1, '优惠券已使用');
    expect(await snapshotMerchant(app.ownerOrm, shop.merchant.id)).toEqual(before);
  });

  it('6.2 refuses an unknown number, another merchant’s coupon and one not valid at this store, writing nothing', async () => {
    const foreignPhone = newPhone();
    await otherCall('/v3/userCard/add', { token: otherToken, phone: foreignPhone, membershipCardId: no.otherStored });
    await otherCall('/v3/coupon/forUser', { token: otherToken, phone: foreignPhone, couponId: no.otherCoupon, quantity: 1 });
    const [foreign] = await codesOf(foreignPhone, other.merchant.id);
    await call('/v3/coupon/forUser', { token, phone, couponId: no.elsewhere, quantity: 1 });
    const elsewhere = (await codesOf(phone)).find((c) => !codes.includes(c))!;
    const before = [
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ];
    expectFailure(await call('/v3/coupon/use', { token, num: 1234567890123 }), 1, '优惠券不存在');
    expectFailure(await call('/v3/coupon/use', { token, num: foreign }), 1, '优惠券不存在');
    expectFailure(await call('/v3/coupon/use', { token, num: elsewhere }), 1, '优惠券不适用于本门店');
    expect([
      await snapshotMerchant(app.ownerOrm, shop.merchant.id),
      await snapshotMerchant(app.ownerOrm, other.merchant.id),
    ]).toEqual(before);
    // The foreign coupon is still there, unused, for its own merchant.
    expect((await otherCall('/tool/scan', { token: otherToken, qrcode: foreign })).json.data).toMatchObject({ status: null });
  });

  it('6.2 takes the number as form text too', async () => {
    const res = await call('/v3/coupon/use', { token, num: codes[1] });
    expect(res.json.errCode, res.text).toBe(0);
    expect(res.text).toContain(`"num":${codes[1]},`);
  });
});
