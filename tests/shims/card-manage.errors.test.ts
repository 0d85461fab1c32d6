import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';
import { setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';
import { cardManageClient, expectFailure, md5, staffWithRole, type CmCall } from './card-manage.support.js';

/**
 * Every route of card-manage.md with the token, against what a caller can get wrong: no token,
 * a token that is not this merchant's, a body that is not a form or JSON, a missing or mistyped
 * parameter, a role without the permission. Each is refused in the envelope (HTTP 200, never a
 * 500 or a stack) and changes nothing of either merchant.
 */

let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
let powerless: string;
let call: CmCall;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, 'Errors Shop');
  other = await setUpShop(app, 'Errors Other');
  const all = ['CARD_OPERATE', 'CARD_REFUND', 'COUPON_OPERATE'] as const;
  token = await staffToken(app, shop.merchant, [...all], 'cashier');
  otherToken = await staffToken(app, other.merchant, [...all], 'cashier');
  powerless = await staffWithRole(app, shop.merchant, 'viewer', [], 'viewer');
  call = cardManageClient(app, shop.merchant.id);
});
afterAll(() => app?.close());

interface RouteCase {
  no: string;
  path: string;
  /** A request as the document shows it (values need not name anything: these cases all fail). */
  params: Record<string, unknown>;
  /** Parameters the document marks required (是) with no default. */
  required: string[];
  /** Values of a wrong type or out of range, one at a time. */
  wrong: Record<string, unknown>[];
  /** The route changes something, so it needs a permission (staff roles' CARD_OPERATE...). */
  write?: boolean;
}

const paging = { pageNum: 1, pageSize: 14 };
const badPaging = [{ pageNum: 0 }, { pageSize: 101 }, { pageNum: 'one' }, { startTime: 'yesterday' }, { endTime: '2020-01-01' }];

