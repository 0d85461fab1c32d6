import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/** Fast scrypt and no resend wait, so tests run quickly; each test file may override. */
export function startCardApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({
    SCRYPT_N: '1024',
    SMS_RESEND_SECONDS: '0',
    UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'mg-uploads-')),
    ...overrides,
  });
}

/** Runs a mutation and returns its payload, failing the test on any GraphQL or payload error. */
export async function ok(app: TestApp, key: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await app.gql(key, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const [field] = Object.keys(res.data ?? {});
  const result = res.data![field!];
  if (result && typeof result === 'object' && 'errors' in result)
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  return result;
}

/** Runs a mutation that must fail with one business error; returns that error. */
export async function fails(
  app: TestApp,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ code: string; field: string | null; message: string }> {
  const res = await app.gql(key, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const [field] = Object.keys(res.data ?? {});
  const errors = res.data![field!].errors;
  expect(errors.length, JSON.stringify(res.data)).toBeGreaterThan(0);
  return errors[0];
}

export const Q = {
  saveCardTemplate: /* GraphQL */ `
    mutation ($input: CardTemplateInput!) {
      saveCardTemplate(input: $input) {
        errors {
          code
          field
          message
        }
        cardTemplate {
          id
          title
          type
          active
          stores {
            id
          }
        }
      }
    }
  `,
  saveEvent: /* GraphQL */ `
    mutation ($input: RechargeEventInput!) {
      saveRechargeEvent(input: $input) {
        errors {
          code
          field
          message
        }
        rechargeEvent {
          id
          title
          rechargeAmount
          bonusAmount
          type
          status
          couponQuantity
          couponTemplate {
            id
            title
          }
          cardTemplates {
            id
          }
        }
      }
    }
  `,
  saveCouponTemplate: /* GraphQL */ `
    mutation ($input: CouponTemplateInput!) {
      saveCouponTemplate(input: $input) {
        errors {
          code
          field
          message
        }
        couponTemplate {
          id
          title
          validFrom
          validUntil
          status
        }
      }
    }
  `,
  openCard: /* GraphQL */ `
    mutation ($input: OpenMemberCardInput!) {
      openMemberCard(input: $input) {
        errors {
          code
          field
          message
        }
        memberCreated
        card {
          id
          cardNo
          memberId
          capital
          bonus
          balance
          openStore {
            id
          }
          member {
            mobile
          }
          template {
            id
            type
          }
        }
      }
    }
  `,
  recharge: /* GraphQL */ `
    mutation ($input: RechargeCardInput!) {
      rechargeCard(input: $input) {
        errors {
          code
          field
          message
        }
        recharge {
          id
          orderNo
          amount
          bonus
          capitalRemaining
          bonusRemaining
          activityStatus
          channel
          storeId
        }
        card {
          id
          capital
          bonus
          balance
          totalCapitalRecharged
          invoiceable
        }
        coupons {
          id
          code
          status
          source
          couponTemplateId
          validityText
        }
      }
    }
  `,
  spend: /* GraphQL */ `
    mutation ($input: SpendFromCardInput!) {
      spendFromCard(input: $input) {
        errors {
          code
          field
          message
        }
        spend {
          id
          orderNo
          amount
          capitalPart
          bonusPart
        }
        card {
          id
          capital
          bonus
          balance
        }
      }
    }
  `,
  sendCode: /* GraphQL */ `
    mutation {
      sendRefundSmsCode {
        errors {
          code
          field
          message
        }
        sentTo
        expiresAt
      }
    }
  `,
  refundSpend: /* GraphQL */ `
    mutation ($input: RefundInput!) {
      refundSpend(input: $input) {
        errors {
          code
          field
          message
        }
        refund {
          id
          kind
          orderNo
          amount
          capital
          bonus
        }
        card {
          capital
          bonus
          balance
        }
      }
    }
  `,
  refundRecharge: /* GraphQL */ `
    mutation ($input: RefundInput!) {
      refundRecharge(input: $input) {
        errors {
          code
          field
          message
        }
        refund {
          id
          kind
          orderNo
          amount
          capital
          bonus
        }
        card {
          capital
          bonus
          balance
          totalCapitalRefunded
          invoiceable
        }
      }
    }
  `,
  cashback: /* GraphQL */ `
    mutation ($id: ID!) {
      payActivityCashback(rechargeId: $id) {
        errors {
          code
          field
          message
        }
        recharge {
          id
          activityStatus
          cashbackPaidAt
        }
      }
    }
  `,
  card: /* GraphQL */ `
    query ($id: ID!) {
      memberCard(id: $id) {
        id
        cardNo
        capital
        bonus
        balance
        totalCapitalRecharged
        totalCapitalRefunded
        totalInvoiced
        invoiceable
        qrContent
        activityRecharges {
          id
          capitalRemaining
          bonusRemaining
          activityStatus
        }
        invoices {
          id
          amount
          imageUrl
          store {
            id
          }
        }
      }
    }
  `,
  updateSettings: /* GraphQL */ `
    mutation ($phone: String) {
      updateCardSettings(input: { smsPhone: $phone }) {
        errors {
          code
          field
          message
        }
        settings {
          smsPhone
        }
      }
    }
  `,
  gift: /* GraphQL */ `
    mutation ($input: GiftCouponsInput!) {
      giftCoupons(input: $input) {
        errors {
          code
          field
          message
        }
        coupons {
          id
          code
          status
          validFrom
          validUntil
          validityText
          qrContent
        }
      }
    }
  `,
  redeem: /* GraphQL */ `
    mutation ($input: RedeemCouponInput!) {
      redeemCoupon(input: $input) {
        errors {
          code
          field
          message
        }
        coupon {
          id
          code
          status
          redeemedAt
          redeemedStoreId
        }
      }
    }
  `,
  addInvoice: /* GraphQL */ `
    mutation ($input: AddInvoiceInput!) {
      addInvoice(input: $input) {
        errors {
          code
          field
          message
        }
        invoice {
          id
          amount
          imageUrl
        }
        card {
          invoiceable
          totalInvoiced
        }
      }
    }
  `,
};

/** A merchant ready for card tests: an SMS phone, a stored-value card and an activity card. */
export interface CardShop {
  merchant: TestMerchant;
  storedCardId: string;
  activityCardId: string;
}

export async function setUpShop(app: TestApp, name = 'Card Shop', existing?: TestMerchant): Promise<CardShop> {
  const merchant = existing ?? (await app.createMerchant(name));
  await ok(app, merchant.adminKey, Q.updateSettings, { phone: '13900000000' });
  const stored = await ok(app, merchant.adminKey, Q.saveCardTemplate, {
    input: { title: '储值卡', type: 'STORED_VALUE', colour: '#34988E' },
  });
  const activity = await ok(app, merchant.adminKey, Q.saveCardTemplate, { input: { title: '活动卡', type: 'ACTIVITY' } });
  return { merchant, storedCardId: stored.cardTemplate.id, activityCardId: activity.cardTemplate.id };
}

let phoneSeq = 0;
/** A phone number no other test in this process uses. */
export function newPhone(): string {
  phoneSeq += 1;
  return `135${String(process.pid % 10000).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`;
}

/** Opens a stored-value card for a new member and recharges it; returns the card id and phone. */
export async function fundedCard(
  app: TestApp,
  shop: CardShop,
  amount: string,
  bonus = '0.00',
): Promise<{ cardId: string; phone: string }> {
  const phone = newPhone();
  const opened = await ok(app, shop.merchant.operatorKey, Q.openCard, { input: { phone, cardTemplateId: shop.storedCardId } });
  await ok(app, shop.merchant.operatorKey, Q.recharge, {
    input: { cardId: opened.card.id, amount, bonus, storeId: shop.merchant.store.id, proofImageUrl: '/uploads/proof.png' },
  });
  return { cardId: opened.card.id, phone };
}

/** The latest SMS code the database provider recorded for the merchant (what an operator would read). */
export async function latestSmsCode(app: TestApp, merchantId: string): Promise<string> {
  const rows = await app.ownerOrm.em
    .fork()
    .execute('select body from sms_message where merchant_id = ? order by created_at desc limit 1', [merchantId]);
  const code = /\b(\d{6})\b/.exec(rows[0]?.body ?? '')?.[1];
  if (!code) throw new Error('No SMS code recorded.');
  return code;
}

/**
 * Creates a staff user `username` (password "secret-pass") of the merchant, with a role holding
 * `permissions` and the merchant's store, and logs it in: returns the staff token.
 */
export async function staffToken(
  app: TestApp,
  merchant: TestMerchant,
  permissions: string[],
  username = 'boss',
): Promise<string> {
  const role = await ok(
    app,
    merchant.adminKey,
    `mutation ($p: [Permission!]) { saveStaffRole(input: { name: "all", permissions: $p }) { errors { code } staffRole { id } } }`,
    { p: permissions },
  );
  await ok(
    app,
    merchant.adminKey,
    `mutation ($u: String!, $r: ID!, $s: ID!) { createStaffUser(input: { username: $u, password: "secret-pass", roleId: $r, storeIds: [$s] }) { errors { code } staffUser { id } } }`,
    { u: username, r: role.staffRole.id, s: merchant.store.id },
  );
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($m: ID!, $u: String!) { staffLogin(input: { merchantId: $m, username: $u, password: "secret-pass" }) { token } }`,
      variables: { m: merchant.id, u: username },
    }),
  });
  return ((await login.json()) as { data: { staffLogin: { token: string } } }).data.staffLogin.token;
}

/** Sends a refund code and reads it back. */
export async function refundCode(app: TestApp, shop: CardShop): Promise<string> {
  await ok(app, shop.merchant.adminKey, Q.sendCode);
  return latestSmsCode(app, shop.merchant.id);
}
