import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  AddInvoiceDocument,
  GiftCouponsDocument,
  OpenMemberCardDocument,
  RechargeCardDocument,
  RedeemCouponDocument,
  RefundRechargeDocument,
  RefundSpendDocument,
  SaveCardTemplateDocument,
  SaveCouponTemplateDocument,
  SpendFromCardDocument,
} from '../../src/generated/graphql.js';
import { ok, refundCode, setUpShop, startCardApp, type CardShop } from '../cards/support.js';
import { callCpoint, type CpointAnswer } from '../support/cpoint-client.js';
import { callErp } from '../support/erp-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { snapshotMerchant } from '../support/tenant.js';
import type { TestApp } from '../support/test-app.js';

// TODO(next): move these documents to tests/members/operations/*.graphql (typed, like every other
// test); they came with the security work written before the tests' move to typed documents.
const doc = (source: string) => parse(source) as unknown as TypedDocumentNode<any, any>;
/** The card and coupon writes this test prepares and tries, as the card tests send them. */
const Q = {
  saveCouponTemplate: SaveCouponTemplateDocument,
  saveCardTemplate: SaveCardTemplateDocument,
  openCard: OpenMemberCardDocument,
  recharge: RechargeCardDocument,
  spend: SpendFromCardDocument,
  gift: GiftCouponsDocument,
  refundSpend: RefundSpendDocument,
  refundRecharge: RefundRechargeDocument,
  addInvoice: AddInvoiceDocument,
  redeem: RedeemCouponDocument,
} as Record<string, TypedDocumentNode<any, any>>;

/**
 * The member-status rules of docs/security.md on every write path: GraphQL and each shim. A
 * member is prepared while ACTIVE (points, orders, a funded card, coupons, a channel), then set
 * to each status; every write either succeeds or is refused with MEMBER_NOT_ACTIVE in the
 * caller's dialect, writing nothing.
 */

type Action = 'EARN' | 'SPEND' | 'SETTLE' | 'PROFILE';
const ALLOWED: Record<string, Action[]> = {
  EXPIRED: ['SPEND', 'SETTLE', 'PROFILE'],
  SUSPENDED: ['SETTLE', 'PROFILE'],
  REMOVED: ['SETTLE'],
};

let app: TestApp;
let shop: CardShop;
let partner: PartnerApp;
let inner: HmacApp;
let erp: HmacApp;
let couponTemplateId: string;
let secondCardTemplateId: string;
let phones = 13700000000;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app, 'Status Shop');
  const admin = shop.merchant.adminKey;
  partner = await createPartnerApp(app, shop.merchant);
  inner = await createHmacApp(app, shop.merchant, 'CPOINT_INNER');
  erp = await createHmacApp(app, shop.merchant, 'ERP_MEMBER_POINTS');
  couponTemplateId = (
    await ok(app, admin, Q.saveCouponTemplate, { input: { title: '券', type: 'CASH', validUntil: '2099-12-31' } })
  ).couponTemplate.id;
  secondCardTemplateId = (await ok(app, admin, Q.saveCardTemplate, { input: { title: '第二卡', type: 'STORED_VALUE' } }))
    .cardTemplate.id;
  await ok(
    app,
    admin,
    doc(
      `mutation { setTaskConfig(input: { number: 1, name: "分享", ops: ["share"], experience: "1", points: "1", enabled: true }) { errors { code message } } }`,
    ),
  );
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

interface Prepared {
  memberId: string;
  phone: string;
  cardId: string;
  couponCode: string;
  spendOrderNo: string;
  rechargeOrderNo: string;
}