const ROUTES: RouteCase[] = [
  { no: '2.2', path: '/user/info', params: {}, required: [], wrong: [] },
  { no: '3.1', path: '/v3/store/list', params: {}, required: [], wrong: [] },
  { no: '3.2', path: '/v3/card/store_card', params: { type: 1 }, required: [], wrong: [{ type: 'one' }, { type: 1.5 }] },
  {
    no: '3.3',
    path: '/v3/userCard/add',
    params: { phone: '13511112222', membershipCardId: 999999, password: md5('222222') },
    required: ['phone', 'membershipCardId'],
    wrong: [{ membershipCardId: 'four' }, { membershipCardId: 0 }, { phone: 'no phone' }, { membershipCardId: '1e3' }],
    write: true,
  },
  { no: '3.4', path: '/v3/cardEvent/all_event', params: { cardId: 999999 }, required: ['cardId'], wrong: [{ cardId: 'x' }] },
  {
    no: '3.5',
    path: '/v3/userCard/charge',
    params: { phone: '13511112222', cardId: 999999, recharge: '200.00', send: '0', image: '/u/p.png' },
    required: ['phone', 'cardId', 'recharge', 'send', 'image'],
    wrong: [{ recharge: 'ten' }, { recharge: '1.234' }, { send: '1,5' }, { eventId: 'nine' }, { cardId: -4 }],
    write: true,
  },
  {
    no: '3.6',
    path: '/v3/userCard/expense',
    params: { phone: '13511112222', cardId: 999999, expense: '12.50', password: md5('222222') },
    required: ['phone', 'cardId', 'expense', 'password'],
    wrong: [{ expense: 'lots' }, { expense: '0.001' }, { cardId: '4a' }],
    write: true,
  },
  {
    no: '3.7',
    path: '/v3/turnover/refund',
    params: { orderNo: 71119122016113, code: '123456' },
    required: ['orderNo', 'code'],
    wrong: [{ orderNo: 'A7111' }, { orderNo: '12.5' }],
    write: true,
  },
  { no: '3.8', path: '/ask/code', params: {}, required: [], wrong: [], write: true },
  {
    no: '3.9',
    path: '/v3/turnover/refund_charge',
    params: { orderNo: 71019122016110, code: '123456' },
    required: ['orderNo', 'code'],
    wrong: [{ orderNo: '-5' }],
    write: true,
  },
  { no: '3.10', path: '/v3/cardEvent/detail', params: { eventId: 999999 }, required: ['eventId'], wrong: [{ eventId: 'x' }] },
  {
    no: '4.1',
    path: '/v3/turnover/record_list',
    params: { phone: '1575', keywords: '哈哈', startTime: 1576800000000, endTime: 1576900000000, ...paging },
    required: [],
    wrong: badPaging,
  },
  { no: '4.2', path: '/v3/turnover/expense_list', params: { phone: '1575', ...paging }, required: [], wrong: badPaging },
  { no: '4.3', path: '/v3/turnover/refund_list', params: { phone: '1575', ...paging }, required: [], wrong: badPaging },
  { no: '4.4', path: '/v3/userCard/user_card', params: { phone: '1575', ...paging }, required: [], wrong: badPaging.slice(0, 3) },
  {
    no: '4.5',
    path: '/v3/userCard/user_card_detail',
    params: { userId: 999999 },
    required: ['userId'],
    wrong: [{ userId: 'me' }],
  },
  {
    no: '4.6',
    path: '/v3/userCard/card_status',
    params: { storeMemberEventId: 999999 },
    required: ['storeMemberEventId'],
    wrong: [{ storeMemberEventId: 'ten' }],
    write: true,
  },
  { no: '6.1', path: '/tool/scan', params: { qrcode: '7919121421128' }, required: ['qrcode'], wrong: [] },
  {
    no: '6.2',
    path: '/v3/coupon/use',
    params: { num: 1234567890123 },
    required: ['num'],
    wrong: [{ num: 'abc' }, { num: '1.5' }],
    write: true,
  },
  {
    no: '7.1',
    path: '/v3/coupon/forUser',
    params: { phone: '13511112222', couponId: 999999, quantity: 2 },
    required: ['phone', 'couponId', 'quantity'],
    wrong: [{ quantity: 'two' }, { quantity: 0 }, { quantity: 1000 }, { couponId: 'x' }],
    write: true,
  },
  { no: '7.2', path: '/v3/coupon/xcx_list', params: {}, required: [], wrong: [] },
  {
    no: '8.1',
    path: '/v3/invoice/list',
    params: { userId: 999999, cardId: 999999 },
    required: ['userId', 'cardId'],
    wrong: [{ cardId: 'x' }],
  },
  {
    no: '8.2',
    path: '/v3/invoice/add',
    params: { userId: 999999, cardId: 999999, amount: '90.00', image: '/u/i.png' },
    required: ['userId', 'cardId', 'amount', 'image'],
    wrong: [{ amount: 'ninety' }, { amount: '9.999' }, { userId: '' }],
    write: true,
  },
  {
    no: '8.3',
    path: '/v3/card/card_detail',
    params: { userId: 999999, cardId: 999999 },
    required: ['userId', 'cardId'],
    wrong: [{ userId: 'x' }],
  },
  { no: '8.4', path: '/v3/invoice/all_list', params: { phone: '1575', ...paging }, required: [], wrong: badPaging },
];

it('covers the 26 routes behind a token (2.1 is the login, 5.1 the multipart upload)', () => {
  expect(ROUTES.map((r) => r.no)).toEqual([
    '2.2',
    ...['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10'],
    ...['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'],
    ...['6.1', '6.2', '7.1', '7.2', '8.1', '8.2', '8.3', '8.4'],
  ]);
});

