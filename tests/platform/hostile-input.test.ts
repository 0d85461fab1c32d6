import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembers } from '../loyalty/fixtures.js';
import { callCpoint, expectFailure } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { snapshotMerchant } from '../support/tenant.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * The hostile inputs of the attack review that came back as HTTP 500 / INTERNAL_SERVER_ERROR or
 * cpoint 10500: each is the caller's mistake and is answered as one (4xx, BAD_USER_INPUT,
 * GRAPHQL_VALIDATION_FAILED, or the dialect's parameter code) with a message saying what is
 * wrong, and writes nothing. Limits that let work through are refused before it starts.
 */

let app: TestApp;
let merchant: TestMerchant;
let inner: HmacApp;
let partner: PartnerApp;
let uid: string;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Hostile');
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
  partner = await createPartnerApp(app, merchant);
  [uid] = (await createMembers(app, merchant, 1)) as [string];
});
afterAll(() => app?.close());

/** Posts a raw GraphQL request body with the admin key. */
async function post(body: Record<string, unknown>) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${merchant.adminKey}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, ...json, codes: (json.errors ?? []).map((e) => e.extensions?.code) };
}

describe('GraphQL: the caller mistakes that answered 500', () => {
  it('answers a missing or ill-typed variable with 400 BAD_USER_INPUT', async () => {
    const query = 'query($id: ID!) { member(id: $id) { id } }';
    for (const variables of [{}, { id: null }, { id: { nested: true } }]) {
      const res = await post({ query, variables });
      expect(res.status, JSON.stringify(variables)).toBe(400);
      expect(res.codes).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.message).toMatch(/\$id/);
    }
    const page = await post({
      query: 'query($n: Int!) { members(page: { limit: $n }) { totalItems } }',
      variables: { n: 99999999999 },
    });
    expect(page.status).toBe(400);
    expect(page.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses text with a NUL character, in variables and in the query, writing nothing', async () => {
    const before = await snapshotMerchant(app.ownerOrm, merchant.id);
    const inVariables = await post({
      query: 'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { errors { code } } }',
      variables: { i: { mobile: '13800000001', name: 'a\u0000b' } },
    });
    expect(inVariables.status).toBe(400);
    expect(inVariables.codes).toEqual(['BAD_USER_INPUT']);
    expect(inVariables.errors![0]!.message).toMatch(/variables\.i\.name: .*NUL/);
    const inQuery = await post({
      query: 'mutation { registerMember(input: { mobile: "13800000001", name: "a\\u0000b" }) { errors { code } } }',
    });
    expect(inQuery.status).toBe(400);
    expect(inQuery.codes).toEqual(['BAD_USER_INPUT']);
    const orderId = await post({ query: `query { pointsOrder(memberId: "${uid}", orderId: "a\\u0000b") { orderId } }` });
    expect(orderId.codes).toEqual(['BAD_USER_INPUT']);
    expect(await snapshotMerchant(app.ownerOrm, merchant.id)).toEqual(before);
  });

  it('answers setLoyaltySettings with a rate that is not a number as INVALID_INPUT', async () => {
    const res = await post({
      query:
        'mutation { setLoyaltySettings(input: { moneyToPointsRate: "abc", pointsScale: 0 }) { errors { code field message } } }',
    });
    expect(res.status).toBe(200);
    expect(res.data.setLoyaltySettings.errors).toEqual([
      { code: 'INVALID_INPUT', field: 'moneyToPointsRate', message: expect.stringMatching(/decimal/) },
    ]);
  });

  it('answers memberCard without an identifier as BAD_USER_INPUT naming what to send', async () => {
    const res = await post({ query: '{ memberCard { id } }' });
    expect(res.codes).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/cardId, cardNo, or cardTemplateId/);
  });

  it('answers a fragment cycle, a subscription and a persisted-query hash mismatch as 400', async () => {
    const cycle = await post({ query: 'fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }' });
    expect(cycle.status).toBe(400);
    expect(cycle.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    const subscription = await post({ query: 'subscription { merchant { id } }' });
    expect(subscription.status).toBe(400);
    expect(subscription.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    const query = '{ merchant { id } }';
    const wrongHash = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('something else').digest('hex') } },
    });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.codes[0]).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('GraphQL: limits that let work through', () => {
  it('refuses 800 aliases of a cheap field, and 150 aliased introspections', async () => {
    const aliases = await post({ query: `{ ${Array.from({ length: 800 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(aliases.status).toBe(400);
    const tooMany = await post({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: merchant { id }`).join(' ')} }` });
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors!.map((e) => e.message).join(' ')).toMatch(/Aliases limit of 30|at most 30 root fields/);
    const introspection = await post({
      query: `{ ${Array.from({ length: 150 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    });
    expect(introspection.status).toBe(400);
    const twice = await post({ query: '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }' });
    expect(twice.status).toBe(400);
    expect(twice.errors![0]!.message).toMatch(/introspects the schema \(__schema\) at most once/);
    // One introspection, as GraphiQL sends it, still works.
    const once = await post({ query: '{ __schema { queryType { name } } }' });
    expect(once.status).toBe(200);
  });

  it('refuses 50,000 variables, and 5,000 grades or 20,000 labels in one mutation, before running anything', async () => {
    const variables = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i]));
    const many = await post({ query: '{ merchant { id } }', variables });
    expect(many.status).toBe(400);
    expect(many.errors![0]!.message).toMatch(/At most 100 variables/);
    const grades = Array.from({ length: 5000 }, (_, i) => ({ level: i + 1, name: `g${i}`, code: `g${i}`, threshold: String(i) }));
    const setGrades = await post({
      query: 'mutation($g: [GradeInput!]!) { setGrades(grades: $g) { errors { code } } }',
      variables: { g: grades },
    });
    expect(setGrades.status).toBe(400);
    expect(setGrades.errors![0]!.message).toMatch(/at most 500 items/);
    const labels = await post({
      query: 'mutation($m: ID!, $l: [String!]!) { addMemberLabels(memberId: $m, labels: $l) { errors { code } } }',
      variables: { m: uid, l: Array.from({ length: 20_000 }, (_, i) => `l${i}`) },
    });
    expect(labels.status).toBe(400);
    const literal = await post({
      query: `mutation { addMemberLabels(memberId: "${uid}", labels: [${Array.from({ length: 600 }, () => '"x"').join(',')}]) { errors { code } } }`,
    });
    expect(literal.status).toBe(400);
  });
});

