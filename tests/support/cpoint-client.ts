import { expect } from 'vitest';
import { hmacSha256Hex } from '../../src/shims/common/signing.js';
import { cpointSigningString } from '../../src/shims/cpoint-inner/dialect.js';
import type { HmacApp } from './hmac-apps.js';
import type { TestApp } from './test-app.js';

export interface CpointAnswer {
  httpStatus: number;
  body: { status: number; message: string; serverTime: number; data: any };
}

export interface CpointOptions {
  /** How the body travels: urlencoded (the legacy default) or JSON. */
  as?: 'form' | 'json';
  /** Replaces the computed signature; `null` leaves `sig` out. */
  sig?: string | null;
}

/** The signature a cpoint-inner caller computes for a route (`/user/getCpoint`): hex HMAC-SHA256 of the canonical string. */
export const cpointSig = (secret: string, path: string, params: Record<string, unknown>) =>
  hmacSha256Hex(secret, cpointSigningString(`/cm/inner${path}`, params));

/** Calls a /cm/inner/ route as a legacy inner service would: appName and sig among the parameters. */
export async function callCpoint(
  app: TestApp,
  caller: HmacApp,
  path: string,
  params: Record<string, unknown>,
  options: CpointOptions = {},
): Promise<CpointAnswer> {
  const signed: Record<string, unknown> = { appName: caller.appKey, ...params };
  const sig = options.sig === undefined ? cpointSig(caller.secret, path, signed) : options.sig;
  if (sig !== null) signed.sig = sig;
  const json = options.as === 'json';
  return send(
    app,
    path,
    json
      ? JSON.stringify(signed)
      : new URLSearchParams(Object.entries(signed).map(([k, v]): [string, string] => [k, String(v)])).toString(),
    json ? 'application/json' : 'application/x-www-form-urlencoded',
  );
}

/** Sends a raw body, for the malformed cases. */
export async function send(app: TestApp, path: string, body: string, contentType: string): Promise<CpointAnswer> {
  const res = await fetch(`${app.url}/cm/inner${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { httpStatus: res.status, body: (await res.json()) as CpointAnswer['body'] };
}

/** Asserts the document's envelope around a success, and returns `data`. */
export function expectSuccess(answer: CpointAnswer) {
  expect(answer.httpStatus).toBe(200);
  expect(answer.body).toEqual({ status: 200, message: '', serverTime: expect.any(Number), data: expect.anything() });
  expect(Math.abs(answer.body.serverTime - Date.now() / 1000)).toBeLessThan(60);
  return answer.body.data;
}

/** Asserts the envelope of a failure: HTTP 200, the status code, a message, empty data. */
export function expectFailure(answer: CpointAnswer, status: number, message?: string | RegExp) {
  expect(answer.httpStatus).toBe(200);
  expect(answer.body).toEqual({
    status,
    message:
      message === undefined
        ? expect.stringMatching(/\S/)
        : typeof message === 'string'
          ? message
          : expect.stringMatching(message),
    serverTime: expect.any(Number),
    data: {},
  });
}
