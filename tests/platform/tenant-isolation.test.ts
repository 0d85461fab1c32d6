import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getIntrospectionQuery, print, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../src/entities/api-key.entity.js';
import { startTestApp, type GraphQLResponse, type TestApp, type TestMerchant } from '../support/test-app.js';
import { snapshotMerchant } from '../support/tenant.js';
import { cardTenantCases, seedCardTenant, type CardIds } from '../cards/tenant-cases.js';
import { eventTenantCases, seedEventTenant, type EventIds } from '../events/tenant-cases.js';
import {
  IssueDynamicCodeDocument,
  MerchantNameDocument,
  SeedExperienceBDocument,
  SeedGradesBDocument,
  SeedLoyaltySettingsBDocument,
  SeedMemberADocument,
  SeedMemberBDocument,
  SeedOrderBDocument,
  SeedPointsBDocument,
  SeedShimAppADocument,
  SeedShimAppBDocument,
  SeedTaskBDocument,
  SeedTaskConfigBDocument,
  TenantAddMemberLabelsDocument,
  TenantApiKeysDocument,
  TenantBindMemberChannelDocument,
  TenantChangeExperienceDocument,
  TenantChangePointsDocument,
  TenantConsumePointsForOrderDocument,
  TenantCreateApiKeyDocument,
  TenantCreateShimAppDocument,
  TenantCreateStoreDocument,
  TenantExperienceEntriesDocument,
  TenantGradeChangesDocument,
  TenantGradesDocument,
  TenantIssueMemberDynamicCodeDocument,
  TenantLoyaltyAccountsDocument,
  TenantLoyaltySettingsDocument,
  TenantMemberByChannelDocument,
  TenantMemberByCodeDocument,
  TenantMemberByDynamicCodeDocument,
  TenantMemberByMobileDocument,
  TenantMemberDocument,
  TenantMembersByLoyaltyDocument,
  TenantMembersDocument,
  TenantMerchantDocument,
  TenantMemberCountsDocument,
  TenantPointsFlowsDocument,
  TenantExperienceFlowsDocument,
  TenantCouponTotalsDocument,
  TenantCardMoneyTotalsDocument,
  TenantLiabilityDocument,
  TenantPointsEntriesDocument,
  TenantPointsOrderDocument,
  TenantPointsOrdersDocument,
  TenantRegisterMemberDocument,
  TenantRemoveMemberLabelsDocument,
  TenantReturnOrderPointsDocument,
  TenantRevokeApiKeyDocument,
  TenantRevokeOrderPointsDocument,
  TenantRevokeShimAppDocument,
  TenantSetGradesDocument,
  TenantSetLoyaltySettingsDocument,
  TenantSetMemberStatusDocument,
  TenantSetShimAppStatusDocument,
  TenantSetTaskConfigDocument,
  TenantShimAppsDocument,
  TenantShimSigningPublicKeyDocument,
  TenantStoreByCodeDocument,
  TenantStoreDocument,
  TenantStoresDocument,
  TenantSubmitTaskDocument,
  TenantTaskConfigsDocument,
  TenantUnbindMemberChannelDocument,
  TenantUpdateMemberDocument,
  TenantCreateMemberDocument,
  TenantSetMerchantProfileDocument,
  TenantWechatOAuthMemberDocument,
  TenantPairWechatMemberDocument,
} from '../../src/generated/graphql.js';

let cardIds: CardIds;
const card = cardTenantCases(() => cardIds);
let eventIds: EventIds;
const events = eventTenantCases(() => eventIds);

/**
 * The tenant matrix: every query and mutation of the schema, sent with merchant A's key and
 * merchant B's ids. A case per operation is required (the completeness test fails otherwise), so
 * a new operation cannot ship without being checked here.
 */
interface Ids {
  /** A's own rows, which A's queries must answer (an answer without them may be an error). */
  own: { memberId: string; storeId: string; shimAppId: string; apiKeyId: string };
  memberId: string;
  dynamicCode: string;
  shimAppId: string;
  memberMobile: string;
  memberCode: string;
  openid: string;
  storeId: string;
  apiKeyId: string;
}

type Case = {
  query: TypedDocumentNode<any, any>;
  variables?: (b: Ids) => Record<string, unknown>;
  expectIsolated: (res: GraphQLResponse<any>, b: Ids) => void;
};

