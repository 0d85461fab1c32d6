import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, newPhone, ok, refundCode, setUpShop, staffToken, startCardApp, type CardShop } from './support.js';
import {
  AddInvoiceDocument,
  InvoicePageDocument,
  LatestRechargesDocument,
  MemberCardDetailDocument,
  OpenMemberCardDocument,
  PayActivityCashbackDocument,
  RechargeCardDocument,
  RechargeRecordRelationsDocument,
  RefundRechargeDocument,
  RefundRecordListDocument,
  RefundSpendDocument,
  SaveRechargeEventDocument,
  SetNicknameXiaoyuDocument,
  SpendFromCardDocument,
  SpendsByKeywordDocument,
  SpendsByPhoneDocument,
  SpendsSinceDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;
let eventId: string;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app);
  eventId = (
    await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        title: '充200送200返200',
        rechargeAmount: '200',
        bonusAmount: '200',
        type: 'BONUS',
        status: 'ACTIVITY_ONLY',
        cardTemplateIds: [shop.activityCardId],
      },
    })
  ).rechargeEvent.id;
});
afterAll(() => app?.close());

async function activityCard(): Promise<{ cardId: string; phone: string }> {
  const phone = newPhone();
  const opened = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
    input: { phone, cardTemplateId: shop.activityCardId },
  });
  return { cardId: opened.card.id, phone };
}

const recharge = (cardId: string) =>
  ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
    input: { cardId, amount: '200', bonus: '200', eventId, storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
  });
const spend = (cardId: string, phone: string, amount: string) =>
  ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
    input: { cardId, amount, password: phone.slice(-6), storeId: shop.merchant.store.id },
  });

describe('activity cards', () => {
  it('tracks each activity recharge 1 → 2 → 3 and pays its cashback once, 3 → 5', async () => {
    const { cardId, phone } = await activityCard();
    const first = (await recharge(cardId)).recharge;
    const second = (await recharge(cardId)).recharge;
    await spend(cardId, phone, '100.00');
    let card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    // 100 = 50 capital + 50 bonus, both from the oldest recharge.
    expect(card.activityRecharges).toEqual([
      { id: first.id, capitalRemaining: '150.00', bonusRemaining: '150.00', activityStatus: 'IN_PROGRESS' },
      { id: second.id, capitalRemaining: '200.00', bonusRemaining: '200.00', activityStatus: 'UNUSED' },
    ]);
    const notDue = await fails(app, shop.merchant.operatorKey, PayActivityCashbackDocument, { id: first.id });
    expect(notDue.code).toBe('CASHBACK_NOT_DUE');

    await spend(cardId, phone, '300.00');
    card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    expect(card.activityRecharges[0]).toMatchObject({
      capitalRemaining: '0.00',
      bonusRemaining: '0.00',
      activityStatus: 'CASHBACK_DUE',
    });

    const paid = await Promise.all(
      Array.from({ length: 4 }, () => app.gql(shop.merchant.operatorKey, PayActivityCashbackDocument, { id: first.id })),
    );
    expect(paid.filter((r) => r.data?.payActivityCashback.errors.length === 0)).toHaveLength(1);
    expect(paid.map((r) => r.data?.payActivityCashback.errors[0]?.code).filter(Boolean)).toEqual([
      'CASHBACK_ALREADY_PAID',
      'CASHBACK_ALREADY_PAID',
      'CASHBACK_ALREADY_PAID',
    ]);
    card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    expect(card.activityRecharges[0].activityStatus).toBe('CASHBACK_PAID');
  });

  it('refuses to refund a spend that took from a recharge whose cashback was paid', async () => {
    const { cardId, phone } = await activityCard();
    const lot = (await recharge(cardId)).recharge;
    const { spend: s } = await spend(cardId, phone, '400.00');
    await ok(app, shop.merchant.operatorKey, PayActivityCashbackDocument, { id: lot.id });
    const refused = await fails(app, shop.merchant.adminKey, RefundSpendDocument, {
      input: { orderNo: s.orderNo, smsCode: await refundCode(app, shop) },
    });
    expect(refused.code).toBe('REFUND_AFTER_CASHBACK');
  });

  it('pays no cashback on a refunded activity recharge', async () => {
    const { cardId, phone } = await activityCard();
    const lot = (await recharge(cardId)).recharge;
    await spend(cardId, phone, '100.00');
    const refunded = await ok(app, shop.merchant.adminKey, RefundRechargeDocument, {
      input: { orderNo: lot.orderNo, smsCode: await refundCode(app, shop) },
    });
    expect(refunded.refund).toMatchObject({ amount: '150.00', capital: '150.00', bonus: '150.00' });
    const card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    expect(card.activityRecharges[0]).toMatchObject({
      capitalRemaining: '0.00',
      bonusRemaining: '0.00',
      activityStatus: 'IN_PROGRESS',
    });
    const res = await fails(app, shop.merchant.operatorKey, PayActivityCashbackDocument, { id: lot.id });
    expect(res.code).toBe('ALREADY_REFUNDED');
  });

  it('has no cashback on a stored-value card', async () => {
    const { cardId } = await fundedCard(app, shop, '10.00');
    const [lot] = await app.ownerOrm.em.fork().execute('select id from card_recharge where member_card_id = ?', [cardId]);
    const res = await fails(app, shop.merchant.operatorKey, PayActivityCashbackDocument, { id: lot.id });
    expect(res.code).toBe('NOT_AN_ACTIVITY_RECHARGE');
  });
});

