import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { loadConfig } from '../../src/config.js';
import { startEventWorker, type EventWorker } from '../../src/events/worker.js';
import { TEST_SECRETS_KEY, type TestApp } from '../support/test-app.js';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  json: Record<string, any>;
  path: string;
  /** The status it was answered with. */
  status?: number;
}

/** What a receiver answers: a status and body, or `hold` (keep the request open until released). */
export type Reply = { status: number; body?: string } | 'hold';

/** A real HTTP receiver on loopback that records every request it answers. */
export interface Receiver {
  url: string;
  /** Requests answered (held requests appear once answered). */
  received: Received[];
  /** Requests that arrived, answered or not. */
  arrived: number;
  reply: (req: Received) => Reply;
  /** Answers every held request with 200 and stops holding. */
  release(): void;
  close(): Promise<void>;
}

export async function startReceiver(reply: Receiver['reply'] = () => ({ status: 200, body: '{}' })): Promise<Receiver> {
  const held: (() => void)[] = [];
  const receiver: Receiver = {
    url: '',
    received: [],
    arrived: 0,
    reply,
    release() {
      receiver.reply = () => ({ status: 200, body: '{}' });
      for (const answer of held.splice(0)) answer();
    },
    close: async () => undefined,
  };
  const server: Server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      receiver.arrived++;
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, any> = {};
      try {
        json = JSON.parse(body);
      } catch {
        // recorded as text
      }
      const got: Received = { headers: req.headers, body, json, path: req.url ?? '' };
      const answer = (r: { status: number; body?: string }) => {
        // A held request whose sender died (kill -9) was never answered to anyone.
        if (req.socket.destroyed) return;
        got.status = r.status;
        receiver.received.push(got);
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(r.body ?? '{}');
      };
      const r = receiver.reply(got);
      if (r === 'hold') held.push(() => answer({ status: 200, body: '{}' }));
      else answer(r);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () =>
    new Promise<void>((done) => {
      receiver.release();
      server.closeAllConnections();
      server.close(() => done());
    });
  return receiver;
}

/** Settings that make retries quick in tests (still exponential, still jittered). */
export const FAST_EVENTS = {
  EVENTS_RETRY_BASE_SECONDS: '1',
  EVENTS_RETRY_MAX_SECONDS: '2',
  EVENTS_POLL_SECONDS: '0.5',
  EVENTS_HTTP_TIMEOUT_MS: '60000',
  EVENTS_SUPERVISE_SECONDS: '2',
  EVENTS_HEARTBEAT_SECONDS: '10',
};

/** An in-process delivery worker over the test app's database, as `npm start` runs one. */
export async function startWorker(app: TestApp, overrides: Record<string, string> = {}): Promise<EventWorker> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: app.databaseUrl,
    SECRETS_KEY: TEST_SECRETS_KEY,
    ...FAST_EVENTS,
    ...overrides,
  });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  return startEventWorker({ orm: app.orm, config, log, metrics: createMetrics() }, { ownerUrl: app.databaseUrl });
}

/** Waits until `done()` holds, checking every 50 ms; fails after `ms` with `what`. */
export async function until(done: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}
