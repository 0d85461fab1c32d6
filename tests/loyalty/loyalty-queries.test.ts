import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { addPoints, createMembers } from './fixtures.js';
import {
  ChangeExperienceDocument,
  ChangePointsAndExperienceDocument,
  ChangePointsDocument,
  LoyaltyAccountsOfDocument,
  MemberLoyaltyPageDocument,
  MembersByLoyaltyRankDocument,
  MembersByLoyaltyRankQueryVariables,
  SetBronzeSilverGoldGradesDocument,
  SetGradesDocument,
  WhereMembersByLoyaltyDocument,
} from '../../src/generated/graphql.js';
import { Decimal } from 'decimal.js';

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
    // Everything sent to PostgreSQL, by message: one read-only transaction (its start with the
    // merchant's set_config travels with its first read, then rollback) around members, points,
    // experience and the grade table (no count: the page does not ask for totalItems). The API
    // key is cached since the first requests (no lookup).
    expect(large).toHaveLength(4 + 1);
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

describe('membersByLoyalty after balances move (its rank rows, m20261127-310-rank-tables)', () => {
  it('walks every ranking by cursor in exactly the order of the balances, ties by id, after spends, earns and a regrade', async () => {
    const shop = await app.createMerchant('Ranks');
    await app.gql(shop.adminKey, SetBronzeSilverGoldGradesDocument);
    const ids = await createMembers(app, shop, 24);
    // Few distinct values, so ties are many: points i % 5 (plus a half for every 3rd), experience 150 * (i % 4).
    for (const [i, memberId] of ids.entries()) {
      const points = String((i % 5) + (i % 3 === 0 ? 0.5 : 0));
      if (points !== '0') await addPoints(app, shop.operatorKey, memberId, points);
      if (i % 4) {
        const res = await app.gql(shop.operatorKey, ChangeExperienceDocument, {
          input: { memberId, direction: 'ADD', amount: String(150 * (i % 4)) },
        });
        expect(res.data?.changeExperience.errors).toEqual([]);
      }
    }
    // Spends and earns move members past others; a new grade table regrades them.
    for (const [i, memberId] of ids.entries()) {
      if (i % 6 === 1) {
        const res = await app.gql(shop.operatorKey, ChangePointsDocument, {
          input: { memberId, direction: 'DEDUCT', amount: '1', operationType: 'MANUAL_DEDUCTION' },
        });
        expect(res.data?.changePoints.errors).toEqual([]);
      }
      if (i % 7 === 2) await addPoints(app, shop.operatorKey, memberId, '3.25');
    }
    const regrade = await app.gql(shop.adminKey, SetGradesDocument, {
      grades: [
        { level: 1, code: 'LOW', name: 'Low', threshold: '0' },
        { level: 2, code: 'MID', name: 'Mid', threshold: '100' },
        { level: 3, code: 'HIGH', name: 'High', threshold: '400' },
      ],
    });
    expect(regrade.data?.setGrades.errors).toEqual([]);
    expect(regrade.data?.setGrades.membersRegraded).toBeGreaterThan(0);
    await expectLedgersBalanced(app);

    // The expected orders, from the balance rows themselves.
    const balances = await app.ownerOrm.em.fork().execute<{ id: string; points: string; exp: string; grade: number }[]>(
      `select p.member_id as id, p.current::text as points, x.current::text as exp, x.grade_level as grade
         from points_balance p join exp_balance x on x.member_id = p.member_id where p.merchant_id = ?`,
      [shop.id],
    );
    expect(balances).toHaveLength(24);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const keyed = {
      POINTS: (r: (typeof balances)[number]) => [new Decimal(r.points)],
      EXPERIENCE: (r: (typeof balances)[number]) => [new Decimal(r.exp)],
      GRADE: (r: (typeof balances)[number]) => [new Decimal(r.grade), new Decimal(r.exp)],
    };
    for (const field of ['POINTS', 'EXPERIENCE', 'GRADE'] as const) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const ascending = [...balances].sort((a, b) => {
          const [ka, kb] = [keyed[field](a), keyed[field](b)];
          for (let k = 0; k < ka.length; k++) if (!ka[k]!.eq(kb[k]!)) return ka[k]!.lt(kb[k]!) ? -1 : 1;
          return byId(a, b);
        });
        const want = (direction === 'ASC' ? ascending : ascending.reverse()).map((r) => r.id);
        const fetch = (after: string | null) =>
          app.gql(shop.readonlyKey, WhereMembersByLoyaltyDocument, { orderBy: { field, direction }, page: { limit: 5, after } });
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 20; guard++) {
          const res = await fetch(after);
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          const page = res.data!.membersByLoyalty;
          seen.push(...page.items.map((m) => m.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor ?? null;
        }
        expect(seen, `${field} ${direction}`).toEqual(want);
      }
    }
  });
});

describe('membersByLoyalty cursors', () => {
  it('refuses a cursor of the ranking before the rank rows (numeric keys) as bad input, sending no page statement', async () => {
    const old = Buffer.from(JSON.stringify({ o: 'loyalty.POINTS:desc', k: ['12.50'], id: members[3] })).toString('base64url');
    const sent = await app.statementsOf(async () => {
      const res = await app.gql(merchant.readonlyKey, WhereMembersByLoyaltyDocument, {
        orderBy: { field: 'POINTS', direction: 'DESC' },
        page: { limit: 5, after: old },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.after' });
    });
    expect(sent.filter((s) => /points_rank/.test(s))).toEqual([]);
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
    // One read-only transaction (its start with set_config travels with the first read, then
    // rollback) around points, experience, grade table and members; the API key is cached since
    // the first requests (no lookup).
    expect(many).toHaveLength(4 + 1);
  });
});