describe('shims: the caller mistakes that answered 10500 / 500', () => {
  it('answers a NUL character in any parameter with the parameter code', async () => {
    expectFailure(
      await callCpoint(app, inner, '/useCpoint/consume', { uid, orderId: 'a\u0000b', cpoint: '1' }, { as: 'json' }),
      10400,
      /orderId: must not contain the NUL/,
    );
    expectFailure(await callCpoint(app, inner, '/useCpoint/consume', { uid, orderId: 'a\u0000b', cpoint: '1' }), 10400);
    const partnerNul = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '138\u00000' });
    expect(partnerNul.envelope.statusCode).toBe('201');
    const unknownApp = await fetch(`${app.url}/cm/inner/user/getCpoint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appName: 'a\u0000b', uid }),
    });
    expect(((await unknownApp.json()) as { status: number }).status).toBe(10402);
  });

  it('answers numbers beyond range and out-of-range times with 10400, naming the field', async () => {
    expectFailure(await callCpoint(app, inner, '/order/list', { uid, page: '99999999999' }), 10400, /^page: /);
    expectFailure(await callCpoint(app, inner, '/user/listSortInfo', { condition: 'cpoint', page: 9_000_000 }), 10400, /^page: /);
    expectFailure(await callCpoint(app, inner, '/task/submit', { uid, op: 'share', times: '99999999999' }), 10400, /^times: /);
    expectFailure(
      await callCpoint(app, inner, '/cnf/taskCnfUpdate', { id: 1, score: 1, cpoint: 1, status: 0, s_time: '99999999999999' }),
      10400,
      /^s_time: /,
    );
    expectFailure(
      await callCpoint(app, inner, '/cnf/taskCnfUpdate', { id: '99999999999', score: 1, cpoint: 1, status: 0 }),
      10400,
      /^id: /,
    );
  });
});
