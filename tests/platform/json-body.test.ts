import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonBody } from '../../src/http/json-body.js';

/**
 * The GraphQL read lane reads bodies with readJsonBody instead of express.json: every body below
 * gets the same outcome from both (the parsed value, or the refusal's status) over real HTTP.
 */
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.post('/express', express.json({ limit: 1024 }), (req, res) => {
    res.json({ body: req.body });
  });
  app.post('/lane', (req, res) => {
    readJsonBody(req, 1024, (error, body) => {
      if (error) res.status(error.status).json({ status: error.status });
      else res.json({ body });
    });
  });
  app.use(((error, _req, res, _next) => {
    res.status(error.status).json({ status: error.status });
  }) as express.ErrorRequestHandler);
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends raw bytes (with a content-length, or chunked in pieces) and returns status and text. */
function send(path: string, body: Buffer, chunked: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (chunked) for (let i = 0; i < body.length; i += 100) req.write(body.subarray(i, i + 100));
    else req.write(body);
    req.end();
  });
}

const BODIES: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['an object', Buffer.from('{"query":"{ merchant { id } }","variables":{"a":1}}')],
  ['an array', Buffer.from('[{"query":"{ a }"}]')],
  ['leading whitespace', Buffer.from(' \n\t{"a":"b"}')],
  ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')])],
  ['multi-byte text', Buffer.from('{"name":"会员 ✓ 😀"}')],
  ['bytes that are not UTF-8', Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])],
  ['a string', Buffer.from('"text"')],
  ['null', Buffer.from('null')],
  ['a number', Buffer.from('12')],
  ['broken JSON', Buffer.from('{"query": ')],
  ['trailing garbage', Buffer.from('{"a":1} x')],
  ['exactly the limit', Buffer.from(`{"a":"${'x'.repeat(1024 - 8)}"}`)],
  ['one byte over the limit', Buffer.from(`{"a":"${'x'.repeat(1024 - 7)}"}`)],
  ['far over the limit', Buffer.from(`{"a":"${'x'.repeat(100_000)}"}`)],
];

describe('readJsonBody', () => {
  for (const chunked of [false, true]) {
    it(`answers as express.json({ limit }) does for every body, ${chunked ? 'chunked' : 'with a content-length'}`, async () => {
      for (const [name, body] of BODIES) {
        const [viaExpress, viaLane] = [await send('/express', body, chunked), await send('/lane', body, chunked)];
        expect(viaLane, name).toEqual(viaExpress);
      }
      // The outcomes are not all alike: the comparison covers values, 400 and 413.
      const statuses = new Set<number>();
      for (const [, body] of BODIES) statuses.add((await send('/lane', body, chunked)).status);
      expect([...statuses].sort()).toEqual([200, 400, 413]);
    });
  }
});
