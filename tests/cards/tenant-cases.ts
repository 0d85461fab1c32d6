import { expect } from 'vitest';
import type { GraphQLResponse, TestApp, TestMerchant } from '../support/test-app.js';
import { fundedCard, ok, Q, refundCode, setUpShop } from './support.js';

/**
 * Tenant-matrix cases for every query and mutation of the card domain: each is sent with merchant
 * A's credentials and merchant B's ids, and says how the answer shows that B stayed invisible and
 * untouched. The shape matches the platform tenant matrix (`query`, `variables`, `expectIsolated`),
 * so its cases can be spread into it: seed with `seedCardTenant(app, a, b)` in its beforeAll and
 * read the ids through the getter given to `cardTenantCases`.
 */
export interface CardIds {
  aMerchantId: string;
  aStoreId: string;
  bStoreId: string;
  memberId: string;
  phone: string;
  cardId: string;
  cardNo: string;
  cardQr: string;
  cardTemplateId: string;
  eventId: string;
  couponTemplateId: string;
  couponCode: string;
  spendOrderNo: string;
  rechargeOrderNo: string;
  rechargeId: string;
  invoiceId: string;
  staffUserId: string;
  staffRoleId: string;
}

export interface CardCase {
  query: string;
  variables?: () => Record<string, unknown>;
  expectIsolated: (res: GraphQLResponse<any>) => void;
}

/** A's SMS phone: set by seedCardTenant and again by the updateCardSettings case. */
const A_SMS_PHONE = '13811112222';

/**
 * Gives merchant B one of everything of the card domain. A gets its own SMS phone (besides its
 * store), so the settings cases can ask for A's own value rather than "anything but B's".
 */
export async function seedCardTenant(app: TestApp, a: TestMerchant, b: TestMerchant): Promise<CardIds> {
  await ok(app, a.adminKey, Q.updateSettings, { phone: A_SMS_PHONE });
  const shop = await setUpShop(app, 'unused', b);
  const { cardId, phone } = await fundedCard(app, shop, '100.00', '10.00');
  const spend = await ok(app, b.operatorKey, Q.spend, {
    input: { cardId, amount: '5', password: phone.slice(-6), storeId: b.store.id },
  });
  const template = await ok(app, b.adminKey, Q.saveCouponTemplate, {
    input: { title: 'B coupon', type: 'CASH', validUntil: '2099-01-01' },
  });
  const event = await ok(app, b.adminKey, Q.saveEvent, {
    input: { title: 'B event', rechargeAmount: '50', bonusAmount: '5', type: 'BONUS', cardTemplateIds: [shop.storedCardId] },
  });
  const [coupon] = (
    await ok(app, b.operatorKey, Q.gift, { input: { couponTemplateId: template.couponTemplate.id, phone, quantity: 1 } })
  ).coupons;
  const invoice = await ok(app, b.operatorKey, Q.addInvoice, { input: { cardId, amount: '10', storeId: b.store.id } });
  const role = await ok(
    app,
    b.adminKey,
    `mutation { saveStaffRole(input: { name: "b role" }) { errors { code } staffRole { id } } }`,
  );
  const user = await ok(
    app,
    b.adminKey,
    `mutation { createStaffUser(input: { username: "b-user", password: "secret-pass" }) { errors { code } staffUser { id } } }`,
  );
  await refundCode(app, shop);
  const card = (await app.gql(b.readonlyKey, Q.card, { id: cardId })).data!.memberCard;
  const [recharge] = await app.ownerOrm.em
    .fork()
    .execute<{ id: string; order_no: string }[]>('select id, order_no from card_recharge where member_card_id = ?', [cardId]);
  return {
    aMerchantId: a.id,
    aStoreId: a.store.id,
    bStoreId: b.store.id,
    memberId: (await app.ownerOrm.em.fork().execute('select member_id from member_card where id = ?', [cardId]))[0].member_id,
    phone,
    cardId,
    cardNo: card.cardNo,
    cardQr: card.qrContent,
    cardTemplateId: shop.storedCardId,
    eventId: event.rechargeEvent.id,
    couponTemplateId: template.couponTemplate.id,
    couponCode: coupon.code,
    spendOrderNo: spend.spend.orderNo,
    rechargeOrderNo: recharge!.order_no,
    rechargeId: recharge!.id,
    invoiceId: invoice.invoice.id,
    staffUserId: user.staffUser.id,
    staffRoleId: role.staffRole.id,
  };
}

