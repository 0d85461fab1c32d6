import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiKeyRole } from '../../src/domain/access.enums.js';
import { createOrm } from '../../src/db/orm.js';
import { createApiKey } from '../../src/services/api-key.service.js';
import { createStore } from '../../src/services/store.service.js';
import { databaseUrl } from '../support/global-setup.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { staffToken } from '../cards/support.js';
import { cardManageClient, expectSuccess, CARD_DETAIL, sqlValue, type CmCall } from './card-manage.support.js';

/**
 * The numeric-ids migration renumbers card numbers and coupon codes minted above 2^53 - 1 (which a
 * legacy client's JSON.parse would round) and keeps the old number working. Rows are written as
 * the schema stood before that migration, the migration runs over them, and the card-manage shim
 * is then asked with the old numbers.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const merchantId = randomUUID();
const ids = { member: randomUUID(), template: randomUUID(), couponTemplate: randomUUID(), bigCard: randomUUID() };
const OLD_CARD_NO = '9007199254740993'; // 2^53 + 1: JSON.parse reads it as ...992
const OLD_CODE = '1234567890123456789';
const SAFE_CARD_NO = '1000000000000001';
const SAFE_CODE = '1000000000000002';
let template: string;
let app: TestApp;
let call: CmCall;
let token: string;

beforeAll(async () => {
  const serverUrl = inject('serverUrl');
  template = `${inject('databasePrefix')}pre${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  await admin.end();
  const orm = await createOrm({ url: databaseUrl(serverUrl, template), asAppRole: false, poolMax: 1 });
  try {
    await orm.migrator.up({ to: 'm20261124-001-security' });
    const em = orm.em.fork();
    await em.execute(`insert into merchant (id, name, time_zone) values (?, 'Before 2^53', 'Asia/Shanghai')`, [merchantId]);
    await em.execute(`insert into member (id, merchant_id, code, mobile) values (?, ?, 'M1', '15752400657')`, [
      ids.member,
      merchantId,
    ]);
    await em.execute(`insert into card_template (id, merchant_id, title, type) values (?, ?, '外婆味道储值卡', 10)`, [
      ids.template,
      merchantId,
    ]);
    await em.execute(
      `insert into member_card (id, merchant_id, member_id, card_template_id, card_no, password_hash, capital)
       values (?, ?, ?, ?, ?, 'x', 810)`,
      [ids.bigCard, merchantId, ids.member, ids.template, OLD_CARD_NO],
    );
    const safeTemplate = randomUUID();
    await em.execute(`insert into card_template (id, merchant_id, title, type) values (?, ?, 'safe', 10)`, [
      safeTemplate,
      merchantId,
    ]);
    await em.execute(
      `insert into member_card (id, merchant_id, member_id, card_template_id, card_no, password_hash)
       values (gen_random_uuid(), ?, ?, ?, ?, 'x')`,
      [merchantId, ids.member, safeTemplate, SAFE_CARD_NO],
    );
    await em.execute(
      `insert into coupon_template (id, merchant_id, title, type, valid_until) values (?, ?, '20 元优惠券', 'CASH', '2099-12-31')`,
      [ids.couponTemplate, merchantId],
    );
    for (const code of [OLD_CODE, SAFE_CODE]) {
      await em.execute(
        `insert into coupon (id, merchant_id, coupon_template_id, member_id, code, source, valid_from, valid_until)
         values (gen_random_uuid(), ?, ?, ?, ?, 'GIFT', '2020-01-01', '2099-12-31')`,
        [merchantId, ids.couponTemplate, ids.member, code],
      );
    }
    await orm.migrator.up();
  } finally {
    await orm.close();
  }
  app = await startTestApp({ SCRYPT_N: '1024' }, { template });
  // What app.createMerchant adds to a merchant: a store and keys, for the staff login.
  const ctx = app.operatorContext(merchantId);
  const store = await createStore(ctx, { code: 'S001', name: '外婆味道南屏店' });
  const keys = await Promise.all(
    [ApiKeyRole.ADMIN, ApiKeyRole.OPERATOR, ApiKeyRole.READONLY].map((role) => createApiKey(ctx, { name: role, role })),
  );
  const merchant: TestMerchant = {
    id: merchantId,
    store,
    adminKey: keys[0]!.secret,
    operatorKey: keys[1]!.secret,
    readonlyKey: keys[2]!.secret,
  };
  token = await staffToken(app, merchant, ['CARD_OPERATE', 'COUPON_OPERATE'], 'cashier');
  call = cardManageClient(app, merchantId);
});
afterAll(async () => {
  await app?.close();
  const admin = new pg.Client({ connectionString: inject('serverUrl') });
  await admin.connect();
  await admin.query(`drop database if exists "${template}" with (force)`);
  await admin.end();
});

describe('numbers minted above 2^53 - 1 before the migration', () => {
  it('were renumbered within the JSON-safe range, the old number kept; safe ones were left alone', async () => {
    const rows = await app.ownerOrm.em
      .fork()
      .execute(`select card_no, previous_card_no from member_card where merchant_id = ? order by previous_card_no nulls last`, [
        merchantId,
      ]);
    expect(rows[0].previous_card_no).toBe(OLD_CARD_NO);
    expect(rows[0].card_no).toMatch(/^\d{16}$/);
    expect(BigInt(rows[0].card_no) <= MAX_SAFE).toBe(true);
    expect(rows[1]).toEqual({ card_no: SAFE_CARD_NO, previous_card_no: null });
    const coupons = await app.ownerOrm.em
      .fork()
      .execute(`select code, previous_code from coupon where merchant_id = ? order by previous_code nulls last`, [merchantId]);
    expect(coupons[0].previous_code).toBe(OLD_CODE);
    expect(BigInt(coupons[0].code) <= MAX_SAFE).toBe(true);
    expect(coupons[1]).toEqual({ code: SAFE_CODE, previous_code: null });
    // No new number can go above the limit again.
    await expect(
      app.ownerOrm.em.fork().execute(`update member_card set card_no = ? where id = ?`, [OLD_CARD_NO, ids.bigCard]),
    ).rejects.toThrow(/member_card_no_safe/);
  });

  it('6.1 finds the card by its old printed number and answers the new one, exactly', async () => {
    const newNo = await sqlValue<string>(app, 'select card_no from member_card where id = ?', [ids.bigCard]);
    const res = await call('/tool/scan', { token, qrcode: OLD_CARD_NO });
    expectSuccess(res, { ...CARD_DETAIL, capital: 'money', send: 'money' });
    expect(res.json.data).toMatchObject({ qrcodeType: 1, phone: '15752400657', balance: 810, title: '外婆味道储值卡' });
    expect(res.text).toContain(`"cardNo":${newNo},`);
    expect(res.json.data.cardNo).toBe(Number(newNo));
    expect((await call('/tool/scan', { token, qrcode: newNo })).json.data.id).toBe(res.json.data.id);
  });

  it('6.1 finds the coupon by its old code; 6.2 redeems it by the old code, answering the new number', async () => {
    const newCode = await sqlValue<string>(app, 'select code from coupon where previous_code = ?', [OLD_CODE]);
    const scan = await call('/tool/scan', { token, qrcode: OLD_CODE });
    expect(scan.json).toMatchObject({ errCode: 0, data: { qrcodeType: 2, num: Number(newCode), status: null } });
    // The old code is above 2^53: a client sends it as text (a JSON number would already be rounded).
    const used = await call('/v3/coupon/use', { token, num: OLD_CODE });
    expect(used.json.errCode, used.text).toBe(0);
    expect(used.text).toContain(`"num":${newCode},`);
    expect(await sqlValue(app, 'select status from coupon where code = ?', [newCode])).toBe('USED');
    const again = await call('/v3/coupon/use', { token, num: newCode });
    expect(again.json).toMatchObject({ errCode: 1 });
    expect(again.json.msg).toContain('优惠券已使用');
  });
});
