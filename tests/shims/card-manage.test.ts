import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaveCouponTemplateDocument, SaveRechargeEventDocument } from '../../src/generated/graphql.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';
import { latestSmsCode, newPhone, ok, setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';

let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

beforeAll(async () => {
  app = await startCardApp({ CARD_MANAGE_REPEAT_WINDOW_SECONDS: '60' });
  shop = await setUpShop(app, 'Card Manage Shop');
  other = await setUpShop(app, 'Other Shop');
  token = await staffToken(app, shop.merchant, ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'], 'cashier');
  otherToken = await staffToken(app, other.merchant, ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'], 'cashier');
});
afterAll(() => app?.close());

const base = (merchantId = shop.merchant.id) => `${app.url}/web/m/${merchantId}/manage`;

/** POSTs a form (as the legacy app does) or JSON; answers the status, the parsed body and the raw text. */
async function call(
  path: string,
  params: Record<string, unknown> = {},
  opts: { json?: boolean; merchant?: string; headers?: Record<string, string> } = {},
) {
  const body = opts.json
    ? JSON.stringify(params)
    : new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const res = await fetch(`${base(opts.merchant)}${path}`, {
    method: 'POST',
    headers: { 'content-type': opts.json ? 'application/json' : 'application/x-www-form-urlencoded', ...opts.headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as any, text };
}

const numericIdOf = async (table: string, id: string): Promise<number> => {
  const rows = await app.ownerOrm.em.fork().execute(`select numeric_id from ${table} where id = ?`, [id]);
  return Number(rows[0].numeric_id);
};

describe('card-manage login and envelope', () => {
  it('logs in with the MD5 password and answers the token as 2.1 shows', async () => {
    const res = await call('/user/login', { username: 'cashier', password: md5('secret-pass'), client: 1 });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['errCode', 'result', 'time', 'data']);
    expect(res.json).toMatchObject({ errCode: 0, result: 0 });
    expect(res.json.data).toMatch(/^mgs_/);
    const info = await call('/user/info', { token: res.json.data });
    expect(info.json.errCode).toBe(0);
    expect(info.json.data.sysAdmin).toMatchObject({ username: 'cashier', password: null, active: 1 });
    expect(typeof info.json.data.sysAdmin.id).toBe('number');
    expect(info.json.data.permissions).toEqual(expect.arrayContaining(['CARD_OPERATE']));
  });

  it('counts failed logins through the shim towards the lockout (they are not rolled back)', async () => {
    const third = await setUpShop(app, 'Third Shop');
    await staffToken(app, third.merchant, ['CARD_OPERATE'], 'locky');
    const at = { merchant: third.merchant.id };
    for (let i = 0; i < 5; i++) {
      const wrong = await call('/user/login', { username: 'locky', password: md5('nope'), client: 1 }, at);
      expect(wrong.json).toMatchObject({ errCode: 1, result: 1 });
      expect(wrong.json.msg).toContain('用户名或密码错误');
    }
    const rows = await app.ownerOrm.em
      .fork()
      .execute(`select count(*)::int as n from staff_login_attempt where username = 'locky' and outcome = 'FAILED'`);
    expect(rows[0].n).toBe(5);
    const right = await call('/user/login', { username: 'locky', password: md5('secret-pass'), client: 1 }, at);
    expect(right.json.errCode).toBe(1);
    expect(right.json.msg).toContain('登录失败次数过多');
    // The same username at another merchant's address is nobody: usernames are per merchant.
    const elsewhere = await call('/user/login', { username: 'locky', password: md5('secret-pass'), client: 1 });
    expect(elsewhere.json.errCode).toBe(1);
  });

  it('answers 1002 without a token, with an unknown one and with another merchant’s', async () => {
    for (const params of [{}, { token: 'mgs_nothing' }, { token: otherToken }]) {
      const res = await call('/v3/store/list', params);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ errCode: 1002, result: 1002 });
      expect(res.json.msg).toContain('需要登录');
    }
    // An address naming no merchant, or one that does not exist.
    expect((await call('/v3/store/list', { token }, { merchant: 'nobody' })).json.errCode).toBe(1002);
    expect(
      (
        await call(
          '/user/login',
          { username: 'cashier', password: md5('secret-pass'), client: 1 },
          { merchant: '00000000-0000-4000-8000-000000000000' },
        )
      ).json.errCode,
    ).toBe(1);
  });

  it('takes the token as a form field, a JSON field, a header or a bearer', async () => {
    expect((await call('/v3/store/list', { token })).json.errCode).toBe(0);
    expect((await call('/v3/store/list', { token }, { json: true })).json.errCode).toBe(0);
    expect((await call('/v3/store/list', {}, { headers: { token } })).json.errCode).toBe(0);
    expect((await call('/v3/store/list', {}, { headers: { authorization: `Bearer ${token}` } })).json.errCode).toBe(0);
  });

  it('answers malformed bodies, missing and mistyped fields with 4, never a 500', async () => {
    const bad = await fetch(`${base()}/v3/userCard/charge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', token },
      body: '{"phone": ',
    });
    expect(bad.status).toBe(200);
    expect(((await bad.json()) as any).errCode).toBe(4);
    const missing = await call('/v3/userCard/expense', { token, phone: newPhone(), cardId: 1, password: 'x' });
    expect(missing.json).toMatchObject({ errCode: 4 });
    expect(missing.json.msg).toContain('expense');
    const typed = await call('/v3/userCard/expense', { token, phone: newPhone(), cardId: 'four', expense: '1', password: 'x' });
    expect(typed.json.errCode).toBe(4);
    const arr = await call('/v3/cardEvent/all_event', { token, cardId: [1, 2] } as any, { json: true });
    expect(arr.json.errCode).toBe(4);
    const page = await call('/v3/turnover/expense_list', { token, pageSize: 100000 });
    expect(page.json.errCode).toBe(4);
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${app.url}/shims/card-manage/openapi.json`);
    const doc = (await res.json()) as any;
    expect(Object.keys(doc.paths)).toHaveLength(26);
    expect(doc.paths['/web/m/{merchant}/manage/v3/userCard/charge'].post).toBeDefined();
  });
});

describe('card-manage cards and money', () => {
  let phone: string;
  let storedNo: number;

  it('lists stores and card templates with numeric ids (3.1, 3.2)', async () => {
    const stores = await call('/v3/store/list', { token });
    expect(stores.json).toMatchObject({ errCode: 0, result: 0, total: 1, pages: 1, pageNum: 1, pageSize: 14 });
    expect(stores.json.data[0]).toMatchObject({ id: await numericIdOf('store', shop.merchant.store.id), password: null });
    expect(stores.json.data[0].created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    storedNo = await numericIdOf('card_template', shop.storedCardId);
    const cards = await call('/v3/card/store_card', { token, type: 1 });
    expect(cards.json.data.map((c: any) => c.id)).toContain(storedNo);
    expect(cards.json.data.find((c: any) => c.id === storedNo)).toMatchObject({ title: '储值卡', type: 10, cardNo: null });
  });

  it('opens a card, recharges and spends it, with money and card numbers as exact JSON numbers', async () => {
    phone = newPhone();
    const opened = await call('/v3/userCard/add', { token, phone, membershipCardId: storedNo });
    expect(opened.json).toEqual({ errCode: 0, result: 0, msg: '开卡成功', time: expect.any(Number) });
    const again = await call('/v3/userCard/add', { token, phone, membershipCardId: storedNo });
    expect(again.json.errCode).toBe(1007);

    const charged = await call('/v3/userCard/charge', {
      token,
      phone,
      cardId: storedNo,
      recharge: '200',
      send: '0',
      image: '/u/p.png',
    });
    expect(charged.json).toMatchObject({ errCode: 0, msg: '充值成功' });
    const spent = await call(
      '/v3/userCard/expense',
      { token, phone, cardId: storedNo, expense: 12.5, password: md5(phone.slice(-6)) },
      { json: true },
    );
    expect(spent.json).toMatchObject({ errCode: 0, msg: '成功' });

    const list = await call('/v3/turnover/expense_list', { token, phone: phone.slice(-6) });
    expect(list.json).toMatchObject({ errCode: 0, total: 1, pageNum: 1, pageSize: 14, pages: 1 });
    expect(list.text).toContain('"totalExpenseMoney":12.50');
    expect(list.text).toContain('"expenseMoney":12.50');
    const row = list.json.data.expenseReVo[0];
    expect(Number.isSafeInteger(row.cardNo)).toBe(true);
    expect(Number.isSafeInteger(row.orderNo)).toBe(true);
    expect(row).toMatchObject({ membershipCardId: storedNo, phone, type: 2, explain: '线下消费' });

    const records = await call('/v3/turnover/record_list', { token, keywords: phone });
    expect(records.text).toContain('"totalChargeMoney":200.00');
    expect(records.json.data.chargeReVo[0]).toMatchObject({ rechargeMoney: 200, image: '/u/p.png', membershipCardId: storedNo });

    const detail = await call('/v3/userCard/user_card_detail', { token, userId: row.userId });
    expect(detail.text).toContain('"balance":187.50');
    expect(detail.json.data[0]).toMatchObject({ cardId: storedNo, type: 10, capital: null, send: null, eventCards: null });
  });

  it('refuses an identical recharge within the window unless it carries a new request id, and replays a repeated id', async () => {
    const charge = { token, phone, cardId: storedNo, recharge: '50', send: '0', image: '/u/p.png' };
    expect((await call('/v3/userCard/charge', charge)).json.errCode).toBe(0);
    const repeat = await call('/v3/userCard/charge', charge);
    expect(repeat.json.errCode).toBe(1);
    expect(repeat.json.msg).toContain('重复提交');
    expect((await call('/v3/userCard/charge', { ...charge, requestId: 'r-1' })).json.errCode).toBe(0);
    expect((await call('/v3/userCard/charge', { ...charge, requestId: 'r-1' })).json.errCode).toBe(0);
    expect((await call('/v3/userCard/charge', charge, { headers: { 'idempotency-key': 'r-2' } })).json.errCode).toBe(0);
    const rows = await app.ownerOrm.em
      .fork()
      .execute(
        `select count(*)::int as n from card_recharge r join member m on m.id = r.member_id where m.mobile = ? and r.amount = 50`,
        [phone],
      );
    expect(rows[0].n).toBe(3);
  });

  it('counts a wrong card PIN through the shim (not rolled back)', async () => {
    const wrong = await call('/v3/userCard/expense', { token, phone, cardId: storedNo, expense: '1', password: md5('000000') });
    expect(wrong.json.errCode).toBe(1);
    const rows = await app.ownerOrm.em
      .fork()
      .execute(`select c.pin_failures from member_card c join member m on m.id = c.member_id where m.mobile = ?`, [phone]);
    expect(rows[0].pin_failures).toBe(1);
  });

  it('refunds a spend with the SMS code (3.8, 3.7), 1006 for a wrong code', async () => {
    const list = await call('/v3/turnover/expense_list', { token, phone });
    const orderNo = list.json.data.expenseReVo[0].orderNo;
    expect((await call('/ask/code', { token })).json).toMatchObject({ errCode: 0, msg: '成功' });
    const wrong = await call('/v3/turnover/refund', { token, orderNo, code: '000000' });
    expect(wrong.json.errCode).toBe(1006);
    const code = await latestSmsCode(app, shop.merchant.id);
    expect((await call('/v3/turnover/refund', { token, orderNo, code })).json.errCode).toBe(0);
    const refunds = await call('/v3/turnover/refund_list', { token, phone });
    expect(refunds.json).toMatchObject({ total: 1 });
    expect(refunds.text).toContain('"money":12.50');
  });

  it('gives invoices and the card detail (8.1-8.4)', async () => {
    const users = await call('/v3/userCard/user_card', { token, phone });
    const userId = users.json.data[0].userId;
    expect(users.json).toMatchObject({ total: 1, data: [{ phone }] });
    expect(
      (await call('/v3/invoice/add', { token, userId, cardId: storedNo, amount: '30.00', image: '/u/i.png' })).json,
    ).toMatchObject({
      errCode: 0,
      msg: '添加成功',
    });
    const list = await call('/v3/invoice/list', { token, userId, cardId: storedNo });
    expect(list.text).toContain('"totalInvoice":30.00');
    expect(list.json.data.invoiceVos[0].created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const detail = await call('/v3/card/card_detail', { token, userId, cardId: storedNo });
    expect(detail.json.data).toMatchObject({ userId, membershipCardId: storedNo, phone, type: 10 });
    const all = await call('/v3/invoice/all_list', { token, phone });
    expect(all.json).toMatchObject({ total: 1, data: [{ phone, userId }] });
    const tooMuch = await call('/v3/invoice/add', { token, userId, cardId: storedNo, amount: '100000', image: '/u/i.png' });
    expect(tooMuch.json.errCode).toBe(1);
  });

  it('scans a plain card number (6.1)', async () => {
    const list = await call('/v3/turnover/record_list', { token, phone });
    const cardNo = list.json.data.chargeReVo[0].cardNo;
    const scan = await call('/tool/scan', { token, qrcode: String(cardNo) });
    expect(scan.json.data).toMatchObject({ qrcodeType: 1, cardNo, phone, membershipCardId: storedNo });
    expect((await call('/tool/scan', { token, qrcode: 'MG1.C.x.y' })).json.errCode).toBe(1);
  });

  it('leaves another merchant untouched when its ids are sent here, and refuses its numbers', async () => {
    const before = await snapshotMerchant(app.ownerOrm, other.merchant.id);
    const otherCard = await numericIdOf('card_template', other.storedCardId);
    const open = await call('/v3/userCard/add', { token, phone: newPhone(), membershipCardId: otherCard });
    expect(open.json.errCode).toBe(1);
    const events = await call('/v3/cardEvent/all_event', { token, cardId: otherCard });
    expect(events.json.errCode).toBe(1);
    expect(await snapshotMerchant(app.ownerOrm, other.merchant.id)).toEqual(before);
  });
});

describe('card-manage events and coupons', () => {
  it('lists events (3.4, 3.10), gifts coupons (7.1, 7.2), scans and redeems one (6.1, 6.2)', async () => {
    const coupon = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: { title: '啤酒券', type: 'GOODS', validUntil: '2099-12-31' },
    });
    const event = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        title: '充100 送2 张券',
        rechargeAmount: '100',
        bonusAmount: '0',
        type: 'COUPONS',
        couponTemplateId: coupon.couponTemplate.id,
        couponQuantity: 2,
        cardTemplateIds: [shop.storedCardId],
      },
    });
    const storedNo = await numericIdOf('card_template', shop.storedCardId);
    const eventNo = await numericIdOf('recharge_event', event.rechargeEvent.id);
    const couponNo = await numericIdOf('coupon_template', coupon.couponTemplate.id);
    const events = await call('/v3/cardEvent/all_event', { token, cardId: storedNo });
    expect(events.json.data).toEqual([
      expect.objectContaining({ id: eventNo, type: 2, status: 1, targetId: couponNo, targetName: '啤酒券' }),
    ]);
    expect(events.text).toContain('"rechargeMoney":100.00');
    const detail = await call('/v3/cardEvent/detail', { token, eventId: eventNo });
    expect(detail.json.data).toMatchObject({ id: eventNo, couponTitle: '啤酒券', quantity: 2, scale: null });
    expect(detail.json.data.created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    const list = await call('/v3/coupon/xcx_list', { token });
    expect(list.json.data[0]).toMatchObject({ id: couponNo, title: '啤酒券', date: '2099-12-31 00:00:00' });

    const phone = newPhone();
    await call('/v3/userCard/add', { token, phone, membershipCardId: storedNo });
    expect((await call('/v3/coupon/forUser', { token, phone, couponId: couponNo, quantity: 1 })).json).toMatchObject({
      errCode: 0,
      msg: '赠送成功',
    });
    const rows = await app.ownerOrm.em
      .fork()
      .execute(`select c.code from coupon c join member m on m.id = c.member_id where m.mobile = ?`, [phone]);
    const code = rows[0].code as string;
    expect(Number.isSafeInteger(Number(code))).toBe(true);
    const scan = await call('/tool/scan', { token, qrcode: code });
    expect(scan.json.data).toMatchObject({ qrcodeType: 2, num: Number(code), couponId: couponNo, quantity: 1 });
    const used = await call('/v3/coupon/use', { token, num: Number(code) }, { json: true });
    expect(used.json.errCode).toBe(0);
    expect(used.json.data).toMatchObject({ num: Number(code), couponId: couponNo, quantity: 1 });
    expect(JSON.parse(used.json.data.detail)).toMatchObject({ couponId: couponNo, num: Number(code) });
    const again = await call('/v3/coupon/use', { token, num: code });
    expect(again.json).toMatchObject({ errCode: 1 });
    expect(again.json.msg).toContain('优惠券已使用');
  });
});
