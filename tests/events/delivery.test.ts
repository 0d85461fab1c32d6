import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import {
  EvChangePointsDocument,
  EvCreateSubscriptionDocument,
  EvDeliveriesDocument,
  EvRegisterDocument,
  EvReplayDocument,
  EvTestSubscriptionDocument,
  EvUpdateMemberDocument,
  EvUpdateSubscriptionDocument,
} from '../../src/generated/graphql.js';
import { rsaVerifyBase64 } from '../../src/shims/common/signing.js';
import { requestSigningString } from '../../src/shims/partner-openapi/dialect.js';
import type { EventWorker } from '../../src/events/worker.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { startReceiver, startWorker, until, type Receiver } from './support.js';

/** Few tries, so a dead letter comes quickly; the receiver-down test flips back within two. */
const MAX_ATTEMPTS = 4;
let app: TestApp;
let worker: EventWorker;
const receivers: Receiver[] = [];

async function receiver(reply?: Receiver['reply']) {
  const r = await startReceiver(reply);
  receivers.push(r);
  return r;
}

async function subscribe(m: TestMerchant, url: string, format = 'STANDARD_WEBHOOKS', extra: Record<string, unknown> = {}) {
  const res = await app.gql(m.adminKey, EvCreateSubscriptionDocument, {
    input: { name: `${format} hook`, url, format, ...extra } as any,
  });
  expect(res.data?.createEventSubscription.errors).toEqual([]);
  return res.data!.createEventSubscription as { subscription: { id: string }; secret: string | null };
}

async function register(m: TestMerchant, mobile: string, extra: Record<string, unknown> = {}) {
  const res = await app.gql(m.operatorKey, EvRegisterDocument, { input: { mobile, name: `member ${mobile}`, ...extra } });
  expect(res.data?.registerMember.errors).toEqual([]);
  return res.data!.registerMember.member!.id;
}

async function addPoints(m: TestMerchant, memberId: string, amount: string, direction: 'ADD' | 'DEDUCT' = 'ADD') {
  return app.gql(m.operatorKey, EvChangePointsDocument, {
    input: { memberId, direction, amount, operationType: direction === 'ADD' ? 'MANUAL_GRANT' : 'MANUAL_DEDUCTION' },
  });
}

async function outboxRows(merchantId: string) {
  return app.ownerOrm.em
    .fork()
    .execute<{ type: string; member_id: string; payload: any }[]>(
      'select type, member_id, payload from outbox_event where merchant_id = ? order by seq',
      [merchantId],
    );
}