const payloadError = (field: string, code: string) => (res: GraphQLResponse<any>) => {
  expect(res.data?.[field]?.errors?.map((e: { code: string }) => e.code)).toEqual([code]);
};
const isNull = (field: string) => (res: GraphQLResponse<any>) => {
  expect(res.errors).toBeUndefined();
  expect(res.data?.[field]).toBeNull();
};

const oneOf = (field: string, codes: string[]) => (res: GraphQLResponse<any>) => {
  const got = res.data?.[field]?.errors?.map((e: { code: string }) => e.code) ?? [];
  expect(got.length).toBe(1);
  expect(codes).toContain(got[0]);
};
const emptyList = (field: string) => (res: GraphQLResponse<any>) => {
  expect(res.errors).toBeUndefined();
  expect(res.data?.[field].totalItems).toBe(0);
};
/** A list that holds A's own row and not B's (A may have made more rows of its own meanwhile). */
const expectOwnOnly = (list: { id: string }[] | undefined, own: string, theirs: string) => {
  const ids = list!.map((x) => x.id);
  expect(ids).toContain(own);
  expect(ids).not.toContain(theirs);
};
/** A's loyalty settings, set in beforeAll and again by the setLoyaltySettings case. */
const A_RATE = '3.0000';
const ownConfigOnly = (field: string) => (res: GraphQLResponse<any>) => expect(res.data?.[field].errors).toEqual([]);

