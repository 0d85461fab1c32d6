import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { startCardApp } from './support.js';

let app: TestApp;
let merchant: TestMerchant;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(20, 3)]);

/** A file beside the upload folder, which no request may reach. */
const SECRET = 'not for the web';

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'mg-uploads-'));
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'uploads'));
  app = await startCardApp({ UPLOAD_MAX_BYTES: '2048', UPLOAD_DIR: join(base, 'uploads') });
  merchant = await app.createMerchant('Uploader');
});
afterAll(() => app?.close());

async function upload(
  bytes: Buffer,
  filename: string,
  key: string | null = merchant.operatorKey,
  type = 'application/octet-stream',
) {
  const form = new FormData();
  form.append('module', '1');
  form.append('file', new Blob([bytes], { type }), filename);
  const response = await fetch(`${app.url}/uploads/images`, {
    method: 'POST',
    body: form,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('image upload', () => {
  it('accepts JPEG, PNG and WebP by their content, under random names, and serves them back', async () => {
    for (const [bytes, ext, type] of [
      [PNG, 'png', 'image/png'],
      [JPEG, 'jpg', 'image/jpeg'],
      [WEBP, 'webp', 'image/webp'],
    ] as const) {
      const res = await upload(bytes, 'evil name.exe');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ contentType: type, size: bytes.length });
      expect(res.body.url).toMatch(new RegExp(`^/uploads/${merchant.id}/[0-9a-f]{32}\\.${ext}$`));
      const served = await fetch(`${app.url}${res.body.url}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe(type);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    }
    expect(readdirSync(join(app.config.UPLOAD_DIR, merchant.id))).toHaveLength(3);
  });

  it('refuses other content whatever its name or declared type, and files over the limit', async () => {
    const text = await upload(Buffer.from('<svg onload=alert(1)>'), 'cat.png', merchant.operatorKey, 'image/png');
    expect(text.status).toBe(415);
    expect(text.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(4096)]), 'big.png');
    expect(big.status).toBe(413);
    const huge = await upload(Buffer.concat([PNG, Buffer.alloc(64 * 1024)]), 'huge.png');
    expect(huge.status).toBe(413);
    // Without a Content-Length (chunked), the body is cut off as it streams past the limit.
    const form = new FormData();
    form.append('file', new Blob([Buffer.concat([PNG, Buffer.alloc(64 * 1024)])]), 'chunked.png');
    const encoded = new Response(form);
    const chunked = await fetch(`${app.url}/uploads/images`, {
      method: 'POST',
      body: encoded.body,
      duplex: 'half',
      headers: { authorization: `Bearer ${merchant.operatorKey}`, 'content-type': encoded.headers.get('content-type')! },
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('requires an authenticated caller who may operate cards, and a multipart body', async () => {
    expect((await upload(PNG, 'a.png', null)).status).toBe(401);
    expect((await upload(PNG, 'a.png', merchant.readonlyKey)).status).toBe(403);
    const json = await fetch(`${app.url}/uploads/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${merchant.operatorKey}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect((await fetch(`${app.url}/uploads/${merchant.id}/missing.png`)).status).toBe(404);
  });

  it('serves nothing outside the upload folder, whatever the path spells', async () => {
    // fetch and URL normalise `..` away before sending; node:http sends the path as written.
    const rawGet = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${app.url}${path}`, { method: 'GET' }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const paths = [
      '/uploads/../secret.txt',
      `/uploads/${merchant.id}/../../secret.txt`,
      '/uploads/%2e%2e/secret.txt',
      '/uploads/..%2fsecret.txt',
      '/uploads/%2e%2e%2fsecret.txt',
      '/uploads/..%5csecret.txt',
    ];
    for (const path of paths) {
      const answer = await rawGet(path);
      expect([403, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain(SECRET);
    }
  });
});
