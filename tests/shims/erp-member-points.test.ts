import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { erpSignature } from '../../src/shims/erp-member-points/dialect.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { snapshotMerchant } from '../support/tenant.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { ERP_EXAMPLE, ERP_EXAMPLE_SIGNATURE, erpReferenceSignature } from './signing-examples.js';
import {
  AddExperienceDocument,
  CreateErpStoreDocument,
  CreateOtherErpStoreDocument,
  MemberCountByMobileDocument,
  MemberIdByMobileDocument,
  PointsByMobileDocument,
  ReferrerCodeByMobileDocument,
  SetErpGradesDocument,
  SetErpProfileDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
let erp: HmacApp;
let otherErp: HmacApp;

beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '4kb' });
  merchant = await app.createMerchant('Shop');
  other = await app.createMerchant('Other');
  erp = await createHmacApp(app, merchant, 'ERP_MEMBER_POINTS');
  otherErp = await createHmacApp(app, other, 'ERP_MEMBER_POINTS');
  await app.gql(merchant.adminKey, CreateErpStoreDocument);
});
afterAll(() => app?.close());

/**
 * Sends a body signed as an ERP caller would (with the reference signer, not src's), at the
 * current time or `timestamp`; `headers` overrides any signing header.
 */
async function push(
  body: string | object,
  via: HmacApp = erp,
  headers: Record<string, string> = {},
  timestamp = String(Math.floor(Date.now() / 1000)),
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${app.url}/user/memberPoints`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-app-id': via.appKey,
      'x-timestamp': timestamp,
      'x-signature': erpReferenceSignature(via.secret, timestamp, raw),
      ...headers,
    },
    body: raw,
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('erp-member-points signatures', () => {
  it('signs the worked example of docs/shims/erp-member-points.md as openssl does', () => {
    const { secret, timestamp, body } = ERP_EXAMPLE;
    expect(erpReferenceSignature(secret, timestamp, body)).toBe(ERP_EXAMPLE_SIGNATURE);
    expect(erpSignature(secret, timestamp, body)).toBe(ERP_EXAMPLE_SIGNATURE);
  });

  it('accepts a timestamp up to 300 s from the server clock, past or future, and refuses one further', async () => {
    // The server runs in this process: with the clock held still, its "now" is the test's, to the
    // millisecond, so the edges can be tried exactly. Only Date is held; timers run as usual.
    const now = Math.floor(Date.now() / 1000);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now * 1000);
    try {
      const at = (offset: number, mobile: string) => push({ mobile }, erp, {}, String(now + offset));
      const answers = await Promise.all([
        at(-300, '13877770001'),
        at(300, '13877770002'),
        at(0, '13877770003'),
        at(-301, '13877770004'),
        at(301, '13877770005'),
        at(3600, '13877770006'),
      ]);
      expect(answers.map((a) => a.json.code)).toEqual([10000, 10000, 10000, 20000, 20000, 20000]);
      for (const refused of answers.slice(3)) {
        expect(refused.json).toEqual({
          code: 20000,
          info: { error: 'BAD_SIGNATURE' },
          msg: 'X-Timestamp must be epoch seconds within 300s of now.',
        });
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('erp-member-points /user/memberPoints', () => {
  it("creates the member from the document's example and answers its card data", async () => {
    const answer = await push({ mobile: '13800001111', storeNumber: '1001', name: '小马哥', inviteCode: '200150' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      code: 10000,
      msg: '成功',
      data: {
        name: '小马哥',
        sex: '保密',
        birthday: '',
        address: '',
        identityCardNo: '',
        email: '',
        level: '0',
        state: '0',
        cardNo: expect.stringMatching(/^\d{12}$/),
        storeNumber: '1001',
      },
    });
  });

  it('matches the existing member on the next push (state 1) and shows its profile', async () => {
    const first = await push({ mobile: '13800002222', name: '周xx' });
    const member = await app.gql(merchant.operatorKey, MemberIdByMobileDocument, { mobile: '13800002222' });
    await app.gql(merchant.operatorKey, SetErpProfileDocument, { id: member.data!.memberByMobile!.id });
    const again = await push({ mobile: '13800002222' });
    expect(again.json.data).toEqual({
      ...first.json.data,
      sex: '男',
      birthday: '1969-08-07',
      address: '下城路766号',
      identityCardNo: '330702690808123',
      state: '1',
    });
  });

  it('takes an unknown storeNumber as matching data that matched nothing, not as a failure', async () => {
    const answer = await push({ mobile: '13800006666', storeNumber: '9999', name: '无店' });
    expect(answer.json).toMatchObject({ code: 10000, data: { name: '无店', state: '0', storeNumber: '' } });
  });

  it('applies the profile fields a push sends to an existing member, and fills a missing register store', async () => {
    await push({ mobile: '13800007777', name: '旧名' });
    const again = await push({ mobile: '13800007777', name: '新名', storeNumber: '1001' });
    expect(again.json).toMatchObject({ code: 10000, data: { name: '新名', state: '1', storeNumber: '1001' } });
    // Where the member registered is history: a later push naming another store does not move it.
    await app.gql(merchant.adminKey, CreateOtherErpStoreDocument);
    const third = await push({ mobile: '13800007777', storeNumber: '1002' });
    expect(third.json).toMatchObject({ code: 10000, data: { name: '新名', storeNumber: '1001' } });
  });

  it('sets the referrer from an invite code that is a member code', async () => {
    const referrer = await push({ mobile: '13800003333' });
    await push({ mobile: '13800004444', inviteCode: referrer.json.data.cardNo });
    const res = await app.gql(merchant.operatorKey, ReferrerCodeByMobileDocument, { mobile: '13800004444' });
    expect(res.data!.memberByMobile!.referrer!.code).toBe(referrer.json.data.cardNo);
  });

  it('answers 20000 with a reason for every failure, and writes nothing', async () => {
    const before = await app.ownerOrm.em.fork().execute('select count(*)::int as n from member');
    const cases: [string, Awaited<ReturnType<typeof push>>][] = [
      ['BAD_SIGNATURE', await push({ mobile: '13811110001' }, erp, { 'x-signature': '00'.repeat(32) })],
      [
        'BAD_SIGNATURE',
        await push({ mobile: '13811110002' }, erp, { 'x-timestamp': String(Math.floor(Date.now() / 1000) - 3600) }),
      ],
      ['UNKNOWN_APP', await push({ mobile: '13811110003' }, { ...erp, appKey: 'nobody' })],
      ['BAD_PARAMETERS', await push({ name: 'no mobile' })],
      ['BAD_PARAMETERS', await push({ mobile: 'call me' })],
      ['BAD_PARAMETERS', await push({ mobile: ['13811110004'] })],
      ['BAD_PARAMETERS', await push('{"mobile": ')],
      ['BAD_PARAMETERS', await push('[1, 2]')],
      ['BODY_TOO_LARGE', await push({ mobile: '13811110005', name: 'x'.repeat(5000) })],
    ];
    for (const [reason, answer] of cases) {
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ code: 20000, info: { error: reason }, msg: expect.any(String) });
    }
    expect(await app.ownerOrm.em.fork().execute('select count(*)::int as n from member')).toEqual(before);
  });

  it("keeps each merchant's ERP app to its own members", async () => {
    await push({ mobile: '13900009999', name: 'Mine' });
    const before = await snapshotMerchant(app.ownerOrm, merchant.id);
    const theirs = await push({ mobile: '13900009999' }, otherErp);
    expect(theirs.json.data.state).toBe('0');
    expect(theirs.json.data.name).toBe('');
    expect(await snapshotMerchant(app.ownerOrm, merchant.id)).toEqual(before);
  });

  it('accepts unsigned pushes only from an app marked for development', async () => {
    const dev = await createHmacApp(app, merchant, 'ERP_MEMBER_POINTS', { allowUnsigned: true });
    const res = await fetch(`${app.url}/user/memberPoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-app-id': dev.appKey },
      body: JSON.stringify({ mobile: '13800005555' }),
    });
    expect(((await res.json()) as any).code).toBe(10000);
    const unsigned = await push({ mobile: '13800005556' }, erp, { 'x-signature': '' });
    expect(unsigned.json.info.error).toBe('BAD_SIGNATURE');
  });
});