const queries: Record<string, Case> = {
  ...card.queries,
  ...events.queries,
  pointsEntries: {
    query: TenantPointsEntriesDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('pointsEntries'),
  },
  experienceEntries: {
    query: TenantExperienceEntriesDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('experienceEntries'),
  },
  gradeChanges: {
    query: TenantGradeChangesDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('gradeChanges'),
  },
  grades: {
    query: TenantGradesDocument,
    expectIsolated: (res) => expect(res.data?.grades).toEqual([{ code: 'A0' }]),
  },
  loyaltyAccounts: {
    query: TenantLoyaltyAccountsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: (res) => expect(res.data?.loyaltyAccounts).toEqual([]),
  },
  loyaltySettings: {
    query: TenantLoyaltySettingsDocument,
    expectIsolated: (res) => expect(res.data?.loyaltySettings.moneyToPointsRate).toBe(A_RATE),
  },
  membersByLoyalty: {
    query: TenantMembersByLoyaltyDocument,
    expectIsolated: (res, b) => expect(res.data?.membersByLoyalty.items).toEqual([{ id: b.own.memberId }]),
  },
  pointsOrder: {
    query: TenantPointsOrderDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: isNull('pointsOrder'),
  },
  pointsOrders: {
    query: TenantPointsOrdersDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('pointsOrders'),
  },
  taskConfigs: {
    query: TenantTaskConfigsDocument,
    expectIsolated: (res) => expect(res.data?.taskConfigs).toEqual([{ name: 'A task' }]),
  },
  memberByDynamicCode: {
    query: TenantMemberByDynamicCodeDocument,
    variables: (b) => ({ c: b.dynamicCode }),
    expectIsolated: isNull('memberByDynamicCode'),
  },
  storeByCode: {
    // Store codes are per merchant: A's S001 is found, never B's.
    query: TenantStoreByCodeDocument,
    expectIsolated: (res, b) => expect(res.data?.storeByCode).toEqual({ id: b.own.storeId }),
  },
  shimApps: {
    query: TenantShimAppsDocument,
    expectIsolated: (res, b) => expectOwnOnly(res.data?.shimApps, b.own.shimAppId, b.shimAppId),
  },
  shimSigningPublicKey: {
    query: TenantShimSigningPublicKeyDocument,
    expectIsolated: (res) => expect(res.data?.shimSigningPublicKey).toContain('BEGIN PUBLIC KEY'),
  },
  member: {
    query: TenantMemberDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: isNull('member'),
  },
  memberByMobile: {
    query: TenantMemberByMobileDocument,
    variables: (b) => ({ m: b.memberMobile }),
    expectIsolated: isNull('memberByMobile'),
  },
  memberByCode: {
    query: TenantMemberByCodeDocument,
    variables: (b) => ({ c: b.memberCode }),
    expectIsolated: isNull('memberByCode'),
  },
  memberByChannel: {
    query: TenantMemberByChannelDocument,
    variables: (b) => ({ o: b.openid }),
    expectIsolated: isNull('memberByChannel'),
  },
  members: {
    query: TenantMembersDocument,
    variables: (b) => ({ s: b.storeId }),
    expectIsolated: (res, b) => {
      expect(res.data?.all.items).toEqual([{ id: b.own.memberId }]);
      expect(res.data?.byStore.totalItems).toBe(0);
    },
  },
  // Aggregates run on a connection of their own (services/analytics/run-analytics.ts): each must
  // equal what A's lists show in the same request, which hold A's rows only (cases above).
  memberCounts: {
    query: TenantMemberCountsDocument,
    expectIsolated: (res) => expect(res.data?.memberCounts).toEqual([{ members: res.data?.members.totalItems }]),
  },
  pointsFlows: {
    query: TenantPointsFlowsDocument,
    expectIsolated: (res) => expect(res.data?.pointsFlows).toEqual([{ entries: res.data?.pointsEntries.totalItems }]),
  },
  experienceFlows: {
    query: TenantExperienceFlowsDocument,
    expectIsolated: (res) => expect(res.data?.experienceFlows).toEqual([{ entries: res.data?.experienceEntries.totalItems }]),
  },
  couponTotals: {
    query: TenantCouponTotalsDocument,
    expectIsolated: (res) => expect(res.data?.couponTotals).toEqual([{ issued: res.data?.coupons.totalItems }]),
  },
  cardMoneyTotals: {
    query: TenantCardMoneyTotalsDocument,
    expectIsolated: (res) =>
      expect(res.data?.cardMoneyTotals).toEqual([
        {
          recharges: res.data?.rechargeRecords.totalItems,
          spends: res.data?.spendRecords.totalItems,
          refunds: res.data?.refundRecords.totalItems,
        },
      ]),
  },
  liability: {
    query: TenantLiabilityDocument,
    // Points outstanding now are every change ever made to A's balances.
    expectIsolated: (res) => expect(res.data?.liability).toEqual([{ points: res.data?.pointsFlows[0].net }]),
  },
  merchant: {
    query: TenantMerchantDocument,
    expectIsolated: (res) => expect(res.data?.merchant.name).toBe('Merchant A'),
  },
  stores: {
    query: TenantStoresDocument,
    expectIsolated: (res, b) => expectOwnOnly(res.data?.stores, b.own.storeId, b.storeId),
  },
  store: {
    query: TenantStoreDocument,
    variables: (b) => ({ id: b.storeId }),
    expectIsolated: isNull('store'),
  },
  apiKeys: {
    query: TenantApiKeysDocument,
    expectIsolated: (res, b) => expectOwnOnly(res.data?.apiKeys, b.own.apiKeyId, b.apiKeyId),
  },
};

