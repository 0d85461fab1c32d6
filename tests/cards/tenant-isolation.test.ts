import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, ok, Q, refundCode, setUpShop, startCardApp, type CardShop } from './support.js';

let app: TestApp;
let a: CardShop;
let b: CardShop;
let bCard: { cardId: string; phone: string };
let bSpendOrder: string;
let bRechargeOrder: string;
let bCoupon: { id: string; code: string; qrContent: string };
let aStaffToken: string;

beforeAll(async () => {
  app = await startCardApp();
  a = await setUpShop(app, 'Merchant A');
  b = await setUpShop(app, 'Merchant B');
  bCard = await fundedCard(app, b, '100.00', '10.00');
  bSpendOrder = (
    await ok(app, b.merchant.operatorKey, Q.spend, {
      input: { cardId: bCard.cardId, amount: '5', password: bCard.phone.slice(-6), storeId: b.merchant.store.id },
    })
  ).spend.orderNo;
  bRechargeOrder = (
    await app.ownerOrm.em.fork().execute('select order_no from card_recharge where member_card_id = ?', [bCard.cardId])
  )[0].order_no;
  const template = await ok(app, b.merchant.adminKey, Q.saveCouponTemplate, {
    input: { title: 'B coupon', type: 'CASH', validUntil: '2099-01-01' },
  });
  [bCoupon] = (
    await ok(app, b.merchant.operatorKey, Q.gift, {
      input: { couponTemplateId: template.couponTemplate.id, phone: bCard.phone, quantity: 1 },
    })
  ).coupons;

  const role = await ok(
    app,
    a.merchant.adminKey,
    `mutation { saveStaffRole(input: { name: "all", permissions: [CARD_OPERATE, CARD_REFUND, COUPON_OPERATE, CARD_CONFIG] }) { errors { code } staffRole { id } } }`,
  );
  await ok(
    app,
    a.merchant.adminKey,
    `mutation ($r: ID!, $s: ID!) { createStaffUser(input: { username: "boss", password: "secret-pass", roleId: $r, storeIds: [$s] }) { errors { code } staffUser { id } } }`,
    {
      r: role.staffRole.id,
      s: a.merchant.store.id,
    },
  );
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($m: ID!) { staffLogin(input: { merchantId: $m, username: "boss", password: "secret-pass" }) { token } }`,
      variables: { m: a.merchant.id },
    }),
  });
  aStaffToken = ((await login.json()) as any).data.staffLogin.token;
});
afterAll(() => app?.close());

/** B's state, read through the owner connection, which must not change whatever A sends. */
async function bState() {
  const em = app.ownerOrm.em.fork();
  const [card] = await em.execute('select capital::text, bonus::text, total_invoiced::text from member_card where id = ?', [
    bCard.cardId,
  ]);
  const [coupon] = await em.execute('select status from coupon where id = ?', [bCoupon.id]);
  const [refunds] = await em.execute('select count(*)::int as n from card_refund where merchant_id = ?', [b.merchant.id]);
  return { card, coupon, refunds };
}

describe("merchant A's credentials with merchant B's ids", () => {
  it('read nothing of B', async () => {
    for (const key of [a.merchant.adminKey, aStaffToken]) {
      const card = await app.gql(key, Q.card, { id: bCard.cardId });
      expect(card.data?.memberCard).toBeNull();
      const byNo = await app.gql(key, `query ($n: String) { memberCard(cardNo: $n) { id } }`, {
        n: (await app.ownerOrm.em.fork().execute('select card_no from member_card where id = ?', [bCard.cardId]))[0].card_no,
      });
      expect(byNo.data?.memberCard).toBeNull();
      const lists = await app.gql(
        key,
        `{ rechargeRecords { totalItems } spendRecords { totalItems } invoices { totalItems } coupons { totalItems } cardTemplates { id } }`,
      );
      expect(lists.data?.rechargeRecords.totalItems).toBe(0);
      expect(lists.data?.spendRecords.totalItems).toBe(0);
      expect(lists.data?.coupons.totalItems).toBe(0);
      expect(lists.data?.cardTemplates.map((t: { id: string }) => t.id).sort()).toEqual(
        [a.storedCardId, a.activityCardId].sort(),
      );
      const coupon = await app.gql(key, `query ($c: String!) { coupon(code: $c) { id } }`, { c: bCoupon.code });
      expect(coupon.data?.coupon).toBeNull();
      const scan = await app.gql(key, `query ($c: String!) { scanQrCode(content: $c) { errors { code } } }`, {
        c: bCoupon.qrContent,
      });
      expect(scan.data?.scanQrCode.errors[0].code).toBe('QR_INVALID');
    }
  });

  it('change nothing of B', async () => {
    const before = await bState();
    for (const key of [a.merchant.adminKey, aStaffToken]) {
      expect((await fails(app, key, Q.recharge, { input: { cardId: bCard.cardId, amount: '5', channel: 'APP' } })).code).toBe(
        'CARD_NOT_FOUND',
      );
      expect(
        (
          await fails(app, key, Q.spend, {
            input: { cardId: bCard.cardId, amount: '5', password: bCard.phone.slice(-6), storeId: a.merchant.store.id },
          })
        ).code,
      ).toBe('CARD_NOT_FOUND');
      // B's card and template named together with A's phone lookup find nothing either.
      expect(
        (
          await fails(app, key, Q.spend, {
            input: { phone: bCard.phone, cardTemplateId: b.storedCardId, amount: '5', password: '1' },
          })
        ).code,
      ).toBe('CARD_NOT_FOUND');
      expect((await fails(app, key, Q.addInvoice, { input: { cardId: bCard.cardId, amount: '5' } })).code).toBe('CARD_NOT_FOUND');
      const code = await refundCode(app, a);
      expect((await fails(app, key, Q.refundSpend, { input: { orderNo: bSpendOrder, smsCode: code } })).code).toBe(
        'ORDER_NOT_FOUND',
      );
      expect((await fails(app, key, Q.refundRecharge, { input: { orderNo: bRechargeOrder, smsCode: code } })).code).toBe(
        'ORDER_NOT_FOUND',
      );
      expect((await fails(app, key, Q.redeem, { input: { code: bCoupon.code, storeId: a.merchant.store.id } })).code).toBe(
        'COUPON_NOT_FOUND',
      );
      expect((await fails(app, key, Q.redeem, { input: { code: bCoupon.code, storeId: b.merchant.store.id } })).code).toBe(
        'STORE_NOT_FOUND',
      );
      expect((await fails(app, key, Q.openCard, { input: { phone: bCard.phone, cardTemplateId: b.storedCardId } })).code).toBe(
        'CARD_TEMPLATE_NOT_FOUND',
      );
      const lot = (
        await app.ownerOrm.em.fork().execute('select id from card_recharge where member_card_id = ?', [bCard.cardId])
      )[0].id;
      expect((await fails(app, key, Q.cashback, { id: lot })).code).toBe('ORDER_NOT_FOUND');
      expect(
        (
          await fails(app, key, Q.saveEvent, {
            input: { title: 'x', rechargeAmount: '1', bonusAmount: '1', type: 'BONUS', cardTemplateIds: [b.storedCardId] },
          })
        ).code,
      ).toBe('CARD_TEMPLATE_NOT_FOUND');
    }
    expect(await bState()).toEqual(before);
  });

  it("A's staff cannot log in to B, and B's SMS codes do not confirm A's refunds", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($m: ID!) { staffLogin(input: { merchantId: $m, username: "boss", password: "secret-pass" }) { errors { code } token } }`,
        variables: { m: b.merchant.id },
      }),
    });
    expect(((await res.json()) as any).data.staffLogin.errors[0].code).toBe('INVALID_CREDENTIALS');

    const aCard = await fundedCard(app, a, '10.00');
    const spent = await ok(app, a.merchant.operatorKey, Q.spend, {
      input: { cardId: aCard.cardId, amount: '1', password: aCard.phone.slice(-6), storeId: a.merchant.store.id },
    });
    await ok(app, a.merchant.adminKey, `mutation { sendRefundSmsCode { errors { code } } }`);
    const bCode = await refundCode(app, b);
    const aCodeRow = await app.ownerOrm.em
      .fork()
      .execute('select count(*)::int as n from sms_code where merchant_id = ? and consumed_at is null', [a.merchant.id]);
    expect(aCodeRow[0].n).toBeGreaterThan(0);
    const res2 = await app.gql(a.merchant.adminKey, Q.refundSpend, { input: { orderNo: spent.spend.orderNo, smsCode: bCode } });
    // B's code is checked against A's latest code: a coincidence of six digits aside, it is wrong.
    expect(['SMS_CODE_WRONG', undefined]).toContain(res2.data?.refundSpend.errors[0]?.code);
  });
});
