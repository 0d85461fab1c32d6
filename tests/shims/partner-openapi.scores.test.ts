import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  AddExperienceDocument,
  RegisterMobileDocument,
  SetPointsRateDocument,
  SetScoreGradesDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;

const newMember = async (mobile: string) =>
  (await app.gql(merchant.operatorKey, RegisterMobileDocument, { mobile })).data!.registerMember.member!.id;
const entries = async (memberId: string) =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from points_entry where member_id = ?', [memberId]))[0]
    .n as number;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Score Shop');
  partner = await createPartnerApp(app, merchant);
});
afterEach(async () => {
  // The ledger equals the balances whatever the shim did.
  const drift = await app.ownerOrm.em.fork().execute(
    `select b.member_id from points_balance b left join points_entry e on e.member_id = b.member_id
     group by b.member_id, b.current having b.current <> coalesce(sum(case when e.direction = 'ADD' then e.amount else -e.amount end), 0)`,
  );
  expect(drift).toEqual([]);
});
afterAll(() => app?.close());

describe('1.3 /member/score/opt/{type}', () => {
  it("adds with the document's example and answers the documented fields", async () => {
    const memberId = await newMember('13600000001');
    const body = `{"memberId":"${memberId}","score":"100","operationType":"1","idempotencyBussinessId":"2","idempotencyBussinessType":"6"}`;
    const answer = await callPartner(app, partner, '/member/score/opt/1', body);
    expect(answer.envelope).toMatchObject({ statusCode: '100', message: '成功' });
    expect(answer.signatureValid).toBe(true);
    expect(answer.body).toEqual({ currentScore: 100, sendScore: 100, updateScore: 100 });
  });

  it('replays a retried business id, refuses it with other content (303), and deducts with type 15', async () => {
    const memberId = await newMember('13600000002');
    const add = { memberId, score: '50', operationType: '4', idempotencyBussinessId: 'biz-1', idempotencyBussinessType: '6' };
    await callPartner(app, partner, '/member/score/opt/1', add);
    const retry = await callPartner(app, partner, '/member/score/opt/1', add);
    expect(retry.body).toEqual({ currentScore: 50, sendScore: 50, updateScore: 50 });
    expect(await entries(memberId)).toBe(1);
    const reused = await callPartner(app, partner, '/member/score/opt/1', { ...add, score: '60' });
    expect(reused.envelope.statusCode).toBe('303');
    // Business ids are unique per business type: the same id under another type is another event.
    const otherType = await callPartner(app, partner, '/member/score/opt/1', { ...add, idempotencyBussinessType: '7' });
    expect(otherType.body.currentScore).toBe(100);
    const deduct = await callPartner(app, partner, '/member/score/opt/15', {
      memberId,
      score: '30',
      operationType: '11',
      idempotencyBussinessId: 'biz-2',
    });
    expect(deduct.body).toEqual({ currentScore: 70, sendScore: 0, updateScore: 30 });
  });

  it('books a business event resent many times at once exactly once', async () => {
    const memberId = await newMember('13600000012');
    const add = { memberId, score: '50', operationType: '4', idempotencyBussinessId: 'burst', idempotencyBussinessType: '6' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => callPartner(app, partner, '/member/score/opt/1', add)));
    // The first books; the others answer it again, or 304 while it is still being booked.
    for (const answer of answers) {
      expect(answer.signatureValid).toBe(true);
      if (answer.envelope.statusCode === '100') expect(answer.body).toEqual({ currentScore: 50, sendScore: 50, updateScore: 50 });
      else
        expect(answer.envelope).toEqual({
          ver: '1',
          statusCode: '304',
          message: expect.stringMatching(/\S/),
          sign: expect.any(String),
        });
    }
    expect(answers.some((a) => a.envelope.statusCode === '100')).toBe(true);
    expect(await entries(memberId)).toBe(1);
  });

  it('converts a money amount at the merchant rate, cutting fractions', async () => {
    await app.gql(merchant.adminKey, SetPointsRateDocument, { rate: '2' });
    try {
      const memberId = await newMember('13600000003');
      const answer = await callPartner(app, partner, '/member/score/opt/1', {
        memberId,
        amount: '18.75',
        operationType: '1',
        idempotencyBussinessId: 'm-1',
      });
      expect(answer.body).toEqual({ currentScore: 37, sendScore: 37, updateScore: 37 });
    } finally {
      await app.gql(merchant.adminKey, SetPointsRateDocument, { rate: '1' });
    }
  });

  it('answers 302 when points are short, 301 for an unknown member, 201 for bad input, and writes nothing', async () => {
    const memberId = await newMember('13600000004');
    const short = await callPartner(app, partner, '/member/score/opt/15', {
      memberId,
      score: '1',
      operationType: '11',
      idempotencyBussinessId: 's-1',
    });
    expect(short.envelope).toMatchObject({ statusCode: '302' });
    const unknown = await callPartner(app, partner, '/member/score/opt/1', {
      memberId: '00000000-0000-4000-8000-000000000000',
      score: '1',
      operationType: '1',
      idempotencyBussinessId: 'u-1',
    });
    expect(unknown.envelope.statusCode).toBe('301');
    for (const [path, body, message] of [
      [
        '/member/score/opt/3',
        { memberId, score: '1', operationType: '1', idempotencyBussinessId: 'x' },
        /type is 1 \(add\) or 15/,
      ],
      ['/member/score/opt/1', { memberId, operationType: '1', idempotencyBussinessId: 'x' }, /amount or score is required/],
      [
        '/member/score/opt/1',
        { memberId, score: '1', operationType: '18', idempotencyBussinessId: 'x' },
        /operationType is 1 to 17/,
      ],
      ['/member/score/opt/1', { memberId, score: 'ten', operationType: '1', idempotencyBussinessId: 'x' }, /score/],
      [
        '/member/score/opt/1',
        { memberId, score: '1.234', operationType: '1', idempotencyBussinessId: 'x' },
        /at most 2 decimals/,
      ],
      ['/member/score/opt/1', { memberId, score: '1', operationType: '1' }, /idempotencyBussinessId/],
    ] as const) {
      const answer = await callPartner(app, partner, path, body);
      expect(answer.envelope.statusCode, JSON.stringify(body)).toBe('201');
      expect(answer.envelope.message).toMatch(message);
    }
    expect(await entries(memberId)).toBe(0);
  });

  it('lets exactly the affordable share of 20 parallel deductions through', async () => {
    const memberId = await newMember('13600000005');
    await callPartner(app, partner, '/member/score/opt/1', {
      memberId,
      score: '100',
      operationType: '4',
      idempotencyBussinessId: 'p-seed',
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callPartner(app, partner, '/member/score/opt/15', {
          memberId,
          score: '10',
          operationType: '14',
          idempotencyBussinessId: `p-${i}`,
        }),
      ),
    );
    const codes = answers.map((a) => a.envelope.statusCode).sort();
    expect(codes.filter((c) => c === '100')).toHaveLength(10);
    expect(codes.filter((c) => c === '302')).toHaveLength(10);
  });
});

