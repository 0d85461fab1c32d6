import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, latestSmsCode, ok, refundCode, setUpShop, startCardApp, type CardShop } from './support.js';
import {
  AddInvoiceDocument,
  MemberCardDetailDocument,
  RechargeCardDocument,
  RedeemCouponDocument,
  RefundRechargeDocument,
  RefundSpendDocument,
  RefundSpendThriceDocument,
  SaveCouponTemplateDocument,
  SaveRechargeEventDocument,
  SendRefundSmsCodeDocument,
  SpendFromCardDocument,
  UpdateCardSettingsDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app);
});
afterAll(() => app?.close());

const owner = () => app.ownerOrm.em.fork();

async function spend(cardId: string, phone: string, amount: string) {
  return ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
    input: { cardId, amount, password: phone.slice(-6), storeId: shop.merchant.store.id },
  });
}

/** A wrong code: the real one shifted by one digit value, so it never matches by accident. */
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('SMS codes', () => {
  it('sends a 6-digit code to the merchant phone through the database provider, stored only hashed', async () => {
    const sent = await ok(app, shop.merchant.adminKey, SendRefundSmsCodeDocument);
    expect(sent.sentTo).toBe('139****0000');
    const code = await latestSmsCode(app, shop.merchant.id);
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await owner().execute(
      'select code_hash, phone, attempts, expires_at - created_at as ttl from sms_code where merchant_id = ? order by created_at desc limit 1',
      [shop.merchant.id],
    );
    expect(row.phone).toBe('13900000000');
    expect(row.code_hash).not.toContain(code);
    expect(row.attempts).toBe(0);
    expect(String(row.ttl)).toMatch(/00:05:00|5 min|300/);
  });

  it('refuses to send without a merchant SMS phone', async () => {
    const other = await app.createMerchant('No phone');
    const res = await fails(app, other.adminKey, SendRefundSmsCodeDocument);
    expect(res.code).toBe('SMS_PHONE_NOT_SET');
  });

  it('counts every attempt, aliases in one request included, and locks the code after five', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const { spend: s } = await spend(cardId, phone, '10.00');
    const code = await refundCode(app, shop);
    const bad = wrongCode(code);
    const first = await app.gql(shop.merchant.adminKey, RefundSpendThriceDocument, { o: s.orderNo, c: bad });
    expect((['a', 'b', 'c'] as const).map((k) => first.data?.[k].errors[0].code)).toEqual([
      'SMS_CODE_WRONG',
      'SMS_CODE_WRONG',
      'SMS_CODE_WRONG',
    ]);
    const parallel = await Promise.all(
      Array.from({ length: 4 }, () =>
        app.gql(shop.merchant.adminKey, RefundSpendDocument, { input: { orderNo: s.orderNo, smsCode: bad } }),
      ),
    );
    const codes = parallel.map((r) => r.data?.refundSpend.errors[0].code).sort();
    expect(codes).toEqual(['SMS_CODE_LOCKED', 'SMS_CODE_LOCKED', 'SMS_CODE_WRONG', 'SMS_CODE_WRONG']);
    // The right code no longer helps: the code is spent by five wrong attempts.
    const locked = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: s.orderNo, smsCode: code },
    });
    expect(locked.code).toBe('SMS_CODE_LOCKED');
    const [row] = await owner().execute('select attempts from sms_code where merchant_id = ? order by created_at desc limit 1', [
      shop.merchant.id,
    ]);
    expect(row.attempts).toBe(5);
    // A new code works.
    const fresh = await refundCode(app, shop);
    await ok(app, shop.merchant.adminKey, RefundSpendDocument, { input: { orderNo: s.orderNo, smsCode: fresh } });
  });

  it('expires a code after five minutes', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const { spend: s } = await spend(cardId, phone, '10.00');
    const code = await refundCode(app, shop);
    await owner().execute(`update sms_code set expires_at = now() - interval '1 second' where merchant_id = ?`, [
      shop.merchant.id,
    ]);
    const expired = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: s.orderNo, smsCode: code },
    });
    expect(expired).toMatchObject({ code: 'SMS_CODE_EXPIRED', field: 'smsCode' });
  });

  it('uses a code once, and only the latest code counts', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const one = (await spend(cardId, phone, '1.00')).spend;
    const two = (await spend(cardId, phone, '2.00')).spend;
    const older = await refundCode(app, shop);
    const code = await refundCode(app, shop);
    if (older !== code) {
      const stale = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
        input: { orderNo: one.orderNo, smsCode: older },
      });
      expect(stale.code).toBe('SMS_CODE_WRONG');
    }
    await ok(app, shop.merchant.adminKey, RefundSpendDocument, { input: { orderNo: one.orderNo, smsCode: code } });
    const reused = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: two.orderNo, smsCode: code },
    });
    expect(reused.code).toBe('SMS_CODE_MISSING');
  });

  it('throttles resends', async () => {
    const slow = await startCardApp({ SMS_RESEND_SECONDS: '60' });
    try {
      const m = await slow.createMerchant('Throttled');
      await ok(slow, m.adminKey, UpdateCardSettingsDocument, { phone: '13911112222' });
      await ok(slow, m.adminKey, SendRefundSmsCodeDocument);
      const again = await fails(slow, m.adminKey, SendRefundSmsCodeDocument);
      expect(again.code).toBe('SMS_RESEND_TOO_SOON');
      const sent = await slow.ownerOrm.em
        .fork()
        .execute('select count(*)::int as n from sms_message where merchant_id = ?', [m.id]);
      expect(sent[0].n).toBe(1);
    } finally {
      await slow.close();
    }
  });
});