describe('invoices', () => {
  it('invoices up to capital recharged − refunded − invoiced, never the bonus', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '100.00', '50.00');
    await spend(cardId, phone, '30.00');
    const card = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    expect(card.invoiceable).toBe('100.00');
    const first = await ok(app, shop.merchant.operatorKey, AddInvoiceDocument, {
      input: { cardId, amount: '60.00', imageUrl: '/uploads/i.png', storeId: shop.merchant.store.id },
    });
    expect(first.card).toMatchObject({ invoiceable: '40.00', totalInvoiced: '60.00' });
    const over = await fails(app, shop.merchant.operatorKey, AddInvoiceDocument, {
      input: { cardId, amount: '40.01', storeId: shop.merchant.store.id },
    });
    expect(over).toMatchObject({ code: 'INVOICE_EXCEEDS_INVOICEABLE', field: 'amount' });
    await ok(app, shop.merchant.operatorKey, AddInvoiceDocument, {
      input: { cardId, amount: '40.00', storeId: shop.merchant.store.id },
    });
    const after = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data!.memberCard!;
    expect(after.invoiceable).toBe('0.00');
    expect(after.invoices.map((i: { amount: string }) => i.amount)).toEqual(['40.00', '60.00']);
  });

  it('lists invoices across the merchant with filters and totals', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    await ok(app, shop.merchant.operatorKey, AddInvoiceDocument, {
      input: { phone, cardTemplateId: shop.storedCardId, amount: '12.34', storeId: shop.merchant.store.id },
    });
    const list = await app.gql(shop.merchant.operatorKey, InvoicePageDocument, { f: { phoneContains: phone.slice(-5) } });
    expect(list.data?.invoices).toMatchObject({
      totalItems: 1,
      totalAmount: '12.34',
      items: [{ amount: '12.34', member: { mobile: phone }, card: { id: cardId }, store: { id: shop.merchant.store.id } }],
    });
  });
});