const mutations: Record<string, Case> = {
  ...card.mutations,
  ...events.mutations,
  changePoints: {
    query: TenantChangePointsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('changePoints', 'MEMBER_NOT_FOUND'),
  },
  changeExperience: {
    query: TenantChangeExperienceDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('changeExperience', 'MEMBER_NOT_FOUND'),
  },
  consumePointsForOrder: {
    query: TenantConsumePointsForOrderDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('consumePointsForOrder', 'MEMBER_NOT_FOUND'),
  },
  revokeOrderPoints: {
    query: TenantRevokeOrderPointsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: oneOf('revokeOrderPoints', ['MEMBER_NOT_FOUND', 'ORDER_NOT_FOUND']),
  },
  returnOrderPoints: {
    query: TenantReturnOrderPointsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: oneOf('returnOrderPoints', ['MEMBER_NOT_FOUND', 'ORDER_NOT_FOUND']),
  },
  submitTask: {
    query: TenantSubmitTaskDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('submitTask', 'MEMBER_NOT_FOUND'),
  },
  // Configuration mutations act on the caller's own merchant only; B's snapshot proves it.
  setGrades: {
    query: TenantSetGradesDocument,
    expectIsolated: ownConfigOnly('setGrades'),
  },
  setLoyaltySettings: {
    query: TenantSetLoyaltySettingsDocument,
    expectIsolated: ownConfigOnly('setLoyaltySettings'),
  },
  setTaskConfig: {
    query: TenantSetTaskConfigDocument,
    expectIsolated: ownConfigOnly('setTaskConfig'),
  },
  issueMemberDynamicCode: {
    query: TenantIssueMemberDynamicCodeDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('issueMemberDynamicCode', 'MEMBER_NOT_FOUND'),
  },
  createShimApp: {
    query: TenantCreateShimAppDocument,
    expectIsolated: (res) => expect(res.data?.createShimApp.errors).toEqual([]),
  },
  setShimAppStatus: {
    query: TenantSetShimAppStatusDocument,
    variables: (b) => ({ id: b.shimAppId }),
    expectIsolated: payloadError('setShimAppStatus', 'SHIM_APP_NOT_FOUND'),
  },
  revokeShimApp: {
    query: TenantRevokeShimAppDocument,
    variables: (b) => ({ id: b.shimAppId }),
    expectIsolated: payloadError('revokeShimApp', 'SHIM_APP_NOT_FOUND'),
  },
  registerMember: {
    query: TenantRegisterMemberDocument,
    variables: (b) => ({ s: b.storeId }),
    expectIsolated: payloadError('registerMember', 'STORE_NOT_FOUND'),
  },
  createMember: {
    query: TenantCreateMemberDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('createMember', 'MEMBER_NOT_FOUND'),
  },
  setMerchantProfile: {
    query: TenantSetMerchantProfileDocument,
    expectIsolated: ownConfigOnly('setMerchantProfile'),
  },
  // A's merchant has no WeChat app in this file: B's app is never used for A's code.
  wechatOAuthMember: {
    query: TenantWechatOAuthMemberDocument,
    expectIsolated: payloadError('wechatOAuthMember', 'WECHAT_NOT_CONFIGURED'),
  },
  pairWechatMember: {
    query: TenantPairWechatMemberDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('pairWechatMember', 'MEMBER_NOT_FOUND'),
  },
  updateMember: {
    query: TenantUpdateMemberDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('updateMember', 'MEMBER_NOT_FOUND'),
  },
  bindMemberChannel: {
    query: TenantBindMemberChannelDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('bindMemberChannel', 'MEMBER_NOT_FOUND'),
  },
  unbindMemberChannel: {
    query: TenantUnbindMemberChannelDocument,
    variables: (b) => ({ id: b.memberId, o: b.openid }),
    expectIsolated: payloadError('unbindMemberChannel', 'MEMBER_NOT_FOUND'),
  },
  setMemberStatus: {
    query: TenantSetMemberStatusDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('setMemberStatus', 'MEMBER_NOT_FOUND'),
  },
  addMemberLabels: {
    query: TenantAddMemberLabelsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('addMemberLabels', 'MEMBER_NOT_FOUND'),
  },
  removeMemberLabels: {
    query: TenantRemoveMemberLabelsDocument,
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('removeMemberLabels', 'MEMBER_NOT_FOUND'),
  },
  createStore: {
    // Store codes are per merchant: A may use B's code, and B's store stays B's.
    query: TenantCreateStoreDocument,
    expectIsolated: (res) => expect(res.data?.createStore.errors).toEqual([]),
  },
  createApiKey: {
    query: TenantCreateApiKeyDocument,
    expectIsolated: (res) => expect(res.data?.createApiKey.errors).toEqual([]),
  },
  revokeApiKey: {
    query: TenantRevokeApiKeyDocument,
    variables: (b) => ({ id: b.apiKeyId }),
    expectIsolated: payloadError('revokeApiKey', 'API_KEY_NOT_FOUND'),
  },
};

let app: TestApp;
let a: TestMerchant;
let b: TestMerchant;
let bIds: Ids;

