import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvChangePointsDocument, EvCreateSubscriptionDocument, EvRegisterDocument } from '../../src/generated/graphql.js';
import { repoRoot } from '../support/server-process.js';
import { startTestApp, TEST_SECRETS_KEY, type TestApp } from '../support/test-app.js';
import { FAST_EVENTS, startReceiver, until, type Receiver } from './support.js';

/** `npm run worker` as an operator runs it (the launcher npm execs), over the test app's database. */
function spawnWorker(app: TestApp): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'src/worker.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ENV_FILE: '',
      DATABASE_URL: app.databaseUrl,
      SECRETS_KEY: TEST_SECRETS_KEY,
      LOG_LEVEL: 'warn',
      ...FAST_EVENTS,
      EVENTS_SUPERVISE_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

let app: TestApp;
let receiver: Receiver;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await Promise.all(workers.map(kill9));
  await receiver?.close();
  await app?.close();
});

describe('a worker process killed mid-delivery', { timeout: 180_000 }, () => {
  it('loses nothing when restarted, and repeats an event only with its own id', async () => {
    const m = await app.createMerchant('Kill -9');
    let holding = true;
    receiver = await startReceiver(() => (holding ? 'hold' : { status: 200 }));
    const sub = await app.gql(m.adminKey, EvCreateSubscriptionDocument, {
      input: { name: 'hook', url: receiver.url, format: 'STANDARD_WEBHOOKS' },
    });
    expect(sub.data?.createEventSubscription.errors).toEqual([]);
    const members: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await app.gql(m.operatorKey, EvRegisterDocument, { input: { mobile: `1393000000${i}` } });
      members.push(res.data!.registerMember.member!.id);
    }
    for (const memberId of members) {
      for (const amount of ['1', '2']) {
        await app.gql(m.operatorKey, EvChangePointsDocument, {
          input: { memberId, direction: 'ADD', amount, operationType: 'MANUAL_GRANT' },
        });
      }
    }
    const first = spawnWorker(app);
    workers.push(first.child);
    // The worker is in the middle of delivering: requests are open at the receiver, unanswered.
    await until(() => receiver.arrived >= 1, `a delivery in flight\n${first.output()}`, 120_000);
    await kill9(first.child);
    holding = false;
    const second = spawnWorker(app);
    workers.push(second.child);
    await until(
      async () => {
        const [row] = await app.ownerOrm.em
          .fork()
          .execute<{ n: number }[]>(
            `select count(*)::int as n from event_delivery where merchant_id = ? and status = 'DELIVERED'`,
            [m.id],
          );
        return row!.n === 9;
      },
      `every delivery after the restart\n${second.output()}`,
      150_000,
    );
    const events = await app.ownerOrm.em
      .fork()
      .execute<{ id: string; member_id: string; seq: string }[]>(
        'select id, member_id, seq from outbox_event where merchant_id = ? order by seq',
        [m.id],
      );
    expect(events).toHaveLength(9);
    const answered = receiver.received.filter((r) => r.status === 200);
    // Nothing lost: every event was answered at least once.
    expect(new Set(answered.map((r) => r.json.id))).toEqual(new Set(events.map((e) => e.id)));
    // A repeat carries the same event id (and so the same webhook-id) as the first delivery.
    for (const r of receiver.received) expect(r.headers['webhook-id']).toBe(r.json.id);
    // Per member, first receipts follow the outbox order.
    for (const memberId of members) {
      const firstSeen = [...new Set(answered.filter((r) => r.json.memberId === memberId).map((r) => r.json.sequence as number))];
      expect(firstSeen).toEqual([...firstSeen].sort((x, y) => x - y));
      expect(firstSeen).toHaveLength(3);
    }
  });
});
