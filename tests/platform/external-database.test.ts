import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import {
  graphql,
  postmasterPid,
  removeDir,
  spawnServer,
  tempDataDir,
  waitFor,
  type ServerProcess,
} from '../support/server-process.js';
import { MerchantNameDocument } from '../../src/generated/graphql.js';

// Each test starts real processes (and PostgreSQL clusters): minutes, not seconds, on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * An external PostgreSQL that goes away and comes back: the server keeps running, answers fast
 * and truthfully meanwhile, and serves again once it is back, without a restart. The "external"
 * server is a PostgreSQL of this test's own (own folder, own port), killed with SIGKILL.
 */

let external: EmbeddedDatabase;
let externalDir: string;
let server: ServerProcess;
let key: string;

beforeAll(async () => {
  externalDir = tempDataDir();
  external = await startEmbeddedPostgres({ dataDir: externalDir, database: 'membergraph_ext' });
  server = await spawnServer({ env: { DATABASE_URL: external.url, NO_DEMO: '0' } });
  await server.ready();
  key = /mg_[A-Za-z0-9_-]{32}/.exec(server.output())![0];
});
afterAll(async () => {
  await server?.kill();
  await external?.stop();
  removeDir(externalDir);
});

describe('external PostgreSQL outage', () => {
  it('fails requests fast while the database is gone and recovers by itself when it is back', async () => {
    expect((await graphql(server.url, key, MerchantNameDocument)).body.data).toEqual({ merchant: { name: 'Demo Merchant' } });

    const down = new Promise<void>((resolve) => external.onUnexpectedExit(() => resolve()));
    process.kill(postmasterPid(externalDir)!, 'SIGKILL');
    await down;

    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const answer = await graphql(server.url, key, MerchantNameDocument);
      // Refused connections, not a wait for a pool timeout; the caller learns to retry.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

    await external.restart();
    await waitFor(
      async () => (await fetch(`${server.url}/healthz`)).status === 200,
      15_000,
      'the server to see the database again',
    );
    expect((await graphql(server.url, key, MerchantNameDocument)).body.data).toEqual({ merchant: { name: 'Demo Merchant' } });
    expect(server.child.exitCode).toBeNull(); // the same process, never restarted
  });
});
