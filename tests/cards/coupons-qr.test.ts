import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, newPhone, ok, setUpShop, startCardApp, type CardShop } from './support.js';
import {
  ActiveCouponTemplatesDocument,
  CouponPageDocument,
  CouponsOfMemberByStatusDocument,
  CreateStoreElsewhereDocument,
  GiftCouponsDocument,
  MemberCardDetailDocument,
  OpenMemberCardDocument,
  RedeemCouponDocument,
  SaveCouponTemplateDocument,
  ScanQrCodeDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;
let templateId: string;
let memberPhone: string;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app);
  templateId = (
    await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: {
        title: '20 元优惠券',
        type: 'CASH',
        ruleText: '满100可用',
        validFrom: '2019-10-01',
        validUntil: '2099-10-10',
        storeIds: [shop.merchant.store.id],
      },
    })
  ).couponTemplate.id;
  memberPhone = newPhone();
  await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
    input: { phone: memberPhone, cardTemplateId: shop.storedCardId },
  });
});
afterAll(() => app?.close());

describe('coupons', () => {
  it('gifts coupons with unique codes and lists a member’s coupons with the validity text', async () => {
    const gifted = await ok(app, shop.merchant.operatorKey, GiftCouponsDocument, {
      input: { couponTemplateId: templateId, phone: memberPhone, quantity: 3 },
    });
    expect(gifted.coupons).toHaveLength(3);
    expect(new Set(gifted.coupons.map((c: { code: string }) => c.code)).size).toBe(3);
    for (const c of gifted.coupons) expect(c.code).toMatch(/^[1-9]\d{15}$/);
    const list = await app.gql(shop.merchant.readonlyKey, CouponPageDocument, { f: { phone: memberPhone }, p: { limit: 2 } });
    expect(list.data?.coupons.totalItems).toBe(3);
    expect(list.data?.coupons.items).toHaveLength(2);
    // Valid from today (later than the template's start) to the template's last day.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const [y, m, d] = today.split('-').map(Number);
    expect(list.data?.coupons.items[0]).toMatchObject({
      status: 'UNUSED',
      validFrom: today,
      validUntil: '2099-10-10',
      validityText: `${y}-${m}-${d} 至 2099-10-10`,
      expired: false,
      template: { title: '20 元优惠券', stores: [{ id: shop.merchant.store.id }] },
      member: { mobile: memberPhone },
    });
  });

  it("shows a member's coupons on the member, by status", async () => {
    const phone = newPhone();
    await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, { input: { phone, cardTemplateId: shop.storedCardId } });
    const gifted = await ok(app, shop.merchant.operatorKey, GiftCouponsDocument, {
      input: { couponTemplateId: templateId, phone, quantity: 3 },
    });
    const [redeemed, ...kept] = gifted.coupons;
    await ok(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: redeemed!.code, storeId: shop.merchant.store.id },
    });
    const res = await app.gql(shop.merchant.readonlyKey, CouponsOfMemberByStatusDocument, { m: phone });
    expect(res.errors).toBeUndefined();
    const member = res.data!.memberByMobile!;
    const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
    expect(ids(member.all)).toEqual(ids(gifted.coupons));
    expect(ids(member.unused)).toEqual(ids(kept));
    expect(member.used).toEqual([{ id: redeemed!.id }]);
  });

  it('lists coupon templates by status (legacy 7.2)', async () => {
    const res = await app.gql(shop.merchant.readonlyKey, ActiveCouponTemplatesDocument);
    expect(res.data?.couponTemplates).toContainEqual({
      id: templateId,
      title: '20 元优惠券',
      ruleText: '满100可用',
      validUntil: '2099-10-10',
      stores: [{ id: shop.merchant.store.id }],
    });
  });

  it('refuses gifting to an unknown member, a bad quantity, or a disabled template', async () => {
    expect(
      (
        await fails(app, shop.merchant.operatorKey, GiftCouponsDocument, {
          input: { couponTemplateId: templateId, phone: '13000000000', quantity: 1 },
        })
      ).code,
    ).toBe('MEMBER_NOT_FOUND');
    expect(
      (
        await fails(app, shop.merchant.operatorKey, GiftCouponsDocument, {
          input: { couponTemplateId: templateId, phone: memberPhone, quantity: 0 },
        })
      ).code,
    ).toBe('INVALID_INPUT');
    const disabled = await ok(app, shop.merchant.adminKey, SaveCouponTemplateDocument, {
      input: { title: 'off', type: 'GOODS', validUntil: '2099-01-01', status: 'DISABLED' },
    });
    expect(
      (
        await fails(app, shop.merchant.operatorKey, GiftCouponsDocument, {
          input: { couponTemplateId: disabled.couponTemplate.id, phone: memberPhone, quantity: 1 },
        })
      ).code,
    ).toBe('COUPON_TEMPLATE_DISABLED');
  });

  it('redeems a coupon exactly once under parallel attempts', async () => {
    const [coupon] = (
      await ok(app, shop.merchant.operatorKey, GiftCouponsDocument, {
        input: { couponTemplateId: templateId, phone: memberPhone, quantity: 1 },
      })
    ).coupons;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql(shop.merchant.operatorKey, RedeemCouponDocument, {
          input: { code: coupon.code, storeId: shop.merchant.store.id },
        }),
      ),
    );
    const won = results.filter((r) => r.data?.redeemCoupon.errors.length === 0);
    expect(won).toHaveLength(1);
    expect(won[0]!.data?.redeemCoupon.coupon).toMatchObject({ status: 'USED', redeemedStoreId: shop.merchant.store.id });
    expect(new Set(results.filter((r) => r !== won[0]).map((r) => r.data?.redeemCoupon.errors[0].code))).toEqual(
      new Set(['COUPON_USED']),
    );
  });

  it('refuses expired, not-yet-valid, unknown and wrong-store coupons', async () => {
    const coupons = (
      await ok(app, shop.merchant.operatorKey, GiftCouponsDocument, {
        input: { couponTemplateId: templateId, phone: memberPhone, quantity: 3 },
      })
    ).coupons;
    const owner = app.ownerOrm.em.fork();
    await owner.execute(`update coupon set valid_from = date '2019-10-01', valid_until = date '2019-10-10' where id = ?`, [
      coupons[0].id,
    ]);
    await owner.execute(`update coupon set valid_from = date '2098-01-01' where id = ?`, [coupons[1].id]);
    const expired = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: coupons[0].code, storeId: shop.merchant.store.id },
    });
    expect(expired.code).toBe('COUPON_EXPIRED');
    const list = await app.gql(shop.merchant.operatorKey, CouponPageDocument, {
      f: { memberId: null, phone: memberPhone },
      p: { limit: 50 },
    });
    expect(list.data?.coupons.items.find((c: { id: string }) => c.id === coupons[0].id)).toMatchObject({
      expired: true,
      validityText: '2019-10-1 至 2019-10-10',
    });
    const early = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: coupons[1].code, storeId: shop.merchant.store.id },
    });
    expect(early.code).toBe('COUPON_NOT_YET_VALID');
    const unknown = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: '1234567890123456', storeId: shop.merchant.store.id },
    });
    expect(unknown.code).toBe('COUPON_NOT_FOUND');
    const other = await app.gql(shop.merchant.adminKey, CreateStoreElsewhereDocument);
    const wrongStore = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, {
      input: { code: coupons[2].code, storeId: other.data?.createStore.store!.id },
    });
    expect(wrongStore.code).toBe('COUPON_NOT_VALID_AT_STORE');
    const noStore = await fails(app, shop.merchant.operatorKey, RedeemCouponDocument, { input: { code: coupons[2].code } });
    expect(noStore.code).toBe('STORE_REQUIRED');
  });
});

