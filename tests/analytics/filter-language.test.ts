import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddExperienceDocument,
  AddPointsDocument,
  CreateMemberDocument,
  SetStatusDocument,
  SetTwoGradesDocument,
  WhereExperienceEntriesDocument,
  WhereMembersByLoyaltyDocument,
  WhereMembersDocument,
  WhereMembersPageDocument,
  WherePointsEntriesDocument,
  WhereRechargesDocument,
  type MemberOrderField,
  type MemberWhere,
  type PointsEntryWhere,
  type SortDirection,
} from '../../src/generated/graphql.js';
import { fundedCard, setUpShop, startCardApp } from '../cards/support.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import {
  matches,
  MEMBER_KINDS,
  operatorCases as supportOperatorCases,
  random,
  randomWhere as supportRandomWhere,
  type Page,
  type Row,
  walk,
} from './support.js';

/*
 * The filter language (services/filters/) against an independent evaluator: the test seeds
 * members whose every field it knows, evaluates each where in JavaScript with the documented
 * semantics (ne / nin match a missing value, contains ignores case and takes % _ \ literally, not
 * is "does not match"), and compares with what the server answers.
 */

interface Seed {
  code: string;
  mobile: string | null;
  name: string | null;
  nickname: string | null;
  email: string | null;
  sex: 'MALE' | 'FEMALE' | 'UNKNOWN';
  labels: string[];
  registeredAt: string;
  sinceAt: string | null;
  points: string;
  experience: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'EXPIRED';
}

const NAMES = ['Alice', 'alice', 'Bob', '50%_off', 'a\\b', '张三', 'Zed_x', 'Bob', '100% real'];
const LABELS = ['vip', 'new', 'b2b'];
const seeds: Seed[] = Array.from({ length: 30 }, (_, i) => ({
  code: `F${String(i).padStart(2, '0')}`,
  mobile: i % 5 === 4 ? null : `1380000${String(i).padStart(4, '0')}`,
  name: i % 7 === 3 ? null : NAMES[i % NAMES.length]!,
  nickname: i % 3 === 0 ? `nick${i}` : null,
  email: i % 4 === 0 ? `user${i}@Example.com` : null,
  sex: (['MALE', 'FEMALE', 'UNKNOWN'] as const)[i % 3]!,
  labels: LABELS.filter((_, j) => (i >> j) & 1),
  // Six distinct instants for thirty members: equal keys, so pages must break ties by id.
  registeredAt: new Date(Date.UTC(2025, i % 6, 1)).toISOString(),
  sinceAt: i % 6 === 5 ? null : new Date(Date.UTC(2026, 0, 1 + (i % 10))).toISOString(),
  points: i % 5 === 0 ? '0' : new Decimal((i * 37) % 200).plus(i % 2 ? '0.5' : '0').toFixed(2),
  experience: ['0', '3', '5', '50', '100', '150'][i % 6]!,
  status: i % 8 === 7 ? 'SUSPENDED' : i % 11 === 10 ? 'EXPIRED' : 'ACTIVE',
}));
/** Grade levels of SetTwoGrades: SILVER from 5, GOLD from 100. */
const gradeLevel = (experience: string) => (new Decimal(experience).gte(100) ? 2 : new Decimal(experience).gte(5) ? 1 : 0);
const gradeCode = (level: number) => [null, 'SILVER', 'GOLD'][level] ?? null;

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
/** Every seeded member of `merchant` as the filter language names its fields. */
let rows: Row[] = [];
let otherIds: string[] = [];

