import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  CreateExampleStoreDocument,
  GiftTwoCouponsDocument,
  IssueDynamicCodeDocument,
  MemberIdByMobileDocument,
  RegisterPartnerMemberDocument,
  RegisterWithNicknameDocument,
  SaveFullReductionCouponDocument,
  SetStatusDocument,
  SpendFromCardDocument,
} from '../../src/generated/graphql.js';
import { fundedCard, ok, setUpShop } from '../cards/support.js';

let app: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;
let memberId: string;

beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '8kb', SCRYPT_N: '1024' });
  merchant = await app.createMerchant('Partner Shop');
  partner = await createPartnerApp(app, merchant);
  const res = await app.gql(merchant.operatorKey, RegisterPartnerMemberDocument, { s: merchant.store.id });
  memberId = res.data!.registerMember.member!.id;
});
afterAll(() => app?.close());

describe('partner-openapi 1.1 getMemberInfoByIdOrMobile', () => {
  it("answers the document's example request (single quotes, numbers as strings, a line break) in the exact envelope", async () => {
    const requestBody = `{'partnerId':'${partner.partnerId}','memberId':'${memberId}'\n\n\t,'mobile':'15623261994','showScoreSwitch':'2','showCouponSwitch':'1'}`;
    const answer = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', requestBody);
    expect(answer.http).toBe(200);
    expect(Object.keys(answer.envelope).sort()).toEqual(['message', 'responseBody', 'sign', 'statusCode', 'ver']);
    expect(answer.envelope).toMatchObject({ ver: '1', statusCode: '100', message: '成功' });
    expect(answer.signatureValid).toBe(true);
    expect(answer.body).toEqual({
      memberId,
      memberName: '',
      nickName: '童百良',
      mobile: '15623261994',
      photoUrl: '',
      sexFlag: '1',
      birthday: '',
      email: '',
      idCard: '',
      registerTime: '2019-05-27 09:33:59',
      registerStoreCode: 'S001',
      memberChannels: [
        {
          cardCode: '',
          cardId: '',
          channelCode: 'dcxcx',
          channelId: expect.any(String),
          createTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
          memberId,
          partnerId: partner.partnerId,
          registerStoreCode: '',
          registerType: '2',
          thirdPartyCode: 'orZZ75W27gmvtJmS6qy4dOXokK6U',
          unionId: 'oeAlw1VjDr2hUynN5E_fQigVmcGk',
          updateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        },
      ],
      memberCoupons: [],
    });
  });

  it('finds the member by mobile and by a dynamic code, and answers 301 for nobody', async () => {
    const byMobile = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '15623261994' });
    expect(byMobile.body.memberId).toBe(memberId);
    const issued = await app.gql(merchant.operatorKey, IssueDynamicCodeDocument, { memberId });
    const code = issued.data!.issueMemberDynamicCode.code;
    expect(code).toMatch(/^\d{18}$/);
    const byCode = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { dynamicCode: code });
    expect(byCode.body.memberId).toBe(memberId);
    const nobody = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '10000000000' });
    expect(nobody.envelope).toEqual({ ver: '1', statusCode: '301', message: '会员不存在', sign: expect.any(String) });
    expect(nobody.signatureValid).toBe(true);
  });

  it('refuses an expired dynamic code', async () => {
    const issued = await app.gql(merchant.operatorKey, IssueDynamicCodeDocument, { memberId });
    await app.ownerOrm.em.fork().execute("update member_dynamic_code set expires_at = now() - interval '1 second'");
    const answer = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', {
      dynamicCode: issued.data!.issueMemberDynamicCode.code,
    });
    expect(answer.envelope.statusCode).toBe('301');
  });
});