describe('QR codes', () => {
  it('scans a card and a coupon from their signed contents', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '12.00');
    const card = await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId });
    const content = card.data?.memberCard!.qrContent as string;
    expect(content).toMatch(/^MG1\.C\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{22}$/);
    const scannedCard = await app.gql(shop.merchant.operatorKey, ScanQrCodeDocument, { c: content });
    expect(scannedCard.data?.scanQrCode).toMatchObject({
      errors: [],
      kind: 'CARD',
      card: { id: cardId, balance: '12.00', member: { mobile: phone } },
      coupon: null,
    });

    const [coupon] = (
      await ok(app, shop.merchant.operatorKey, GiftCouponsDocument, {
        input: { couponTemplateId: templateId, phone: memberPhone, quantity: 1 },
      })
    ).coupons;
    const scannedCoupon = await app.gql(shop.merchant.operatorKey, ScanQrCodeDocument, { c: coupon.qrContent });
    expect(scannedCoupon.data?.scanQrCode).toMatchObject({
      kind: 'COUPON',
      card: null,
      coupon: { id: coupon.id, code: coupon.code, template: { title: '20 元优惠券' } },
    });
  });

  it('refuses forged, altered and other merchants’ contents', async () => {
    const { cardId } = await fundedCard(app, shop, '1.00');
    const content = (await app.gql(shop.merchant.operatorKey, MemberCardDetailDocument, { id: cardId })).data?.memberCard!
      .qrContent as string;
    const [version, kind, id, sig] = content.split('.');
    const { cardId: otherCard } = await fundedCard(app, shop, '1.00');
    const flipped = sig!.slice(0, -1) + (sig!.endsWith('A') ? 'B' : 'A');
    const forged = [
      `${version}.${kind}.${otherCard}.${sig}`, // another id under this signature
      `${version}.K.${id}.${sig}`, // another kind
      `${version}.${kind}.${id}.${flipped}`,
      `${version}.${kind}.${id}`,
      'MG1.C.' + cardId + '.AAAAAAAAAAAAAAAAAAAAAA',
      'not a qr code',
      cardId,
    ];
    for (const c of forged) {
      const res = await app.gql(shop.merchant.operatorKey, ScanQrCodeDocument, { c });
      expect(res.data?.scanQrCode, c).toMatchObject({
        errors: [{ code: 'QR_INVALID', field: 'content' }],
        kind: null,
        card: null,
        coupon: null,
      });
    }
    const stranger = await setUpShop(app, 'Stranger');
    const res = await app.gql(stranger.merchant.operatorKey, ScanQrCodeDocument, { c: content });
    expect(res.data?.scanQrCode.errors[0].code).toBe('QR_INVALID');
  });
});
