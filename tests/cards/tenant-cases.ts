import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import type { GraphQLResponse, TestApp, TestMerchant } from '../support/test-app.js';
import { fundedCard, ok, refundCode, setUpShop } from './support.js';
import {
  AddInvoiceDocument,
  CardTenantAddInvoiceDocument,
  CardTenantCardSettingsDocument,
  CardTenantCardTemplateDocument,
  CardTenantCardTemplatesDocument,
  CardTenantCouponDocument,
  CardTenantCouponTemplatesDocument,
  CardTenantCouponsDocument,
  CardTenantCreateStaffUserDocument,
  CardTenantGiftCouponsDocument,
  CardTenantInvoicesDocument,
  CardTenantMemberCardDocument,
  CardTenantMemberCardsDocument,
  CardTenantOpenMemberCardDocument,
  CardTenantPayActivityCashbackDocument,
  CardTenantRechargeCardDocument,
  CardTenantSetCardPasswordDocument,
  CardTenantRechargeEventDocument,
  CardTenantRechargeEventsDocument,
  CardTenantRechargeRecordsDocument,
  CardTenantRedeemCouponDocument,
  CardTenantRefundRechargeDocument,
  CardTenantRefundRecordsDocument,
  CardTenantRefundSpendDocument,
  CardTenantRevokeStaffSessionsDocument,
  CardTenantSaveCardTemplateDocument,
  CardTenantSaveCouponTemplateDocument,
  CardTenantSaveRechargeEventDocument,
  CardTenantSaveStaffRoleDocument,
  CardTenantScanQrCodeDocument,
  CardTenantSendRefundSmsCodeDocument,
  CardTenantSetStaffPasswordDocument,
  CardTenantSpendFromCardDocument,
  CardTenantSpendRecordsDocument,
  CardTenantStaffLoginDocument,
  CardTenantStaffLogoutDocument,
  CardTenantStaffRolesDocument,
  CardTenantStaffUsersDocument,
  CardTenantUpdateCardSettingsDocument,
  CardTenantUpdateStaffUserDocument,
  CardTenantViewerDocument,
  GiftCouponsDocument,
  MemberCardDetailDocument,
  SaveCouponTemplateDocument,
  SaveRechargeEventDocument,
  SeedStaffRoleBDocument,
  SeedStaffUserBDocument,
  SpendFromCardDocument,
  UpdateCardSettingsDocument,
} from '../../src/generated/graphql.js';

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
  query: TypedDocumentNode<any, any>;
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
  await ok(app, a.adminKey, UpdateCardSettingsDocument, { phone: A_SMS_PHONE });
  const shop = await setUpShop(app, 'unused', b);
  const { cardId, phone } = await fundedCard(app, shop, '100.00', '10.00');
  const spend = await ok(app, b.operatorKey, SpendFromCardDocument, {
    input: { cardId, amount: '5', password: phone.slice(-6), storeId: b.store.id },
  });
  const template = await ok(app, b.adminKey, SaveCouponTemplateDocument, {
    input: { title: 'B coupon', type: 'CASH', validUntil: '2099-01-01' },
  });
  const event = await ok(app, b.adminKey, SaveRechargeEventDocument, {
    input: { title: 'B event', rechargeAmount: '50', bonusAmount: '5', type: 'BONUS', cardTemplateIds: [shop.storedCardId] },
  });
  const [coupon] = (
    await ok(app, b.operatorKey, GiftCouponsDocument, {
      input: { couponTemplateId: template.couponTemplate.id, phone, quantity: 1 },
    })
  ).coupons;
  const invoice = await ok(app, b.operatorKey, AddInvoiceDocument, { input: { cardId, amount: '10', storeId: b.store.id } });
  const role = await ok(app, b.adminKey, SeedStaffRoleBDocument);
  const user = await ok(app, b.adminKey, SeedStaffUserBDocument);
  await refundCode(app, shop);
  const card = (await app.gql(b.readonlyKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
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
      query: CardTenantViewerDocument,
      expectIsolated: (res) => expect(res.data?.viewer).toEqual({ kind: 'apiKey', staffUser: null }),
    },
    staffUsers: { query: CardTenantStaffUsersDocument, ...excludes('staffUsers', () => b().staffUserId) },
    staffRoles: { query: CardTenantStaffRolesDocument, ...excludes('staffRoles', () => b().staffRoleId) },
    cardSettings: {
      query: CardTenantCardSettingsDocument,
      expectIsolated: (res) => expect(res.data?.cardSettings.smsPhone).toBe(A_SMS_PHONE),
    },
    cardTemplates: { query: CardTenantCardTemplatesDocument, ...excludes('cardTemplates', () => b().cardTemplateId) },
    cardTemplate: {
      query: CardTenantCardTemplateDocument,
      variables: () => ({ id: b().cardTemplateId }),
      expectIsolated: isNull('cardTemplate'),
    },
    rechargeEvents: {
      query: CardTenantRechargeEventsDocument,
      variables: () => ({ t: b().cardTemplateId }),
      expectIsolated: (res) => {
        expect(ids(res.data?.all)).not.toContain(b().eventId);
        expect(res.data?.byCard).toEqual([]);
      },
    },
    rechargeEvent: {
      query: CardTenantRechargeEventDocument,
      variables: () => ({ id: b().eventId }),
      expectIsolated: isNull('rechargeEvent'),
    },
    memberCard: {
      query: CardTenantMemberCardDocument,
      variables: () => ({ id: b().cardId, no: b().cardNo, m: b().memberId, t: b().cardTemplateId }),
      expectIsolated: (res) => expect(res.data).toEqual({ byId: null, byNo: null, byMember: null }),
    },
    memberCards: {
      query: CardTenantMemberCardsDocument,
      variables: () => ({ m: b().memberId }),
      expectIsolated: (res) => expect(res.data?.memberCards).toEqual([]),
    },
    rechargeRecords: {
      query: CardTenantRechargeRecordsDocument,
      variables: () => ({ p: b().phone }),
      expectIsolated: (res) => {
        expect(ids(res.data?.all.items)).not.toContain(b().rechargeId);
        expect(res.data?.byPhone.totalItems).toBe(0);
      },
    },
    spendRecords: {
      query: CardTenantSpendRecordsDocument,
      variables: () => ({ c: b().cardId }),
      expectIsolated: (res) => expect(res.data?.spendRecords).toEqual({ totalItems: 0, totalAmount: '0.00' }),
    },
    refundRecords: {
      query: CardTenantRefundRecordsDocument,
      variables: () => ({ m: b().memberId }),
      expectIsolated: (res) => expect(res.data?.refundRecords.totalItems).toBe(0),
    },
    invoices: {
      query: CardTenantInvoicesDocument,
      ...excludes(
        'invoices',
        () => b().invoiceId,
        (d) => d.invoices.items,
      ),
    },
    couponTemplates: { query: CardTenantCouponTemplatesDocument, ...excludes('couponTemplates', () => b().couponTemplateId) },
    coupons: {
      query: CardTenantCouponsDocument,
      variables: () => ({ m: b().memberId, p: b().phone }),
      expectIsolated: (res) => expect(res.data).toEqual({ byMember: { totalItems: 0 }, byPhone: { totalItems: 0 } }),
    },
    coupon: {
      query: CardTenantCouponDocument,
      variables: () => ({ c: b().couponCode }),
      expectIsolated: isNull('coupon'),
    },
    scanQrCode: {
      query: CardTenantScanQrCodeDocument,
      variables: () => ({ c: b().cardQr }),
      expectIsolated: payloadError('scanQrCode', 'QR_INVALID'),
    },
  };

  const mutations: Record<string, CardCase> = {
    staffLogin: {
      // Login is anonymous: naming B's merchant would only be a failed login at B. With A's merchant,
      // B's username means nothing.
      query: CardTenantStaffLoginDocument,
      variables: () => ({ m: b().aMerchantId }),
      expectIsolated: payloadError('staffLogin', 'INVALID_CREDENTIALS'),
    },
    staffLogout: { query: CardTenantStaffLogoutDocument, expectIsolated: (res) => expect(res.data?.staffLogout).toBe(false) },
    saveStaffRole: {
      query: CardTenantSaveStaffRoleDocument,
      variables: () => ({ id: b().staffRoleId }),
      expectIsolated: payloadError('saveStaffRole', 'STAFF_ROLE_NOT_FOUND'),
    },
    createStaffUser: {
      query: CardTenantCreateStaffUserDocument,
      variables: () => ({ r: b().staffRoleId }),
      expectIsolated: payloadError('createStaffUser', 'STAFF_ROLE_NOT_FOUND'),
    },
    updateStaffUser: {
      query: CardTenantUpdateStaffUserDocument,
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('updateStaffUser', 'STAFF_USER_NOT_FOUND'),
    },
    setStaffPassword: {
      query: CardTenantSetStaffPasswordDocument,
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('setStaffPassword', 'STAFF_USER_NOT_FOUND'),
    },
    revokeStaffSessions: {
      query: CardTenantRevokeStaffSessionsDocument,
      variables: () => ({ id: b().staffUserId }),
      expectIsolated: payloadError('revokeStaffSessions', 'STAFF_USER_NOT_FOUND'),
    },
    updateCardSettings: {
      // Settings are the caller's own: A's change cannot reach B's row.
      query: CardTenantUpdateCardSettingsDocument,
      variables: () => ({ phone: A_SMS_PHONE }),
      expectIsolated: (res) => expect(res.data?.updateCardSettings.settings.smsPhone).toBe(A_SMS_PHONE),
    },
    sendRefundSmsCode: {
      query: CardTenantSendRefundSmsCodeDocument,
      // The code goes to A's phone (masked), never to B's 139****0000.
      expectIsolated: (res) => expect(res.data?.sendRefundSmsCode).toEqual({ errors: [], sentTo: '138****2222' }),
    },
    saveCardTemplate: {
      query: CardTenantSaveCardTemplateDocument,
      variables: () => ({ id: b().cardTemplateId }),
      expectIsolated: payloadError('saveCardTemplate', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    saveRechargeEvent: {
      query: CardTenantSaveRechargeEventDocument,
      variables: () => ({ t: b().cardTemplateId }),
      expectIsolated: payloadError('saveRechargeEvent', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    saveCouponTemplate: {
      query: CardTenantSaveCouponTemplateDocument,
      variables: () => ({ id: b().couponTemplateId }),
      expectIsolated: payloadError('saveCouponTemplate', 'COUPON_TEMPLATE_NOT_FOUND'),
    },
    openMemberCard: {
      query: CardTenantOpenMemberCardDocument,
      variables: () => ({ p: b().phone, t: b().cardTemplateId }),
      expectIsolated: payloadError('openMemberCard', 'CARD_TEMPLATE_NOT_FOUND'),
    },
    rechargeCard: {
      query: CardTenantRechargeCardDocument,
      variables: () => ({ c: b().cardId }),
      expectIsolated: payloadError('rechargeCard', 'CARD_NOT_FOUND'),
    },
    setCardPassword: {
      query: CardTenantSetCardPasswordDocument,
      variables: () => ({ c: b().cardId }),
      expectIsolated: payloadError('setCardPassword', 'CARD_NOT_FOUND'),
    },
    spendFromCard: {
      query: CardTenantSpendFromCardDocument,
      variables: () => ({ p: b().phone, t: b().cardTemplateId }),
      expectIsolated: payloadError('spendFromCard', 'CARD_NOT_FOUND'),
    },
    refundSpend: {
      query: CardTenantRefundSpendDocument,
      variables: () => ({ o: b().spendOrderNo }),
      expectIsolated: payloadError('refundSpend', 'ORDER_NOT_FOUND'),
    },
    refundRecharge: {
      query: CardTenantRefundRechargeDocument,
      variables: () => ({ o: b().rechargeOrderNo }),
      expectIsolated: payloadError('refundRecharge', 'ORDER_NOT_FOUND'),
    },
    payActivityCashback: {
      query: CardTenantPayActivityCashbackDocument,
      variables: () => ({ id: b().rechargeId }),
      expectIsolated: payloadError('payActivityCashback', 'ORDER_NOT_FOUND'),
    },
    addInvoice: {
      query: CardTenantAddInvoiceDocument,
      variables: () => ({ c: b().cardId }),
      expectIsolated: payloadError('addInvoice', 'CARD_NOT_FOUND'),
    },
    giftCoupons: {
      query: CardTenantGiftCouponsDocument,
      variables: () => ({ t: b().couponTemplateId, m: b().memberId }),
      expectIsolated: payloadError('giftCoupons', 'MEMBER_NOT_FOUND'),
    },
    redeemCoupon: {
      query: CardTenantRedeemCouponDocument,
      variables: () => ({ c: b().couponCode, a: b().aStoreId, b: b().bStoreId }),
      expectIsolated: (res) => {
        expect(res.data?.mine.errors).toEqual([{ code: 'COUPON_NOT_FOUND' }]);
        expect(res.data?.theirs.errors).toEqual([{ code: 'STORE_NOT_FOUND' }]);
      },
    },
  };
  return { queries, mutations };
}
