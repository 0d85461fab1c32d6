import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiKeyRole } from '../../src/domain/access.enums.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { unwrapPayload } from '../../src/shims/common/run-operation.js';
import { createShimRouter, type ShimRoute } from '../../src/shims/common/shim-router.js';
import { cpointDialect } from '../../src/shims/cpoint-inner/dialect.js';
import { partnerDialect } from '../../src/shims/partner-openapi/dialect.js';
import { callCpoint, expectFailure } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { LegacyCodesAdminOnlyDocument, LegacyCodesUnknownAppDocument, LoyaltyRateDocument } from '../../src/generated/graphql.js';

/**
 * partner-openapi 206 / 399 and cpoint-inner 10403 / 10499: no route of either contract can meet
 * them today (every route's operation is allowed to the role it runs as, and every business code
 * its operations raise has a code of its own), yet the tables must answer them rightly when a
 * route does. So two routes made for this test run on the real router and dialects, over HTTP:
 * one runs an operation its role may not, one meets a business code the contract has no code for.
 */

const routes = (prefix: string): ShimRoute[] => [
  {
    path: `${prefix}/test/forbidden`,
    summary: 'An operator route running an admin operation.',
    input: z.object({}).passthrough(),
    output: z.object({}),
    role: ApiKeyRole.OPERATOR,
    async handle(call) {
      return unwrapPayload((await call.run(LegacyCodesAdminOnlyDocument, {})).setLoyaltySettings);
    },
  },
  {
    path: `${prefix}/test/unmapped`,
    summary: 'A route meeting SHIM_APP_NOT_FOUND, which neither contract has a code for.',
    input: z.object({}).passthrough(),
    output: z.object({}),
    role: ApiKeyRole.ADMIN,
    async handle(call) {
      return unwrapPayload((await call.run(LegacyCodesUnknownAppDocument, {})).revokeShimApp);
    },
  },
];

let app: TestApp;
let server: import('node:http').Server;
/** The test app with its url pointing at the server of the test routes. */
let routed: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;
let inner: HmacApp;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Codes');
  partner = await createPartnerApp(app, merchant);
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
  const deps = { orm: app.orm, config: app.config, log: createLogger('silent'), metrics: createMetrics() };
  const shims = express();
  shims.use(createShimRouter(deps, partnerDialect(deps), routes('/member')));
  shims.use(createShimRouter(deps, cpointDialect(), routes('')));
  server = await new Promise((resolve) => {
    const s = shims.listen(0, '127.0.0.1', () => resolve(s));
  });
  routed = { ...app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

/** The setting the admin-only operation would change: it must stay the default. */
const rate = async () => (await app.gql(merchant.readonlyKey, LoyaltyRateDocument)).data?.loyaltySettings.moneyToPointsRate;

describe('partner-openapi', () => {
  it('answers 206 for an operation the route may not run, writing nothing', async () => {
    const answer = await callPartner(routed, partner, '/member/test/forbidden', {});
    expect(answer.envelope).toEqual({
      ver: '1',
      statusCode: '206',
      message: expect.stringMatching(/\S/),
      sign: expect.any(String),
    });
    expect(answer.signatureValid).toBe(true);
    expect(await rate()).toBe('1.0000');
  });

  it('answers 399 with the reason for a business failure it has no code for', async () => {
    const answer = await callPartner(routed, partner, '/member/test/unmapped', {});
    expect(answer.envelope).toEqual({
      ver: '1',
      statusCode: '399',
      message: 'No live app with id 00000000-0000-4000-8000-000000000000.',
      sign: expect.any(String),
    });
    expect(answer.signatureValid).toBe(true);
  });
});

describe('cpoint-inner', () => {
  it('answers 10403 for an operation the route may not run, writing nothing', async () => {
    expectFailure(await callCpoint(routed, inner, '/test/forbidden', {}), 10403);
    expect(await rate()).toBe('1.0000');
  });

  it('answers 10499 with the reason for a business failure it has no code for', async () => {
    expectFailure(
      await callCpoint(routed, inner, '/test/unmapped', {}),
      10499,
      'No live app with id 00000000-0000-4000-8000-000000000000.',
    );
  });
});
