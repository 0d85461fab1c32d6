import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { sealText } from '../db/secret-box.js';
import { ShimContract } from '../domain/access.enums.js';
import { DeliveryStatus, EventType, FORMAT_EVENT_TYPES, OUTBOX_CHANNEL, SubscriptionFormat } from '../domain/event.enums.js';
import { EventDelivery, EventDeliveryAttempt, EventSubscription, OutboxEvent } from '../entities/event.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { EVENT_DELIVERY_ORDERS, eventDeliveryWhereSql, legacyId } from './filters/lists.js';
import { entityPage, listOrder } from './filters/pages.js';
import type { ListQuery, ListResult } from './paging.js';
import { eventActor } from './outbox.js';
import { isUuid, parseInput } from './validation.js';

/**
 * Event subscriptions of a merchant (docs/events.md): where events go and in which format; the
 * delivery log; replay of dead letters; test sends. Delivery itself is src/events/.
 * @module
 */

export const subscriptionSecretContext = (subscriptionId: string) => `event_subscription.secret:${subscriptionId}`;

const urlField = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'An absolute http or https URL without credentials.');

const createSchema = z.object({
  name: z.string().trim().min(1, 'A name must not be empty.').max(100),
  url: urlField,
  format: z.nativeEnum(SubscriptionFormat),
  eventTypes: z.array(z.nativeEnum(EventType)).max(50).nullish(),
  /** Standard Webhooks: `whsec_` + base64 of 24–64 bytes; ERP: any HMAC secret of 16+ characters. Generated when absent. */
  secret: z.string().trim().min(16, 'A secret has at least 16 characters.').max(200).nullish(),
  appId: z.string().trim().min(1).max(128).nullish(),
  partnerId: z.string().trim().min(1).max(128).nullish(),
  active: z.boolean().nullish(),
});
export type CreateSubscriptionData = z.input<typeof createSchema>;

const updateSchema = createSchema
  .omit({ format: true })
  .extend({ id: z.string(), name: createSchema.shape.name.nullish(), url: urlField.nullish() });
export type UpdateSubscriptionData = z.input<typeof updateSchema>;

function checkTypes(format: SubscriptionFormat, types: EventType[] | null | undefined): EventType[] {
  const allowed = FORMAT_EVENT_TYPES[format];
  if (!types?.length) return [...allowed];
  const refused = types.filter((t) => !allowed.includes(t));
  if (refused.length) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `The ${format} format does not carry ${refused.join(', ')}.`, 'eventTypes');
  }
  return [...new Set(types)];
}

function checkSecret(format: SubscriptionFormat, secret: string | null | undefined): string | null {
  if (format === SubscriptionFormat.PARTNER_OPENAPI) {
    if (secret)
      throw new BusinessError(
        ErrorCode.INVALID_INPUT,
        'partner-openapi callbacks are signed with the merchant RSA key.',
        'secret',
      );
    return null;
  }
  if (format === SubscriptionFormat.STANDARD_WEBHOOKS) {
    if (!secret) return `whsec_${randomBytes(32).toString('base64')}`;
    const key = /^whsec_([A-Za-z0-9+/=]+)$/.exec(secret)?.[1];
    const bytes = key ? Buffer.from(key, 'base64').length : 0;
    if (bytes < 24 || bytes > 64) {
      throw new BusinessError(
        ErrorCode.INVALID_INPUT,
        'A Standard Webhooks secret is whsec_ + base64 of 24 to 64 bytes.',
        'secret',
      );
    }
    return secret;
  }
  return secret ?? randomBytes(24).toString('base64url');
}

export async function requireSubscription(ctx: RequestContext, id: string): Promise<EventSubscription> {
  const found = isUuid(id) ? await ctx.em.findOne(EventSubscription, { id }) : null;
  if (!found) throw new BusinessError(ErrorCode.NOT_FOUND, `No event subscription with id ${id}.`, 'id');
  return found;
}

