import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, newPhone, ok, setUpShop, startCardApp, type CardShop } from './support.js';
import {
  CardHolderByMobileDocument,
  CardsOfMemberDocument,
  CreateOtherStoreDocument,
  MemberCardDetailDocument,
  MembersWithCardsDocument,
  OpenMemberCardDocument,
  RechargeCardDocument,
  RechargeEventsOfTemplateDocument,
  SaveCardTemplateDocument,
  SaveCouponTemplateDocument,
  SaveRechargeEventDocument,
  SpendFromCardDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app);
});
afterAll(() => app?.close());

describe('card templates', () => {
  it('creates and updates a template with the stores where it is valid', async () => {
    const created = await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: {
        title: 'Gold',
        type: 'STORED_VALUE',
        colour: '#E43B19',
        summary: '<p>rich</p>',
        storeIds: [shop.merchant.store.id],
      },
    });
    expect(created.cardTemplate).toMatchObject({
      title: 'Gold',
      type: 'STORED_VALUE',
      active: true,
      stores: [{ id: shop.merchant.store.id }],
    });
    const updated = await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: { id: created.cardTemplate.id, title: 'Gold 2', type: 'STORED_VALUE', active: false, storeIds: [] },
    });
    expect(updated.cardTemplate).toMatchObject({ title: 'Gold 2', active: false, stores: [] });
  });

  it('refuses a bad colour, an unknown store, and an operator key', async () => {
    const colour = await fails(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: { title: 'X', type: 'ACTIVITY', colour: 'red' },
    });
    expect(colour).toMatchObject({ code: 'INVALID_INPUT', field: 'colour' });
    const store = await fails(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: { title: 'X', type: 'ACTIVITY', storeIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(store).toMatchObject({ code: 'STORE_NOT_FOUND', field: 'storeIds' });
    const res = await app.gql(shop.merchant.operatorKey, SaveCardTemplateDocument, { input: { title: 'X', type: 'ACTIVITY' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('opening cards', () => {
  it('registers the member, numbers the card and defaults the password to the last 6 digits of the phone', async () => {
    const phone = newPhone();
    const opened = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: shop.storedCardId },
    });
    expect(opened.memberCreated).toBe(true);
    expect(opened.card).toMatchObject({
      capital: '0.00',
      bonus: '0.00',
      balance: '0.00',
      member: { mobile: phone },
      template: { type: 'STORED_VALUE' },
    });
    expect(opened.card.cardNo).toMatch(/^[1-9]\d{15}$/);
    const hash = await app.ownerOrm.em.fork().execute('select password_hash from member_card where id = ?', [opened.card.id]);
    expect(hash[0].password_hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(hash[0].password_hash).not.toContain(phone.slice(-6));

    await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId: opened.card.id, amount: '10', storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
    });
    // Plain PIN and its MD5 hex (the legacy form) both match the default password.
    const md5 = (await import('node:crypto')).createHash('md5').update(phone.slice(-6)).digest('hex').toUpperCase();
    for (const password of [phone.slice(-6), md5]) {
      await ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
        input: { cardId: opened.card.id, amount: '1', password, storeId: shop.merchant.store.id },
      });
    }
  });

  it('finds an existing member and refuses a second card of the same template', async () => {
    const phone = newPhone();
    await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: shop.storedCardId, password: '888888' },
    });
    const second = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: shop.activityCardId },
    });
    expect(second.memberCreated).toBe(false);
    const again = await fails(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: shop.storedCardId },
    });
    expect(again.code).toBe('CARD_ALREADY_OPEN');
  });

  it("lists a member's cards with their balances (legacy 4.4 and 4.5)", async () => {
    const { cardId, phone } = await fundedCard(app, shop, '12.50', '2.50');
    const found = await app.gql(shop.merchant.readonlyKey, MembersWithCardsDocument, {
      p: phone.slice(3),
    });
    expect(found.data?.members).toMatchObject({
      totalItems: 1,
      items: [
        {
          mobile: phone,
          cards: [{ id: cardId, balance: '15.00', capital: '12.50', bonus: '2.50', template: { title: '储值卡' } }],
        },
      ],
    });
    const cards = await app.gql(shop.merchant.readonlyKey, CardsOfMemberDocument, {
      m: found.data!.members.items[0]!.id,
    });
    expect(cards.data?.memberCards).toEqual([{ id: cardId }]);
  });

  it('refuses an unknown template, and one no longer offered', async () => {
    const res = await fails(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone: newPhone(), cardTemplateId: shop.merchant.store.id },
    });
    expect(res.code).toBe('CARD_TEMPLATE_NOT_FOUND');
    const retired = await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: { title: 'Retired', type: 'STORED_VALUE', active: false },
    });
    const phone = newPhone();
    const inactive = await fails(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: retired.cardTemplate.id },
    });
    expect(inactive).toMatchObject({ code: 'CARD_TEMPLATE_INACTIVE', field: 'cardTemplateId' });
    // Nothing was opened, and no member was registered for the phone.
    const member = await app.gql(shop.merchant.readonlyKey, CardHolderByMobileDocument, { m: phone });
    expect(member.data).toEqual({ memberByMobile: null });
  });
});

