import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddExperienceDocument,
  AddPointsDocument,
  CreateMemberDocument,
  DocsConsumeOrderDocument,
  DocsDeductPointsDocument,
  DocsRevokeOrderDocument,
  SetTwoGradesDocument,
} from '../../src/generated/graphql.js';
import { fundedCard, setUpShop, startCardApp } from '../cards/support.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';

/*
 * docs/analytics.md promises that its examples work as pasted: every ```graphql block of it runs
 * here, against a merchant seeded like a small shop (members with labels, points and grades,
 * deductions, stored-value recharges), with an admin key, and must answer without errors.
 */

const DOC = new URL('../../docs/analytics.md', import.meta.url);
const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const nameOf = (block: string) => /^\s*(?:query|mutation)\s+(\w+)/m.exec(block)?.[1] ?? block.slice(0, 40);

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startCardApp();
  const shop = await setUpShop(app, 'Docs shop');
  merchant = shop.merchant;
  await app.gql(merchant.adminKey, SetTwoGradesDocument);
  for (let i = 0; i < 12; i++) {
    const res = await app.gql(merchant.operatorKey, CreateMemberDocument, {
      input: {
        code: `D${i}`,
        name: `Member ${i}`,
        mobile: `1380013${String(i).padStart(4, '0')}`,
        email: i % 3 ? null : `m${i}@example.com`,
        labels: i % 4 ? ['regular'] : ['staff'],
      },
    });
    const id = res.data!.createMember.member!.id;
    await app.gql(merchant.operatorKey, AddPointsDocument, { memberId: id, amount: String(200 * i + 20) });
    if (i % 2) await app.gql(merchant.operatorKey, DocsDeductPointsDocument, { memberId: id, amount: '10' });
    await app.gql(merchant.operatorKey, AddExperienceDocument, { memberId: id, amount: String(20 * i + 1) });
    // Orders: every third member spends on one and has part of it revoked.
    if (i % 3 === 1) {
      const order = { memberId: id, orderId: `DOC-${i}` };
      await app.gql(merchant.operatorKey, DocsConsumeOrderDocument, { ...order, amount: String(10 * i + 5) });
      await app.gql(merchant.operatorKey, DocsRevokeOrderDocument, { ...order, amount: '5' });
    }
  }
  for (const amount of ['50', '150', '300']) await fundedCard(app, shop, amount);
}, 120_000);
afterAll(() => app?.close());

describe('docs/analytics.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((block) => [nameOf(block), block]))('runs %s as pasted', async (_, block) => {
    const res = await app.gql(merchant.adminKey, block);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toBeTruthy();
  });

  it('finds rows with the filter examples on the seeded shop', async () => {
    const gold = await app.gql<{ members: { items: unknown[] } }>(
      merchant.adminKey,
      blocks.find((b) => /GoldOrBigSpenders/.test(b))!,
    );
    expect(gold.data!.members.items.length).toBeGreaterThan(0);
    const deductions = await app.gql<{ pointsEntries: { items: unknown[] } }>(
      merchant.adminKey,
      blocks.find((b) => /RecentDeductions/.test(b))!,
    );
    expect(deductions.data!.pointsEntries.items.length).toBeGreaterThan(0);
    const gradeUps = await app.gql<{ gradeChanges: { items: unknown[] } }>(
      merchant.adminKey,
      blocks.find((b) => /GradeUpsThisYear/.test(b))!,
    );
    expect(gradeUps.data!.gradeChanges.items.length).toBeGreaterThan(0);
    const revoked = await app.gql<{ pointsOrders: { items: { spent: string }[] } }>(
      merchant.adminKey,
      blocks.find((b) => /RevokedBigOrders/.test(b))!,
    );
    // Members 1, 4, 7 and 10 spent 15, 45, 75 and 105 on their orders: the last two are 50 or more.
    expect(revoked.data!.pointsOrders.items.map((o) => o.spent).sort()).toEqual(['105.00', '75.00']);
  });
});
