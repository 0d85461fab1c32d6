import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgBoss, type Job } from 'pg-boss';
import { OUTBOX_CHANNEL } from '../domain/event.enums.js';
import type { AppDeps } from '../request/context.js';
import { attemptDelivery, RetryLater, type DeliveryJob } from './delivery.js';

/**
 * The delivery worker (docs/events.md, docs/operations.md): the outbox relay and the queue
 * consumer, in `npm start` (unless EVENTS_WORKER=off) and in `npm run worker`; any number of them
 * may run at once.
 *
 * The queue is pg-boss (chosen over graphile-worker: its `key_strict_fifo` policy gives per-member
 * order natively, its `group` concurrency caps each subscription across all workers, and its
 * retries take a configurable exponential backoff with jitter and a ceiling; graphile-worker's
 * backoff is fixed and its named queues run everything in a queue serially).
 *
 * - Relay: moves committed outbox events into the queue. One pass at a time across all workers
 *   (a transaction-level advisory lock), in `seq` order, in one transaction: fan each event out to
 *   the merchant's subscriptions that take its type (never back to the subscription whose answer
 *   caused it), then put every waiting delivery of an active subscription in the queue. Woken by
 *   the outbox trigger's NOTIFY, and every EVENTS_POLL_SECONDS.
 * - Queue: one job per delivery, keyed `<subscription>:<member>` under `key_strict_fifo`, so a
 *   member's events reach a subscription one at a time, in order, and a retrying one holds back
 *   the later ones of that member only; grouped by subscription with at most
 *   EVENTS_SUBSCRIPTION_CONCURRENCY in flight, so a slow receiver holds up only itself.
 * - A worker that dies mid-delivery stops sending heartbeats; after EVENTS_HEARTBEAT_SECONDS the
 *   queue's supervisor hands the job to another worker (at least once: same event id).
 * @module
 */

export const DELIVERY_QUEUE = 'event-delivery';
const RELAY_LOCK = 0x6d67_7265; // 'mgre': one relay pass at a time
const RELAY_BATCH = 500;
const PRUNE_EVERY_MS = 3600_000;

export interface EventWorker {
  /** Runs one relay pass now (tests, benches); answers how many deliveries it queued. */
  relay(): Promise<number>;
  /** Deletes delivered events and logs older than EVENTS_RETENTION_DAYS; answers the events deleted. */
  prune(): Promise<number>;
  stop(): Promise<void>;
}

export interface EventWorkerOptions {
  /** A connection string of the tables' owner: the relay and pruning work across merchants. */
  ownerUrl: string;
  /** false: relay only (no deliveries); tests use it. Default true. */
  consume?: boolean;
}

