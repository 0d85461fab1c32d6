import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiKeyRole, ShimContract } from '../../src/domain/access.enums.js';
import { ShimRouterCreateStoreDocument, ShimRouterStoresDocument } from '../../src/generated/graphql.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { legacyLong, legacyMoney, sendLegacyJson } from '../../src/shims/common/legacy-json.js';
import { unwrapPayload } from '../../src/shims/common/run-operation.js';
import { createShimRouter, openApiDocument, type Dialect, type ShimRoute } from '../../src/shims/common/shim-router.js';
import { EdgeFailure, ShimError } from '../../src/shims/common/shim-error.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * The shared shim machinery for contracts other than the signed three: methods other than POST,
 * a merchant named in the base path, a caller that is not a shim app, per-route transaction mode,
 * and exact legacy numbers. A dialect made for this test runs on the real router over HTTP.
 */

interface TestCaller {
  merchantId: string;
}

const dialect: Dialect<TestCaller> = {
  contract: ShimContract.ERP_MEMBER_POINTS,
  title: 'machinery test',
  basePath: '/t/:merchant',
  parsers: (limit) => [express.json({ limit })],
  async authenticate(req, route) {
    if (route.public) return { merchantId: String(req.params.merchant) };
    const merchantId = req.get('x-merchant');
    if (!merchantId || merchantId !== req.params.merchant) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'who are you?');
    return { merchantId };
  },
  principalOf: (caller) => ({ merchantId: caller.merchantId, role: ApiKeyRole.ADMIN, credentialId: 'machinery-test' }),
  verify: (req) => ({ ...(req.query as Record<string, unknown>), ...(req.body ?? {}) }),
  success: (res, _caller, data) => sendLegacyJson(res, 200, { ok: true, data }),
  failure: (res, _caller, failure, message) =>
    sendLegacyJson(res, failure === EdgeFailure.UNKNOWN_APP ? 401 : 400, { ok: false, failure, message }),
  openapi: {
    securitySchemes: { merchant: { type: 'apiKey', in: 'header', name: 'X-Merchant' } },
    request: (i) => i,
    response: (o) => o,
  },
};

const failAfterStore =
  (mode: 'request' | 'operation'): ShimRoute<{ code: string }, TestCaller>['handle'] =>
  async (call, input) => {
    unwrapPayload((await call.run(ShimRouterCreateStoreDocument, { code: `${input.code}-${mode}` })).createStore);
    throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'failed after the store was created');
  };

const routes: ShimRoute<any, TestCaller>[] = [
  {
    method: 'GET',
    path: '/echo',
    summary: 'Query parameters and path parameters in, exact legacy numbers out.',
    input: z.object({ n: z.coerce.number().int(), merchant: z.string() }),
    output: z.object({}),
    async handle(call, input: { n: number; merchant: string }) {
      return {
        n: input.n,
        merchant: input.merchant,
        caller: call.caller.merchantId,
        money: legacyMoney('12.5'),
        long: legacyLong('9007199254740991'),
      };
    },
  },
  {
    method: 'GET',
    path: '/open',
    public: true,
    summary: 'A public route: the dialect decides who an anonymous caller is.',
    input: z.object({}),
    output: z.object({}),
    handle: async (call) => ({ merchant: call.caller.merchantId }),
  },
  {
    method: 'PUT',
    path: '/stores/:code',
    summary: 'One transaction for the whole call: the store goes with the failure.',
    input: z.object({ code: z.string() }),
    output: z.object({}),
    handle: failAfterStore('request'),
  },
  {
    path: '/stores/:code/kept',
    transaction: 'operation',
    summary: 'Each operation commits: the store stays although the route fails.',
    input: z.object({ code: z.string() }),
    output: z.object({}),
    handle: failAfterStore('operation'),
  },
];

let app: TestApp;
let server: import('node:http').Server;
let base: string;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Machinery');
  const deps = { orm: app.orm, config: app.config, log: createLogger('silent'), metrics: createMetrics() };
  const shims = express();
  shims.use(createShimRouter(deps, dialect, routes));
  server = await new Promise((resolve) => {
    const s = shims.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.close();
});

const send = (method: string, path: string, body?: string, merchantId = merchant.id) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'x-merchant': merchantId, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });

async function storeCodes(): Promise<string[]> {
  const res = await app.gql(merchant.adminKey, ShimRouterStoresDocument);
  return res.data!.stores.map((s) => s.code);
}

describe('shim machinery', () => {
  it('serves GET routes with query and base-path parameters, and writes money and long numbers exactly', async () => {
    const res = await send('GET', `/t/${merchant.id}/echo?n=7`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('"money":12.50');
    expect(text).toContain('"long":9007199254740991');
    expect(JSON.parse(text).data).toMatchObject({ n: 7, merchant: merchant.id, caller: merchant.id });
  });

  it('asks the dialect who the caller is, on public routes too', async () => {
    expect((await send('GET', `/t/${merchant.id}/echo?n=1`, undefined, 'someone-else')).status).toBe(401);
    const open = await fetch(`${base}/t/anyone/open`);
    expect(await open.json()).toEqual({ ok: true, data: { merchant: 'anyone' } });
  });

  it('rolls a failed call back as one transaction by default', async () => {
    const res = await send('PUT', `/t/${merchant.id}/stores/R1`, '{}');
    expect(res.status).toBe(400);
    expect(await storeCodes()).not.toContain('R1-request');
  });

  it('keeps each operation of a route that commits per operation', async () => {
    const res = await send('POST', `/t/${merchant.id}/stores/K1/kept`, '{}');
    expect(await res.json()).toMatchObject({ ok: false, failure: 'BAD_PARAMETERS' });
    expect(await storeCodes()).toContain('K1-operation');
  });

  it('answers a malformed body under a parameterised base path in the dialect', async () => {
    const res = await send('POST', `/t/${merchant.id}/stores/K2/kept`, '{"broken');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, failure: 'BAD_PARAMETERS' });
  });

  it('documents methods, path and query parameters, and public routes in OpenAPI', () => {
    const doc = openApiDocument(dialect, routes) as { paths: Record<string, Record<string, any>> };
    const echo = doc.paths['/t/{merchant}/echo']!.get;
    expect(echo.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:merchant', 'query:n']);
    expect(echo.requestBody).toBeUndefined();
    expect(doc.paths['/t/{merchant}/open']!.get.security).toEqual([]);
    expect(Object.keys(doc.paths['/t/{merchant}/stores/{code}']!)).toEqual(['put']);
    expect(doc.paths['/t/{merchant}/stores/{code}/kept']!.post.requestBody).toBeDefined();
  });
});
