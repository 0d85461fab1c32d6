import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  CostlyMemberPageByVariableDocument,
  LaneCardWithoutIdentifierDocument,
  LaneMemberPageDocument,
  LaneSubscriptionsDocument,
  LaneTwoRootsDocument,
  MemberProfileDocument,
  RegisterMemberDocument,
  WhereMembersDocument,
} from '../../src/generated/graphql.js';

/**
 * The compiled lane (src/http/compiled-queries.ts) must answer exactly as Apollo does: the same
 * status, media type and JSON for the same request over the same rows. `lane` serves queries on
 * compiled documents; `apollo` is the same server with GRAPHQL_COMPILED_QUERIES=false, over the
 * same database. Each case says whether the lane is expected to serve it or hand it to Apollo.
 */
let lane: TestApp;
let apollo: TestApp;
let merchant: TestMerchant;
const memberIds: string[] = [];

beforeAll(async () => {
  lane = await startTestApp({ QUERY_MAX_COST: '300' });
  apollo = await startTestApp({ QUERY_MAX_COST: '300', GRAPHQL_COMPILED_QUERIES: 'false' }, { sharing: lane });
  merchant = await lane.createMerchant();
  for (let i = 0; i < 3; i++) {
    const registered = await lane.gql(merchant.adminKey, RegisterMemberDocument, {
      input: {
        mobile: `1380000000${i}`,
        name: `Lane ${i}`,
        labels: ['vip', `l${i}`],
        channel: { channelCode: 'wxgzpt', openid: `o_lane_${i}` },
      },
    });
    memberIds.push(registered.data!.registerMember.member!.id);
  }
});
afterAll(async () => {
  await apollo?.close();
  await lane?.close();
});

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

async function ask(app: TestApp, body: unknown, headers: Record<string, string> = {}, key = merchant.adminKey): Promise<Answer> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
}

/** Sends the request to both servers; returns both answers and whether the lane served it. */
async function both(body: unknown, headers: Record<string, string> = {}, key?: string) {
  const before = lane.compiledQueries.served;
  const fromLane = await ask(lane, body, headers, key);
  const served = lane.compiledQueries.served - before;
  const fromApollo = await ask(apollo, body, headers, key);
  expect(apollo.compiledQueries.served).toBe(0);
  return { fromLane, fromApollo, served };
}

const request = (document: DocumentNode, variables?: Record<string, unknown>) => ({ query: print(document), variables });

describe('the compiled lane answers queries as Apollo does', () => {
  const served: [string, () => unknown, string?][] = [
    ['a member by id', () => request(MemberProfileDocument, { id: memberIds[0] })],
    ['a member that does not exist (null)', () => request(MemberProfileDocument, { id: '00000000-0000-4000-8000-000000000000' })],
    ['a page with channels, a fragment, an alias and __typename', () => request(LaneMemberPageDocument, { page: { limit: 2 } })],
    [
      'a page with totalItems included by a directive',
      () => request(LaneMemberPageDocument, { page: { offset: 1, limit: 5 }, withTotal: true }),
    ],
    ['aliases and several root fields', () => request(LaneTwoRootsDocument, { id: memberIds[1] })],
    [
      'an id that is not a uuid (a resolver error, masked the same way)',
      () => request(MemberProfileDocument, { id: 'not-a-uuid' }),
    ],
    ['a business error of a query (BAD_USER_INPUT with its catalogue code)', () => request(LaneCardWithoutIdentifierDocument)],
    [
      'one operation of several, chosen by operationName',
      () => ({ query: `query A { merchant { id } }\nquery B { merchant { name } }`, operationName: 'B' }),
    ],
  ];
  for (const [name, body] of served) {
    it(`serves ${name}`, async () => {
      const { fromLane, fromApollo, served } = await both(body());
      expect(served).toBe(1);
      expect(fromLane).toEqual(fromApollo);
      expect(fromLane.contentType).toBe('application/json; charset=utf-8');
    });
  }

  it('serves a field its caller may not read as FORBIDDEN with data null, as Apollo does', async () => {
    const { fromLane, fromApollo, served } = await both(request(LaneSubscriptionsDocument), {}, merchant.readonlyKey);
    expect(served).toBe(1);
    expect(fromLane).toEqual(fromApollo);
    expect(JSON.parse(fromLane.body).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  const handedOver: [string, () => unknown, Record<string, string>?][] = [
    ['a query over the cost limit', () => request(CostlyMemberPageByVariableDocument, { page: { limit: 100 } })],
    ['variables that do not fit their types', () => request(MemberProfileDocument, { id: { not: 'an id' } })],
    ['a missing required variable', () => request(MemberProfileDocument, {})],
    ['an invalid document', () => ({ query: '{ member(id: "x") { nope } }' })],
    ['an unparsable document', () => ({ query: '{ member(id: ' })],
    ['an operationName the document does not have', () => ({ query: 'query A { merchant { id } }', operationName: 'Z' })],
    [
      'a query whose variables are of a recursive input type (graphql-jit never finishes their parser)',
      () => request(WhereMembersDocument, { where: { or: [{ name: { contains: 'Lane' } }, { mobile: { eq: '13800000001' } }] } }),
    ],
    ['introspection', () => ({ query: '{ __schema { queryType { name } } }' })],
    [
      'a mutation',
      () => ({
        query: 'mutation { addMemberLabels(memberId: "00000000-0000-4000-8000-000000000000", labels: ["x"]) { member { id } } }',
      }),
    ],
    ['variables that are not an object', () => ({ query: print(MemberProfileDocument), variables: [1] })],
    ['text with a NUL character', () => request(MemberProfileDocument, { id: 'a\u0000b' })],
    ['a body that is not JSON (its parser found that)', () => '{"query": '],
    ['a body that is JSON but not an object', () => '"{ merchant { id } }"'],
    [
      'a caller who prefers application/graphql-response+json',
      () => request(MemberProfileDocument, { id: memberIds[0] }),
      { accept: 'application/graphql-response+json' },
    ],
  ];
  for (const [name, body, headers] of handedOver) {
    it(`hands ${name} to Apollo`, async () => {
      const { fromLane, fromApollo, served } = await both(body(), headers);
      expect(served).toBe(0);
      expect(fromLane).toEqual(fromApollo);
    });
  }

  it('hands a credential it cannot resolve to the route, which answers 401', async () => {
    const { fromLane, fromApollo, served } = await both(
      request(MemberProfileDocument, { id: memberIds[0] }),
      {},
      'mg_unknownunknownunknownunknown',
    );
    expect(served).toBe(0);
    expect(fromLane).toEqual(fromApollo);
    expect(fromLane.status).toBe(401);
  });

  it('keeps each request to its own merchant: a member of another merchant is null', async () => {
    const other = await lane.createMerchant('Other');
    const { fromLane, fromApollo, served } = await both(request(MemberProfileDocument, { id: memberIds[0] }), {}, other.adminKey);
    expect(served).toBe(1);
    expect(fromLane).toEqual(fromApollo);
    expect(JSON.parse(fromLane.body)).toEqual({ data: { member: null } });
  });
});
