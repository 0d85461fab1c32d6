import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../src/entities/api-key.entity.js';
import { startTestApp, type GraphQLResponse, type TestApp, type TestMerchant } from '../support/test-app.js';
import { snapshotMerchant } from '../support/tenant.js';
import { cardTenantCases, seedCardTenant, type CardIds } from '../cards/tenant-cases.js';

let cardIds: CardIds;
const card = cardTenantCases(() => cardIds);

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
  query: string;
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
  pointsEntries: {
    query: 'query($id: ID) { pointsEntries(filter: { memberId: $id }) { totalItems } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('pointsEntries'),
  },
  experienceEntries: {
    query: 'query($id: ID) { experienceEntries(filter: { memberId: $id }) { totalItems } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('experienceEntries'),
  },
  gradeChanges: {
    query: 'query($id: ID!) { gradeChanges(memberId: $id) { totalItems } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('gradeChanges'),
  },
  grades: {
    query: '{ grades { code } }',
    expectIsolated: (res) => expect(res.data?.grades).toEqual([{ code: 'A0' }]),
  },
  loyaltyAccounts: {
    query: 'query($id: ID!) { loyaltyAccounts(memberIds: [$id]) { memberId points { current } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: (res) => expect(res.data?.loyaltyAccounts).toEqual([]),
  },
  loyaltySettings: {
    query: '{ loyaltySettings { moneyToPointsRate } }',
    expectIsolated: (res) => expect(res.data?.loyaltySettings.moneyToPointsRate).toBe(A_RATE),
  },
  membersByLoyalty: {
    query: '{ membersByLoyalty(orderBy: { field: POINTS }) { items { id } } }',
    expectIsolated: (res, b) => expect(res.data?.membersByLoyalty.items).toEqual([{ id: b.own.memberId }]),
  },
  pointsOrder: {
    query: 'query($id: ID!) { pointsOrder(memberId: $id, orderId: "B-ORDER") { orderId } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: isNull('pointsOrder'),
  },
  pointsOrders: {
    query: 'query($id: ID!) { pointsOrders(memberId: $id) { totalItems } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: emptyList('pointsOrders'),
  },
  taskConfigs: {
    query: '{ taskConfigs { name } }',
    expectIsolated: (res) => expect(res.data?.taskConfigs).toEqual([{ name: 'A task' }]),
  },
  memberByDynamicCode: {
    query: 'query($c: String!) { memberByDynamicCode(code: $c) { id } }',
    variables: (b) => ({ c: b.dynamicCode }),
    expectIsolated: isNull('memberByDynamicCode'),
  },
  storeByCode: {
    // Store codes are per merchant: A's S001 is found, never B's.
    query: '{ storeByCode(code: "S001") { id } }',
    expectIsolated: (res, b) => expect(res.data?.storeByCode).toEqual({ id: b.own.storeId }),
  },
  shimApps: {
    query: '{ shimApps { id } }',
    expectIsolated: (res, b) => expectOwnOnly(res.data?.shimApps, b.own.shimAppId, b.shimAppId),
  },
  shimSigningPublicKey: {
    query: '{ shimSigningPublicKey }',
    expectIsolated: (res) => expect(res.data?.shimSigningPublicKey).toContain('BEGIN PUBLIC KEY'),
  },
  member: {
    query: 'query($id: ID!) { member(id: $id) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: isNull('member'),
  },
  memberByMobile: {
    query: 'query($m: String!) { memberByMobile(mobile: $m) { id } }',
    variables: (b) => ({ m: b.memberMobile }),
    expectIsolated: isNull('memberByMobile'),
  },
  memberByCode: {
    query: 'query($c: String!) { memberByCode(code: $c) { id } }',
    variables: (b) => ({ c: b.memberCode }),
    expectIsolated: isNull('memberByCode'),
  },
  memberByChannel: {
    query: 'query($o: String!) { memberByChannel(channelCode: "wxgzpt", openid: $o) { id } }',
    variables: (b) => ({ o: b.openid }),
    expectIsolated: isNull('memberByChannel'),
  },
  members: {
    query:
      'query($s: ID) { all: members(page: { limit: 200 }) { totalItems items { id } } byStore: members(filter: { registerStoreId: $s }) { totalItems } }',
    variables: (b) => ({ s: b.storeId }),
    expectIsolated: (res, b) => {
      expect(res.data?.all.items).toEqual([{ id: b.own.memberId }]);
      expect(res.data?.byStore.totalItems).toBe(0);
    },
  },
  merchant: {
    query: '{ merchant { id name } }',
    expectIsolated: (res) => expect(res.data?.merchant.name).toBe('Merchant A'),
  },
  stores: {
    query: '{ stores { id } }',
    expectIsolated: (res, b) => expectOwnOnly(res.data?.stores, b.own.storeId, b.storeId),
  },
  store: {
    query: 'query($id: ID!) { store(id: $id) { id } }',
    variables: (b) => ({ id: b.storeId }),
    expectIsolated: isNull('store'),
  },
  apiKeys: {
    query: '{ apiKeys { id } }',
    expectIsolated: (res, b) => expectOwnOnly(res.data?.apiKeys, b.own.apiKeyId, b.apiKeyId),
  },
};