const payloadError = (field: string, code: string) => (res: GraphQLResponse<any>) => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data?.[field]?.errors?.map((e: { code: string }) => e.code)).toEqual([code]);
};
const isNull = (field: string) => (res: GraphQLResponse<any>) => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data?.[field]).toBeNull();
};
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((x) => x.id);

export function cardTenantCases(b: () => CardIds): { queries: Record<string, CardCase>; mutations: Record<string, CardCase> } {
  const excludes = (field: string, id: () => string, path: (data: any) => { id: string }[] = (d) => d[field]) => ({
    expectIsolated: (res: GraphQLResponse<any>) => {
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(ids(path(res.data))).not.toContain(id());
    },
  });
  const queries: Record<string, CardCase> = {
    viewer: {
      query: '{ viewer { kind staffUser { id } } }',
      expectIsolated: (res) => expect(res.data?.viewer).toEqual({ kind: 'apiKey', staffUser: null }),
    },
    staffUsers: { query: '{ staffUsers { id } }', ...excludes('staffUsers', () => b().staffUserId) },
    staffRoles: { query: '{ staffRoles { id } }', ...excludes('staffRoles', () => b().staffRoleId) },
    cardSettings: {
      query: '{ cardSettings { smsPhone } }',
      expectIsolated: (res) => expect(res.data?.cardSettings.smsPhone).toBe(A_SMS_PHONE),
    },
    cardTemplates: { query: '{ cardTemplates { id } }', ...excludes('cardTemplates', () => b().cardTemplateId) },
    cardTemplate: {
      query: 'query($id: ID!) { cardTemplate(id: $id) { id } }',
      variables: () => ({ id: b().cardTemplateId }),
      expectIsolated: isNull('cardTemplate'),
    },
    rechargeEvents: {
      query: 'query($t: ID) { all: rechargeEvents { id } byCard: rechargeEvents(cardTemplateId: $t) { id } }',
      variables: () => ({ t: b().cardTemplateId }),
      expectIsolated: (res) => {
        expect(ids(res.data?.all)).not.toContain(b().eventId);
        expect(res.data?.byCard).toEqual([]);
      },
    },
    rechargeEvent: {
      query: 'query($id: ID!) { rechargeEvent(id: $id) { id } }',
      variables: () => ({ id: b().eventId }),
      expectIsolated: isNull('rechargeEvent'),
    },
    memberCard: {
      query:
        'query($id: ID, $no: String, $m: ID, $t: ID) { byId: memberCard(id: $id) { id } byNo: memberCard(cardNo: $no) { id } byMember: memberCard(memberId: $m, cardTemplateId: $t) { id } }',
      variables: () => ({ id: b().cardId, no: b().cardNo, m: b().memberId, t: b().cardTemplateId }),
      expectIsolated: (res) => expect(res.data).toEqual({ byId: null, byNo: null, byMember: null }),
    },
    memberCards: {
      query: 'query($m: ID!) { memberCards(memberId: $m) { id } }',
      variables: () => ({ m: b().memberId }),
      expectIsolated: (res) => expect(res.data?.memberCards).toEqual([]),
    },
    rechargeRecords: {
      query:
        'query($p: String) { all: rechargeRecords { items { id } } byPhone: rechargeRecords(filter: { phoneContains: $p }) { totalItems } }',
      variables: () => ({ p: b().phone }),
      expectIsolated: (res) => {
        expect(ids(res.data?.all.items)).not.toContain(b().rechargeId);
        expect(res.data?.byPhone.totalItems).toBe(0);
      },
    },
    spendRecords: {
      query: 'query($c: ID) { spendRecords(filter: { cardId: $c }) { totalItems totalAmount } }',
      variables: () => ({ c: b().cardId }),
      expectIsolated: (res) => expect(res.data?.spendRecords).toEqual({ totalItems: 0, totalAmount: '0.00' }),
    },
    refundRecords: {
      query: 'query($m: ID) { refundRecords(filter: { memberId: $m }) { totalItems } }',
      variables: () => ({ m: b().memberId }),
      expectIsolated: (res) => expect(res.data?.refundRecords.totalItems).toBe(0),
    },
    invoices: {
      query: '{ invoices { items { id } } }',
      ...excludes(
        'invoices',
        () => b().invoiceId,
        (d) => d.invoices.items,
      ),
    },
    couponTemplates: { query: '{ couponTemplates { id } }', ...excludes('couponTemplates', () => b().couponTemplateId) },
    coupons: {
      query:
        'query($m: ID, $p: String) { byMember: coupons(filter: { memberId: $m }) { totalItems } byPhone: coupons(filter: { phone: $p }) { totalItems } }',
      variables: () => ({ m: b().memberId, p: b().phone }),
      expectIsolated: (res) => expect(res.data).toEqual({ byMember: { totalItems: 0 }, byPhone: { totalItems: 0 } }),
    },
    coupon: {
      query: 'query($c: String!) { coupon(code: $c) { id } }',
      variables: () => ({ c: b().couponCode }),
      expectIsolated: isNull('coupon'),
    },
    scanQrCode: {
      query: 'query($c: String!) { scanQrCode(content: $c) { errors { code } card { id } } }',
      variables: () => ({ c: b().cardQr }),
      expectIsolated: payloadError('scanQrCode', 'QR_INVALID'),
    },
  };

  const mutations: Record<string, CardCase> = {
    staffLogin: {
      // Login is anonymous: naming B's merchant would only be a failed login at B. With A's merchant,
      // B's username means nothing.
      query:
        'mutation($m: ID!) { staffLogin(input: { merchantId: $m, username: "b-user", password: "secret-pass" }) { errors { code } } }',
      variables: () => ({ m: b().aMerchantId }),
      expectIsolated: payloadError('staffLogin', 'INVALID_CREDENTIALS'),
    },
    staffLogout: { query: 'mutation { staffLogout }', expectIsolated: (res) => expect(res.data?.staffLogout).toBe(false) },
    saveStaffRole: {
      query: 'mutation($id: ID) { saveStaffRole(input: { id: $id, name: "hijacked" }) { errors { code } } }',
      variables: () => ({ id: b().staffRoleId }),
      expectIsolated: payloadError('saveStaffRole', 'STAFF_ROLE_NOT_FOUND'),
    },
    createStaffUser: {
      query:
        'mutation($r: ID) { createStaffUser(input: { username: "a-user", password: "secret-pass", roleId: $r }) { errors { code } } }',
      variables: () => ({ r: b().staffRoleId }),
      expectIsolated: payloadError('createStaffUser', 'STAFF_ROLE_NOT_FOUND'),
    },
    updateStaffUser: {
      query: 'mutation($id: ID!) { updateStaffUser(input: { id: $id, active: false }) { errors { code } } }',
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('updateStaffUser', 'STAFF_USER_NOT_FOUND'),
    },
    setStaffPassword: {
      query: 'mutation($id: ID!) { setStaffPassword(id: $id, password: "hijacked") { errors { code } } }',
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('setStaffPassword', 'STAFF_USER_NOT_FOUND'),
    },
    revokeStaffSessions: {
      query: 'mutation($id: ID!) { revokeStaffSessions(id: $id) { errors { code } } }',
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('revokeStaffSessions', 'STAFF_USER_NOT_FOUND'),
    },
    updateCardSettings: {
      // Settings are the caller's own: A's change cannot reach B's row.
      query: `mutation { updateCardSettings(input: { smsPhone: "${A_SMS_PHONE}" }) { errors { code } settings { smsPhone } } }`,
      expectIsolated: (res) => expect(res.data?.updateCardSettings.settings.smsPhone).toBe(A_SMS_PHONE),
    },
    sendRefundSmsCode: {
      query: 'mutation { sendRefundSmsCode { errors { code } sentTo } }',
      // The code goes to A's phone (masked), never to B's 139****0000.
      expectIsolated: (res) => expect(res.data?.sendRefundSmsCode).toEqual({ errors: [], sentTo: '138****2222' }),
    },
    saveCardTemplate: {
      query:
        'mutation($id: ID) { saveCardTemplate(input: { id: $id, title: "hijacked", type: STORED_VALUE }) { errors { code } } }',
      variables: () => ({ id: b().cardTemplateId }),
      expectIsolated: payloadError('saveCardTemplate', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    saveRechargeEvent: {
      query:
        'mutation($t: ID!) { saveRechargeEvent(input: { title: "x", rechargeAmount: "1", bonusAmount: "1", type: BONUS, cardTemplateIds: [$t] }) { errors { code } } }',
      variables: () => ({ t: b().cardTemplateId }),
      expectIsolated: payloadError('saveRechargeEvent', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    saveCouponTemplate: {
      query:
        'mutation($id: ID) { saveCouponTemplate(input: { id: $id, title: "hijacked", type: CASH, validUntil: "2099-01-01" }) { errors { code } } }',
      variables: () => ({ id: b().couponTemplateId }),
      expectIsolated: payloadError('saveCouponTemplate', 'COUPON_TEMPLATE_NOT_FOUND'),
    },
    openMemberCard: {
      query: 'mutation($p: String!, $t: ID!) { openMemberCard(input: { phone: $p, cardTemplateId: $t }) { errors { code } } }',
      variables: () => ({ p: b().phone, t: b().cardTemplateId }),
      expectIsolated: payloadError('openMemberCard', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    rechargeCard: {
      query: 'mutation($c: ID!) { rechargeCard(input: { cardId: $c, amount: "5", channel: APP }) { errors { code } } }',
      variables: () => ({ c: b().cardId }),
      expectIsolated: payloadError('rechargeCard', 'CARD_NOT_FOUND'),
    },
    spendFromCard: {
      query:
        'mutation($p: String!, $t: ID!) { spendFromCard(input: { phone: $p, cardTemplateId: $t, amount: "5", password: "x", channel: APP }) { errors { code } } }',
      variables: () => ({ p: b().phone, t: b().cardTemplateId }),
      expectIsolated: payloadError('spendFromCard', 'CARD_NOT_FOUND'),
    },
    refundSpend: {
      query: 'mutation($o: String!) { refundSpend(input: { orderNo: $o, smsCode: "000000" }) { errors { code } } }',
      variables: () => ({ o: b().spendOrderNo }),
      expectIsolated: payloadError('refundSpend', 'ORDER_NOT_FOUND'),
    },
    refundRecharge: {
      query: 'mutation($o: String!) { refundRecharge(input: { orderNo: $o, smsCode: "000000" }) { errors { code } } }',
      variables: () => ({ o: b().rechargeOrderNo }),
      expectIsolated: payloadError('refundRecharge', 'ORDER_NOT_FOUND'),
    },
    payActivityCashback: {
      query: 'mutation($id: ID!) { payActivityCashback(rechargeId: $id) { errors { code } } }',
      variables: () => ({ id: b().rechargeId }),
      expectIsolated: payloadError('payActivityCashback', 'ORDER_NOT_FOUND'),
    },
    addInvoice: {
      query: 'mutation($c: ID!) { addInvoice(input: { cardId: $c, amount: "1" }) { errors { code } } }',
      variables: () => ({ c: b().cardId }),
      expectIsolated: payloadError('addInvoice', 'CARD_NOT_FOUND'),
    },
    giftCoupons: {
      query:
        'mutation($t: ID!, $m: ID!) { giftCoupons(input: { couponTemplateId: $t, memberId: $m, quantity: 1 }) { errors { code } } }',
      variables: () => ({ t: b().couponTemplateId, m: b().memberId }),
      expectIsolated: payloadError('giftCoupons', 'MEMBER_NOT_FOUND'),
    },
    redeemCoupon: {
      query:
        'mutation($c: String!, $a: ID!, $b: ID!) { mine: redeemCoupon(input: { code: $c, storeId: $a }) { errors { code } } theirs: redeemCoupon(input: { code: $c, storeId: $b }) { errors { code } } }',
      variables: () => ({ c: b().couponCode, a: b().aStoreId, b: b().bStoreId }),
      expectIsolated: (res) => {
        expect(res.data?.mine.errors).toEqual([{ code: 'COUPON_NOT_FOUND' }]);
        expect(res.data?.theirs.errors).toEqual([{ code: 'STORE_NOT_FOUND' }]);
      },
    },
  };
  return { queries, mutations };
}
