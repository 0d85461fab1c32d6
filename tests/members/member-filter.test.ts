import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddExperienceDocument,
  AddPointsDocument,
  CreateMemberDocument,
  FilterMembersDocument,
  SetStatusDocument,
  SetTwoGradesDocument,
} from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/*
 * The members filter's comparisons (the members-rest query operators, for GraphQL clients too):
 * M1..M5 with points 0 / 10 / 50.5 / 100 / 200, grade levels 0 / 0 / 1 / 2 / 2, since dates in
 * January..May 2026 (M5 none), due dates a year later.
 */
let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Filters');
  await app.gql(merchant.adminKey, SetTwoGradesDocument);
  const rows: [string, string | null, string, string][] = [
    ['M1', '2026-01-01T00:00:00Z', '0', '0'],
    ['M2', '2026-02-01T00:00:00Z', '10', '0'],
    ['M3', '2026-03-01T00:00:00Z', '50.5', '10'],
    ['M4', '2026-04-01T00:00:00Z', '100', '100'],
    ['M5', null, '200', '150'],
  ];
  for (const [code, since, points, experience] of rows) {
    const res = await app.gql(merchant.operatorKey, CreateMemberDocument, {
      input: {
        code,
        name: code === 'M3' ? '张三' : `name ${code}`,
        email: code === 'M2' ? 'Hello@QQ.com' : null,
        sinceAt: since,
        dueAt: since ? since.replace('2026', '2027') : null,
      },
    });
    const id = res.data!.createMember.member!.id;
    if (points !== '0') await app.gql(merchant.operatorKey, AddPointsDocument, { memberId: id, amount: points });
    if (experience !== '0') await app.gql(merchant.operatorKey, AddExperienceDocument, { memberId: id, amount: experience });
    if (code === 'M4') await app.gql(merchant.adminKey, SetStatusDocument, { memberId: id, status: 'EXPIRED' });
  }
});
afterAll(() => app?.close());

const codes = async (filter: Record<string, unknown>) => {
  const res = await app.gql(merchant.readonlyKey, FilterMembersDocument, { filter: filter as never });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.members.items.map((m) => m.code);
};

describe('members filter comparisons', () => {
  it('compares points, counting a member without points as 0', async () => {
    expect(await codes({ points: { lt: '10.5' } })).toEqual(['M1', 'M2']);
    expect(await codes({ points: { gte: '50.5', lte: '100' } })).toEqual(['M3', 'M4']);
    expect(await codes({ points: { gt: '100' } })).toEqual(['M5']);
    expect(await codes({ points: { in: ['0', '200'] } })).toEqual(['M1', 'M5']);
    expect(await codes({ points: { notIn: ['0', '200'], ne: '10' } })).toEqual(['M3', 'M4']);
    expect(await codes({ points: { eq: '50.50' } })).toEqual(['M3']);
  });

  it('compares grade levels, 0 below every grade', async () => {
    expect(await codes({ gradeLevel: { lt: 1 } })).toEqual(['M1', 'M2']);
    expect(await codes({ gradeLevel: { gte: 2 } })).toEqual(['M4', 'M5']);
    expect(await codes({ gradeLevel: { in: [1] } })).toEqual(['M3']);
    expect(await codes({ gradeLevel: { ne: 2 } })).toEqual(['M1', 'M2', 'M3']);
  });

  it('compares since and due dates; ne and notIn also match a member without the date', async () => {
    expect(await codes({ sinceAt: { lt: '2026-03-01T00:00:00Z' } })).toEqual(['M1', 'M2']);
    expect(await codes({ sinceAt: { lte: '2026-03-01T00:00:00Z', gt: '2026-01-01T00:00:00Z' } })).toEqual(['M2', 'M3']);
    expect(await codes({ sinceAt: { ne: '2026-01-01T00:00:00Z' } })).toEqual(['M2', 'M3', 'M4', 'M5']);
    expect(await codes({ sinceAt: { notIn: ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'] } })).toEqual(['M3', 'M4', 'M5']);
    expect(await codes({ dueAt: { gte: '2027-04-01T00:00:00Z' } })).toEqual(['M4']);
    expect(await codes({ dueAt: { in: [] } })).toEqual([]);
  });

  it('matches name exactly, email ignoring case, and a list of statuses', async () => {
    expect(await codes({ name: '张三' })).toEqual(['M3']);
    expect(await codes({ name: '张' })).toEqual([]);
    expect(await codes({ email: 'hello@qq.com' })).toEqual(['M2']);
    expect(await codes({ statusIn: ['EXPIRED', 'SUSPENDED'] })).toEqual(['M4']);
    expect(await codes({ statusIn: ['ACTIVE'], points: { gte: '100' } })).toEqual(['M5']);
  });

  it('refuses more than 100 values in a list', async () => {
    const res = await app.gql(merchant.readonlyKey, FilterMembersDocument, {
      filter: { gradeLevel: { in: Array.from({ length: 101 }, (_, i) => i) } },
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toContain('At most 100 values');
  });

  it('costs the statements of an unfiltered page, however many comparisons it carries', async () => {
    const run = (filter: Record<string, unknown> | null) => () =>
      app.gql(merchant.readonlyKey, FilterMembersDocument, { filter: filter as never, page: { limit: 50 } });
    const plain = await app.statementsOf(run(null));
    const filtered = await app.statementsOf(
      run({
        points: { gte: '0', notIn: ['1', '2'] },
        gradeLevel: { lte: 2, in: [0, 1, 2] },
        sinceAt: { ne: '2020-01-01T00:00:00Z' },
        dueAt: { notIn: ['2020-01-01T00:00:00Z'] },
        email: 'x@y.z',
        name: 'n',
        statusIn: ['ACTIVE'],
        wechatRefreshToken: 'token',
      }),
    );
    // One read-only transaction: its start with set_config and the count in one message, the page,
    // rollback (the key is authenticated from the credential cache after statementsOf's warm-up).
    expect(plain.filter((sql) => /authenticate_api_key/.test(sql))).toEqual([]);
    expect(plain).toHaveLength(3);
    expect(filtered).toHaveLength(plain.length);
  });
});
