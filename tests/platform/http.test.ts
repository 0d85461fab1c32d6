import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DB_ROLE } from '../../src/db/roles.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  ApiKeyPrefixesDocument,
  CostlyMemberPageByVariableDocument,
  CostlyMemberPageDocument,
  CreateAdminKeyDocument,
  CreateTempOperatorKeyDocument,
  DeepReferrersDocument,
  MemberChannelIdsDocument,
  MerchantNameDocument,
  RegisterMemberForMaskingDocument,
  RevokeApiKeyDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp({ QUERY_MAX_DEPTH: '6', QUERY_MAX_COST: '1000', BODY_LIMIT: '4kb', QUERY_MAX_TOKENS: '400' });
  merchant = await app.createMerchant();
});
afterAll(() => app?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${merchant.adminKey}`, ...headers },
    body,
  });

describe('authentication', () => {
  it('answers 401 without a key, with a malformed key and with an unknown key', async () => {
    for (const authorization of [undefined, 'Basic abc', 'Bearer mg_unknownunknownunknownunknown']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: print(MerchantNameDocument) }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('creates a key shown once, and refuses it once revoked', async () => {
    const created = await app.gql(merchant.adminKey, CreateTempOperatorKeyDocument);
    const { secret, apiKey } = created.data!.createApiKey as { secret: string; apiKey: { id: string; prefix: string } };
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect((await app.gql(secret, MerchantNameDocument)).status).toBe(200);
    const listed = await app.gql(merchant.adminKey, ApiKeyPrefixesDocument);
    expect(JSON.stringify(listed)).not.toContain(secret);
    await app.gql(merchant.adminKey, RevokeApiKeyDocument, { id: apiKey.id });
    expect((await app.gql(secret, MerchantNameDocument)).status).toBe(401);
  });

  it('keeps API-key management to admin keys', async () => {
    const res = await app.gql(merchant.operatorKey, CreateAdminKeyDocument);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.createApiKey ?? null).toBeNull();
  });
});

describe('operations endpoints', () => {
  it('serves health, readiness and (to this host) metrics without a key', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'up' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ok', database: 'up' });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds');
    expect(metrics).toContain('process_cpu_user_seconds_total');
  });

  it('echoes or creates a request id', async () => {
    const res = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect((await fetch(`${app.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves GraphiQL to a browser from local assets only', async () => {
    const page = await (await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('<div id="graphiql"');
    const scripts = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(5);
    for (const src of scripts) {
      expect(src.startsWith('/ide/')).toBe(true);
      const asset = await fetch(`${app.url}${src}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });
});

describe('limits and error masking', () => {
  it('refuses a query deeper than the limit', async () => {
    const res = await post(JSON.stringify({ query: print(DeepReferrersDocument) }));
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  it('prices a page size sent as a variable, whatever else the variables hold (costs remembered per document)', async () => {
    const query = print(CostlyMemberPageByVariableDocument);
    const send = async (limit: number, mobile: string) =>
      (await post(JSON.stringify({ query, variables: { page: { limit }, mobile } }))).json() as Promise<any>;
    expect((await send(200, '13900000001')).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await send(5, '13900000001')).errors).toBeUndefined();
    // Another mobile (not a cost of anything) with the costly size: still refused; with the small one: still served.
    expect((await send(200, '13900000002')).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await send(5, '13900000003')).errors).toBeUndefined();
  });

  it('refuses a query that would cost more than the limit', async () => {
    const res = await post(JSON.stringify({ query: print(CostlyMemberPageDocument) }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query with too many tokens', async () => {
    // Built, not checked in: 120 aliases are the point, and a raw body is what the limit sees.
    const wide = `{ ${Array.from({ length: 120 }, (_, i) => `a${i}:merchant{id}`).join(' ')} }`;
    const res = await post(JSON.stringify({ query: wide }));
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/more that 400 tokens/);
  });

  it('answers a body over the limit with 413 and malformed JSON with 400, both as JSON', async () => {
    // A raw body padded past BODY_LIMIT: the HTTP layer, not GraphQL, is under test.
    const big = await post(JSON.stringify({ query: `{ merchant { name } } #${'x'.repeat(8000)}` }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].message).toMatch(/larger than the limit/);
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).errors[0].message).toMatch(/not valid JSON/);
  });

  it('masks unexpected errors: no stack, no SQL', async () => {
    const res0 = await app.gql(merchant.adminKey, RegisterMemberForMaskingDocument);
    const id = res0.data!.registerMember.member!.id;
    // Break the database under the server: reading channels now fails inside PostgreSQL. One
    // statement fails, so nothing else is in flight when the grant is restored.
    await app.ownerOrm.em.fork().execute(`revoke select on member_channel from ${APP_DB_ROLE}`);
    try {
      const res = await app.gql(merchant.adminKey, MemberChannelIdsDocument, { id });
      expect(res.errors?.[0]).toEqual({
        message: 'Internal server error.',
        path: ['member', 'channels'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(res.data).toEqual({ member: null });
      expect(JSON.stringify(res)).not.toMatch(/permission|denied|select|stack/i);
    } finally {
      await app.ownerOrm.em.fork().execute(`grant select on member_channel to ${APP_DB_ROLE}`);
    }
  });
});