/** The partner-openapi envelope's appId and partnerId default to the merchant's (first) partner app. */
async function partnerApp(ctx: RequestContext): Promise<{ appId: string | null; partnerId: string | null }> {
  const [app] = await ctx.em.execute<{ app_key: string; partner_id: string | null }[]>(
    `select app_key, partner_id from shim_app where contract = ? and revoked_at is null order by created_at limit 1`,
    [ShimContract.PARTNER_OPENAPI],
  );
  return { appId: app?.app_key ?? null, partnerId: app?.partner_id ?? null };
}

/** Creates a subscription; answers the secret in clear once (null for partner-openapi, which signs with the merchant's RSA key). */
export async function createSubscription(
  ctx: RequestContext,
  input: CreateSubscriptionData,
): Promise<{ subscription: EventSubscription; secret: string | null }> {
  const data = parseInput(createSchema, input);
  const eventTypes = checkTypes(data.format, data.eventTypes);
  const secret = checkSecret(data.format, data.secret);
  const defaults = data.format === SubscriptionFormat.PARTNER_OPENAPI ? await partnerApp(ctx) : { appId: null, partnerId: null };
  const subscription = ctx.em.create(EventSubscription, {
    merchantId: ctx.principal.merchantId,
    name: data.name,
    url: data.url,
    format: data.format,
    eventTypes,
    appId: data.appId ?? defaults.appId,
    partnerId: data.partnerId ?? defaults.partnerId,
    active: data.active ?? true,
  });
  if (secret) subscription.secret = sealText(secret, subscriptionSecretContext(subscription.id));
  await ctx.em.flush();
  return { subscription, secret };
}

/** Changes a subscription; `secret` replaces the secret (answered in clear once). Resuming wakes the relay. */
export async function updateSubscription(
  ctx: RequestContext,
  input: UpdateSubscriptionData,
): Promise<{ subscription: EventSubscription; secret: string | null }> {
  const data = parseInput(updateSchema, input);
  const subscription = await requireSubscription(ctx, data.id);
  if (data.name != null) subscription.name = data.name;
  if (data.url != null) subscription.url = data.url;
  if (data.eventTypes != null) subscription.eventTypes = checkTypes(subscription.format, data.eventTypes);
  if (data.appId !== undefined) subscription.appId = data.appId;
  if (data.partnerId !== undefined) subscription.partnerId = data.partnerId;
  let secret: string | null = null;
  if (data.secret != null) {
    secret = checkSecret(subscription.format, data.secret);
    subscription.secret = secret ? sealText(secret, subscriptionSecretContext(subscription.id)) : null;
  }
  const resumed = data.active === true && !subscription.active;
  if (data.active != null) subscription.active = data.active;
  await ctx.em.flush();
  if (resumed) await wakeRelay(ctx);
  return { subscription, secret };
}

export const setSubscriptionActive = (ctx: RequestContext, input: { id: string; active: boolean }) =>
  updateSubscription(ctx, { id: input.id, active: input.active }).then((r) => r.subscription);

