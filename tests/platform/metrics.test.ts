import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMetrics, createMetricsApp } from '../../src/observability/metrics.js';
import { callPartner, createPartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp({ METRICS_TOKEN: 'metrics-token-0123456789' });
  merchant = await app.createMerchant('Metrics');
});
afterAll(() => app?.close());

const scrape = async () =>
  (await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).text();
const series = (text: string, name: string) => text.split('\n').filter((line) => line.startsWith(`${name}{`));

describe('/metrics', () => {
  it('labels GraphQL by the root field the schema names, never by the client-sent operation name', async () => {
    for (let i = 0; i < 5; i++) {
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer mg_not_a_key' },
        body: JSON.stringify({ query: `query Unauth${i} { merchant { id } }`, operationName: `Unauth${i}` }),
      });
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Anon${i} { merchant { id } }` }),
      });
      await app.gql(merchant.adminKey, `query Mine${i} { merchant { id } }`);
      await app.gql(merchant.adminKey, `query Two${i} { merchant { id } stores { id } }`);
    }
    const text = await scrape();
    expect(text).not.toMatch(/Unauth\d|Anon\d|Mine\d|Two\d/);
    const operations = series(text, 'graphql_operations_total');
    expect(operations).toContain('graphql_operations_total{operation="merchant",outcome="ok"} 5');
    expect(operations).toContain('graphql_operations_total{operation="multiple",outcome="ok"} 5');
    expect(operations).toContain('graphql_operations_total{operation="none",outcome="error"} 5');
  });

  it('labels HTTP by the matched route, not the path sent', async () => {
    for (let i = 0; i < 5; i++) await fetch(`${app.url}/made-up-${i}/x`);
    await fetch(`${app.url}/member/score/opt/1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await app.gql(merchant.adminKey, '{ merchant { id } }');
    const routes = new Set(
      series(await scrape(), 'http_request_duration_seconds_count').map((l) => /route="([^"]*)"/.exec(l)![1]),
    );
    expect(routes.has('/graphql')).toBe(true);
    expect(routes.has('/member/score/opt/:type')).toBe(true);
    expect(routes.has('unmatched')).toBe(true);
    expect([...routes].some((r) => r.includes('made-up') || r === '/')).toBe(false);
  });

  it("times partner-openapi's RSA work: each signed call adds to verify and sign, an unknown app's call to neither", async () => {
    const partner = await createPartnerApp(app, merchant);
    const seconds = async (operation: string) => {
      const line = series(await scrape(), 'shim_signature_seconds_total').find((l) => l.includes(`operation="${operation}"`));
      return line ? Number(line.split(' ').at(-1)) : 0;
    };
    const before = { sign: await seconds('sign'), verify: await seconds('verify') };
    const answer = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '13000000000' });
    expect(answer.signatureValid).toBe(true);
    const after = { sign: await seconds('sign'), verify: await seconds('verify') };
    // A 2048-bit signature takes well over 10 µs; a verification over 1 µs.
    expect(after.sign - before.sign).toBeGreaterThan(10e-6);
    expect(after.verify - before.verify).toBeGreaterThan(1e-6);
    await callPartner(app, { ...partner, appId: 'no-such-app' }, '/member/getMemberInfoByIdOrMobile', { mobile: '13000000000' });
    expect({ sign: await seconds('sign'), verify: await seconds('verify') }).toEqual(after);
  });

  it('needs the token when one is set', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
  });

  it('without a token answers this host only; with METRICS_PORT it moves to its own listener', async () => {
    const plain = await startTestApp();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(200);
      const remote = await fetch(`${plain.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(remote.status).toBe(403);
    } finally {
      await plain.close();
    }
    const moved = await startTestApp({ METRICS_PORT: '9464' });
    try {
      expect((await fetch(`${moved.url}/metrics`)).status).toBe(404);
    } finally {
      await moved.close();
    }
    const metricsApp = createMetricsApp(createMetrics(), loadConfig({ METRICS_PORT: '9464' }));
    const server = metricsApp.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('process_cpu_user_seconds_total');
    } finally {
      server.close();
    }
  });
});