describe('partner-openapi codes 304 and 306', () => {
  it('answers 304 while the same business event is still being processed, then books it once', async () => {
    const memberId = await newMember('13600000009');
    const body = { memberId, score: '5', operationType: '4', idempotencyBussinessId: 'slow', idempotencyBussinessType: '6' };
    // Another transaction holding the event's lock is what an unfinished first attempt looks like.
    // The engine's key is the app's: partner-openapi:<app id>:<type>:<id>.
    const [{ id: appId }] = await app.ownerOrm.em.fork().execute('select id from shim_app where app_key = ?', [partner.appId]);
    await app.ownerOrm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(app_lock_key('points_entry', ?::uuid, ?))`, [
        merchant.id,
        `partner-openapi:${appId}:6:slow`,
      ]);
      const busy = await callPartner(app, partner, '/member/score/opt/1', body);
      expect(busy.envelope).toMatchObject({ statusCode: '304' });
    });
    expect((await callPartner(app, partner, '/member/score/opt/1', body)).body).toEqual({
      currentScore: 5,
      sendScore: 5,
      updateScore: 5,
    });
    expect(await entries(memberId)).toBe(1);
  });

  it('answers 306 when a channel identity belongs to a member with another mobile', async () => {
    const register = (mobile: string) =>
      callPartner(app, partner, '/member/register/mobile', {
        channelCode: 'xcx',
        mobile,
        thirdPartyCode: 'o-shared',
        registerType: '2',
      });
    expect((await register('13600000010')).envelope.statusCode).toBe('100');
    const taken = await register('13600000011');
    expect(taken.envelope).toMatchObject({ statusCode: '306' });
  });

  it('answers 306 when the mobile belongs to a member other than the channel identity', async () => {
    const register = (mobile: string, thirdPartyCode: string) =>
      callPartner(app, partner, '/member/register/mobile', { channelCode: 'xcx', mobile, thirdPartyCode, registerType: '2' });
    const holder = await register('13600000013', 'o-holder');
    const other = await register('13600000014', 'o-other');
    expect([holder.envelope.statusCode, other.envelope.statusCode]).toEqual(['100', '100']);
    // The holder's mobile with the other member's identity: neither member may take the other's.
    const clash = await register('13600000013', 'o-other');
    expect(clash.envelope).toEqual({
      ver: '1',
      statusCode: '306',
      message: expect.stringMatching(/\S/),
      sign: expect.any(String),
    });
    expect(clash.signatureValid).toBe(true);
    const info = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '13600000013' });
    expect(info.body.memberChannels.map((c: { thirdPartyCode: string }) => c.thirdPartyCode)).toEqual(['o-holder']);
  });
});

describe('2.1 updateScore, 2.2 sendScore, 2.3 returnScore, 2.4 statisticalScore', () => {
  it("runs the documents' own examples (single quotes, no changeType, no orderId) end to end", async () => {
    const memberId = await newMember('13700000001');
    const send = await callPartner(
      app,
      partner,
      '/member/score/sendScore',
      `{'partnerId':'${partner.partnerId}','memberId':'${memberId}','score':'8','idempotencyBussinessId':'q235246245234','idempotencyBussinessType':'15','operationType':'1'}`,
    );
    expect(send.body).toEqual({ currentScore: 8, updateScore: 8, sendScore: 8 });

    const update = await callPartner(
      app,
      partner,
      '/member/score/updateScore',
      `{'partnerId':'${partner.partnerId}','memberId':'${memberId}','changeScore':'8','idempotencyBussinessId':'q235246245235','idempotencyBussinessType':'15','operationType':'1'}`,
    );
    expect(update.envelope.statusCode).toBe('100');
    expect(update.body).toEqual({ updateScore: 8 });

    const stats = await callPartner(
      app,
      partner,
      '/member/score/statisticalScore',
      `{'partnerId':'${partner.partnerId}','memberId':'${memberId}','score':'8','idempotencyBussinessId':'q235246245234','idempotencyBussinessType':'15','operationType':'1'}`,
    );
    expect(stats.body).toEqual({ currentScore: 16, totalScore: 16, usedScore: 0 });

    // 2.3's example names the business event of the 2.2 example: that grant is reversed, once.
    const returned = await callPartner(
      app,
      partner,
      '/member/score/returnScore',
      `{'partnerId':'${partner.partnerId}','memberId':'${memberId}','score':'8','idempotencyBussinessId':'q235246245234','idempotencyBussinessType':'15','operationType':'1'}`,
    );
    expect(returned.body).toEqual({ currentScore: 8, updateScore: 8 });
    const again = await callPartner(app, partner, '/member/score/returnScore', {
      memberId,
      idempotencyBussinessId: 'q235246245234',
      idempotencyBussinessType: '15',
      operationType: '1',
    });
    expect(again.body).toEqual({ currentScore: 8, updateScore: 8 });
    expect((await callPartner(app, partner, '/member/score/statisticalScore', { memberId })).body).toEqual({
      currentScore: 8,
      totalScore: 8,
      usedScore: 0,
    });
  });

  it('returns an order by orderId, deducts with changeType 2, and refuses what cannot be returned', async () => {
    const memberId = await newMember('13700000002');
    await callPartner(app, partner, '/member/score/sendScore', {
      memberId,
      score: '30',
      operationType: '1',
      orderId: 'SO-1',
      idempotencyBussinessId: 'g1',
      idempotencyBussinessType: '6',
    });
    const spent = await callPartner(app, partner, '/member/score/updateScore', {
      memberId,
      changeScore: '25',
      changeType: '2',
      operationType: '14',
      orderId: 'SO-2',
    });
    expect(spent.body).toEqual({ updateScore: 25 });
    // SO-1 earned 30 but only 5 remain: reversing it would overdraw.
    const cannot = await callPartner(app, partner, '/member/score/returnScore', {
      memberId,
      orderId: 'SO-1',
      operationType: '15',
    });
    expect(['302', '305']).toContain(cannot.envelope.statusCode);
    const refund = await callPartner(app, partner, '/member/score/returnScore', {
      memberId,
      orderId: 'SO-2',
      operationType: '2',
    });
    expect(refund.body).toEqual({ currentScore: 30, updateScore: 25 });
    const none = await callPartner(app, partner, '/member/score/returnScore', { memberId, orderId: 'NOPE', operationType: '2' });
    expect(none.envelope.statusCode).toBe('305');
    const missing = await callPartner(app, partner, '/member/score/returnScore', { memberId, operationType: '2' });
    expect(missing.envelope).toMatchObject({ statusCode: '201', message: 'orderId or idempotencyBussinessId is required' });
  });
});

describe('scores in 1.1 and 1.2', () => {
  it('shows scores on request and filters members by score range and grade', async () => {
    await app.gql(merchant.adminKey, SetScoreGradesDocument);
    const rich = await newMember('13800000001');
    await callPartner(app, partner, '/member/score/opt/1', {
      memberId: rich,
      score: '500',
      operationType: '4',
      idempotencyBussinessId: 'rich',
    });
    await app.gql(merchant.operatorKey, AddExperienceDocument, { memberId: rich, amount: '60' });
    const info = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { memberId: rich, showScoreSwitch: '1' });
    expect(info.body).toMatchObject({ currentScore: 500, totalScore: 500, usedScore: 0 });
    const noScores = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', {
      memberId: rich,
      showScoreSwitch: '2',
    });
    expect(noScores.body.currentScore).toBeUndefined();

    const inRange = await callPartner(app, partner, '/member/getMembers', {
      pageNum: 1,
      pageSize: 50,
      startScore: 400,
      endScore: '600',
    });
    expect(inRange.body.memberList.map((m: { memberId: string }) => m.memberId)).toEqual([rich]);
    expect(inRange.body.memberList[0]).toMatchObject({ currentScore: 500, ruleName: '黄金会员' });
    const gold = await callPartner(app, partner, '/member/getMembers', { pageNum: 1, pageSize: 50, ruleCode: 'G2' });
    expect(gold.body.totalCount).toBe(1);
  });
});