beforeAll(async () => {
  app = await startTestApp();
  worker = await startWorker(app, { EVENTS_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
});
afterAll(async () => {
  await worker?.stop();
  await Promise.all(receivers.map((r) => r.close()));
  await app?.close();
});

describe('transactional outbox', () => {
  it('writes the event with the change, and no event when the change fails', async () => {
    const m = await app.createMerchant('Outbox');
    const memberId = await register(m, '13900000001');
    expect((await addPoints(m, memberId, '10')).data?.changePoints.errors).toEqual([]);
    // A deduction beyond the balance changes nothing, and records nothing.
    expect((await addPoints(m, memberId, '50', 'DEDUCT')).data?.changePoints.errors.map((e: any) => e.code)).toEqual([
      'INSUFFICIENT_POINTS',
    ]);
    // A registration that fails (unknown store) leaves no member and no event.
    const failed = await app.gql(m.operatorKey, EvRegisterDocument, {
      input: { mobile: '13900000002', registerStoreId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(failed.data?.registerMember.errors.map((e: any) => e.code)).toEqual(['STORE_NOT_FOUND']);
    const rows = await outboxRows(m.id);
    expect(rows.map((r) => r.type)).toEqual(['member.registered', 'points.changed']);
    expect(rows[1]!.payload).toMatchObject({
      memberId,
      mobile: '13900000001',
      direction: 'ADD',
      amount: '10.00',
      balance: { current: '10.00' },
    });
  });

  it('adds no statement to the ledger path and one INSERT to a member update', async () => {
    const m = await app.createMerchant('Statements');
    const memberId = await register(m, '13900000011');
    app.sql.reset();
    await addPoints(m, memberId, '5');
    const ledger = app.sql.statements.filter((s) => /outbox_event/.test(s));
    // The event is a CTE of the one ledger statement: no statement of its own.
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatch(/ledger_event as \(\s*insert into outbox_event/);
    app.sql.reset();
    const res = await app.gql(m.operatorKey, EvUpdateMemberDocument, { input: { id: memberId, name: 'renamed' } });
    expect(res.data?.updateMember.errors).toEqual([]);
    expect(app.sql.statements.filter((s) => /outbox_event/.test(s))).toHaveLength(1);
    // An update that changes nothing is no event.
    await app.gql(m.operatorKey, EvUpdateMemberDocument, { input: { id: memberId, name: 'renamed' } });
    expect((await outboxRows(m.id)).map((r) => r.type)).toEqual(['member.registered', 'points.changed', 'member.updated']);
  });
});

describe('standard webhooks', { timeout: 120_000 }, () => {
  it('a receiver down for a while gets every event once back, in order per member, verifiably signed', async () => {
    const m = await app.createMerchant('Down then up');
    let down = true;
    const r = await receiver(() => (down ? { status: 503 } : { status: 204 }));
    const { secret } = await subscribe(m, r.url);
    const members = [await register(m, '13900000021'), await register(m, '13900000022')];
    for (let i = 1; i <= 3; i++) for (const id of members) await addPoints(m, id, String(i));
    await until(() => r.arrived >= 4, 'failed attempts while down');
    down = false;
    // 2 registrations + 6 points changes.
    await until(async () => {
      const log = await app.gql(m.adminKey, EvDeliveriesDocument, { filter: { status: 'DELIVERED' }, page: { limit: 50 } });
      return log.data?.eventDeliveries.totalItems === 8;
    }, 'every delivery settled');
    const wh = new Webhook(secret!);
    const delivered = r.received.filter((x) => x.status! < 300);
    for (const got of delivered) {
      expect(() => wh.verify(got.body, got.headers as Record<string, string>)).not.toThrow();
    }
    // The successful deliveries of each member arrive in sequence order.
    for (const id of members) {
      const seqs = [
        ...new Map(delivered.filter((x) => x.json.memberId === id).map((x) => [x.json.id, x.json.sequence])).values(),
      ];
      expect(seqs).toHaveLength(4);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      const amounts = delivered
        .filter((x) => x.json.memberId === id && x.json.type === 'points.changed')
        .map((x) => x.json.data.amount);
      expect([...new Set(amounts)]).toEqual(['1.00', '2.00', '3.00']);
    }
    const log = await app.gql(m.adminKey, EvDeliveriesDocument, { page: { limit: 50 } });
    const failedFirst = log.data!.eventDeliveries.items.find((d) => d.attempts > 1)!;
    expect(failedFirst.attemptLog[0]).toMatchObject({ ok: false, responseCode: 503 });
    expect(failedFirst.attemptLog.at(-1)).toMatchObject({ ok: true, responseCode: 204 });
  });

  it('a forged or stale signature fails the documented verification', async () => {
    const m = await app.createMerchant('Signatures');
    const r = await receiver();
    const { secret } = await subscribe(m, r.url);
    await register(m, '13900000031');
    await until(() => r.received.length >= 1, 'the registration event');
    const got = r.received[0]!;
    const wh = new Webhook(secret!);
    expect((wh.verify(got.body, got.headers as Record<string, string>) as any).type).toBe('member.registered');
    // Another body under the same signature.
    expect(() => wh.verify(got.body.replace('13900000031', '13900000039'), got.headers as Record<string, string>)).toThrow();
    // Signed with another secret.
    const forged = new Webhook(`whsec_${Buffer.alloc(32, 9).toString('base64')}`).sign(
      got.headers['webhook-id'] as string,
      new Date(),
      got.body,
    );
    expect(() => wh.verify(got.body, { ...(got.headers as Record<string, string>), 'webhook-signature': forged })).toThrow();
    // A genuine signature of ten minutes ago: outside the five-minute tolerance.
    const old = new Date(Date.now() - 600_000);
    const stale = wh.sign(got.headers['webhook-id'] as string, old, got.body);
    expect(() =>
      wh.verify(got.body, {
        'webhook-id': got.headers['webhook-id'] as string,
        'webhook-timestamp': String(Math.floor(old.getTime() / 1000)),
        'webhook-signature': stale,
      }),
    ).toThrow(/too old/i);
  });

  it('a slow receiver of merchant A does not delay merchant B', async () => {
    const a = await app.createMerchant('Slow A');
    const b = await app.createMerchant('Fast B');
    const slow = await receiver(() => 'hold');
    const fast = await receiver();
    await subscribe(a, slow.url);
    await subscribe(b, fast.url);
    // More of A's members than the worker has slots: only A's subscription cap may be held.
    for (let i = 0; i < 12; i++) await register(a, `1391000${String(i).padStart(4, '0')}`);
    await until(() => slow.arrived >= 1, "A's receiver holding a request");
    for (let i = 0; i < 5; i++) await register(b, `1392000${String(i).padStart(4, '0')}`);
    await until(() => fast.received.length >= 5, "B's events");
    // B got everything while A's receiver still holds its first requests unanswered, and the cap
    // kept most of A's twelve waiting. The cap is pg-boss's: each fetch counts the group's active
    // jobs in its own snapshot, so loops woken together can each take the last free slot and a
    // loaded machine sees one or two more than 4 in flight (docs/events.md); never all of them.
    expect(slow.received).toHaveLength(0);
    expect(slow.arrived).toBeGreaterThanOrEqual(1);
    expect(slow.arrived).toBeLessThanOrEqual(8);
    slow.release();
    await until(() => slow.received.filter((x) => x.json.type === 'member.registered').length >= 12, "A's events after release");
  });

  it('dead letters after the last attempt, and replays them', async () => {
    const m = await app.createMerchant('Dead letters');
    const r = await receiver(() => ({ status: 500 }));
    const { subscription } = await subscribe(m, r.url);
    await register(m, '13900000041');
    await until(
      async () => {
        const log = await app.gql(m.adminKey, EvDeliveriesDocument, { filter: { status: 'DEAD' } });
        return log.data?.eventDeliveries.totalItems === 1;
      },
      'a dead letter',
      120_000,
    );
    const dead = (await app.gql(m.adminKey, EvDeliveriesDocument, { filter: { status: 'DEAD' } })).data!.eventDeliveries
      .items[0]!;
    expect(dead.attempts).toBe(MAX_ATTEMPTS);
    expect(dead.attemptLog.map((a) => a.responseCode)).toEqual(Array(MAX_ATTEMPTS).fill(500));
    r.reply = () => ({ status: 200 });
    const replay = await app.gql(m.adminKey, EvReplayDocument, { subscriptionId: subscription.id });
    expect(replay.data?.replayDeadLetters).toEqual({ replayed: 1, errors: [] });
    await until(async () => {
      const log = await app.gql(m.adminKey, EvDeliveriesDocument, { filter: { status: 'DELIVERED' } });
      return log.data?.eventDeliveries.totalItems === 1;
    }, 'the replayed delivery');
    expect(new Set(r.received.map((x) => x.json.id)).size).toBe(1);
  });

  it('test-send reaches that subscription alone; a paused subscription keeps its events for resume', async () => {
    const m = await app.createMerchant('Test send');
    const one = await receiver();
    const two = await receiver();
    const { subscription } = await subscribe(m, one.url);
    const other = await subscribe(m, two.url);
    const sent = await app.gql(m.adminKey, EvTestSubscriptionDocument, { id: subscription.id });
    expect(sent.data?.testEventSubscription.errors).toEqual([]);
    await until(() => one.received.length === 1, 'the test event');
    expect(one.received[0]!.json.type).toBe('subscription.test');
    const paused = await app.gql(m.adminKey, EvUpdateSubscriptionDocument, {
      input: { id: other.subscription.id, active: false },
    });
    expect(paused.data?.updateEventSubscription.subscription?.active).toBe(false);
    await register(m, '13900000051');
    await until(() => one.received.length === 2, 'the registration at the active subscription');
    expect(two.received).toHaveLength(0);
    await app.gql(m.adminKey, EvUpdateSubscriptionDocument, { input: { id: other.subscription.id, active: true } });
    await until(() => two.received.length === 1, 'the held event after resume');
    expect(two.received[0]!.json.type).toBe('member.registered');
  });
});

describe('partner-openapi callbacks', () => {
  it('sends 1.4 and 1.5 in the envelope, signed with the merchant key', async () => {
    const m = await app.createMerchant('Partner callbacks');
    const r = await receiver(() => ({ status: 200, body: '{"ver":"1","statusCode":"100","message":"成功","sign":"sign"}' }));
    await subscribe(m, r.url, 'PARTNER_OPENAPI', { appId: 'app-1', partnerId: '1864' });
    const memberId = await register(m, '13900000061', {
      channel: { channelCode: 'xcx', openid: 'o-61', unionId: 'u-61', registerType: 2 },
    });
    await addPoints(m, memberId, '20');
    await until(() => r.received.length >= 2, 'both callbacks');
    const keyRes = await app.gql(m.adminKey, 'query { shimSigningPublicKey }');
    const publicKey = keyRes.data!.shimSigningPublicKey as string;
    for (const got of r.received) {
      const { sign, ...envelope } = got.json;
      expect(envelope).toMatchObject({ appId: 'app-1', partnerId: '1864', ver: '1' });
      expect(rsaVerifyBase64(publicKey, requestSigningString('/hooks', envelope as any), sign)).toBe(true);
      // Forged: the same signature over another body does not verify.
      expect(rsaVerifyBase64(publicKey, requestSigningString('/hooks', { ...envelope, requestBody: '{}' } as any), sign)).toBe(
        false,
      );
    }
    const registered = JSON.parse(r.received[0]!.json.requestBody);
    expect(registered).toMatchObject({ memberId, mobile: '13900000061', memberName: 'member 13900000061', sexFlag: '0' });
    expect(registered.memberChannels[0]).toMatchObject({
      channelCode: 'xcx',
      thirdPartyCode: 'o-61',
      unionId: 'u-61',
      registerType: '2',
      partnerId: '1864',
    });
    expect(registered.registerTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(JSON.parse(r.received[1]!.json.requestBody)).toMatchObject({
      memberId,
      mobile: '13900000061',
      changeScore: '20',
      currentScore: '20',
      changeType: '1',
      operationType: '4',
    });
  });
});

describe('erp-member-points push', { timeout: 120_000 }, () => {
  it("applies the ERP's answer to the member, without pushing it back", async () => {
    const m = await app.createMerchant('ERP push');
    const storeCode = m.store.code;
    const erp = await receiver((req) =>
      req.json.mobile === '13900000071'
        ? {
            status: 200,
            body: JSON.stringify({
              code: 10000,
              msg: '成功',
              data: {
                name: '周xx',
                sex: '男',
                identityCardNo: '330702690808123',
                birthday: '1969-08-07',
                email: '',
                level: '1',
                state: '0',
                address: '下城路766号',
                cardNo: 'e0582800',
                storeNumber: storeCode,
              },
            }),
          }
        : { status: 200, body: '{"code":20000,"info":{},"msg":"请求失败"}' },
    );
    const feed = await receiver();
    await subscribe(m, erp.url, 'ERP_MEMBER_POINTS', { secret: 'erp-shared-secret-123' });
    await subscribe(m, feed.url);
    const memberId = await register(m, '13900000071');
    await until(async () => {
      const [row] = await app.ownerOrm.em.fork().execute<{ code: string }[]>('select code from member where id = ?', [memberId]);
      return row?.code === 'e0582800';
    }, 'the ERP answer applied');
    const [member] = await app.ownerOrm.em
      .fork()
      .execute<Record<string, any>[]>(
        'select name, sex, birthday::text, id_card_number, address, email, labels, register_store_id, status from member where id = ?',
        [memberId],
      );
    expect(member).toMatchObject({
      name: '周xx',
      sex: 'MALE',
      birthday: '1969-08-07',
      id_card_number: '330702690808123',
      address: '下城路766号',
      email: null,
      labels: ['erp-level-1'],
      register_store_id: m.store.id,
      status: 'ACTIVE',
    });
    // The feed hears of the ERP's update; the ERP is not sent its own answer back.
    await until(() => feed.received.some((x) => x.json.type === 'member.updated'), 'the update at the feed');
    expect(erp.received).toHaveLength(1);
    expect(erp.received[0]!.json).toMatchObject({ mobile: '13900000071', storeNumber: '', name: 'member 13900000071' });
    expect(erp.received[0]!.headers['x-signature']).toMatch(/^[0-9a-f]{64}$/);
    // code 20000 is a failed delivery, retried.
    await register(m, '13900000072');
    await until(() => erp.received.filter((x) => x.json.mobile === '13900000072').length >= 2, 'a retried push');
    const log = await app.gql(m.adminKey, EvDeliveriesDocument, { filter: { status: 'PENDING' } });
    expect(log.errors).toBeUndefined();
    const pending = log.data!.eventDeliveries.items.find((d) => d.attemptLog.length > 0)!;
    expect(pending.attemptLog[0]).toMatchObject({ ok: false, responseCode: 200 });
    expect(pending.attemptLog[0]!.error).toMatch(/code 20000/);
  });
});