describe('partner-openapi 1.2 getMembers', () => {
  it('pages and filters with the documented fields', async () => {
    for (const mobile of ['13621758805', '15956904546']) {
      await app.gql(merchant.operatorKey, RegisterWithNicknameDocument, { mobile, nickname: `n${mobile}` });
    }
    const answer = await callPartner(app, partner, '/member/getMembers', '{"pageNum":1,"pageSize":2}');
    expect(answer.envelope.statusCode).toBe('100');
    expect(answer.body).toMatchObject({ totalCount: 3, totalPages: 2, pageNum: 1, pageSize: 2 });
    expect(answer.body.memberList).toHaveLength(2);
    expect(Object.keys(answer.body.memberList[0]).sort()).toEqual(
      [
        'consumeCount',
        'consumeMoney',
        'currentScore',
        'labelList',
        'labels',
        'memberId',
        'memberPaidList',
        'mobile',
        'nickName',
        'registerTime',
        'ruleName',
        'statusFlag',
      ].sort(),
    );
    const filtered = await callPartner(app, partner, '/member/getMembers', {
      mobile: '15956904546',
      pageNum: '1',
      pageSize: '20',
    });
    expect(filtered.body.memberList.map((m: { mobile: string }) => m.mobile)).toEqual(['15956904546']);
  });

  it('fills consumeCount and consumeMoney from card spends, and statusFlag 0 finds every member it shows as 0', async () => {
    const shop = await setUpShop(app, 'Spends', merchant);
    const { cardId, phone } = await fundedCard(app, shop, '500.00');
    for (const amount of ['12.30', '7.70']) {
      await ok(app, merchant.operatorKey, SpendFromCardDocument, {
        input: { cardId, amount, password: phone.slice(-6), storeId: merchant.store.id },
      });
    }
    const spender = await callPartner(app, partner, '/member/getMembers', { mobile: phone, pageNum: 1, pageSize: 20 });
    expect(spender.body.memberList[0]).toMatchObject({ mobile: phone, consumeCount: '2', consumeMoney: '20.00', statusFlag: 1 });
    const quiet = await callPartner(app, partner, '/member/getMembers', { mobile: '15956904546', pageNum: 1, pageSize: 20 });
    expect(quiet.body.memberList[0]).toMatchObject({ consumeCount: '0', consumeMoney: '0.00', memberPaidList: [] });

    const id = (mobile: string) =>
      app.gql(merchant.readonlyKey, MemberIdByMobileDocument, { mobile }).then((r) => r.data!.memberByMobile!.id);
    await ok(app, merchant.adminKey, SetStatusDocument, { memberId: await id('15956904546'), status: 'EXPIRED' });
    await ok(app, merchant.adminKey, SetStatusDocument, { memberId: await id(phone), status: 'SUSPENDED' });
    const disabled = await callPartner(app, partner, '/member/getMembers', { statusFlag: 0, pageNum: 1, pageSize: 20 });
    expect(disabled.body.memberList.map((m: { mobile: string }) => m.mobile).sort()).toEqual([phone, '15956904546'].sort());
    expect(disabled.body.memberList.every((m: { statusFlag: number }) => m.statusFlag === 0)).toBe(true);
    const active = await callPartner(app, partner, '/member/getMembers', { statusFlag: '1', pageNum: 1, pageSize: 20 });
    expect(active.body.memberList.map((m: { mobile: string }) => m.mobile)).not.toContain(phone);
    expect(active.body.memberList.every((m: { statusFlag: number }) => m.statusFlag === 1)).toBe(true);
  });

  it('answers 201 when paging parameters are missing or out of range', async () => {
    const missing = await callPartner(app, partner, '/member/getMembers', {});
    expect(missing.envelope.statusCode).toBe('201');
    expect(missing.envelope.message).toMatch(/pageNum/);
    const big = await callPartner(app, partner, '/member/getMembers', { pageNum: 1, pageSize: 1000 });
    expect(big.envelope.message).toMatch(/pageSize is at most 200/);
  });
});

