import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_CONTRACTS } from '../../src/shims/contracts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const documentOf = async (contract: string) =>
  (await (await fetch(`${app.url}/shims/${contract}/openapi.json`)).json()) as Record<string, any>;

describe.each(SERVED_CONTRACTS)('%s OpenAPI document', (contract) => {
  it('is valid OpenAPI 3.1 (swagger-parser against the specification schema)', async () => {
    const doc = await documentOf(contract);
    await expect(SwaggerParser.validate(structuredClone(doc) as any)).resolves.toBeTruthy();
  });

  it('declares servers, security schemes, an operationId per route and every path parameter', async () => {
    const doc = await documentOf(contract);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const schemes = Object.keys(doc.components.securitySchemes);
    expect(schemes.length).toBeGreaterThan(0);
    // All schemes at once, or (members-rest: an app or a staff token) any one of them.
    expect([[Object.fromEntries(schemes.map((s) => [s, []]))], schemes.map((s) => ({ [s]: [] }))]).toContainEqual(doc.security);
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const operation of Object.values<any>(item)) {
        expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
        operationIds.push(operation.operationId);
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = (operation.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name);
        expect(declared).toEqual(templated);
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });
});

it("declares partner-openapi's {type} as a required path parameter", async () => {
  const doc = await documentOf('partner-openapi');
  expect(doc.paths['/member/score/opt/{type}'].post.parameters).toEqual([
    expect.objectContaining({ name: 'type', in: 'path', required: true }),
  ]);
  expect(doc.paths['/member/score/opt/{type}'].post.operationId).toBe('memberScoreOptByType');
});

it('swagger-parser rejects what breaks the specification, so the validity check can fail', async () => {
  const doc = await documentOf('partner-openapi');
  doc.components.securitySchemes.signedEnvelope = { type: 'body', name: 'sign' };
  await expect(SwaggerParser.validate(doc as any)).rejects.toThrow();
});
