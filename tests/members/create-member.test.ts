import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateMemberDocument,
  MemberPointsOfDocument,
  ReferralEntriesDocument,
  SetReferralBonusDocument,
  SetStatusDocument,
} from '../../src/generated/graphql.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Create-only');
});
afterAll(() => app?.close());

const create = async (input: Record<string, unknown>) =>
  (await app.gql(merchant.operatorKey, CreateMemberDocument, { input: input as never })).data!.createMember;
const memberCount = async () =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from member where merchant_id = ?', [merchant.id]))[0].n;

describe('createMember (create-only)', () => {
  it('creates a member known by code and name alone: no mobile, no channel', async () => {
    const created = await create({ code: '23012584', name: '张三' });
    expect(created.errors).toEqual([]);
    expect(created.member).toMatchObject({ code: '23012584', name: '张三', mobile: null });
  });

  it('answers a conflict for an existing code or mobile, never the existing member, and writes nothing', async () => {
    await create({ code: '100002', name: '张飞', mobile: '18912345678' });
    const before = await memberCount();
    const sameCode = await create({ code: '100002', name: '关羽' });
    expect(sameCode).toMatchObject({ member: null, errors: [{ code: 'DUPLICATE_CODE', field: 'code' }] });
    const sameMobile = await create({ code: '100003', name: '关羽', mobile: '18912345678' });
    expect(sameMobile).toMatchObject({ member: null, errors: [{ code: 'DUPLICATE_MOBILE', field: 'mobile' }] });
    expect(await memberCount()).toBe(before);
  });

  it('lets exactly one of many concurrent creations of one code win', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => create({ code: 'RACE-1', name: `racer ${i}` })));
    expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((a) => a.errors[0]?.code === 'DUPLICATE_CODE')).toHaveLength(5);
  });
});

describe('referral bonus', () => {
  it('pays nothing while the merchant has no bonus set', async () => {
    const referrer = (await create({ code: 'REF-0', name: 'referrer' })).member!;
    expect((await create({ code: 'NEW-0', name: 'new', referrerId: referrer.id })).member!.referrerId).toBe(referrer.id);
    const points = await app.gql(merchant.readonlyKey, MemberPointsOfDocument, { id: referrer.id });
    expect(points.data!.member!.points).toEqual({ current: '0.00', totalEarned: '0.00' });
  });

  it('pays the referrer the bonus through the points ledger, once per new member', async () => {
    const set = await app.gql(merchant.adminKey, SetReferralBonusDocument, { bonus: '50' });
    expect(set.data!.setLoyaltySettings.settings).toEqual({ referralBonusPoints: '50.00' });
    const referrer = (await create({ code: 'REF-1', name: 'referrer' })).member!;
    await create({ code: 'NEW-1', name: 'one', referrerId: referrer.id });
    await create({ code: 'NEW-2', name: 'two', referrerId: referrer.id });
    // A retry of a creation is a conflict and pays nothing more.
    expect((await create({ code: 'NEW-2', name: 'two', referrerId: referrer.id })).errors[0]?.code).toBe('DUPLICATE_CODE');
    const points = await app.gql(merchant.readonlyKey, MemberPointsOfDocument, { id: referrer.id });
    expect(points.data!.member!.points).toEqual({ current: '100.00', totalEarned: '100.00' });
    const entries = await app.gql(merchant.readonlyKey, ReferralEntriesDocument, { memberId: referrer.id });
    expect(entries.data!.pointsEntries.items).toEqual([
      {
        amount: '50.00',
        activityCode: 'REFERRAL',
        operationType: 'MANUAL_GRANT',
        description: 'Referral bonus: new member NEW-2',
      },
      {
        amount: '50.00',
        activityCode: 'REFERRAL',
        operationType: 'MANUAL_GRANT',
        description: 'Referral bonus: new member NEW-1',
      },
    ]);
    // Omitting the bonus in a later settings change keeps it.
    const kept = await app.gql(merchant.adminKey, SetReferralBonusDocument, {});
    expect(kept.data!.setLoyaltySettings.settings).toEqual({ referralBonusPoints: '50.00' });
    await expectLedgersBalanced(app);
  });

  it('refuses a referrer who cannot earn, creating nobody; an unknown referrer likewise', async () => {
    const referrer = (await create({ code: 'REF-2', name: 'frozen' })).member!;
    await app.gql(merchant.adminKey, SetStatusDocument, { memberId: referrer.id, status: 'SUSPENDED' });
    const before = await memberCount();
    const refused = await create({ code: 'NEW-3', name: 'three', referrerId: referrer.id });
    expect(refused.errors[0]?.code).toBe('MEMBER_NOT_ACTIVE');
    const unknown = await create({ code: 'NEW-4', name: 'four', referrerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors[0]).toMatchObject({ code: 'MEMBER_NOT_FOUND', field: 'referrerId' });
    expect(await memberCount()).toBe(before);
  });
});
