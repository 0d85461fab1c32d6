import { erpSignature } from '../../src/shims/erp-member-points/dialect.js';
import type { HmacApp } from './hmac-apps.js';
import type { TestApp } from './test-app.js';

export interface ErpAnswer {
  status: number;
  /** The answer as sent, for checks on its text. */
  text: string;
  json: { code: number; msg: string; data?: any; info?: { error: string } };
}

/** Pushes to erp-member-points as an ERP does: X-App-Id, X-Timestamp and the HMAC of the raw body. */
export async function callErp(
  app: TestApp,
  via: HmacApp,
  body: string | object,
  headers: Record<string, string> = {},
): Promise<ErpAnswer> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`${app.url}/user/memberPoints`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-app-id': via.appKey,
      'x-timestamp': timestamp,
      'x-signature': erpSignature(via.secret, timestamp, raw),
      ...headers,
    },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as ErpAnswer['json'] };
}