describe.each(ROUTES)('$no $path refuses', (route) => {
  it('without a token, with an unknown, a revoked-looking or another merchant’s token (1002), and our token at another address', async () => {
    const before = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
    const otherBefore = await snapshotMerchant(app.ownerOrm, other.merchant.id);
    for (const t of [undefined, '', 'mgs_nothing', 'x'.repeat(500), otherToken]) {
      expectFailure(await call(route.path, { ...route.params, token: t }), 1002, '需要登录');
    }
    expectFailure(await call(route.path, { ...route.params, token: otherToken }, { json: true }), 1002);
    expectFailure(await call(route.path, { ...route.params, token }, { merchant: other.merchant.id }), 1002);
    expectFailure(await call(route.path, { ...route.params, token }, { merchant: 'not-a-merchant' }), 1002);
    expect(await snapshotMerchant(app.ownerOrm, shop.merchant.id)).toEqual(before);
    expect(await snapshotMerchant(app.ownerOrm, other.merchant.id)).toEqual(otherBefore);
  });

  it('bodies that are neither a form nor a JSON object, missing and mistyped parameters (4), without writing', async () => {
    const before = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
    for (const raw of ['{"token": ', '[1,2]', '"text"', 'null']) {
      expectFailure(await call(route.path, {}, { json: true, raw, headers: { token } }), 4, '缺少参数');
    }
    for (const field of route.required) {
      const { [field]: _dropped, ...rest } = route.params;
      const missing = await call(route.path, { ...rest, token });
      expectFailure(missing, 4, field);
      expectFailure(await call(route.path, { ...rest, token, [field]: '' }), 4);
      expectFailure(await call(route.path, { ...rest, token, [field]: null }, { json: true }), 4);
    }
    for (const wrong of route.wrong) {
      const [field] = Object.keys(wrong);
      expectFailure(await call(route.path, { ...route.params, ...wrong, token }), 4, field);
      expectFailure(await call(route.path, { ...route.params, ...wrong, token }, { json: true }), 4, field);
    }
    // Objects and arrays where the document has a scalar.
    for (const field of Object.keys(route.params)) {
      expectFailure(await call(route.path, { ...route.params, [field]: { $gt: '' }, token }, { json: true }), 4, field);
      expectFailure(await call(route.path, { ...route.params, [field]: [1, 2], token }, { json: true }), 4, field);
    }
    // A NUL in text is the caller's mistake, not a database error.
    const textField = Object.entries(route.params).find(([, v]) => typeof v === 'string');
    if (textField) {
      expectFailure(await call(route.path, { ...route.params, [textField[0]]: 'a\u0000b', token }, { json: true }), 4);
    }
    expect(await snapshotMerchant(app.ownerOrm, shop.merchant.id)).toEqual(before);
  });

  if (route.write) {
    it('for a staff role without the permission (1003), without writing', async () => {
      const before = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
      expectFailure(await call(route.path, { ...route.params, token: powerless }), 1003, '权限拒绝');
      expect(await snapshotMerchant(app.ownerOrm, shop.merchant.id)).toEqual(before);
    });
  } else {
    it('nothing to a role without permissions: reads need only a login', async () => {
      const res = await call(route.path, { ...route.params, token: powerless });
      expect(res.status).toBe(200);
      expect([0, 1, 1005]).toContain(res.json.errCode);
      expect(res.json.errCode).not.toBe(1003);
    });
  }
});

describe('2.1 login refuses', () => {
  it('missing username, password or client (4: the document marks all three required), wrong types', async () => {
    const example = { username: 'cashier', password: md5('secret-pass'), client: 1 };
    for (const field of Object.keys(example)) {
      const { [field]: _dropped, ...rest } = example as Record<string, unknown>;
      expectFailure(await call('/user/login', rest), 4, field);
      expectFailure(await call('/user/login', rest, { json: true }), 4, field);
    }
    expectFailure(await call('/user/login', { ...example, client: 'app' }), 4, 'client');
    expectFailure(await call('/user/login', { ...example, username: { $ne: '' } }, { json: true }), 4, 'username');
    expectFailure(await call('/user/login', {}, { json: true, raw: '{"username":' }), 4);
  });

  it('a wrong password (1), an unknown user (1, the same answer), at an address naming no merchant (1002)', async () => {
    const wrong = await call('/user/login', { username: 'cashier', password: md5('nope'), client: 1 });
    const nobody = await call('/user/login', { username: 'nobody', password: md5('nope'), client: 1 });
    expectFailure(wrong, 1, '用户名或密码错误');
    expectFailure(nobody, 1, '用户名或密码错误');
    expect(nobody.json.msg).toBe(wrong.json.msg);
    expectFailure(
      await call('/user/login', { username: 'cashier', password: md5('secret-pass'), client: 1 }, { merchant: 'x' }),
      1002,
    );
  });
});