async function seedMembers(into: TestMerchant): Promise<Row[]> {
  await app.gql(into.adminKey, SetTwoGradesDocument);
  const made: Row[] = [];
  for (const [i, seed] of seeds.entries()) {
    const { points, experience, status, ...input } = seed;
    const res = await app.gql(into.operatorKey, CreateMemberDocument, {
      input: { ...input, registerStoreId: i % 2 ? into.store.id : null },
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createMember.member!.id;
    if (points !== '0') await app.gql(into.operatorKey, AddPointsDocument, { memberId: id, amount: points });
    if (experience !== '0') await app.gql(into.operatorKey, AddExperienceDocument, { memberId: id, amount: experience });
    if (status !== 'ACTIVE') await app.gql(into.adminKey, SetStatusDocument, { memberId: id, status });
    const level = gradeLevel(experience);
    made.push({
      ...seed,
      id,
      registerStoreId: i % 2 ? into.store.id : null,
      registeredAt: new Date(seed.registeredAt),
      sinceAt: seed.sinceAt && new Date(seed.sinceAt),
      gradeLevel: level,
      gradeCode: gradeCode(level),
    });
  }
  return made;
}

beforeAll(async () => {
  app = await startCardApp();
  merchant = await app.createMerchant('Analyst');
  other = await app.createMerchant('Other analyst');
  rows = await seedMembers(merchant);
  otherIds = (await seedMembers(other)).map((r) => r.id as string);
}, 120_000);
afterAll(() => app?.close());

/* ---------- the independent evaluator (support.ts) ---------- */

const KINDS = MEMBER_KINDS;

const expected = (where: Record<string, unknown>) =>
  rows
    .filter((r) => matches(where, r, KINDS))
    .map((r) => r.code as string)
    .sort();

async function codesOf(where: MemberWhere): Promise<string[]> {
  const res = await app.gql(merchant.readonlyKey, WhereMembersDocument, { where, page: { limit: 200 } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data!.members.totalItems).toBe(res.data!.members.items.length);
  return res.data!.members.items.map((m) => m.code).sort();
}

/* ---------- operators per field type ---------- */

const operatorCases = (field: string) => supportOperatorCases(rows, KINDS, field);

describe('filter language: every operator on every field type', () => {
  it.each(Object.keys(KINDS))('%s', async (field) => {
    for (const ops of operatorCases(field)) {
      const where = { [field]: ops };
      expect(await codesOf(where as MemberWhere), JSON.stringify(where)).toEqual(expected(where));
    }
  });

  it('matches contains literally: % _ and \\ are not wildcards, and case is ignored', async () => {
    for (const text of ['%', '_', '\\', '50%_', '0% r', 'ALICE', '张']) {
      const where = { name: { contains: text } };
      const want = expected(where);
      expect(await codesOf(where), text).toEqual(want);
    }
    // The wildcard reading would match every name; the literal one only those holding the text.
    expect(expected({ name: { contains: '%' } }).length).toBeLessThan(expected({ name: { isNull: false } }).length);
  });
});

/* ---------- and / or / not ---------- */

const randomWhere = (next: () => number, depth: number) => supportRandomWhere(next, operatorCases, Object.keys(KINDS), depth);

describe('filter language: and / or / not', () => {
  it('combines conditions as documented', async () => {
    const cases: Record<string, unknown>[] = [
      { and: [] },
      { or: [] },
      { not: { or: [] } },
      { and: [{ points: { gte: '50' } }, { status: { eq: 'ACTIVE' } }] },
      { or: [{ name: { eq: 'Bob' } }, { email: { isNull: false } }] },
      { not: { sinceAt: { gte: '2026-01-05T00:00:00Z' } } },
      { not: { email: { contains: 'example' } } },
      { or: [{ and: [{ sex: { eq: 'MALE' } }, { not: { labels: { contains: ['vip'] } } }] }, { gradeCode: { eq: 'GOLD' } }] },
      {
        points: { gte: '10' },
        or: [{ mobile: { isNull: true } }, { gradeLevel: { in: [2] } }],
        not: { status: { eq: 'SUSPENDED' } },
      },
    ];
    for (const where of cases) expect(await codesOf(where as MemberWhere), JSON.stringify(where)).toEqual(expected(where));
  });

  it('agrees with the evaluator on 60 random nested wheres', async () => {
    const next = random(20261127);
    for (let i = 0; i < 60; i++) {
      const where = randomWhere(next, 1);
      expect(await codesOf(where as MemberWhere), JSON.stringify(where)).toEqual(expected(where));
    }
  });

  it('ANDs where with the legacy filter', async () => {
    const res = await app.gql(merchant.readonlyKey, WhereMembersDocument, {
      where: { points: { gte: '20' } },
      filter: { statusIn: ['ACTIVE'] },
      page: { limit: 200 },
    });
    expect(res.data!.members.items.map((m) => m.code).sort()).toEqual(
      expected({ points: { gte: '20' }, status: { eq: 'ACTIVE' } }),
    );
  });
});

/* ---------- cursor pages ---------- */

describe('cursor pages', () => {
  const orders: [MemberOrderField, SortDirection][] = (['REGISTERED_AT', 'NAME', 'MOBILE', 'CODE'] as const).flatMap((f) =>
    (['ASC', 'DESC'] as const).map((d) => [f, d] as [MemberOrderField, SortDirection]),
  );

  it.each(orders)('walks members by %s %s: the cursor walk equals the offset walk and one big page', async (field, direction) => {
    for (const where of [null, { or: [{ points: { gt: '30' } }, { name: { isNull: true } }] }]) {
      const fetch = async (page: Record<string, unknown>) => {
        const res = await app.gql(merchant.readonlyKey, WhereMembersPageDocument, { where, orderBy: { field, direction }, page });
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        return res.data!.members;
      };
      const whole = (await fetch({ limit: 200 })).items.map((i) => i.id);
      expect(whole).toHaveLength(where ? expected(where).length : rows.length);
      expect(await walk(fetch, 7, 'cursor')).toEqual(whole);
      expect(await walk(fetch, 7, 'offset')).toEqual(whole);
      expect(await walk(fetch, 1, 'cursor')).toEqual(whole);
    }
  });

  it.each(['POINTS', 'EXPERIENCE', 'GRADE'] as const)('walks membersByLoyalty by %s', async (field) => {
    const fetch = async (page: Record<string, unknown>) => {
      const res = await app.gql(merchant.readonlyKey, WhereMembersByLoyaltyDocument, {
        where: { status: { eq: 'ACTIVE' } },
        orderBy: { field, direction: 'DESC' },
        page,
      });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.membersByLoyalty;
    };
    const whole = (await fetch({ limit: 200 })).items.map((i) => i.id);
    expect(whole.length).toBeGreaterThan(5);
    expect(await walk(fetch, 4, 'cursor')).toEqual(whole);
  });

  it('pages ledger entries by cursor as by offset, and filters them through their member', async () => {
    const where: PointsEntryWhere = { amount: { gte: '10' }, member: { status: { eq: 'ACTIVE' }, sex: { ne: 'FEMALE' } } };
    const fetch = async (page: Record<string, unknown>) => {
      const res = await app.gql(merchant.readonlyKey, WherePointsEntriesDocument, { where, page });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.pointsEntries as unknown as Page;
    };
    // One ADD entry per member with points: the expectation comes from the seeds.
    const want = rows.filter(
      (r) => r.points !== '0' && new Decimal(r.points as string).gte(10) && r.status === 'ACTIVE' && r.sex !== 'FEMALE',
    );
    const byCursor = await walk(fetch, 3, 'cursor');
    expect(byCursor).toHaveLength(want.length);
    expect(await walk(fetch, 3, 'offset')).toEqual(byCursor);
    const whole = await app.gql(merchant.readonlyKey, WherePointsEntriesDocument, { where, page: { limit: 200 } });
    expect(whole.data!.pointsEntries.items.map((e) => e.memberId).sort()).toEqual(want.map((r) => r.id).sort());
    const oldest = await app.gql(merchant.readonlyKey, WherePointsEntriesDocument, {
      where,
      orderBy: { direction: 'ASC' },
      page: { limit: 200 },
    });
    expect(oldest.data!.pointsEntries.items.map((e) => e.id)).toEqual([...byCursor].reverse());
    const experience = await app.gql(merchant.readonlyKey, WhereExperienceEntriesDocument, {
      where: { amount: { between: { from: '5', to: '100' } } },
      page: { limit: 200 },
    });
    expect(experience.data!.experienceEntries.items.map((e) => e.memberId).sort()).toEqual(
      rows
        .filter((r) => new Decimal(r.experience as string).gte(5) && new Decimal(r.experience as string).lte(100))
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('card records', () => {
  it('filters recharges with their totals and pages them by cursor as by offset', async () => {
    const shop = await setUpShop(app, 'Analyst shop');
    const funded: { phone: string; amount: string }[] = [];
    for (const amount of ['10', '25.50', '40', '40', '99.99', '150', '300']) {
      funded.push({ ...(await fundedCard(app, shop, amount)), amount });
    }
    const where = { amount: { between: { from: '25.5', to: '150' } }, not: { amount: { eq: '40' } } };
    const want = funded.filter((f) => new Decimal(f.amount).gte('25.5') && new Decimal(f.amount).lte(150) && f.amount !== '40');
    const fetch = async (page: Record<string, unknown>) => {
      const res = await app.gql(shop.merchant.readonlyKey, WhereRechargesDocument, { where, page });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.rechargeRecords;
    };
    const whole = await fetch({ limit: 200 });
    expect(whole.totalItems).toBe(want.length);
    expect(whole.totalAmount).toBe(want.reduce((sum, f) => sum.plus(f.amount), new Decimal(0)).toFixed(2));
    expect(whole.items.map((r) => r.amount).sort()).toEqual(want.map((f) => new Decimal(f.amount).toFixed(2)).sort());
    const ids = whole.items.map((r) => r.id);
    expect(await walk(fetch as never, 2, 'cursor')).toEqual(ids);
    expect(await walk(fetch as never, 2, 'offset')).toEqual(ids);
    // Through the member: the phone of one funded card.
    const one = await app.gql(shop.merchant.readonlyKey, WhereRechargesDocument, {
      where: { member: { mobile: { eq: funded[5]!.phone } } },
    });
    expect(one.data!.rechargeRecords.items.map((r) => r.amount)).toEqual(['150.00']);
    // Another merchant's key sees none of them, whatever the where.
    const theirs = await app.gql(merchant.readonlyKey, WhereRechargesDocument, { where: { id: { in: ids } } });
    expect(theirs.data!.rechargeRecords.items).toEqual([]);
  });
});

/* ---------- refusals ---------- */

const refusal = async (variables: Record<string, unknown>) => {
  const res = await app.gql(merchant.readonlyKey, WhereMembersDocument, variables);
  expect(res.data?.members ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0]!;
};

describe('refusals', () => {
  it('refuses bad cursors: garbage, another ordering, with an offset', async () => {
    expect((await refusal({ page: { after: 'not a cursor' } })).extensions?.field).toBe('page.after');
    const codePage = await app.gql(merchant.readonlyKey, WhereMembersDocument, {
      orderBy: { field: 'CODE', direction: 'ASC' },
      page: { limit: 2 },
    });
    const cursor = codePage.data!.members.pageInfo.endCursor!;
    await refusal({ orderBy: { field: 'NAME', direction: 'ASC' }, page: { after: cursor } });
    await refusal({ orderBy: { field: 'CODE', direction: 'DESC' }, page: { after: cursor } });
    await refusal({ orderBy: { field: 'CODE', direction: 'ASC' }, page: { after: cursor, offset: 2 } });
    const forged = Buffer.from(JSON.stringify({ o: 'members.CODE:asc', k: ["x' or 1=1 --"], id: 'nope' })).toString('base64url');
    await refusal({ orderBy: { field: 'CODE', direction: 'ASC' }, page: { after: forged } });
  });

  it('refuses a where too deep, too large or with too many values, before any SQL', async () => {
    let deep: Record<string, unknown> = { points: { gt: '1' } };
    for (let i = 0; i < 5; i++) deep = { not: deep };
    const wide = { or: Array.from({ length: 101 }, (_, i) => ({ code: { eq: `X${i}` } })) };
    const many = { code: { in: Array.from({ length: 101 }, (_, i) => `X${i}`) } };
    for (const where of [deep, wide, many]) {
      const statements = await app.statementsOf(() => refusal({ where }));
      expect(statements.filter((s) => /\bmember\b/.test(s))).toEqual([]);
    }
    expect((await refusal({ where: deep })).message).toMatch(/at most 5 levels/);
    expect((await refusal({ where: wide })).message).toMatch(/at most 100 conditions/);
    expect((await refusal({ where: many })).message).toMatch(/At most 100 values/);
    // Four levels of not and a field are five: accepted.
    let ok: Record<string, unknown> = { points: { gt: '1' } };
    for (let i = 0; i < 4; i++) ok = { not: ok };
    expect(await codesOf(ok as MemberWhere)).toEqual(expected(ok));
  });

  it('refuses values of the wrong type', async () => {
    expect((await refusal({ where: { id: { eq: 'not-an-id' } } })).extensions?.field).toBe('where.id.eq');
    await refusal({ where: { points: { gt: '1.234' } } });
  });
});

/* ---------- tenants and statements ---------- */

describe('tenant isolation', () => {
  it("never sees another merchant's rows, whatever the where", async () => {
    expect(await codesOf({ id: { in: otherIds.slice(0, 10) } })).toEqual([]);
    expect(await codesOf({ or: [{ id: { in: otherIds.slice(0, 5) } }, { code: { eq: 'F01' } }] })).toEqual(['F01']);
    expect(await codesOf({ not: { id: { in: otherIds.slice(0, 50) } } })).toEqual(expected({}));
    const entries = await app.gql(merchant.readonlyKey, WherePointsEntriesDocument, {
      where: { memberId: { in: otherIds.slice(0, 20) } },
    });
    expect(entries.data!.pointsEntries.items).toEqual([]);
    // A cursor holds values only: another merchant's cursor pages this merchant's rows.
    const theirs = await app.gql(other.readonlyKey, WhereMembersDocument, {
      orderBy: { field: 'CODE', direction: 'ASC' },
      page: { limit: 3 },
    });
    const mine = await app.gql(merchant.readonlyKey, WhereMembersDocument, {
      orderBy: { field: 'CODE', direction: 'ASC' },
      page: { limit: 200, after: theirs.data!.members.pageInfo.endCursor },
    });
    expect(mine.data!.members.items.every((m) => !otherIds.includes(m.id))).toBe(true);
  });
});

describe('statements', () => {
  it('costs no more for a where and a cursor page than for a plain page', async () => {
    const plain = await app.statementsOf(() => app.gql(merchant.readonlyKey, WhereMembersPageDocument, { page: { limit: 10 } }));
    const first = await app.gql(merchant.readonlyKey, WhereMembersPageDocument, {
      where: { points: { gte: '1' } },
      page: { limit: 5 },
    });
    const filtered = await app.statementsOf(() =>
      app.gql(merchant.readonlyKey, WhereMembersPageDocument, {
        where: { or: [{ points: { gte: '1' } }, { not: { labels: { contains: ['vip'] } } }] } as MemberWhere,
        page: { limit: 5, after: first.data!.members.pageInfo.endCursor },
      }),
    );
    expect(filtered.length).toBeLessThanOrEqual(plain.length);
    // The start with set_config and the page in one message (db/deferred-begin.ts; no count:
    // totalItems is not selected), the rollback.
    expect(filtered).toHaveLength(2);
    expect(filtered.filter((s) => /count\(/.test(s))).toEqual([]);
  });
});