beforeAll(async () => {
  app = await startTestApp();
  a = await app.createMerchant('Merchant A');
  b = await app.createMerchant('Merchant B');
  const aMember = await app.gql(a.operatorKey, SeedMemberADocument);
  // A's own configuration: the same values its mutation cases set, so the order of the tests
  // does not change what A's queries must answer.
  for (const c of [mutations.setGrades!, mutations.setLoyaltySettings!, mutations.setTaskConfig!]) {
    c.expectIsolated(await app.gql(a.adminKey, c.query), {} as Ids);
  }
  const aShimApp = await app.gql(a.adminKey, SeedShimAppADocument);
  const res = await app.gql(b.operatorKey, SeedMemberBDocument, { s: b.store.id });
  cardIds = await seedCardTenant(app, a, b);
  eventIds = await seedEventTenant(app, b);
  // Give B loyalty data of every kind, so any leak would show in the snapshot or a query.
  const bMember = res.data!.registerMember.member!.id;
  for (const [q, v] of [
    [SeedGradesBDocument, {}],
    [SeedLoyaltySettingsBDocument, {}],
    [SeedTaskConfigBDocument, {}],
    [SeedPointsBDocument, { id: bMember }],
    [SeedOrderBDocument, { id: bMember }],
    [SeedExperienceBDocument, { id: bMember }],
    [SeedTaskBDocument, { id: bMember }],
  ] as [TypedDocumentNode<any, any>, Record<string, unknown>][]) {
    const done = await app.gql(b.adminKey, q, v);
    const field = Object.values(done.data ?? {})[0] as { errors: unknown[] } | undefined;
    expect(field?.errors, `${print(q)}: ${JSON.stringify(done)}`).toEqual([]);
  }
  const keys = await app.ownerOrm.em.fork().find(ApiKey, { merchantId: b.id });
  const bMemberId = res.data!.registerMember.member!.id;
  const code = await app.gql(b.operatorKey, IssueDynamicCodeDocument, { memberId: bMemberId });
  const shimApp = await app.gql(b.adminKey, SeedShimAppBDocument);
  const [aKey] = await app.ownerOrm.em.fork().find(ApiKey, { merchantId: a.id });
  bIds = {
    own: {
      memberId: aMember.data!.registerMember.member!.id,
      storeId: a.store.id,
      shimAppId: aShimApp.data!.createShimApp.app!.id,
      apiKeyId: aKey!.id,
    },
    dynamicCode: code.data!.issueMemberDynamicCode.code!,
    shimAppId: shimApp.data!.createShimApp.app!.id,
    memberId: bMemberId,
    memberMobile: '13000000999',
    memberCode: 'B-1',
    openid: 'o_b',
    storeId: b.store.id,
    apiKeyId: keys[0]!.id,
  };
});
afterAll(() => app?.close());

describe('tenant matrix', () => {
  it('has a case for every query and mutation in the schema', async () => {
    // graphql-js writes the standard introspection query; it is not ours to check in.
    const res = await app.gql<IntrospectionQuery>(a.readonlyKey, getIntrospectionQuery());
    const fieldsOf = (name: string) =>
      (res.data!.__schema.types.find((t) => t.name === name) as unknown as { fields: { name: string }[] }).fields
        .map((f) => f.name)
        .sort();
    expect(fieldsOf('Query')).toEqual(Object.keys(queries).sort());
    expect(fieldsOf('Mutation')).toEqual(Object.keys(mutations).sort());
  });

  it("never shows merchant B's rows to merchant A", async () => {
    for (const [name, c] of Object.entries(queries)) {
      const res = await app.gql(a.adminKey, c.query, c.variables?.(bIds));
      try {
        expect(res.errors).toBeUndefined();
        c.expectIsolated(res, bIds);
      } catch (error) {
        throw new Error(`query ${name}: ${(error as Error).message}\n${JSON.stringify(res)}`, { cause: error });
      }
    }
  });

  it("never changes merchant B's rows through merchant A's key", async () => {
    const before = await snapshotMerchant(app.ownerOrm, b.id);
    for (const [name, c] of Object.entries(mutations)) {
      const res = await app.gql(a.adminKey, c.query, c.variables?.(bIds));
      try {
        c.expectIsolated(res, bIds);
      } catch (error) {
        throw new Error(`mutation ${name}: ${(error as Error).message}\n${JSON.stringify(res)}`, { cause: error });
      }
    }
    expect(await snapshotMerchant(app.ownerOrm, b.id)).toEqual(before);
    // B's key still works, so A's revokeApiKey did not touch it.
    const still = await app.gql(b.adminKey, MerchantNameDocument);
    expect(still.data?.merchant.name).toBe('Merchant B');
  });
});