describe('erp-member-points points fields', () => {
  const balance = async (mobile: string) =>
    (await app.gql(merchant.operatorKey, PointsByMobileDocument, { mobile })).data!.memberByMobile?.points;

  it("applies the parameter table's points change, once per distinct push", async () => {
    const push1 = {
      mobile: '13855550001',
      pointsChanges: 10,
      pointsDesc: '购物送积分',
      pointsRemaining: 100,
      pointsUsed: 10,
      remark: '订单号：1002241547865330578',
    };
    expect((await push(push1)).json.code).toBe(10000);
    expect((await push(push1)).json.code).toBe(10000);
    expect(await balance('13855550001')).toEqual({ current: '10.00', used: '0.00', totalEarned: '10.00' });
    await push({ ...push1, pointsRemaining: 110 });
    await push({ mobile: '13855550001', pointsChanges: '-5', pointsRemaining: 105, pointsUsed: 15 });
    expect(await balance('13855550001')).toEqual({ current: '15.00', used: '5.00', totalEarned: '20.00' });
  });

  it('books a push resent many times at once exactly once', async () => {
    const resent = { mobile: '13855550009', pointsChanges: 7, pointsRemaining: 7, pointsUsed: 0, remark: 'order 9' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => push(resent)));
    // Each resend either answers the card (the first, or a replay) or asks to retry while the
    // first is still being booked; none books again.
    for (const answer of answers) {
      if (answer.json.code !== 10000) {
        expect(answer.json).toEqual({ code: 20000, info: { error: 'IDEMPOTENCY_IN_FLIGHT' }, msg: expect.any(String) });
      }
    }
    expect(answers.filter((a) => a.json.code === 10000).length).toBeGreaterThan(0);
    expect((await push(resent)).json.code).toBe(10000);
    expect(await balance('13855550009')).toEqual({ current: '7.00', used: '0.00', totalEarned: '7.00' });
    const members = await app.gql(merchant.readonlyKey, MemberCountByMobileDocument, { mobile: '13855550009' });
    expect(members.data?.members.totalItems).toBe(1);
    await expectLedgersBalanced(app);
  });

  it('refuses a deduction beyond the balance, and for an unknown mobile creates nobody', async () => {
    await push({ mobile: '13855550002', pointsChanges: 3 });
    const short = await push({ mobile: '13855550002', pointsChanges: -4, pointsRemaining: 0, pointsUsed: 4 });
    expect(short.json).toEqual({ code: 20000, info: { error: 'INSUFFICIENT_POINTS' }, msg: expect.any(String) });
    expect(await balance('13855550002')).toMatchObject({ current: '3.00' });
    const stranger = await push({ mobile: '13855550003', pointsChanges: -1 });
    expect(stranger.json.info.error).toBe('INSUFFICIENT_POINTS');
    expect(await balance('13855550003')).toBeUndefined();
  });

  it('answers VIP card level once the member reaches the second grade', async () => {
    await app.gql(merchant.adminKey, SetErpGradesDocument);
    const first = await push({ mobile: '13855550004' });
    expect(first.json.data.level).toBe('0');
    const member = await app.gql(merchant.operatorKey, MemberIdByMobileDocument, { mobile: '13855550004' });
    await app.gql(merchant.operatorKey, AddExperienceDocument, { memberId: member.data!.memberByMobile!.id, amount: '10' });
    expect((await push({ mobile: '13855550004' })).json.data.level).toBe('1');
  });
});