const mutations: Record<string, Case> = {
  ...card.mutations,
  changePoints: {
    query:
      'mutation($id: ID!) { changePoints(input: { memberId: $id, amount: "5", direction: DEDUCT, operationType: MANUAL_DEDUCTION }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('changePoints', 'MEMBER_NOT_FOUND'),
  },
  changeExperience: {
    query: 'mutation($id: ID!) { changeExperience(input: { memberId: $id, amount: "5", direction: ADD }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('changeExperience', 'MEMBER_NOT_FOUND'),
  },
  consumePointsForOrder: {
    query:
      'mutation($id: ID!) { consumePointsForOrder(input: { memberId: $id, orderId: "B-ORDER", amount: "1" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('consumePointsForOrder', 'MEMBER_NOT_FOUND'),
  },
  revokeOrderPoints: {
    query:
      'mutation($id: ID!) { revokeOrderPoints(input: { memberId: $id, orderId: "B-ORDER", amount: "1" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: oneOf('revokeOrderPoints', ['MEMBER_NOT_FOUND', 'ORDER_NOT_FOUND']),
  },
  returnOrderPoints: {
    query: 'mutation($id: ID!) { returnOrderPoints(input: { memberId: $id, orderId: "B-ORDER" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: oneOf('returnOrderPoints', ['MEMBER_NOT_FOUND', 'ORDER_NOT_FOUND']),
  },
  submitTask: {
    query: 'mutation($id: ID!) { submitTask(input: { memberId: $id, op: "share" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('submitTask', 'MEMBER_NOT_FOUND'),
  },
  // Configuration mutations act on the caller's own merchant only; B's snapshot proves it.
  setGrades: {
    query: 'mutation { setGrades(grades: [{ code: "A0", name: "A base", level: 1, threshold: "0" }]) { errors { code } } }',
    expectIsolated: ownConfigOnly('setGrades'),
  },
  setLoyaltySettings: {
    query: 'mutation { setLoyaltySettings(input: { moneyToPointsRate: "3", pointsScale: 0 }) { errors { code } } }',
    expectIsolated: ownConfigOnly('setLoyaltySettings'),
  },
  setTaskConfig: {
    query:
      'mutation { setTaskConfig(input: { number: 1, name: "A task", enabled: true, points: "1", experience: "1", ops: ["share"] }) { errors { code } } }',
    expectIsolated: ownConfigOnly('setTaskConfig'),
  },
  issueMemberDynamicCode: {
    query: 'mutation($id: ID!) { issueMemberDynamicCode(memberId: $id) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('issueMemberDynamicCode', 'MEMBER_NOT_FOUND'),
  },
  createShimApp: {
    query: 'mutation { createShimApp(input: { contract: CPOINT_INNER, name: "a app" }) { errors { code } } }',
    expectIsolated: (res) => expect(res.data?.createShimApp.errors).toEqual([]),
  },
  setShimAppStatus: {
    query: 'mutation($id: ID!) { setShimAppStatus(id: $id, status: CLOSED) { errors { code } } }',
    variables: (b) => ({ id: b.shimAppId }),
    expectIsolated: payloadError('setShimAppStatus', 'SHIM_APP_NOT_FOUND'),
  },
  revokeShimApp: {
    query: 'mutation($id: ID!) { revokeShimApp(id: $id) { errors { code } } }',
    variables: (b) => ({ id: b.shimAppId }),
    expectIsolated: payloadError('revokeShimApp', 'SHIM_APP_NOT_FOUND'),
  },
  registerMember: {
    query: 'mutation($s: ID) { registerMember(input: { mobile: "13000000999", registerStoreId: $s }) { errors { code } } }',
    variables: (b) => ({ s: b.storeId }),
    expectIsolated: payloadError('registerMember', 'STORE_NOT_FOUND'),
  },
  updateMember: {
    query: 'mutation($id: ID!) { updateMember(input: { id: $id, name: "hijacked" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('updateMember', 'MEMBER_NOT_FOUND'),
  },
  bindMemberChannel: {
    query:
      'mutation($id: ID!) { bindMemberChannel(memberId: $id, channel: { channelCode: "xcx", openid: "stolen" }) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('bindMemberChannel', 'MEMBER_NOT_FOUND'),
  },
  unbindMemberChannel: {
    query:
      'mutation($id: ID!, $o: String!) { unbindMemberChannel(memberId: $id, channelCode: "wxgzpt", openid: $o) { errors { code } } }',
    variables: (b) => ({ id: b.memberId, o: b.openid }),
    expectIsolated: payloadError('unbindMemberChannel', 'MEMBER_NOT_FOUND'),
  },
  setMemberStatus: {
    query: 'mutation($id: ID!) { setMemberStatus(memberId: $id, status: REMOVED) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('setMemberStatus', 'MEMBER_NOT_FOUND'),
  },
  addMemberLabels: {
    query: 'mutation($id: ID!) { addMemberLabels(memberId: $id, labels: ["x"]) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('addMemberLabels', 'MEMBER_NOT_FOUND'),
  },
  removeMemberLabels: {
    query: 'mutation($id: ID!) { removeMemberLabels(memberId: $id, labels: ["b-label"]) { errors { code } } }',
    variables: (b) => ({ id: b.memberId }),
    expectIsolated: payloadError('removeMemberLabels', 'MEMBER_NOT_FOUND'),
  },
  createStore: {
    // Store codes are per merchant: A may use B's code, and B's store stays B's.
    query: 'mutation { createStore(input: { code: "S001-B", name: "A store with B code" }) { errors { code } store { id } } }',
    expectIsolated: (res) => expect(res.data?.createStore.errors).toEqual([]),
  },
  createApiKey: {
    query: 'mutation { createApiKey(name: "a", role: READONLY) { errors { code } } }',
    expectIsolated: (res) => expect(res.data?.createApiKey.errors).toEqual([]),
  },
  revokeApiKey: {
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { errors { code } } }',
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
  const aMember = await app.gql(a.operatorKey, 'mutation { registerMember(input: { mobile: "13000000001" }) { member { id } } }');
  // A's own configuration: the same values its mutation cases set, so the order of the tests
  // does not change what A's queries must answer.
  for (const c of [mutations.setGrades!, mutations.setLoyaltySettings!, mutations.setTaskConfig!]) {
    c.expectIsolated(await app.gql(a.adminKey, c.query), {} as Ids);
  }
  const aShimApp = await app.gql(
    a.adminKey,
    'mutation { createShimApp(input: { contract: CPOINT_INNER, name: "a own app" }) { app { id } } }',
  );
  const res = await app.gql(
    b.operatorKey,
    `mutation($s: ID!) { registerMember(input: { mobile: "13000000999", code: "B-1", registerStoreId: $s, labels: ["b-label"],
       channel: { channelCode: "wxgzpt", openid: "o_b" } }) { member { id } } }`,
    { s: b.store.id },
  );
  cardIds = await seedCardTenant(app, a, b);
  // Give B loyalty data of every kind, so any leak would show in the snapshot or a query.
  const bMember = res.data!.registerMember.member.id;
  for (const [q, v] of [
    [
      'mutation { setGrades(grades: [{ code: "B-BASE", name: "B base", level: 1, threshold: "0" }, { code: "B-GOLD", name: "B gold", level: 2, threshold: "5" }]) { errors { code } } }',
      {},
    ],
    ['mutation { setLoyaltySettings(input: { moneyToPointsRate: "7", pointsScale: 0 }) { errors { code } } }', {}],
    [
      'mutation { setTaskConfig(input: { number: 1, name: "B task", enabled: true, points: "1", experience: "1", ops: ["share"] }) { errors { code } } }',
      {},
    ],
    [
      'mutation($id: ID!) { changePoints(input: { memberId: $id, amount: "100", direction: ADD, operationType: MANUAL_GRANT, orderId: "B-EARN" }) { errors { code } } }',
      { id: bMember },
    ],
    [
      'mutation($id: ID!) { consumePointsForOrder(input: { memberId: $id, orderId: "B-ORDER", amount: "10" }) { errors { code } } }',
      { id: bMember },
    ],
    [
      'mutation($id: ID!) { changeExperience(input: { memberId: $id, amount: "10", direction: ADD }) { errors { code } } }',
      { id: bMember },
    ],
    ['mutation($id: ID!) { submitTask(input: { memberId: $id, op: "share" }) { errors { code } } }', { id: bMember }],
  ] as const) {
    const done = await app.gql(b.adminKey, q, v);
    const field = Object.values(done.data ?? {})[0] as { errors: unknown[] } | undefined;
    expect(field?.errors, `${q}: ${JSON.stringify(done)}`).toEqual([]);
  }
  const keys = await app.ownerOrm.em.fork().find(ApiKey, { merchantId: b.id });
  const bMemberId = res.data!.registerMember.member.id;
  const code = await app.gql(b.operatorKey, `mutation { issueMemberDynamicCode(memberId: "${bMemberId}") { code } }`);
  const shimApp = await app.gql(
    b.adminKey,
    'mutation { createShimApp(input: { contract: CPOINT_INNER, name: "b app" }) { app { id } } }',
  );
  const [aKey] = await app.ownerOrm.em.fork().find(ApiKey, { merchantId: a.id });
  bIds = {
    own: {
      memberId: aMember.data!.registerMember.member.id,
      storeId: a.store.id,
      shimAppId: aShimApp.data!.createShimApp.app.id,
      apiKeyId: aKey!.id,
    },
    dynamicCode: code.data!.issueMemberDynamicCode.code,
    shimAppId: shimApp.data!.createShimApp.app.id,
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
    const still = await app.gql(b.adminKey, '{ merchant { name } }');
    expect(still.data?.merchant.name).toBe('Merchant B');
  });
});
