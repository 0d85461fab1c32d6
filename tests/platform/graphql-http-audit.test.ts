import { readFileSync } from 'node:fs';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * graphql-http's audit suite for the GraphQL-over-HTTP spec against /graphql (with a key, as
 * every caller sends one). Every MUST passes; every failed SHOULD is listed with its reason in
 * docs/security.md, so a new failure cannot slip in unexplained.
 */
let app: TestApp;
let merchant: TestMerchant;
const results: AuditResult[] = [];

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Audit');
  const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
    fetch(input, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${merchant.readonlyKey}` },
    });
  for (const audit of serverAudits({ url: `${app.url}/graphql`, fetchFn })) results.push(await audit.fn());
});
afterAll(() => app?.close());

describe('graphql-http server audits', () => {
  it('passes every MUST', () => {
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    expect(musts.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('lists every failed SHOULD with its reason in docs/security.md', () => {
    const documented = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    const failed = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok');
    expect(failed.filter((r) => !documented.includes(r.id)).map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });
});
