import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/domain/access.enums.js';
import { scopeToMerchant } from '../../src/db/orm.js';
import { Merchant } from '../../src/entities/merchant.entity.js';
import { createApiKey } from '../../src/services/api-key.service.js';
import { createStore } from '../../src/services/store.service.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { newPhone, setUpShop, staffToken, startCardApp, type CardShop } from '../cards/support.js';
import {
  cardManageClient,
  expectFailure,
  expectSuccess,
  md5,
  numericIdOf,
  staffWithRole,
  type CmCall,
} from './card-manage.support.js';

/**
 * Where card-manage lives: the document's own unprefixed paths (`/web/manage/...`) for the
 * deployment's default merchant, `/web/m/<merchant>/manage/...` for every merchant; what a wrong
 * method or path answers; and 5.1's multipart image upload end to end.
 */

const DEFAULT_MERCHANT = randomUUID();
let app: TestApp;
let shop: CardShop;
let other: CardShop;
let token: string;
let otherToken: string;
let prefixed: CmCall;
let unprefixed: CmCall;

/** A merchant with a chosen id, with what app.createMerchant gives one (a store and keys). */
async function merchantWithId(id: string, name: string): Promise<TestMerchant> {
  const merchant = new Merchant();
  merchant.id = id;
  merchant.name = name;
  await scopeToMerchant(app.orm.em.fork(), id).persist(merchant).flush();
  const ctx = app.operatorContext(id);
  const store = await createStore(ctx, { code: 'S001', name: `${name} store` });
  const keys = await Promise.all(
    [ApiKeyRole.ADMIN, ApiKeyRole.OPERATOR, ApiKeyRole.READONLY].map((role) => createApiKey(ctx, { name: role, role })),
  );
  return { id, store, adminKey: keys[0]!.secret, operatorKey: keys[1]!.secret, readonlyKey: keys[2]!.secret };
}

beforeAll(async () => {
  app = await startCardApp({ CARD_MANAGE_DEFAULT_MERCHANT: DEFAULT_MERCHANT });
  shop = await setUpShop(app, 'Default Shop', await merchantWithId(DEFAULT_MERCHANT, 'Default Shop'));
  other = await setUpShop(app, 'Other Shop');
  token = await staffToken(app, shop.merchant, ['CARD_OPERATE'], 'cashier');
  otherToken = await staffToken(app, other.merchant, ['CARD_OPERATE'], 'cashier');
  prefixed = cardManageClient(app, shop.merchant.id);
  unprefixed = cardManageClient(app, shop.merchant.id, () => `${app.url}/web/manage`);
});
afterAll(() => app?.close());

