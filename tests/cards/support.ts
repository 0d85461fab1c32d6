import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  CreateStaffUserWithDocument,
  OpenMemberCardDocument,
  RechargeCardDocument,
  SaveCardTemplateDocument,
  SaveStaffRoleWithDocument,
  SendRefundSmsCodeDocument,
  StaffLoginAsDocument,
  UpdateCardSettingsDocument,
  type Permission,
} from '../../src/generated/graphql.js';

/** Fast scrypt and no resend wait, so tests run quickly; each test file may override. */
export function startCardApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({
    SCRYPT_N: '1024',
    SMS_RESEND_SECONDS: '0',
    UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'mg-uploads-')),
    ...overrides,
  });
}

/** The one root field an operation selects, as `ok()` returns it. */
type RootField<T> = NonNullable<T[keyof T]>;

/**
 * A payload once `ok()` has checked that its `errors` is empty: the result fields it selects are
 * then present (a payload's fields are nullable only for the failure case).
 */
export type Succeeded<P> = P extends { errors: unknown } ? { [K in keyof P]-?: NonNullable<P[K]> } : P;

/** The one business error `fails()` returns. */
export interface PayloadError {
  code: string;
  field: string | null;
  message: string;
}

/** Runs a mutation and returns its payload, failing the test on any GraphQL or payload error. */
export async function ok<T extends object, V>(
  app: TestApp,
  key: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<Succeeded<RootField<T>>> {
  const res = await app.gql(key, document, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const [field] = Object.keys(res.data ?? {});
  const result: any = res.data![field! as keyof T];
  if (result && typeof result === 'object' && 'errors' in result)
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  return result;
}

/** Runs a mutation that must fail with one business error; returns that error. */
export async function fails<T extends object, V>(
  app: TestApp,
  key: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<PayloadError> {
  const res = await app.gql(key, document, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const [field] = Object.keys(res.data ?? {});
  const errors = (res.data![field! as keyof T] as { errors: PayloadError[] }).errors;
  expect(errors.length, JSON.stringify(res.data)).toBeGreaterThan(0);
  return errors[0]!;
}

/** A merchant ready for card tests: an SMS phone, a stored-value card and an activity card. */
export interface CardShop {
  merchant: TestMerchant;
  storedCardId: string;
  activityCardId: string;
}

export async function setUpShop(app: TestApp, name = 'Card Shop', existing?: TestMerchant): Promise<CardShop> {
  const merchant = existing ?? (await app.createMerchant(name));
  await ok(app, merchant.adminKey, UpdateCardSettingsDocument, { phone: '13900000000' });
  const stored = await ok(app, merchant.adminKey, SaveCardTemplateDocument, {
    input: { title: '储值卡', type: 'STORED_VALUE', colour: '#34988E' },
  });
  const activity = await ok(app, merchant.adminKey, SaveCardTemplateDocument, { input: { title: '活动卡', type: 'ACTIVITY' } });
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
  const opened = await ok(app, shop.merchant.operatorKey, OpenMemberCardDocument, {
    input: { phone, cardTemplateId: shop.storedCardId },
  });
  await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
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
  permissions: Permission[],
  username = 'boss',
): Promise<string> {
  const role = await ok(app, merchant.adminKey, SaveStaffRoleWithDocument, { p: permissions });
  await ok(app, merchant.adminKey, CreateStaffUserWithDocument, { u: username, r: role.staffRole.id, s: merchant.store.id });
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: print(StaffLoginAsDocument),
      variables: { m: merchant.id, u: username },
    }),
  });
  return ((await login.json()) as { data: { staffLogin: { token: string } } }).data.staffLogin.token;
}

/** Sends a refund code and reads it back. */
export async function refundCode(app: TestApp, shop: CardShop): Promise<string> {
  await ok(app, shop.merchant.adminKey, SendRefundSmsCodeDocument);
  return latestSmsCode(app, shop.merchant.id);
}