/** A member with everything each write path needs, prepared while ACTIVE. */
async function prepare(): Promise<Prepared> {
  const op = shop.merchant.operatorKey;
  const phone = String(phones++);
  const opened = await ok(app, op, Q.openCard, { input: { phone, cardTemplateId: shop.storedCardId } });
  const cardId = opened.card.id as string;
  const memberId = opened.card.memberId as string;
  const recharge = async () =>
    (
      await ok(app, op, Q.recharge, {
        input: { cardId, amount: '100', storeId: shop.merchant.store.id, proofImageUrl: '/uploads/p.png' },
      })
    ).recharge.orderNo as string;
  await recharge();
  const rechargeOrderNo = await recharge();
  const spend = await ok(app, op, Q.spend, {
    input: { cardId, amount: '10', password: phone.slice(-6), storeId: shop.merchant.store.id },
  });
  await ok(
    app,
    op,
    doc(
      `mutation($m: ID!) { changePoints(input: { memberId: $m, direction: ADD, amount: "100", operationType: MANUAL_GRANT }) { errors { code } } }`,
    ),
    { m: memberId },
  );
  await ok(
    app,
    op,
    doc(`mutation($m: ID!) { changeExperience(input: { memberId: $m, direction: ADD, amount: "10" }) { errors { code } } }`),
    { m: memberId },
  );
  for (const order of ['o-revoke', 'o-return', 'o-cpoint-revoke', 'o-partner-return']) {
    await ok(
      app,
      op,
      doc(
        `mutation($m: ID!, $o: String!) { consumePointsForOrder(input: { memberId: $m, orderId: $o, amount: "5" }) { errors { code } } }`,
      ),
      { m: memberId, o: order },
    );
  }
  const gift = await ok(app, op, Q.gift, { input: { couponTemplateId, memberId, quantity: 1 } });
  await ok(
    app,
    op,
    doc(
      `mutation($m: ID!) { bindMemberChannel(memberId: $m, channel: { channelCode: "wx", openid: "o-${phone}" }) { errors { code } } }`,
    ),
    { m: memberId },
  );
  return { memberId, phone, cardId, couponCode: gift.coupons[0].code, spendOrderNo: spend.spend.orderNo, rechargeOrderNo };
}

/** What a write answered: 'ok', or the refusal code in the caller's dialect. */
type Outcome = 'ok' | string;

