import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadChangeReadDocument } from '../../src/generated/graphql.js';
import { erpSignature } from '../../src/shims/erp-member-points/dialect.js';
import { createMembers } from '../loyalty/fixtures.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;
let erp: HmacApp;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Shop');
  erp = await createHmacApp(app, merchant, 'ERP_MEMBER_POINTS');
});
afterAll(() => app?.close());

async function erpPush(body: object) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`${app.url}/user/memberPoints`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-app-id': erp.appKey,
      'x-timestamp': timestamp,
      'x-signature': erpSignature(erp.secret, timestamp, raw),
    },
    body: raw,
  });
  return (await res.json()) as { code: number; info?: { error: string } };
}

const countMembers = async (mobile: string) =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from member where mobile = ?', [mobile]))[0].n as number;

describe('the request layer', () => {
  it('refreshes the loaders after each mutation: a read later in the same request sees the write', async () => {
    const [memberId] = await createMembers(app, merchant, 1);
    const res = await app.gql(merchant.operatorKey, ReadChangeReadDocument, {
      memberId: memberId!,
      change: { memberId: memberId!, direction: 'ADD', amount: '7.50', operationType: 'MANUAL_GRANT' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.before.member!.points.current).toBe('0.00');
    expect(res.data!.change.errors).toEqual([]);
    // Without the refresh, the balance cached by `before` would still answer 0.00 here.
    expect(res.data!.after.member!.points.current).toBe('7.50');
    await expectLedgersBalanced(app);
  });

  it('answers a shim call from one transaction: a failing later step leaves nothing of the earlier ones', async () => {
    // The ERP push registers the member, then changes its points. 13 digits pass the legacy
    // amount format but not the ledger's NUMERIC(14,2), so the second step fails.
    const mobile = '13900001111';
    const answer = await erpPush({ mobile, name: 'Rolled Back', pointsChanges: '1234567890123' });
    expect(answer).toMatchObject({ code: 20000, info: { error: 'INVALID_INPUT' } });
    expect(await countMembers(mobile)).toBe(0);

    // The same push with a valid amount keeps both steps.
    expect(await erpPush({ mobile, name: 'Kept', pointsChanges: '12' })).toMatchObject({ code: 10000, data: { name: 'Kept' } });
    expect(await countMembers(mobile)).toBe(1);
    await expectLedgersBalanced(app);
  });

  it('counts shim operations in the GraphQL operation metrics under their names', async () => {
    await erpPush({ mobile: '13900002222', name: 'Counted' });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_operations_total\{operation="ErpRegisterMember",outcome="ok"\} [1-9]/);
  });
});
