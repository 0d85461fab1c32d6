import { performance } from 'node:perf_hooks';
import { scopeToMerchant } from '../db/orm.js';
import { openText } from '../db/secret-box.js';
import { DeliveryStatus, SubscriptionFormat, type EventType } from '../domain/event.enums.js';
import type { AppDeps } from '../request/context.js';
import { merchantSigningKeyPem } from '../request/data/signing-key.js';
import { subscriptionSecretContext } from '../services/event-subscription.service.js';
import { applyErpAnswer } from './erp-answer.js';
import { FORMATS, type DeliveryTarget, type StoredEvent } from './formats.js';
import { OutboundError, postOutbound } from './outbound-http.js';

/** What a queue job carries: just enough to find its delivery under the merchant's row-level security. */
export interface DeliveryJob {
  merchantId: string;
  deliveryId: string;
}

export type DeliveryOutcome = 'delivered' | 'retry' | 'dead' | 'skipped' | 'paused' | 'gone';

interface Row {
  status: DeliveryStatus;
  attempts: number;
  subscription_id: string;
  url: string;
  format: SubscriptionFormat;
  secret: string | null;
  app_id: string | null;
  partner_id: string | null;
  active: boolean;
  event_id: string;
  type: EventType;
  member_id: string | null;
  seq: string;
  event_created_at: Date;
  payload: Record<string, unknown>;
  time_zone: string;
}

/** Thrown to make the queue retry a delivery later (with backoff); its message is the attempt's error. */
export class RetryLater extends Error {}

/**
 * Makes one attempt at one delivery, under the merchant's row-level security: builds the format's
 * request, sends it, records the attempt (status, response code, latency, error) and the
 * delivery's new state. A failure before the last attempt throws {@link RetryLater}, and the queue
 * tries again after its backoff; the last failure makes the delivery a dead letter. A delivery of
 * a paused subscription goes back to the relay (job_id cleared) and waits for resume.
 */
export async function attemptDelivery(deps: AppDeps, job: DeliveryJob, jobId: string): Promise<DeliveryOutcome> {
  const em = scopeToMerchant(deps.orm.em.fork(), job.merchantId);
  const [row] = await em.execute<Row[]>(
    `select d.status, d.attempts, d.subscription_id, s.url, s.format, s.secret, s.app_id, s.partner_id, s.active,
            e.id as event_id, e.type, e.member_id, e.seq, e.created_at as event_created_at, e.payload,
            (select time_zone from merchant where id = d.merchant_id) as time_zone
       from event_delivery d
       join event_subscription s on s.id = d.subscription_id
       join outbox_event e on e.id = d.event_id
      where d.id = ? and d.job_id = ?`,
    [job.deliveryId, jobId],
  );
  // Replayed or pruned since this job was made, or already settled by an earlier run of it.
  if (!row || row.status !== DeliveryStatus.PENDING) return 'gone';
  if (!row.active) {
    await em.execute('update event_delivery set job_id = null, updated_at = now() where id = ? and job_id = ?', [
      job.deliveryId,
      jobId,
    ]);
    return 'paused';
  }
  const event: StoredEvent = {
    id: row.event_id,
    type: row.type,
    merchantId: job.merchantId,
    memberId: row.member_id,
    sequence: Number(row.seq),
    createdAt: new Date(row.event_created_at),
    payload: row.payload,
  };
  const target: DeliveryTarget = {
    id: row.subscription_id,
    url: row.url,
    format: row.format,
    secret: row.secret ? openText(row.secret, subscriptionSecretContext(row.subscription_id)) : null,
    appId: row.app_id,
    partnerId: row.partner_id,
  };
  const attempt = row.attempts + 1;
  const format = FORMATS[target.format];
  const started = performance.now();
  let ok = false;
  let responseCode: number | null = null;
  let error: string | null = null;
  let skipped = false;
  try {
    const built = await format.build(event, target, {
      em,
      timeZone: row.time_zone,
      signingKeyPem: () => merchantSigningKeyPem(deps.orm, job.merchantId),
    });
    if ('skip' in built) {
      ok = skipped = true;
      error = `not sent: ${built.skip}`;
    } else {
      const response = await postOutbound(built.request, {
        timeoutMs: deps.config.EVENTS_HTTP_TIMEOUT_MS,
        blockPrivateAddresses: deps.config.EVENTS_BLOCK_PRIVATE_ADDRESSES,
      });
      responseCode = response.status;
      const verdict = format.judge(response);
      ok = verdict.ok;
      if (!verdict.ok) error = verdict.error;
      else if (verdict.answer && target.format === SubscriptionFormat.ERP_MEMBER_POINTS && event.memberId) {
        // Delivered either way: the ERP has the member. An answer we cannot apply is noted, not retried.
        try {
          await applyErpAnswer(
            deps,
            { merchantId: job.merchantId, subscriptionId: target.id, memberId: event.memberId },
            verdict.answer,
          );
        } catch (applyError) {
          error = `delivered; the answer was not applied: ${(applyError as Error).message}`;
          deps.log.warn({ err: applyError, deliveryId: job.deliveryId }, 'ERP answer not applied');
        }
      }
    }
  } catch (failure) {
    error = failure instanceof OutboundError ? failure.message : `${(failure as Error).name}: ${(failure as Error).message}`;
    if (!(failure instanceof OutboundError))
      deps.log.error({ err: failure, deliveryId: job.deliveryId }, 'delivery failed unexpectedly');
  }
  const latencyMs = Math.round(performance.now() - started);
  const dead = !ok && attempt >= deps.config.EVENTS_MAX_ATTEMPTS;
  const status = ok ? DeliveryStatus.DELIVERED : dead ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
  await em.transactional(async (tx) => {
    await tx.execute(
      `insert into event_delivery_attempt (id, merchant_id, delivery_id, attempt, ok, response_code, latency_ms, error)
       values (gen_random_uuid(), app_merchant_id(), ?, ?, ?, ?, ?, ?)`,
      [job.deliveryId, attempt, ok, responseCode, latencyMs, error],
    );
    await tx.execute(
      `update event_delivery set status = ?, attempts = ?, last_error = ?, last_response_code = ?,
              delivered_at = case when ? then now() end, updated_at = now()
        where id = ?`,
      [status, attempt, error, responseCode, ok, job.deliveryId],
    );
  });
  if (ok) return skipped ? 'skipped' : 'delivered';
  if (dead) return 'dead';
  throw new RetryLater(error ?? 'failed');
}