/** Time-ordered UUIDs (v7 layout): jobs made in one transaction share created_on, and pg-boss breaks the tie by id. */
let lastMs = 0;
let counter = 0;
function orderedUuid(): string {
  const now = Date.now();
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const FAN_OUT = `
  with ev as (
    select id, merchant_id, type, member_id, actor, target_subscription_id, seq
      from outbox_event where dispatched_at is null order by seq limit $1
  ), fan as (
    insert into event_delivery (id, merchant_id, subscription_id, event_id, member_id, seq)
    select gen_random_uuid(), ev.merchant_id, s.id, ev.id, ev.member_id, ev.seq
      from ev join event_subscription s on s.merchant_id = ev.merchant_id
     where case when ev.target_subscription_id is not null then s.id = ev.target_subscription_id
                else ev.type = any(s.event_types) and ev.actor is distinct from 'subscription:' || s.id end
    on conflict (subscription_id, event_id) do nothing
  )
  update outbox_event o set dispatched_at = now() from ev where o.id = ev.id`;

const WAITING = `
  select d.id, d.merchant_id, d.subscription_id, coalesce(d.member_id, d.event_id) as lane
    from event_delivery d join event_subscription s on s.id = d.subscription_id
   where d.status = 'PENDING' and d.job_id is null and s.active
   order by d.seq limit $1`;

export async function startEventWorker(deps: AppDeps, options: EventWorkerOptions): Promise<EventWorker> {
  const { config, log } = deps;
  const pool = new pg.Pool({ connectionString: options.ownerUrl, max: 3, application_name: 'membergraph-relay' });
  pool.on('error', (error) => log.warn({ err: error }, 'relay connection error'));
  // pg-pool hears a connection's errors only while it is idle; one lost while a relay pass holds it
  // (the database killed mid-transaction) would otherwise end the process. The pass's next
  // statement fails and it is retried at the next poll.
  pool.on('connect', (client) => client.on('error', (error) => log.warn({ err: error }, 'relay connection lost')));
  const boss = new PgBoss({
    connectionString: options.ownerUrl,
    schema: 'pgboss',
    max: Math.min(config.EVENTS_CONCURRENCY + 2, 20),
    application_name: 'membergraph-events',
    useListenNotify: true,
    superviseIntervalSeconds: config.EVENTS_SUPERVISE_SECONDS,
    schedule: false,
    registerInstance: false,
    openTelemetry: { enabled: false },
  });
  boss.on('error', (error) => log.warn({ err: error }, 'event queue error'));
  await boss.start();
  const queueOptions = {
    // Our own attempt count decides the dead letter; the queue's limit is a backstop above it, so
    // a job never ends "failed" (which would hold its member's lane) while we still count tries.
    retryLimit: config.EVENTS_MAX_ATTEMPTS + 3,
    retryDelay: config.EVENTS_RETRY_BASE_SECONDS,
    retryBackoff: true,
    retryDelayMax: config.EVENTS_RETRY_MAX_SECONDS,
    expireInSeconds: Math.ceil(config.EVENTS_HTTP_TIMEOUT_MS / 1000) * 2 + 60,
    deleteAfterSeconds: config.EVENTS_RETENTION_DAYS * 86400,
    retentionSeconds: 365 * 86400,
    notify: true,
  };
  if (!(await boss.getQueue(DELIVERY_QUEUE))) {
    try {
      await boss.createQueue(DELIVERY_QUEUE, {
        policy: 'key_strict_fifo',
        heartbeatSeconds: config.EVENTS_HEARTBEAT_SECONDS,
        ...queueOptions,
      });
    } catch (error) {
      // Another worker created it at the same moment.
      if (!(await boss.getQueue(DELIVERY_QUEUE))) throw error;
    }
  } else {
    await boss.updateQueue(DELIVERY_QUEUE, { heartbeatSeconds: config.EVENTS_HEARTBEAT_SECONDS, ...queueOptions });
  }

  async function relay(): Promise<number> {
    let queued = 0;
    for (;;) {
      const client = await pool.connect();
      let batch: number;
      try {
        await client.query('begin');
        const { rows: lock } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1) as locked', [
          RELAY_LOCK,
        ]);
        if (!lock[0]!.locked) {
          await client.query('rollback');
          return queued;
        }
        await client.query(FAN_OUT, [RELAY_BATCH]);
        const { rows } = await client.query<{ id: string; merchant_id: string; subscription_id: string; lane: string }>(WAITING, [
          RELAY_BATCH,
        ]);
        if (rows.length) {
          const jobIds = rows.map(() => orderedUuid());
          await boss.insert(
            DELIVERY_QUEUE,
            rows.map((r, i) => ({
              id: jobIds[i]!,
              data: { merchantId: r.merchant_id, deliveryId: r.id } satisfies DeliveryJob,
              singletonKey: `${r.subscription_id}:${r.lane}`,
              group: { id: r.subscription_id },
            })),
            { db: { executeSql: (text, values) => client.query(text, values as unknown[]) } },
          );
          await client.query(
            `update event_delivery d set job_id = j.job_id, updated_at = now()
               from (select unnest($1::uuid[]) as id, unnest($2::uuid[]) as job_id) j where d.id = j.id`,
            [rows.map((r) => r.id), jobIds],
          );
        }
        await client.query('commit');
        batch = rows.length;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      queued += batch;
      if (batch < RELAY_BATCH) return queued;
    }
  }

  async function prune(): Promise<number> {
    const days = config.EVENTS_RETENTION_DAYS;
    await pool.query(
      `delete from event_delivery where status = 'DELIVERED' and delivered_at < now() - make_interval(days => $1)`,
      [days],
    );
    const { rowCount } = await pool.query(
      `delete from outbox_event e where e.created_at < now() - make_interval(days => $1) and e.dispatched_at is not null
          and not exists (select 1 from event_delivery d where d.event_id = e.id)`,
      [days],
    );
    return rowCount ?? 0;
  }

  // Wake-ups: the outbox trigger's NOTIFY (also sent by replay and resume), and a steady poll.
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  const kick = () => {
    if (stopped) return;
    if (again) return;
    again = true;
    running = running.then(async () => {
      again = false;
      if (stopped) return;
      try {
        await relay();
      } catch (error) {
        log.warn({ err: error }, 'event relay pass failed; retrying at the next poll');
      }
    });
  };
  const listener = new pg.Client({ connectionString: options.ownerUrl, application_name: 'membergraph-relay-listen' });
  listener.on('error', (error) => log.warn({ err: error }, 'relay listener lost; polling only'));
  listener.on('notification', kick);
  try {
    await listener.connect();
    await listener.query(`listen ${OUTBOX_CHANNEL}`);
  } catch (error) {
    log.warn({ err: error }, 'relay cannot LISTEN; polling only');
  }
  const poll = setInterval(kick, config.EVENTS_POLL_SECONDS * 1000);
  let lastPrune = 0;
  const pruneTimer = setInterval(() => {
    if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = Date.now();
    prune().catch((error: unknown) => log.warn({ err: error }, 'event pruning failed'));
  }, 60_000);
  pruneTimer.unref();

  if (options.consume !== false) {
    // EVENTS_CONCURRENCY loops, each holding one delivery at a time: a slow receiver holds at most
    // its subscription's cap of them. Jobs are settled one by one (never a batch waiting for its
    // slowest member).
    await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      {
        localConcurrency: config.EVENTS_CONCURRENCY,
        groupConcurrency: config.EVENTS_SUBSCRIPTION_CONCURRENCY,
        batchSize: 1,
        pollingIntervalSeconds: config.EVENTS_POLL_SECONDS,
        notifyPollingIntervalSeconds: config.EVENTS_POLL_SECONDS,
      },
      async ([job]: Job<DeliveryJob>[]) => {
        let outcome;
        try {
          outcome = await attemptDelivery(deps, job!.data, job!.id);
        } catch (error) {
          if (!(error instanceof RetryLater)) log.error({ err: error, jobId: job!.id }, 'event delivery job failed');
          throw error;
        }
        // A settled delivery frees its member's next event, which no NOTIFY announces: the busy
        // loops (this one among them) fetch again as soon as they are free, and one idle loop
        // wakes now, instead of waiting out the poll.
        const loops = boss.getWipData().filter((w) => w.name === DELIVERY_QUEUE);
        const idle = loops.find((w) => w.count === 0);
        for (const w of loops) if (w.count > 0 || w === idle) boss.notifyWorker(w.id);
        return outcome;
      },
    );
  }
  kick();
  log.info({ concurrency: config.EVENTS_CONCURRENCY, consume: options.consume !== false }, 'event worker started');

  return {
    relay,
    prune,
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearInterval(pruneTimer);
      await listener.end().catch(() => undefined);
      await running.catch(() => undefined);
      await boss
        .stop({ graceful: true, timeout: 10_000, close: true })
        .catch((error: unknown) => log.warn({ err: error }, 'event queue stop failed'));
      await pool.end().catch(() => undefined);
    },
  };
}
