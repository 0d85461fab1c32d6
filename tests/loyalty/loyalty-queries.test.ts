import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { createMembers } from './fixtures.js';
import {
  ChangePointsAndExperienceDocument,
  LoyaltyAccountsOfDocument,
  MemberLoyaltyPageDocument,
  MembersByLoyaltyRankDocument,
  MembersByLoyaltyRankQueryVariables,
  SetBronzeSilverGoldGradesDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let members: string[];

/** 120 members: member i has i points and 10*i experience, so every ranking is predictable. */
beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
  await app.gql(merchant.adminKey, SetBronzeSilverGoldGradesDocument);
  members = await createMembers(app, merchant, 120);
  await Promise.all(
    members.map((memberId, i) =>
      app.gql(merchant.operatorKey, ChangePointsAndExperienceDocument, {
        p: { memberId, direction: 'ADD', amount: String(i + 1), operationType: 'MANUAL_GRANT' },
        e: { memberId, direction: 'ADD', amount: String(10 * (i + 1)) },
      }),
    ),
  );
  await expectLedgersBalanced(app);
});
afterAll(() => app?.close());

describe('member loyalty fields', () => {
  it('costs the same number of SQL statements for a page of 10 and a page of 100', async () => {
    const page = (limit: number) =>
      app.statementsOf(async () => {
        const res = await app.gql(merchant.readonlyKey, MemberLoyaltyPageDocument, { limit });
        expect(res.data?.members.items).toHaveLength(limit);
        expect(res.data?.members.items.every((m: { points: unknown; grade: unknown }) => m.points && m.grade)).toBe(true);
      });
    const small = await page(10);
    const large = await page(100);
    expect(large).toHaveLength(small.length);
    // Everything sent to PostgreSQL: one read-only transaction (its start with the merchant's
    // set_config in one message, then rollback) around members, points, experience and the grade table (no count: the page does not ask for
    // totalItems). The API key is cached since the first requests (no lookup).
    expect(large).toHaveLength(2 + 4);
  });
});

describe('membersByLoyalty', () => {
  const rank = (vars: MembersByLoyaltyRankQueryVariables) =>
    app.gql(merchant.readonlyKey, MembersByLoyaltyRankDocument, vars).then((r) => r.data!.membersByLoyalty);

  it('ranks by points, experience or grade, both ways, with paging', async () => {
    const top = await rank({ orderBy: { field: 'POINTS', direction: 'DESC' }, page: { offset: 0, limit: 3 } });
    expect(top.totalItems).toBe(120);
    expect(top.items.map((m: { points: { current: string } }) => m.points.current)).toEqual(['120.00', '119.00', '118.00']);
    const next = await rank({ orderBy: { field: 'POINTS', direction: 'DESC' }, page: { offset: 3, limit: 2 } });
    expect(next.items.map((m: { points: { current: string } }) => m.points.current)).toEqual(['117.00', '116.00']);
    const low = await rank({ orderBy: { field: 'EXPERIENCE', direction: 'ASC' }, page: { offset: 0, limit: 2 } });
    expect(low.items.map((m: { id: string }) => m.id)).toEqual([members[0], members[1]]);
    const byGrade = await rank({ orderBy: { field: 'GRADE', direction: 'DESC' }, page: { offset: 0, limit: 1 } });
    expect(byGrade.items[0]).toMatchObject({ id: members[119], grade: { code: 'GOLD' } });
  });

  it('filters by grade and by points and experience bounds', async () => {
    const silver = await rank({
      orderBy: { field: 'EXPERIENCE', direction: 'ASC' },
      filter: { gradeLevel: 2 },
      page: { offset: 0, limit: 1 },
    });
    // Silver is 300 <= experience < 1000: members 30..99 (experience 300..990).
    expect(silver.totalItems).toBe(70);
    expect(silver.items[0].experience.current).toBe('300.00');
    const band = await rank({
      orderBy: { field: 'POINTS', direction: 'ASC' },
      filter: { pointsMin: '10', pointsMax: '12.5', experienceMax: '110' },
    });
    expect(band.items.map((m: { points: { current: string } }) => m.points.current)).toEqual(['10.00', '11.00']);
  });
});

describe('loyaltyAccounts', () => {
  it("answers many members at once, in the order asked, without other merchants' members", async () => {
    const other = await app.createMerchant('Other');
    const [foreign] = await createMembers(app, other, 1);
    const ids = [members[5], 'junk', members[0], foreign, members[5]];
    const accounts = (memberIds: string[]) => app.gql(merchant.readonlyKey, LoyaltyAccountsOfDocument, { ids: memberIds });
    const res = await accounts(ids);
    expect(res.data?.loyaltyAccounts).toEqual([
      {
        memberId: members[5],
        points: { current: '6.00', totalEarned: '6.00', used: '0.00' },
        experience: { current: '60.00' },
        grade: { code: 'BRONZE' },
        member: { code: `M-${members[5]}` },
      },
      {
        memberId: members[0],
        points: { current: '1.00', totalEarned: '1.00', used: '0.00' },
        experience: { current: '10.00' },
        grade: { code: 'BRONZE' },
        member: { code: `M-${members[0]}` },
      },
    ]);
    const few = await app.statementsOf(() => accounts(ids));
    const many = await app.statementsOf(() => accounts(members.slice(0, 100)));
    expect(many).toHaveLength(few.length);
    // One read-only transaction (start with set_config in one message, rollback) around points, experience, grade
    // table and members; the API key is cached since the first requests (no lookup).
    expect(many).toHaveLength(2 + 4);
  });
});
