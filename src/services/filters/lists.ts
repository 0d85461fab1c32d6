import type { RawBuilder } from 'kysely';
import { type Catalogue, compileWhere, type FieldSpec } from './compiler.js';
import { MEMBER_FIELDS } from './members.js';
import type { ListOrder } from './pages.js';
import { isUuid } from '../validation.js';

/*
 * Catalogues of the lists other than members: each field's SQL over the list's row. A list's
 * `member` field filters by the member the row belongs to, with the whole MemberWhere.
 */

const column = (name: string) => (row: string) => `${row}.${name}`;
const id = (name: string): FieldSpec => ({ kind: 'id', expression: column(name) });
const text = (name: string): FieldSpec => ({ kind: 'string', expression: column(name) });
const money = (name: string): FieldSpec => ({ kind: 'decimal', expression: column(name) });
const instant = (name: string): FieldSpec => ({ kind: 'datetime', expression: column(name) });
const enumeration = (name: string, type?: string): FieldSpec => ({ kind: 'enum', expression: column(name), type });

/**
 * An id condition of a legacy `filter`: a value that is not an id matches nothing (the legacy
 * filters' answer), where the filter language refuses it.
 */
export const legacyId = (value: string | null | undefined) => (value ? (isUuid(value) ? { eq: value } : { in: [] }) : null);

/**
 * A list's own id argument (gradeChanges' and pointsOrders' memberId): omitted, no condition;
 * given, even empty, and not an id, no row (as those lists answered before they took a where).
 */
export const scopeId = (value: string | null | undefined) => (value == null ? null : (legacyId(value) ?? { in: [] }));

/** The member a row belongs to (its member_id), filtered with MemberWhere. */
const member: FieldSpec = {
  kind: 'relation',
  catalogue: () => MEMBER_FIELDS,
  from: (outer, inner) => `member ${inner} where ${inner}.id = ${outer}.member_id`,
};

/** Points and experience entries (PointsEntryWhere, ExperienceEntryWhere; points_entry / exp_entry). */
export const LEDGER_ENTRY_FIELDS: Catalogue = {
  id: id('id'),
  memberId: id('member_id'),
  member,
  direction: enumeration('direction'),
  amount: money('amount'),
  balanceAfter: money('balance_after'),
  source: enumeration('source'),
  operationType: enumeration('operation_type'),
  businessType: enumeration('business_type'),
  orderId: text('order_no'),
  activityCode: text('activity_code'),
  description: text('description'),
  remark: text('remark'),
  operatorId: text('operator_id'),
  operatorName: text('operator_name'),
  orgCode: text('org_code'),
  storeId: id('store_id'),
  createdAt: instant('created_at'),
};

export const ledgerEntryWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(LEDGER_ENTRY_FIELDS, where, alias);

/** Ledgers list in write order: seq, unique, on (merchant_id, seq desc) or (member_id, seq desc). */
export const LEDGER_ORDERS = {
  CREATED_AT: { keys: [{ expression: column('seq'), type: 'bigint' }], unique: true },
} satisfies Record<string, Omit<ListOrder, 'name' | 'direction'>>;

/** Issued coupons (CouponWhere; coupon). */
export const COUPON_FIELDS: Catalogue = {
  id: id('id'),
  code: text('code'),
  memberId: id('member_id'),
  member,
  couponTemplateId: id('coupon_template_id'),
  status: enumeration('status'),
  source: enumeration('source'),
  cardRechargeId: id('card_recharge_id'),
  validFrom: { kind: 'date', expression: column('valid_from') },
  validUntil: { kind: 'date', expression: column('valid_until') },
  redeemedAt: instant('redeemed_at'),
  redeemedStoreId: id('redeemed_store_id'),
  createdAt: instant('created_at'),
};

export const couponWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(COUPON_FIELDS, where, alias);

const CREATED_ORDERS = {
  CREATED_AT: { keys: [{ expression: column('created_at'), type: 'timestamptz' }] },
} satisfies Record<string, Omit<ListOrder, 'name' | 'direction'>>;

/** Coupons by issue time, on (merchant_id, created_at desc, id) or (merchant_id, member_id, created_at desc, id). */
export const COUPON_ORDERS = CREATED_ORDERS;

/** Fields every card record list has (card_recharge, card_spend, card_refund, invoice). */
const RECORD_FIELDS: Catalogue = {
  id: id('id'),
  memberId: id('member_id'),
  member,
  cardId: id('member_card_id'),
  storeId: id('store_id'),
  staffUserId: id('staff_user_id'),
  amount: money('amount'),
  note: text('note'),
  createdAt: instant('created_at'),
};

