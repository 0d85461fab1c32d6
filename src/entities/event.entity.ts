import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { MerchantOwned } from './base.js';
import { DeliveryStatus, type EventType, type SubscriptionFormat } from '../domain/event.enums.js';

/** Where a merchant's events go, and in which format (docs/events.md). */
@Entity({ tableName: 'event_subscription' })
export class EventSubscription extends MerchantOwned {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text' })
  format!: SubscriptionFormat;

  @Property({ type: 'text[]' })
  eventTypes!: EventType[];

  /** Sealed (db/secret-box.ts); opened only by delivery. */
  @Property({ type: 'text', nullable: true, hidden: true })
  secret: string | null = null;

  @Property({ type: 'text', nullable: true })
  appId: string | null = null;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}

/** One event for one subscription: its state and how many tries it took. */
@Entity({ tableName: 'event_delivery' })
export class EventDelivery extends MerchantOwned {
  @Property({ type: 'uuid' })
  subscriptionId!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'string', columnType: 'bigint' })
  seq!: string;

  @Property({ type: 'text' })
  status: Opt<DeliveryStatus> = DeliveryStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'uuid', nullable: true })
  jobId: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'integer', nullable: true })
  lastResponseCode: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;
}

/** The log line of one try. */
@Entity({ tableName: 'event_delivery_attempt' })
export class EventDeliveryAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'uuid' })
  deliveryId!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'boolean' })
  ok!: boolean;

  @Property({ type: 'integer', nullable: true })
  responseCode: number | null = null;

  @Property({ type: 'integer' })
  latencyMs!: number;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/** An outbox row (written by services/outbox.ts with SQL; read here for the delivery log). */
@Entity({ tableName: 'outbox_event' })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'string', columnType: 'bigint', persist: false })
  seq!: string;

  @Property({ type: 'text' })
  type!: EventType;

  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  actor: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
