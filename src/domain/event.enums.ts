/**
 * The outbound event catalogue (docs/events.md): what the outbox records, and the formats a
 * subscription delivers in. One home for each; the schema registers them as GraphQL enums.
 * @module
 */

/** Every kind of change the outbox records, in the same transaction as the change. */
export enum EventType {
  MEMBER_REGISTERED = 'member.registered',
  MEMBER_UPDATED = 'member.updated',
  MEMBER_CHANNEL_BOUND = 'member.channel_bound',
  MEMBER_CHANNEL_UNBOUND = 'member.channel_unbound',
  MEMBER_STATUS_CHANGED = 'member.status_changed',
  POINTS_CHANGED = 'points.changed',
  EXPERIENCE_CHANGED = 'experience.changed',
  GRADE_CHANGED = 'grade.changed',
  CARD_RECHARGED = 'card.recharged',
  CARD_SPENT = 'card.spent',
  CARD_REFUNDED = 'card.refunded',
  COUPON_ISSUED = 'coupon.issued',
  COUPON_REDEEMED = 'coupon.redeemed',
  /** Sent only by testSendSubscription, to that subscription alone. */
  SUBSCRIPTION_TEST = 'subscription.test',
}

export enum SubscriptionFormat {
  /** JSON events signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature). */
  STANDARD_WEBHOOKS = 'STANDARD_WEBHOOKS',
  /** partner-openapi 1.4 (member registered) and 1.5 (points changed) callbacks, RSA-signed envelope. */
  PARTNER_OPENAPI = 'PARTNER_OPENAPI',
  /** erp-member-points push to the merchant's ERP (`/user/memberPoints`); its answer updates the member. */
  ERP_MEMBER_POINTS = 'ERP_MEMBER_POINTS',
}

/** The event types each format can carry; a subscription's types must be among them (and default to all of them). */
export const FORMAT_EVENT_TYPES: Record<SubscriptionFormat, readonly EventType[]> = {
  [SubscriptionFormat.STANDARD_WEBHOOKS]: Object.values(EventType).filter((t) => t !== EventType.SUBSCRIPTION_TEST),
  [SubscriptionFormat.PARTNER_OPENAPI]: [EventType.MEMBER_REGISTERED, EventType.POINTS_CHANGED],
  [SubscriptionFormat.ERP_MEMBER_POINTS]: [EventType.MEMBER_REGISTERED, EventType.MEMBER_UPDATED, EventType.POINTS_CHANGED],
};

export enum DeliveryStatus {
  /** Waiting for its turn, or for its next try. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Every try failed: kept as a dead letter until replayed. */
  DEAD = 'DEAD',
}

/** The actor recorded on events caused by applying a subscription's answer (the ERP push), so that subscription is not sent them back. */
export const subscriptionActor = (subscriptionId: string) => `subscription:${subscriptionId}`;

/** The NOTIFY channel the outbox trigger signals after every statement that records events; the relay listens on it. */
export const OUTBOX_CHANNEL = 'membergraph_outbox';