/** The first payload error's code of a GraphQL mutation, or 'ok'. */
async function graphql(
  key: string,
  query: string | TypedDocumentNode<any, any>,
  variables: Record<string, unknown>,
): Promise<Outcome> {
  const res = await app.gql(key, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const payload = Object.values(res.data!)[0] as { errors: { code: string }[] };
  return payload.errors[0]?.code ?? 'ok';
}
const cpoint = (answer: CpointAnswer): Outcome => (answer.body.status === 200 ? 'ok' : String(answer.body.status));

interface WritePath {
  name: string;
  action: Action;
  /** The code this path refuses with (MEMBER_NOT_ACTIVE in its dialect). */
  refusal: string;
  run(m: Prepared): Promise<Outcome>;
}

const op = () => shop.merchant.operatorKey;
const mutation = (name: string, action: Action, query: string, vars: (m: Prepared) => Record<string, unknown>) => ({
  name,
  action,
  refusal: 'MEMBER_NOT_ACTIVE',
  run: (m: Prepared) => graphql(op(), query, vars(m)),
});
const errs = '{ errors { code } }';
/** A partner-openapi score route: statusCode 100 is 'ok'. */
const partnerPath = (name: string, action: Action, path: string, body: (m: Prepared) => Record<string, unknown>): WritePath => ({
  name,
  action,
  refusal: '308',
  run: async (m) => (await callPartner(app, partner, path, body(m))).envelope.statusCode.replace('100', 'ok'),
});

const PATHS: WritePath[] = [
  mutation(
    'changePoints ADD',
    'EARN',
    `mutation($m: ID!) { changePoints(input: { memberId: $m, direction: ADD, amount: "1", operationType: CHECK_IN }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'changePoints DEDUCT (payment)',
    'SPEND',
    `mutation($m: ID!) { changePoints(input: { memberId: $m, direction: DEDUCT, amount: "1", operationType: POINTS_PAYMENT }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'changePoints DEDUCT (reversal)',
    'SETTLE',
    `mutation($m: ID!) { changePoints(input: { memberId: $m, direction: DEDUCT, amount: "1", operationType: CONSUMPTION_REWARD_REVERSAL }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'changeExperience ADD',
    'EARN',
    `mutation($m: ID!) { changeExperience(input: { memberId: $m, direction: ADD, amount: "1" }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'changeExperience DEDUCT',
    'SETTLE',
    `mutation($m: ID!) { changeExperience(input: { memberId: $m, direction: DEDUCT, amount: "1" }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'consumePointsForOrder',
    'SPEND',
    `mutation($m: ID!) { consumePointsForOrder(input: { memberId: $m, orderId: "o-new", amount: "1" }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'revokeOrderPoints',
    'SETTLE',
    `mutation($m: ID!) { revokeOrderPoints(input: { memberId: $m, orderId: "o-revoke" }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'returnOrderPoints',
    'SETTLE',
    `mutation($m: ID!) { returnOrderPoints(input: { memberId: $m, orderId: "o-return" }) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation('submitTask', 'EARN', `mutation($m: ID!) { submitTask(input: { memberId: $m, op: "share" }) ${errs} }`, (m) => ({
    m: m.memberId,
  })),
  mutation(
    'openMemberCard (existing member)',
    'EARN',
    `mutation($p: String!, $t: ID!) { openMemberCard(input: { phone: $p, cardTemplateId: $t }) ${errs} }`,
    (m) => ({ p: m.phone, t: secondCardTemplateId }),
  ),
  {
    name: 'rechargeCard',
    action: 'EARN',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: (m) =>
      graphql(op(), Q.recharge, {
        input: { cardId: m.cardId, amount: '5', storeId: shop.merchant.store.id, proofImageUrl: '/uploads/p.png' },
      }),
  },
  {
    name: 'spendFromCard',
    action: 'SPEND',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: (m) =>
      graphql(op(), Q.spend, {
        input: { cardId: m.cardId, amount: '1', password: m.phone.slice(-6), storeId: shop.merchant.store.id },
      }),
  },
  {
    name: 'refundSpend',
    action: 'SETTLE',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: async (m) =>
      graphql(shop.merchant.adminKey, Q.refundSpend, {
        input: { orderNo: m.spendOrderNo, smsCode: await refundCode(app, shop) },
      }),
  },
  {
    name: 'refundRecharge',
    action: 'SETTLE',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: async (m) =>
      graphql(shop.merchant.adminKey, Q.refundRecharge, {
        input: { orderNo: m.rechargeOrderNo, smsCode: await refundCode(app, shop) },
      }),
  },
  {
    name: 'addInvoice',
    action: 'SETTLE',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: (m) => graphql(op(), Q.addInvoice, { input: { cardId: m.cardId, amount: '1' } }),
  },
  {
    name: 'giftCoupons',
    action: 'EARN',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: (m) => graphql(op(), Q.gift, { input: { couponTemplateId, memberId: m.memberId, quantity: 1 } }),
  },
  {
    name: 'redeemCoupon',
    action: 'SPEND',
    refusal: 'MEMBER_NOT_ACTIVE',
    run: (m) => graphql(op(), Q.redeem, { input: { code: m.couponCode, storeId: shop.merchant.store.id } }),
  },
  mutation('issueMemberDynamicCode', 'SPEND', `mutation($m: ID!) { issueMemberDynamicCode(memberId: $m) ${errs} }`, (m) => ({
    m: m.memberId,
  })),
  mutation('updateMember', 'PROFILE', `mutation($m: ID!) { updateMember(input: { id: $m, nickname: "n" }) ${errs} }`, (m) => ({
    m: m.memberId,
  })),
  mutation('addMemberLabels', 'PROFILE', `mutation($m: ID!) { addMemberLabels(memberId: $m, labels: ["vip"]) ${errs} }`, (m) => ({
    m: m.memberId,
  })),
  mutation(
    'removeMemberLabels',
    'PROFILE',
    `mutation($m: ID!) { removeMemberLabels(memberId: $m, labels: ["vip"]) ${errs} }`,
    (m) => ({ m: m.memberId }),
  ),
  mutation(
    'bindMemberChannel',
    'PROFILE',
    `mutation($m: ID!, $o: String!) { bindMemberChannel(memberId: $m, channel: { channelCode: "alipay", openid: $o }) ${errs} }`,
    (m) => ({ m: m.memberId, o: `a-${m.phone}` }),
  ),
  mutation(
    'unbindMemberChannel',
    'PROFILE',
    `mutation($m: ID!, $o: String!) { unbindMemberChannel(memberId: $m, channelCode: "wx", openid: $o) ${errs} }`,
    (m) => ({ m: m.memberId, o: `o-${m.phone}` }),
  ),
  mutation(
    'registerMember (existing mobile, new channel)',
    'PROFILE',
    `mutation($p: String!) { registerMember(input: { mobile: $p, channel: { channelCode: "xcx", openid: $p } }) ${errs} }`,
    (m) => ({ p: m.phone }),
  ),
  // partner-openapi
  partnerPath('partner score/opt/1', 'EARN', '/member/score/opt/1', (m) => ({
    memberId: m.memberId,
    score: '1',
    operationType: '4',
    idempotencyBussinessId: `p1-${m.phone}`,
    idempotencyBussinessType: '6',
  })),
  partnerPath('partner score/opt/15 (payment)', 'SPEND', '/member/score/opt/15', (m) => ({
    memberId: m.memberId,
    score: '1',
    operationType: '14',
    idempotencyBussinessId: `p15-${m.phone}`,
  })),
  partnerPath('partner sendScore', 'EARN', '/member/score/sendScore', (m) => ({
    memberId: m.memberId,
    score: '1',
    operationType: '3',
    idempotencyBussinessId: `send-${m.phone}`,
    idempotencyBussinessType: '6',
  })),
  partnerPath('partner returnScore', 'SETTLE', '/member/score/returnScore', (m) => ({
    memberId: m.memberId,
    operationType: '2',
    orderId: 'o-partner-return',
  })),
  // cpoint-inner
  {
    name: 'cpoint adminAddCpoint',
    action: 'EARN',
    refusal: '10423',
    run: async (m) =>
      cpoint(await callCpoint(app, inner, '/user/adminAddCpoint', { uid: m.memberId, cpoint: '1', adminId: 'a' })),
  },
  {
    name: 'cpoint useCpoint/consume',
    action: 'SPEND',
    refusal: '10423',
    run: async (m) =>
      cpoint(await callCpoint(app, inner, '/useCpoint/consume', { uid: m.memberId, orderId: 'o-cpoint', cpoint: '1' })),
  },
  {
    name: 'cpoint useCpoint/revoke',
    action: 'SETTLE',
    refusal: '10423',
    run: async (m) =>
      cpoint(await callCpoint(app, inner, '/useCpoint/revoke', { uid: m.memberId, orderId: 'o-cpoint-revoke', cpoint: '1' })),
  },
  {
    name: 'cpoint task/submit',
    action: 'EARN',
    refusal: '10423',
    run: async (m) => cpoint(await callCpoint(app, inner, '/task/submit', { uid: m.memberId, op: 'share' })),
  },
  // erp-member-points: the member is found by mobile; the change is what the status rules decide.
  ...(['EARN', 'SPEND'] as const).map((action) => ({
    name: `erp memberPoints ${action === 'EARN' ? '+1' : '-1'}`,
    action,
    refusal: 'MEMBER_NOT_ACTIVE',
    run: async (m: Prepared) => {
      const { json } = await callErp(app, erp, {
        mobile: m.phone,
        pointsChanges: action === 'EARN' ? '1' : '-1',
        remark: action,
      });
      return json.code === 10000 ? 'ok' : (json.info?.error ?? String(json.code));
    },
  })),
];

const setStatus = (memberId: string, status: string) =>
  ok(app, op(), doc(`mutation($m: ID!, $s: MemberStatus!) { setMemberStatus(memberId: $m, status: $s) { errors { code } } }`), {
    m: memberId,
    s: status,
  });

describe('member status rules on every write path', () => {
  it('covers each action on GraphQL and on every signed shim', () => {
    for (const action of ['EARN', 'SPEND', 'SETTLE', 'PROFILE'] as const) {
      expect(PATHS.filter((p) => p.action === action).length).toBeGreaterThan(2);
    }
  });

  for (const status of ['SUSPENDED', 'EXPIRED', 'REMOVED'] as const) {
    it(`${status}: allows ${ALLOWED[status]!.join(', ')}; refuses the rest with MEMBER_NOT_ACTIVE, writing nothing`, async () => {
      const member = await prepare();
      await setStatus(member.memberId, status);
      const outcomes: Record<string, Outcome> = {};
      for (const path of PATHS) {
        const allowed = ALLOWED[status]!.includes(path.action);
        // Refusals are checked against a snapshot of every table of the merchant, except the
        // record that binds an idempotency key to its operation and the SMS codes a refund sent.
        const before = allowed ? null : await snapshotMerchant(app.ownerOrm, shop.merchant.id);
        outcomes[path.name] = await path.run(member);
        if (before) {
          const after = await snapshotMerchant(app.ownerOrm, shop.merchant.id);
          for (const table of ['idempotency_key', 'sms_code', 'sms_message']) {
            delete before[table];
            delete after[table];
          }
          expect(after, path.name).toEqual(before);
        }
      }
      const expected = Object.fromEntries(PATHS.map((p) => [p.name, ALLOWED[status]!.includes(p.action) ? 'ok' : p.refusal]));
      expect(outcomes).toEqual(expected);
      // setMemberStatus always works: it is how a member comes back.
      await setStatus(member.memberId, 'ACTIVE');
      expect(await PATHS[0]!.run(member)).toBe('ok');
    });
  }
});
