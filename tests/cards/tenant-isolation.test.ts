import { print } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardMoneyResolver } from '../../src/resolvers/card-money.resolver.js';
import { CardSettingsResolver } from '../../src/resolvers/card-settings.resolver.js';
import { QrResolver } from '../../src/resolvers/qr.resolver.js';
import { CardRecordResolver } from '../../src/resolvers/card-record.resolver.js';
import { CardTemplateResolver, RechargeEventResolver } from '../../src/resolvers/card-template.resolver.js';
import { CouponResolver } from '../../src/resolvers/coupon.resolver.js';
import { MemberCardResolver } from '../../src/resolvers/member-card.resolver.js';
import { StaffResolver } from '../../src/resolvers/staff.resolver.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { fundedCard, latestSmsCode, ok, refundCode, setUpShop, staffToken, startCardApp } from './support.js';
import { cardTenantCases, seedCardTenant, type CardIds } from './tenant-cases.js';
import {
  BossLoginAttemptDocument,
  RefundSpendDocument,
  SendRefundSmsCodeDocument,
  SpendFromCardDocument,
} from '../../src/generated/graphql.js';

/** The resolver classes of the card domain: each of their queries and mutations needs a tenant case. */
const CARD_RESOLVERS: unknown[] = [
  StaffResolver,
  CardTemplateResolver,
  RechargeEventResolver,
  MemberCardResolver,
  CardMoneyResolver,
  CardRecordResolver,
  CouponResolver,
  CardSettingsResolver,
  QrResolver,
];

let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;
let bIds: CardIds;
let aStaffToken: string;
const cases = cardTenantCases(() => bIds);

/** Every row of B in the card domain's tables, read through the owner connection. */
async function snapshotB(): Promise<Record<string, unknown[]>> {
  const em = app.ownerOrm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns where column_name = 'merchant_id' and table_schema = current_schema() order by 1`,
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    snapshot[table_name] = await em.execute(`select * from "${table_name}" where merchant_id = ? order by 1`, [b.id]);
  }
  return snapshot;
}

beforeAll(async () => {
  app = await startCardApp();
  a = await app.createMerchant('Merchant A');
  b = await app.createMerchant('Merchant B');
  bIds = await seedCardTenant(app, a, b);
  aStaffToken = await staffToken(app, a, [
    'CARD_OPERATE',
    'CARD_REFUND',
    'COUPON_OPERATE',
    'CARD_CONFIG',
    'STAFF_MANAGE',
    'ADMIN',
  ]);
});
afterAll(() => app?.close());

describe('card tenant matrix', () => {
  it('has a case for every card-domain query and mutation', () => {
    const storage = getMetadataStorage();
    const names = (list: { target: unknown; schemaName: string }[]) =>
      list
        .filter((op) => CARD_RESOLVERS.includes(op.target))
        .map((op) => op.schemaName)
        .sort();
    expect(names(storage.queries)).toEqual(Object.keys(cases.queries).sort());
    expect(names(storage.mutations)).toEqual(Object.keys(cases.mutations).sort());
  });

  for (const who of ['API key', 'staff token'] as const) {
    it(`never shows merchant B's rows to merchant A's ${who}`, async () => {
      const key = who === 'API key' ? a.adminKey : aStaffToken;
      for (const [name, c] of Object.entries(cases.queries)) {
        const res = await app.gql(key, c.query, c.variables?.());
        try {
          expect(res.errors).toBeUndefined();
          if (name === 'viewer' && who === 'staff token') expect(res.data?.viewer.kind).toBe('staff');
          else c.expectIsolated(res);
        } catch (error) {
          throw new Error(`query ${name}: ${(error as Error).message}\n${JSON.stringify(res)}`, { cause: error });
        }
      }
    });

    it(`never changes merchant B's rows through merchant A's ${who}`, async () => {
      const key = who === 'API key' ? a.adminKey : aStaffToken;
      const before = await snapshotB();
      for (const [name, c] of Object.entries(cases.mutations)) {
        if (name === 'staffLogout' && who === 'staff token') continue; // would end the session the loop uses
        const res = await app.gql(key, c.query, c.variables?.());
        try {
          c.expectIsolated(res);
        } catch (error) {
          throw new Error(`mutation ${name}: ${(error as Error).message}\n${JSON.stringify(res)}`, { cause: error });
        }
      }
      expect(await snapshotB()).toEqual(before);
    });
  }
});

describe('staff logins and SMS codes across merchants', () => {
  it("A's staff cannot log in to B, and B's SMS codes do not confirm A's refunds", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(BossLoginAttemptDocument),
        variables: { m: b.id },
      }),
    });
    expect(((await res.json()) as any).data.staffLogin.errors[0].code).toBe('INVALID_CREDENTIALS');

    const aShop = await setUpShop(app, 'A shop', a);
    const aCard = await fundedCard(app, aShop, '10.00');
    const spent = await ok(app, a.operatorKey, SpendFromCardDocument, {
      input: { cardId: aCard.cardId, amount: '1', password: aCard.phone.slice(-6), storeId: a.store.id },
    });
    await ok(app, a.adminKey, SendRefundSmsCodeDocument);
    const aCode = await latestSmsCode(app, a.id);
    const bShop = { merchant: b, storedCardId: '', activityCardId: '' };
    // B's code must differ from A's for the attempt to mean anything (1 in 10^6 it would not).
    let bCode = await refundCode(app, bShop);
    while (bCode === aCode) bCode = await refundCode(app, bShop);
    const attempt = await app.gql(a.adminKey, RefundSpendDocument, { input: { orderNo: spent.spend.orderNo, smsCode: bCode } });
    expect(attempt.errors).toBeUndefined();
    expect(attempt.data?.refundSpend).toMatchObject({ errors: [{ code: 'SMS_CODE_WRONG' }], refund: null });
    // A's own code still refunds the spend, so B's attempt neither refunded it nor used A's code up.
    const refunded = await ok(app, a.adminKey, RefundSpendDocument, { input: { orderNo: spent.spend.orderNo, smsCode: aCode } });
    expect(refunded.refund).toMatchObject({ kind: 'SPEND', amount: '1.00' });
  });
});