describe('refunding a spend', () => {
  it('restores exactly what the spend took, and refunds an order once', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '100.00', '50.00');
    const { spend: s } = await spend(cardId, phone, '10.00');
    expect(s).toMatchObject({ capitalPart: '6.67', bonusPart: '3.33' });
    await spend(cardId, phone, '7.77');
    const before = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    const code = await refundCode(app, shop);
    const refunded = await ok(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: s.orderNo, smsCode: code, note: 'customer changed mind' },
    });
    expect(refunded.refund).toMatchObject({ kind: 'SPEND', orderNo: s.orderNo, amount: '10.00', capital: '6.67', bonus: '3.33' });
    const was = before.data!.memberCard!;
    expect(refunded.card.capital).toBe((Number(was.capital) + 6.67).toFixed(2));
    expect(refunded.card.bonus).toBe((Number(was.bonus) + 3.33).toFixed(2));

    const second = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: s.orderNo, smsCode: await refundCode(app, shop) },
    });
    expect(second).toMatchObject({ code: 'ALREADY_REFUNDED', field: 'orderNo' });
  });

  it('lets one of several parallel refunds of an order win', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '20.00');
    const { spend: s } = await spend(cardId, phone, '5.00');
    const code = await refundCode(app, shop);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        app.gql(shop.merchant.adminKey, RefundSpendDocument, { input: { orderNo: s.orderNo, smsCode: code } }),
      ),
    );
    expect(results.filter((r) => r.data?.refundSpend.errors.length === 0)).toHaveLength(1);
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    expect(card.data?.memberCard!.balance).toBe('20.00');
    const refunds = await owner().execute('select count(*)::int as n from card_refund where order_no = ?', [s.orderNo]);
    expect(refunds[0].n).toBe(1);
  });

  it('refuses an unknown order and a caller without the refund permission', async () => {
    const unknown = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: '2000000000000000', smsCode: '123456' },
    });
    expect(unknown.code).toBe('ORDER_NOT_FOUND');
    const res = await app.gql(shop.merchant.readonlyKey, RefundSpendDocument, { input: { orderNo: '1', smsCode: '123456' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('refunding a recharge', () => {
  it('returns what remains of its capital, withdraws its remaining bonus, and voids unused event coupons', async () => {
    const coupon = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: { title: '券', type: 'CASH', validUntil: '2099-01-01' },
    });
    const event = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        title: '充100送10+券',
        rechargeAmount: '100',
        bonusAmount: '10',
        type: 'BONUS_AND_COUPONS',
        couponTemplateId: coupon.couponTemplate.id,
        couponQuantity: 2,
        cardTemplateIds: [shop.storedCardId],
      },
    });
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const charged = await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId,
        amount: '100',
        bonus: '10',
        eventId: event.rechargeEvent.id,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    await ok(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: charged.coupons[0].code, storeId: shop.merchant.store.id },
    });
    // 160 on the card (150 capital, 10 bonus); spend 80 takes 75 capital and 5 bonus, oldest lot first.
    const spent = await spend(cardId, phone, '80.00');
    expect(spent.spend).toMatchObject({ capitalPart: '75.00', bonusPart: '5.00' });
    // Lot 1 (50 capital) is empty, lot 2 has 75 capital and 5 bonus left.
    const refunded = await ok(app, shop.merchant.adminKey, RefundRechargeDocument, {
      input: { orderNo: charged.recharge.orderNo, smsCode: await refundCode(app, shop) },
    });
    expect(refunded.refund).toMatchObject({ kind: 'RECHARGE', amount: '75.00', capital: '75.00', bonus: '5.00' });
    expect(refunded.card).toMatchObject({ capital: '0.00', bonus: '0.00', totalCapitalRefunded: '75.00', invoiceable: '75.00' });
    const coupons = await owner().execute<{ status: string }[]>(
      'select status from coupon where card_recharge_id = ? order by status',
      [charged.recharge.id],
    );
    expect(coupons.map((c: { status: string }) => c.status)).toEqual(['USED', 'VOID']);
    const voided = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: charged.coupons[1].code, storeId: shop.merchant.store.id },
    });
    expect(voided).toMatchObject({ code: 'COUPON_VOID', field: 'code' });

    const again = await fails(app, shop.merchant.adminKey, RefundRechargeDocument, {
      input: { orderNo: charged.recharge.orderNo, smsCode: await refundCode(app, shop) },
    });
    expect(again.code).toBe('ALREADY_REFUNDED');
  });

  it('refuses to refund capital that was invoiced', async () => {
    const { cardId } = await fundedCard(app, shop, '100.00');
    await ok(app, shop.merchant.operatorKey, AddInvoiceDocument, {
      input: { cardId, amount: '60', storeId: shop.merchant.store.id },
    });
    const orders = await owner().execute('select order_no from card_recharge where member_card_id = ?', [cardId]);
    const code = await refundCode(app, shop);
    const refused = await fails(app, shop.merchant.adminKey, RefundRechargeDocument, {
      input: { orderNo: orders[0].order_no, smsCode: code },
    });
    expect(refused.code).toBe('REFUND_EXCEEDS_INVOICEABLE');
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    expect(card.data?.memberCard).toMatchObject({ capital: '100.00', totalCapitalRefunded: '0.00' });
    // The failed refund did not use the code.
    const [row] = await owner().execute(
      'select consumed_at from sms_code where merchant_id = ? order by created_at desc limit 1',
      [shop.merchant.id],
    );
    expect(row.consumed_at).toBeNull();
  });

  it('keeps the card equal to the sum of its lots through spends and refunds', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '33.33', '11.11');
    await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '12.34', bonus: '5.67', channel: 'APP' },
    });
    const a = (await spend(cardId, phone, '9.99')).spend;
    await spend(cardId, phone, '13.13');
    await ok(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: a.orderNo, smsCode: await refundCode(app, shop) },
    });
    const [sums] = await owner().execute(
      `select c.capital::text as capital, c.bonus::text as bonus,
              (select sum(capital_remaining)::text from card_recharge where member_card_id = c.id) as lot_capital,
              (select sum(bonus_remaining)::text from card_recharge where member_card_id = c.id) as lot_bonus
       from member_card c where c.id = ?`,
      [cardId],
    );
    expect(sums.lot_capital).toBe(sums.capital);
    expect(sums.lot_bonus).toBe(sums.bonus);
  });
});
