import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddExperienceDocument,
  AddPointsDocument,
  MemberPageDocument,
  RegisterMemberDocument,
  SetBaseGoldGradesDocument,
} from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp({ MAX_PAGE_SIZE: '50' });
  merchant = await app.createMerchant();
  const people = [
    { mobile: '13900000001', name: 'Alice Wang', registeredAt: '2026-01-05T00:00:00Z', labels: ['vip'] },
    { mobile: '13900000002', nickname: 'alicia', registeredAt: '2026-02-05T00:00:00Z' },
    {
      mobile: '13900000003',
      name: 'Bob 100%',
      registeredAt: '2026-03-05T00:00:00Z',
      labels: ['vip', 'new'],
      registerStoreId: merchant.store.id,
    },
    { mobile: '13900000004', name: 'Carol', registeredAt: '2026-04-05T00:00:00Z' },
  ];
  for (const input of people) {
    const res = await app.gql(merchant.operatorKey, RegisterMemberDocument, { input });
    expect(res.data?.registerMember.errors).toEqual([]);
  }
});
afterAll(() => app?.close());

const page = async (variables: Record<string, unknown>) => {
  const res = await app.gql(merchant.readonlyKey, MemberPageDocument, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.members;
};

describe('members', () => {
  it('filters by name or nickname, case-insensitively, with wildcards taken literally', async () => {
    expect((await page({ filter: { nameContains: 'ALIC' } })).items.map((m) => m.mobile).sort()).toEqual([
      '13900000001',
      '13900000002',
    ]);
    expect((await page({ filter: { nameContains: '100%' } })).items.map((m) => m.mobile)).toEqual(['13900000003']);
    expect((await page({ filter: { nameContains: '%' } })).items.map((m) => m.mobile)).toEqual(['13900000003']);
  });

  it('filters by label, store, mobile and registration window', async () => {
    expect((await page({ filter: { label: 'vip' } })).totalItems).toBe(2);
    expect((await page({ filter: { registerStoreId: merchant.store.id } })).items[0]?.registerStore?.code).toBe('S001');
    expect((await page({ filter: { mobile: '13900000004' } })).items.map((m) => m.name)).toEqual(['Carol']);
    const window = await page({ filter: { registeredFrom: '2026-02-05T00:00:00Z', registeredTo: '2026-04-05T00:00:00Z' } });
    expect(window.items.map((m) => m.mobile).sort()).toEqual(['13900000002', '13900000003']);
  });

  it('orders, pages and counts', async () => {
    const first = await page({ orderBy: { field: 'REGISTERED_AT', direction: 'ASC' }, page: { offset: 0, limit: 3 } });
    const second = await page({ orderBy: { field: 'REGISTERED_AT', direction: 'ASC' }, page: { offset: 3, limit: 3 } });
    expect(first.totalItems).toBe(4);
    expect([...first.items, ...second.items].map((m) => m.mobile)).toEqual([
      '13900000001',
      '13900000002',
      '13900000003',
      '13900000004',
    ]);
    const newest = await page({ page: { limit: 1 } });
    expect(newest.items[0]?.mobile).toBe('13900000004');
  });

  it('refuses a page larger than the maximum page size', async () => {
    const res = await app.gql(merchant.readonlyKey, MemberPageDocument, { page: { limit: 51 } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('between 1 and 50');
  });
});

describe('members with loyalty filters', () => {
  it('combines points bounds and grade code with the member filters', async () => {
    await app.gql(merchant.adminKey, SetBaseGoldGradesDocument);
    const ids = Object.fromEntries((await page({ page: { limit: 10 } })).items.map((m) => [m.mobile, m.id])) as Record<
      string,
      string
    >;
    for (const [mobile, points] of [
      ['13900000001', '50'],
      ['13900000003', '150.50'],
    ]) {
      await app.gql(merchant.operatorKey, AddPointsDocument, { memberId: ids[mobile]!, amount: points });
    }
    await app.gql(merchant.operatorKey, AddExperienceDocument, { memberId: ids['13900000003']!, amount: '120' });
    const mobiles = async (filter: Record<string, unknown>) => (await page({ filter })).items.map((m) => m.mobile).sort();
    expect(await mobiles({ pointsMin: '50' })).toEqual(['13900000001', '13900000003']);
    expect(await mobiles({ pointsMin: '50.01' })).toEqual(['13900000003']);
    expect(await mobiles({ pointsMax: '150.49' })).toEqual(['13900000001', '13900000002', '13900000004']);
    expect(await mobiles({ gradeCode: 'GOLD' })).toEqual(['13900000003']);
    expect(await mobiles({ gradeCode: 'BASE', label: 'vip' })).toEqual(['13900000001']);
    expect(await mobiles({ pointsMin: '1', nameContains: 'bob' })).toEqual(['13900000003']);
  });
});