/** Card record catalogues by list (RechargeRecordWhere, SpendRecordWhere, RefundRecordWhere, InvoiceWhere). */
export const CARD_RECORD_FIELDS = {
  recharges: {
    ...RECORD_FIELDS,
    orderNo: text('order_no'),
    bonus: money('bonus'),
    channel: enumeration('channel', 'smallint'),
    rechargeEventId: id('recharge_event_id'),
    refundedAt: instant('refunded_at'),
  },
  spends: {
    ...RECORD_FIELDS,
    orderNo: text('order_no'),
    capitalPart: money('capital_part'),
    bonusPart: money('bonus_part'),
    channel: enumeration('channel', 'smallint'),
    refundedAt: instant('refunded_at'),
  },
  refunds: {
    ...RECORD_FIELDS,
    orderNo: text('order_no'),
    kind: enumeration('kind'),
    capital: money('capital'),
    bonus: money('bonus'),
    cardSpendId: id('card_spend_id'),
    cardRechargeId: id('card_recharge_id'),
  },
  invoices: RECORD_FIELDS,
} satisfies Record<string, Catalogue>;

/** Stored-value movements (CardMovementWhere): the fields recharges, spends and refunds share. */
export const cardMovementWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(RECORD_FIELDS, where, alias);

export type CardRecordKind = keyof typeof CARD_RECORD_FIELDS;

/** A card record list's where (`kind`: recharges, spends, refunds, invoices) over its row `alias`. */
export const cardRecordWhereSql = (kind: CardRecordKind, where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(CARD_RECORD_FIELDS[kind], where, alias);

/** Card records by time, on each table's (merchant_id, created_at desc, id). */
export const CARD_RECORD_ORDERS = CREATED_ORDERS;

const int = (name: string): FieldSpec => ({ kind: 'int', expression: column(name) });

/** Grade changes (GradeChangeWhere; grade_change). */
export const GRADE_CHANGE_FIELDS: Catalogue = {
  id: id('id'),
  memberId: id('member_id'),
  member,
  fromLevel: int('from_level'),
  toLevel: int('to_level'),
  experience: money('experience'),
  reason: enumeration('reason'),
  createdAt: instant('created_at'),
};

export const gradeChangeWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(GRADE_CHANGE_FIELDS, where, alias);

/** Grade history in write order: seq, unique, on (merchant_id, seq) or (member_id, seq desc). */
export const GRADE_CHANGE_ORDERS = LEDGER_ORDERS;

/**
 * Points orders (PointsOrderWhere; points_order). `status` is stored nowhere: it is the rule of
 * domain/order-rules.ts orderStatus written in SQL (the same order of cases), so an order matches
 * the status its `status` field answers; tests/analytics/list-filters.test.ts compares the two.
 */
export const POINTS_ORDER_FIELDS: Catalogue = {
  id: id('id'),
  orderId: text('order_no'),
  memberId: id('member_id'),
  member,
  status: {
    kind: 'enum',
    expression: (row) =>
      `case when ${row}.returned_at is not null then 'RETURNED' when ${row}.spent = 0 then 'EARNED'` +
      ` when ${row}.spent_reversed = 0 then 'CONSUMED' when ${row}.spent_reversed >= ${row}.spent then 'REVOKED'` +
      ` else 'PARTLY_REVOKED' end`,
  },
  spent: money('spent'),
  spentReversed: money('spent_reversed'),
  earned: money('earned'),
  earnedReversed: money('earned_reversed'),
  consumedAt: instant('consumed_at'),
  returnedAt: instant('returned_at'),
  createdAt: instant('created_at'),
  updatedAt: instant('updated_at'),
};

export const pointsOrderWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(POINTS_ORDER_FIELDS, where, alias);

/** Points orders by creation, on (merchant_id, created_at, id) or (member_id, created_at desc, id). */
export const POINTS_ORDER_ORDERS = CREATED_ORDERS;

/** Event deliveries (EventDeliveryWhere; event_delivery). */
export const EVENT_DELIVERY_FIELDS: Catalogue = {
  id: id('id'),
  subscriptionId: id('subscription_id'),
  eventId: id('event_id'),
  // The event's type, read by its primary key; the delivery does not copy it.
  eventType: {
    kind: 'enum',
    expression: (row) => `select ${row}_ev.type from outbox_event ${row}_ev where ${row}_ev.id = ${row}.event_id`,
  },
  memberId: id('member_id'),
  member,
  status: enumeration('status'),
  attempts: int('attempts'),
  lastError: text('last_error'),
  lastResponseCode: int('last_response_code'),
  deliveredAt: instant('delivered_at'),
  createdAt: instant('created_at'),
};

export const eventDeliveryWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(EVENT_DELIVERY_FIELDS, where, alias);

/**
 * The delivery log in event order (seq, the event's, shared by its deliveries to several
 * subscriptions, so id breaks ties), on (merchant_id, seq, id). Named CREATED_AT as the other
 * write-ordered lists: a delivery is made with its event.
 */
export const EVENT_DELIVERY_ORDERS = {
  CREATED_AT: { keys: [{ expression: column('seq'), type: 'bigint' }] },
} satisfies Record<string, Omit<ListOrder, 'name' | 'direction'>>;