describe('the unprefixed base path of CARD_MANAGE_DEFAULT_MERCHANT', () => {
  it('serves the document’s own paths: login, then any route, for the default merchant only', async () => {
    const login = await unprefixed('/user/login', { username: 'cashier', password: md5('secret-pass'), client: 1 });
    expectSuccess(login, 'str');
    const stores = await unprefixed('/v3/store/list', { token: login.json.data });
    expectSuccess(stores, 'any', { total: 1 });
    expect(stores.json.data[0].name).toBe('Default Shop store');
    // The same login works at the merchant's own prefixed address too: one merchant, two bases.
    expect((await prefixed('/v3/store/list', { token: login.json.data })).json.data).toEqual(stores.json.data);
  });

  it('refuses another merchant’s token (1002) and knows only the default merchant’s users', async () => {
    const before = await snapshotMerchant(app.ownerOrm, other.merchant.id);
    expectFailure(await unprefixed('/v3/store/list', { token: otherToken }), 1002, '需要登录');
    expectFailure(await unprefixed('/v3/userCard/add', { token: otherToken, phone: '13500001111', membershipCardId: 1 }), 1002);
    expect(await snapshotMerchant(app.ownerOrm, other.merchant.id)).toEqual(before);
    // The other merchant's staff user is nobody at the default merchant's address.
    await staffWithRole(app, other.merchant, 'only-other', [], 'elsewhere');
    expectFailure(await unprefixed('/user/login', { username: 'elsewhere', password: md5('secret-pass'), client: 1 }), 1);
    // And the default merchant's token is no login at the other merchant's address.
    expectFailure(await prefixed('/v3/store/list', { token }, { merchant: other.merchant.id }), 1002);
  });

  it('is not served when no default merchant is configured', async () => {
    const plain = await startCardApp();
    try {
      const res = await fetch(`${plain.url}/web/manage/v3/store/list`, { method: 'POST', body: new URLSearchParams({ token }) });
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('methods and paths the document does not have', () => {
  it('answers a route’s path with another method than POST with 405 in the envelope, Allow: POST', async () => {
    for (const [call, method] of [
      [prefixed, 'GET'],
      [prefixed, 'PUT'],
      [unprefixed, 'DELETE'],
    ] as const) {
      const res = await call('/v3/store/list', {}, { method });
      expect(res.status).toBe(405);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.json).toEqual({ errCode: 1, result: 1, msg: expect.stringContaining('方法禁用'), time: expect.any(Number) });
    }
    const upload = await prefixed('/upload/image', {}, { method: 'GET' });
    expect(upload.status).toBe(405);
  });

  it('answers an unknown path under the base with 404 in the envelope, not an HTML page', async () => {
    for (const path of ['/v3/nope', '/v3/store/list/extra', '/']) {
      const res = await prefixed(path, { token });
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ errCode: 1, result: 1, msg: expect.stringContaining('未找到') });
      expect(res.text).not.toMatch(/<html|<pre/i);
    }
  });
});

describe('5.1 image upload', () => {
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);

  async function upload(url: string, bytes: Buffer, headers: Record<string, string> = {}) {
    const form = new FormData();
    form.append('module', '1');
    form.append('file', new Blob([bytes], { type: 'image/png' }), 'proof.png');
    const res = await fetch(url, { method: 'POST', body: form, headers });
    const text = await res.text();
    return { status: res.status, json: JSON.parse(text), text };
  }
  const files = () => readdirSync(join(app.config.UPLOAD_DIR!, shop.merchant.id), { recursive: false }).length;
  const base = () => `${app.url}/web/m/${shop.merchant.id}/manage/upload/image`;

  it('stores the image and answers its URL in data; 3.5 takes that URL as its proof', async () => {
    for (const [url, headers] of [
      [base(), { token }],
      [`${app.url}/web/manage/upload/image?token=${encodeURIComponent(token)}`, {}],
      [base(), { authorization: `Bearer ${token}` }],
    ] as const) {
      const res = await upload(url, PNG, headers);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ errCode: 0, result: 0, msg: '上传成功', time: expect.any(Number), data: expect.any(String) });
      expect(res.json.data).toMatch(new RegExp(`^/uploads/${shop.merchant.id}/[0-9a-f]{32}\\.png$`));
      const served = await fetch(`${app.url}${res.json.data}`);
      expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    }
    const proof = (await upload(base(), PNG, { token })).json.data as string;
    const cardId = await numericIdOf(app, 'card_template', shop.storedCardId);
    const phone = newPhone();
    await prefixed('/v3/userCard/add', { token, phone, membershipCardId: cardId });
    const charged = await unprefixed('/v3/userCard/charge', { token, phone, cardId, recharge: '10', send: '0', image: proof });
    expect(charged.json.errCode, charged.text).toBe(0);
    const records = await unprefixed('/v3/turnover/record_list', { token, phone });
    expect(records.json.data.chargeReVo[0].image).toBe(proof);
  });

  it('refuses without a token, with an unknown or another merchant’s token (1002), storing nothing', async () => {
    const before = files();
    const refused: Record<string, string>[] = [
      {},
      { token: 'mgs_nothing' },
      { token: otherToken },
      { authorization: `Bearer ${otherToken}` },
    ];
    for (const headers of refused) {
      const res = await upload(base(), PNG, headers);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ errCode: 1002, result: 1002 });
    }
    // Another merchant's token at the default address, and an API key (not a staff login).
    expect((await upload(`${app.url}/web/manage/upload/image`, PNG, { token: otherToken })).json.errCode).toBe(1002);
    expect((await upload(base(), PNG, { authorization: `Bearer ${shop.merchant.adminKey}` })).json.errCode).toBe(1002);
    expect(files()).toBe(before);
    expect(() => readdirSync(join(app.config.UPLOAD_DIR!, other.merchant.id))).toThrow();
  });

  it('refuses a role without the permission (1003) and what is not an image (1), storing nothing', async () => {
    const viewer = await staffWithRole(app, shop.merchant, 'viewer', [], 'viewer');
    const before = files();
    const denied = await upload(base(), PNG, { token: viewer });
    expect(denied.json).toMatchObject({ errCode: 1003, result: 1003 });
    const text = await upload(base(), Buffer.from('not an image at all'), { token });
    expect(text.json).toMatchObject({ errCode: 1, result: 1 });
    expect(text.json.msg).toContain('图片上传失败');
    expect(files()).toBe(before);
  });
});