export async function listSubscriptions(ctx: RequestContext): Promise<EventSubscription[]> {
  return ctx.em.find(EventSubscription, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Deletes a subscription with its deliveries and their log. */
export async function deleteSubscription(ctx: RequestContext, id: string): Promise<boolean> {
  const subscription = await requireSubscription(ctx, id);
  await ctx.em.remove(subscription).flush();
  return true;
}

/** The relay delivers what is waiting now rather than at its next poll. */
async function wakeRelay(ctx: RequestContext): Promise<void> {
  await ctx.em.execute(`select pg_notify('${OUTBOX_CHANNEL}', '')`);
}

/**
 * Sends a `subscription.test` event to this subscription alone (paused or not: a paused one
 * receives it on resume). It goes through the outbox, the queue and the delivery log like any event.
 */
export async function testSubscription(ctx: RequestContext, id: string): Promise<OutboxEvent> {
  const subscription = await requireSubscription(ctx, id);
  const [row] = await ctx.em.execute<{ id: string }[]>(
    `insert into outbox_event (id, merchant_id, type, member_id, payload, actor, target_subscription_id)
     values (gen_random_uuid(), app_merchant_id(), ?, null, ?::jsonb, ?, ?) returning id`,
    [
      EventType.SUBSCRIPTION_TEST,
      JSON.stringify({ subscriptionId: subscription.id, name: subscription.name }),
      eventActor(ctx),
      subscription.id,
    ],
  );
  return ctx.em.findOneOrFail(OutboxEvent, { id: row!.id });
}

export interface DeliveryFilter {
  subscriptionId?: string | null;
  status?: DeliveryStatus | null;
  memberId?: string | null;
  eventId?: string | null;
}

export interface DeliveryView extends EventDelivery {
  event: OutboxEvent;
  attemptLog: EventDeliveryAttempt[];
}

/** The legacy `filter` (EventDeliveryFilter) as an EventDeliveryWhere: a value that is not an id matches nothing. */
function legacyDeliveryWhere(filter: DeliveryFilter): object {
  return {
    subscriptionId: legacyId(filter.subscriptionId),
    status: filter.status ? { eq: filter.status } : null,
    memberId: legacyId(filter.memberId),
    eventId: legacyId(filter.eventId),
  };
}

/**
 * The delivery log, newest first by default: each delivery with its event and every attempt
 * (status code, latency, error); `where` and the legacy `filter` together, offset or cursor
 * pages. Three statements for any page size (a fourth, the count, when totalItems is asked for).
 */
export async function listDeliveries(
  ctx: RequestContext,
  query: ListQuery<DeliveryFilter> & { where?: object | null; direction?: 'ASC' | 'DESC' | null },
): Promise<ListResult<DeliveryView>> {
  const where = eventDeliveryWhereSql({ and: [query.where ?? {}, legacyDeliveryWhere(query.filter ?? {})] }, 'd');
  const order = listOrder('eventDeliveries', 'CREATED_AT', EVENT_DELIVERY_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  const page = await entityPage(ctx, EventDelivery, { from: sql`event_delivery d`, alias: 'd', where }, order, query);
  const deliveries = page.items;
  if (!deliveries.length) return { ...page, items: [] };
  const [events, attempts] = await Promise.all([
    ctx.em.find(OutboxEvent, { id: { $in: [...new Set(deliveries.map((d) => d.eventId))] } }),
    ctx.em.find(EventDeliveryAttempt, { deliveryId: { $in: deliveries.map((d) => d.id) } }, { orderBy: { attempt: 'asc' } }),
  ]);
  // int8 arrives as a number from the driver: the public field is text, exact at any size.
  for (const e of events) e.seq = String(e.seq);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const items = deliveries.map((d) =>
    Object.assign(d, { event: eventById.get(d.eventId)!, attemptLog: attempts.filter((a) => a.deliveryId === d.id) }),
  );
  return { ...page, items };
}

/**
 * Puts a subscription's dead letters (all of them, or the given deliveries) back in line: each is
 * tried again from its first attempt, with the same event id, after the member's events that are
 * waiting now. Answers how many were replayed.
 */
export async function replayDeadLetters(
  ctx: RequestContext,
  input: { subscriptionId: string; deliveryIds?: string[] | null },
): Promise<number> {
  const subscription = await requireSubscription(ctx, input.subscriptionId);
  const ids = input.deliveryIds?.filter(isUuid) ?? null;
  const rows = await ctx.em.execute<{ id: string }[]>(
    `update event_delivery set status = 'PENDING', attempts = 0, job_id = null, last_error = null, updated_at = now()
      where subscription_id = ? and status = 'DEAD' ${ids ? 'and id in (select jsonb_array_elements_text(?::jsonb)::uuid)' : ''} returning id`,
    ids ? [subscription.id, JSON.stringify(ids)] : [subscription.id],
  );
  if (rows.length) await wakeRelay(ctx);
  return rows.length;
}