describe('recharge events and recharges', () => {
  let coupon: string;
  let bonusEvent: string;
  let couponEvent: string;
  let activityEvent: string;

  beforeAll(async () => {
    coupon = (
      await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
        input: { title: '啤酒券', type: 'GOODS', validUntil: '2099-12-31' },
      })
    ).couponTemplate.id;
    bonusEvent = (
      await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
        input: {
          title: '充100送20',
          rechargeAmount: '100',
          bonusAmount: '20',
          type: 'BONUS',
          cardTemplateIds: [shop.storedCardId],
        },
      })
    ).rechargeEvent.id;
    couponEvent = (
      await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
        input: {
          title: '充100送2张券',
          rechargeAmount: '100',
          type: 'COUPONS',
          couponTemplateId: coupon,
          couponQuantity: 2,
          cardTemplateIds: [shop.storedCardId],
        },
      })
    ).rechargeEvent.id;
    activityEvent = (
      await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
        input: {
          title: '充200送200返200',
          rechargeAmount: '200',
          bonusAmount: '200',
          type: 'BONUS',
          status: 'ACTIVITY_ONLY',
          cardTemplateIds: [shop.activityCardId, shop.storedCardId],
        },
      })
    ).rechargeEvent.id;
  });

  it('validates events: coupons for types 2 and 5, a bonus for types 1 and 5', async () => {
    const noCoupon = await fails(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        title: 'x',
        rechargeAmount: '100',
        type: 'BONUS_AND_COUPONS',
        bonusAmount: '5',
        cardTemplateIds: [shop.storedCardId],
      },
    });
    expect(noCoupon).toMatchObject({ code: 'INVALID_INPUT', field: 'couponTemplateId' });
    const noBonus = await fails(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: { title: 'x', rechargeAmount: '100', type: 'BONUS', cardTemplateIds: [shop.storedCardId] },
    });
    expect(noBonus).toMatchObject({ code: 'INVALID_INPUT', field: 'bonusAmount' });
    const events = await app.gql(shop.merchant.operatorKey, RechargeEventsOfTemplateDocument, { t: shop.activityCardId });
    expect(events.data?.rechargeEvents.map((e: { id: string }) => e.id)).toEqual([activityEvent]);
  });

  it('recharges with an event: amounts must equal the event and its bonus is added', async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const mismatch = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId,
        amount: '100',
        bonus: '25',
        eventId: bonusEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(mismatch).toMatchObject({ code: 'EVENT_AMOUNT_MISMATCH', field: 'bonus' });
    const amountMismatch = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId,
        amount: '99.99',
        bonus: '20',
        eventId: bonusEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(amountMismatch).toMatchObject({ code: 'EVENT_AMOUNT_MISMATCH', field: 'amount' });
    const done = await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId,
        amount: '100.00',
        bonus: '20',
        eventId: bonusEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(done.card).toMatchObject({ capital: '101.00', bonus: '20.00', balance: '121.00', totalCapitalRecharged: '101.00' });
    expect(done.recharge.orderNo).toMatch(/^1\d{15}$/);
  });

  it("issues the event's coupons in the same transaction as the recharge", async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const done = await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '100', eventId: couponEvent, storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
    });
    expect(done.coupons).toHaveLength(2);
    expect(done.coupons.every((c: { source: string; status: string }) => c.source === 'RECHARGE' && c.status === 'UNUSED')).toBe(
      true,
    );

    // When the coupons cannot be issued, no money moves either.
    await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: { id: coupon, title: '啤酒券', type: 'GOODS', validUntil: '2099-12-31', status: 'DISABLED' },
    });
    const refused = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '100', eventId: couponEvent, storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
    });
    expect(refused.code).toBe('COUPON_TEMPLATE_DISABLED');
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    expect(card.data?.memberCard!.capital).toBe('101.00');
    await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: { id: coupon, title: '啤酒券', type: 'GOODS', validUntil: '2099-12-31', status: 'ACTIVE' },
    });
  });

  it('requires an event on an activity card, and keeps activity-only events to activity cards', async () => {
    const phone = newPhone();
    const opened = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: shop.activityCardId },
    });
    const noEvent = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId: opened.card.id, amount: '200', storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
    });
    expect(noEvent).toMatchObject({ code: 'EVENT_REQUIRED', field: 'eventId' });
    const wrongEvent = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId: opened.card.id,
        amount: '100',
        bonus: '20',
        eventId: bonusEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(wrongEvent.code).toBe('EVENT_NOT_APPLICABLE');
    const { cardId } = await fundedCard(app, shop, '1.00');
    const activityOnly = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        cardId,
        amount: '200',
        bonus: '200',
        eventId: activityEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(activityOnly.code).toBe('EVENT_NOT_APPLICABLE');
    const done = await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: {
        phone,
        cardTemplateId: shop.activityCardId,
        amount: '200',
        bonus: '200',
        eventId: activityEvent,
        storeId: shop.merchant.store.id,
        proofImageUrl: '/p.png',
      },
    });
    expect(done.recharge).toMatchObject({ activityStatus: 'UNUSED', capitalRemaining: '200.00', bonusRemaining: '200.00' });
  });

  it('refuses an event that was switched off', async () => {
    const event = await ok(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        title: 'ended',
        rechargeAmount: '10',
        bonusAmount: '1',
        type: 'BONUS',
        active: false,
        cardTemplateIds: [shop.storedCardId],
      },
    });
    const { cardId } = await fundedCard(app, shop, '1.00');
    const res = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '10', bonus: '1', eventId: event.rechargeEvent.id, channel: 'APP' },
    });
    expect(res).toMatchObject({ code: 'RECHARGE_EVENT_INACTIVE', field: 'eventId' });
  });

  it('refuses an unknown event, on a recharge and on an update of the event', async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const unknown = '00000000-0000-4000-8000-00000000e0e0';
    const recharge = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '10', bonus: '1', eventId: unknown, channel: 'APP' },
    });
    expect(recharge).toMatchObject({ code: 'RECHARGE_EVENT_NOT_FOUND', field: 'eventId' });
    const update = await fails(app, shop.merchant.adminKey, SaveRechargeEventDocument, {
      input: {
        id: unknown,
        title: 'x',
        rechargeAmount: '10',
        bonusAmount: '1',
        type: 'BONUS',
        cardTemplateIds: [shop.storedCardId],
      },
    });
    expect(update.code).toBe('RECHARGE_EVENT_NOT_FOUND');
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    expect(card.data?.memberCard?.capital).toBe('1.00');
  });

  it('needs a payment proof at a store and a store for an API key', async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const proof = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '5', storeId: shop.merchant.store.id },
    });
    expect(proof).toMatchObject({ code: 'INVALID_INPUT', field: 'proofImageUrl' });
    const store = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '5', proofImageUrl: '/p.png' },
    });
    expect(store).toMatchObject({ code: 'STORE_REQUIRED', field: 'storeId' });
    const app_ = await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '5', channel: 'APP' },
    });
    expect(app_.recharge).toMatchObject({ channel: 'APP', storeId: null });
    const negative = await app.gql(shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId, amount: '-5', channel: 'APP' },
    });
    expect(negative.data?.rechargeCard.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
  });

  it('returns the first recharge when a client retries with the same idempotency key', async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const input = { cardId, amount: '30', channel: 'APP' as const, idempotencyKey: `retry-${cardId}` };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ok(app, shop.merchant.operatorKey, RechargeCardDocument, { input })),
    );
    expect(new Set(results.map((r) => r.recharge.id)).size).toBe(1);
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    expect(card.data?.memberCard!.capital).toBe('31.00');
    const reused = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, { input: { ...input, amount: '31' } });
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('spending', () => {
  it('splits a spend between capital and bonus in proportion and rounds the capital part half-up', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '100.00', '50.00');
    const spent = await ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
      input: {
        phone,
        cardTemplateId: shop.storedCardId,
        amount: '10.00',
        password: phone.slice(-6),
        storeId: shop.merchant.store.id,
      },
    });
    // 10 × 100/150 = 6.666… → 6.67 capital; the bonus part is the remainder 3.33.
    expect(spent.spend).toMatchObject({ amount: '10.00', capitalPart: '6.67', bonusPart: '3.33' });
    expect(spent.card).toMatchObject({ capital: '93.33', bonus: '46.67', balance: '140.00' });
    expect(spent.spend.orderNo).toMatch(/^2\d{15}$/);
    const all = await ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
      input: { cardId, amount: '140', password: phone.slice(-6), storeId: shop.merchant.store.id },
    });
    expect(all.card).toMatchObject({ capital: '0.00', bonus: '0.00' });
  });

  it('refuses a wrong password, more than the balance, and a store the card is not valid at', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '20.00');
    const wrong = await fails(app, shop.merchant.operatorKey, SpendFromCardDocument, {
      input: { cardId, amount: '1', password: '000000', storeId: shop.merchant.store.id },
    });
    expect(wrong).toMatchObject({ code: 'WRONG_CARD_PASSWORD', field: 'password' });
    const over = await fails(app, shop.merchant.operatorKey, SpendFromCardDocument, {
      input: { cardId, amount: '20.01', password: phone.slice(-6), storeId: shop.merchant.store.id },
    });
    expect(over).toMatchObject({ code: 'INSUFFICIENT_BALANCE', field: 'amount' });

    const other = await ok(app, shop.merchant.adminKey, CreateOtherStoreDocument);
    const limited = await ok(app, shop.merchant.adminKey, SaveCardTemplateDocument, {
      input: { title: 'Store-only', type: 'STORED_VALUE', storeIds: [shop.merchant.store.id] },
    });
    const opened = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
      input: { phone, cardTemplateId: limited.cardTemplate.id },
    });
    await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId: opened.card.id, amount: '5', storeId: shop.merchant.store.id, proofImageUrl: '/p.png' },
    });
    const spendAt = (storeId: string) =>
      app.gql(shop.merchant.operatorKey, SpendFromCardDocument, {
        input: { cardId: opened.card.id, amount: '1', password: phone.slice(-6), storeId },
      });
    const elsewhere = await spendAt(other.store.id);
    expect(elsewhere.data?.spendFromCard).toMatchObject({
      errors: [{ code: 'CARD_NOT_VALID_AT_STORE', field: 'storeId' }],
      spend: null,
    });
    // Recharging there is refused too; at its own store the card spends.
    const rechargeElsewhere = await fails(app, shop.merchant.operatorKey, RechargeCardDocument, {
      input: { cardId: opened.card.id, amount: '5', storeId: other.store.id, proofImageUrl: '/p.png' },
    });
    expect(rechargeElsewhere.code).toBe('CARD_NOT_VALID_AT_STORE');
    const home = await spendAt(shop.merchant.store.id);
    expect(home.data?.spendFromCard.card).toMatchObject({ capital: '4.00' });
  });
});