describe('records', () => {
  it('lists recharges, spends and refunds with filters, paging and totals', async () => {
    const m = await setUpShop(app, 'Records shop');
    const cards = [];
    for (const [amount, bonus] of [
      ['100.00', '10.00'],
      ['200.00', '0.00'],
      ['300.00', '30.00'],
    ] as const) {
      const phone = newPhone();
      const opened = await ok(app, m.merchant.operatorKey, OpenMemberCardDocument, {
        input: { phone, cardTemplateId: m.storedCardId },
      });
      await ok(app, m.merchant.operatorKey, RechargeCardDocument, {
        input: { cardId: opened.card.id, amount, bonus, storeId: m.merchant.store.id, proofImageUrl: '/p.png' },
      });
      await ok(app, m.merchant.operatorKey, SpendFromCardDocument, {
        input: { cardId: opened.card.id, amount: '10.00', password: phone.slice(-6), storeId: m.merchant.store.id },
      });
      cards.push({ phone, cardId: opened.card.id });
    }
    await app.gql(m.merchant.adminKey, SetNicknameXiaoyuDocument, {
      id: (await app.ownerOrm.em.fork().execute('select member_id from member_card where id = ?', [cards[1]!.cardId]))[0]
        .member_id,
    });
    const recharges = await app.gql(m.merchant.operatorKey, LatestRechargesDocument);
    expect(recharges.data?.rechargeRecords).toMatchObject({ totalItems: 3, totalAmount: '600.00', totalBonus: '40.00' });
    expect(recharges.data?.rechargeRecords.items).toHaveLength(2);
    expect(recharges.data?.rechargeRecords.items[0]).toMatchObject({
      amount: '300.00',
      channel: 'STORE',
      card: { template: { title: '储值卡' } },
    });

    const byKeyword = await app.gql(m.merchant.operatorKey, SpendsByKeywordDocument);
    expect(byKeyword.data?.spendRecords).toMatchObject({
      totalItems: 1,
      totalAmount: '10.00',
      items: [{ member: { mobile: cards[1]!.phone } }],
    });
    const future = await app.gql(m.merchant.operatorKey, SpendsSinceDocument, {
      from: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.data?.spendRecords).toEqual({ totalItems: 0, totalAmount: '0.00' });

    const spends = await app.gql(m.merchant.operatorKey, SpendsByPhoneDocument, { p: cards[2]!.phone });
    const orderNo = spends.data!.spendRecords.items[0]!.orderNo!;
    await ok(app, m.merchant.adminKey, RefundSpendDocument, { input: { orderNo, smsCode: await refundCode(app, m) } });
    const refunds = await app.gql(m.merchant.operatorKey, RefundRecordListDocument);
    expect(refunds.data?.refundRecords).toMatchObject({
      totalItems: 1,
      totalAmount: '10.00',
      items: [{ kind: 'SPEND', orderNo, member: { mobile: cards[2]!.phone } }],
    });
  });

  it('answers a page of records with a constant number of statements', async () => {
    // Recharges alternate between an event recharge by staff and a plain one by an API key, so
    // every page shows each relation (card, template, member, store, event, staff user).
    const records = await setUpShop(app, 'Records');
    const event = await ok(app, records.merchant.adminKey, SaveRechargeEventDocument, {
      input: { title: '充10送1', rechargeAmount: '10', bonusAmount: '1', type: 'BONUS', cardTemplateIds: [records.storedCardId] },
    });
    const cashier = await staffToken(app, records.merchant, ['CARD_OPERATE'], 'cashier');
    for (let i = 0; i < 6; i++) {
      const opened = await ok(app, records.merchant.operatorKey, OpenMemberCardDocument, {
        input: { phone: newPhone(), cardTemplateId: records.storedCardId },
      });
      const input = { cardId: opened.card.id, storeId: records.merchant.store.id, proofImageUrl: '/p.png' };
      if (i % 2 === 0) await ok(app, records.merchant.operatorKey, RechargeCardDocument, { input: { ...input, amount: '5' } });
      else
        await ok(app, cashier, RechargeCardDocument, {
          input: { ...input, amount: '10', bonus: '1', eventId: event.rechargeEvent.id },
        });
    }
    const page = (limit: number) =>
      app.statementsOf(async () => {
        const res = await app.gql(records.merchant.operatorKey, RechargeRecordRelationsDocument, { limit });
        expect(res.errors).toBeUndefined();
        expect(res.data?.rechargeRecords.totalItems).toBe(6);
        const items = res.data!.rechargeRecords.items;
        expect(items).toHaveLength(limit);
        expect(items.filter((r) => r.event?.title === '充10送1' && r.staffUser?.username === 'cashier')).toHaveLength(limit / 2);
        expect(items.every((r) => r.card?.template?.title && r.member?.mobile && r.store?.name)).toBe(true);
      });
    const small = await page(2);
    const large = await page(6);
    expect(large).toHaveLength(small.length);
    // Everything sent to PostgreSQL, by message: one read-only transaction (its start with the
    // merchant's set_config travels with its first statement, then rollback) around the totals,
    // the page's rows (one statement: filters/pages.ts), and one batch per relation (cards,
    // templates, members, stores, events, staff users). The API key is cached since the first
    // requests (no lookup).
    expect(large).toHaveLength(8 + 1);
  });
});