describe('partner-openapi 1.6 register/mobile', () => {
  it("answers the document's example: refused while it asks for an SMS check, registered without, found again", async () => {
    await app.gql(merchant.adminKey, CreateExampleStoreDocument);
    // The document's request body, field for field, with our partnerId in place of its "1000".
    const example = `{"cardCode":"001","cardId":"001","channelCode":"saas","mobile":"13333333333","mobileValidateFlag":"1","nickName":"bbbb","partnerId":"${partner.partnerId}","photoUrl":"","registerInitData":"1#1#2#2#2","registerStoreCode":"shop001","registerType":"1","sexFlag":"1","thirdPartyCode":"fasdfsadfaa222","unionId":"","validCode":"2468"}`;
    const refused = await callPartner(app, partner, '/member/register/mobile', example);
    expect(refused.envelope).toEqual({
      ver: '1',
      statusCode: '201',
      message: 'mobileValidateFlag 1 (SMS validation) is not offered; validate before calling.',
      sign: expect.any(String),
    });
    expect(refused.signatureValid).toBe(true);
    const nobody = await app.gql(merchant.readonlyKey, MemberIdByMobileDocument, { mobile: '13333333333' });
    expect(nobody.data).toEqual({ memberByMobile: null });

    // The partner platform checked the code itself: the same body with mobileValidateFlag 2.
    const validated = example.replace('"mobileValidateFlag":"1"', '"mobileValidateFlag":"2"');
    const first = await callPartner(app, partner, '/member/register/mobile', validated);
    const memberId = first.body?.memberId;
    expect(memberId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The document's answer: {"memberId": …} as the responseBody string, nothing else.
    expect(first.envelope).toEqual({
      ver: '1',
      statusCode: '100',
      message: '成功',
      responseBody: JSON.stringify({ memberId }),
      sign: expect.any(String),
    });
    expect(first.signatureValid).toBe(true);
    const again = await callPartner(app, partner, '/member/register/mobile', validated);
    expect(again.envelope).toEqual(first.envelope);
    const info = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { memberId });
    expect(info.body).toMatchObject({
      memberId,
      mobile: '13333333333',
      nickName: 'bbbb',
      sexFlag: '1',
      registerStoreCode: 'shop001',
    });
    expect(info.body.memberChannels).toEqual([
      expect.objectContaining({
        channelCode: 'saas',
        thirdPartyCode: 'fasdfsadfaa222',
        unionId: '',
        cardCode: '001',
        cardId: '001',
        registerType: '1',
        registerStoreCode: 'shop001',
      }),
    ]);
  });

  it('answers 307 for an unknown store and 201 without an openid or unionId', async () => {
    const store = await callPartner(app, partner, '/member/register/mobile', {
      channelCode: 'xcx',
      mobile: '13333333334',
      thirdPartyCode: 'o1',
      registerType: '1',
      registerStoreCode: 'NOPE',
    });
    expect(store.envelope.statusCode).toBe('307');
    const noId = await callPartner(app, partner, '/member/register/mobile', {
      channelCode: 'xcx',
      mobile: '13333333335',
      registerType: '1',
    });
    expect(noId.envelope).toMatchObject({ statusCode: '201', message: 'unionId or thirdPartyCode is required' });
  });
});

describe('partner-openapi 1.1 coupons', () => {
  it("lists the member's usable coupons in the documented fields", async () => {
    const template = await app.gql(merchant.adminKey, SaveFullReductionCouponDocument);
    expect(template.data!.saveCouponTemplate.errors).toEqual([]);
    const gift = await app.gql(merchant.adminKey, GiftTwoCouponsDocument, {
      t: template.data!.saveCouponTemplate.couponTemplate!.id,
      m: memberId,
    });
    expect(gift.data!.giftCoupons.errors).toEqual([]);
    const answer = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { memberId, showCouponSwitch: 1 });
    expect(answer.body.memberCoupons).toHaveLength(2);
    expect(answer.body.memberCoupons[0]).toEqual({
      couponName: '满100减10',
      couponCode: expect.any(String),
      cuoponType: 1,
      couponRule: '满100可用',
      couponLimit: expect.stringMatching(/^\d{4}-\d{1,2}-\d{1,2} 至 2099-10-10$/),
    });
  });
});
