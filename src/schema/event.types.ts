import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeliveryStatus, EventType, SubscriptionFormat } from '../domain/event.enums.js';
import { MutationPayload, PaginatedList } from './generic.types.js';
import { DateTime, JSONObject } from './scalars.js';

registerEnumType(EventType, {
  name: 'EventType',
  description: 'Kinds of outbound events (docs/events.md); on the wire they are written `member.registered`, `points.changed`, …',
});
registerEnumType(SubscriptionFormat, {
  name: 'SubscriptionFormat',
  description:
    'STANDARD_WEBHOOKS: signed JSON events; PARTNER_OPENAPI: the 1.4/1.5 callbacks; ERP_MEMBER_POINTS: the push to /user/memberPoints.',
});
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

@ObjectType({ description: "Where a merchant's events are delivered, and how. The secret is never shown here." })
export class EventSubscription {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  url!: string;

  @Field(() => SubscriptionFormat)
  format!: SubscriptionFormat;

  @Field(() => [EventType])
  eventTypes!: EventType[];

  @Field(() => String, { nullable: true, description: 'PARTNER_OPENAPI: the envelope appId.' })
  appId!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTNER_OPENAPI: the envelope partnerId.' })
  partnerId!: string | null;

  @Field(() => Boolean, { description: 'false: paused; events wait and are delivered, in order, on resume.' })
  active!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class CreateEventSubscriptionInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'An absolute http(s) URL.' })
  url!: string;

  @Field(() => SubscriptionFormat)
  format!: SubscriptionFormat;

  @Field(() => [EventType], { nullable: true, description: 'Omitted or empty: every type the format carries.' })
  eventTypes?: EventType[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'STANDARD_WEBHOOKS: whsec_…; ERP_MEMBER_POINTS: the HMAC secret. Generated when omitted; not for PARTNER_OPENAPI.',
  })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: "PARTNER_OPENAPI: defaults to the merchant's partner-openapi app." })
  appId?: string | null;

  @Field(() => String, { nullable: true })
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class UpdateEventSubscriptionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [EventType], { nullable: true })
  eventTypes?: EventType[] | null;

  @Field(() => String, { nullable: true, description: 'Replaces the secret.' })
  secret?: string | null;

  @Field(() => String, { nullable: true })
  appId?: string | null;

  @Field(() => String, { nullable: true })
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses, true resumes.' })
  active?: boolean | null;
}

@ObjectType()
export class EventSubscriptionPayload extends MutationPayload {
  @Field(() => EventSubscription, { nullable: true })
  subscription?: EventSubscription | null;

  @Field(() => String, { nullable: true, description: 'The secret in clear, shown only when it was set or generated.' })
  secret?: string | null;
}

@ObjectType({ description: 'An event as the outbox recorded it (the Standard Webhooks body carries the same).' })
export class OutboundEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => String, { description: 'Order of events (a bigint, as text).' })
  seq!: string;

  @Field(() => JSONObject)
  payload!: Record<string, unknown>;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'One try of one delivery.' })
export class DeliveryAttempt {
  @Field(() => Int)
  attempt!: number;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no answer came (refused, timeout).' })
  responseCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'One event for one subscription.' })
export class EventDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Int, { nullable: true })
  lastResponseCode!: number | null;

  @Field(() => DateTime, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => OutboundEvent)
  event!: OutboundEvent;

  @Field(() => [DeliveryAttempt])
  attemptLog!: DeliveryAttempt[];
}

@ObjectType()
export class EventDeliveryList extends PaginatedList(() => EventDelivery) {}

@InputType()
export class EventDeliveryFilter {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  eventId?: string | null;
}

@ObjectType()
export class TestEventPayload extends MutationPayload {
  @Field(() => OutboundEvent, { nullable: true })
  event?: OutboundEvent | null;
}

@ObjectType()
export class ReplayPayload extends MutationPayload {
  @Field(() => Int, { nullable: true, description: 'Dead letters put back in line.' })
  replayed?: number | null;
}

@ObjectType()
export class DeletePayload extends MutationPayload {
  @Field(() => Boolean, { nullable: true })
  deleted?: boolean | null;
}
