import type { EntityManager } from '../db/orm.js';
import { EventType } from '../domain/event.enums.js';
import type { Coupon } from '../entities/coupon.entity.js';
import type { MemberCard } from '../entities/member-card.entity.js';
import type { MemberChannel } from '../entities/member-channel.entity.js';
import type { Member } from '../entities/member.entity.js';
import type { RequestContext } from '../request/context.js';

/**
 * The transactional outbox (docs/events.md). Every change that integrators hear about writes its
 * event here, on the EntityManager of the change's own transaction, so the change and its event
 * commit together or not at all. Delivery (fan-out to subscriptions, the queue, HTTP) happens
 * later, in src/events/, from what committed.
 *
 * Two ways in, one table:
 * - {@link recordEvents}: one INSERT, for commands that run through the unit of work (members,
 *   channels, cards, coupons).
 * - the SQL fragments {@link ledgerEventCte} and {@link gradeEventCte}: a CTE inside the single
 *   statement that changes a balance (ledger-statement.ts) or regrades members, so those hot paths
 *   gain no statement at all.
 * @module
 */

export interface EventRecord {
  type: EventType;
  /** The member the event is about; events of one member are delivered in order. */
  memberId: string | null;
  /** The event's `data` (docs/events.md has one example per type). */
  data: Record<string, unknown>;
}

/** Who caused a change, as events record it: the request's credential. */
export const eventActor = (ctx: Pick<RequestContext, 'principal'>) => ctx.principal.credentialId;

/**
 * Writes events in the caller's transaction: call it with the `em` of `ctx.em.transactional`
 * (or of a shim's request transaction), after the change is flushed. One statement for any number
 * of events.
 */
export async function recordEvents(em: EntityManager, actor: string | null, events: EventRecord[]): Promise<void> {
  if (!events.length) return;
  await em.execute(
    `insert into outbox_event (id, merchant_id, type, member_id, payload, actor)
     select gen_random_uuid(), app_merchant_id(), e.type, e.member_id, e.payload, ?
     from jsonb_to_recordset(?::jsonb) as e(type text, member_id uuid, payload jsonb)`,
    [actor, JSON.stringify(events.map((e) => ({ type: e.type, member_id: e.memberId, payload: e.data })))],
  );
}

export const recordEvent = (em: EntityManager, actor: string | null, event: EventRecord) => recordEvents(em, actor, [event]);

/** A member as events carry it: the profile as it is after the change. */
export function memberSnapshot(member: Member): Record<string, unknown> {
  return {
    id: member.id,
    code: member.code,
    mobile: member.mobile,
    name: member.name,
    nickname: member.nickname,
    sex: member.sex,
    birthday: member.birthday,
    email: member.email,
    idCardNumber: member.idCardNumber,
    address: member.address,
    avatarUrl: member.avatarUrl,
    status: member.status,
    registeredAt: member.registeredAt,
    registerStoreId: member.registerStoreId,
    referrerId: member.referrerId,
    labels: member.labels,
  };
}

export function channelSnapshot(channel: MemberChannel): Record<string, unknown> {
  return {
    channelCode: channel.channelCode,
    openid: channel.openid,
    channelId: channel.channelId,
    unionId: channel.unionId,
    cardCode: channel.cardCode,
    cardId: channel.cardId,
    registerType: channel.registerType,
    registerStoreId: channel.registerStoreId,
    boundAt: channel.createdAt,
  };
}

/** The member event of a command that changed a member's profile, channels or status. */
export function memberEvent(type: EventType, member: Member, extra: Record<string, unknown> = {}): EventRecord {
  return { type, memberId: member.id, data: { member: memberSnapshot(member), ...extra } };
}

/**
 * A CTE for the ledger statement: one `points.changed` / `experience.changed` event from the
 * `entry` and `bal` CTEs of the same statement. `:f_credential_id` is the statement's actor.
 */
export function ledgerEventCte(ledger: 'points' | 'experience'): string {
  const type = ledger === 'points' ? EventType.POINTS_CHANGED : EventType.EXPERIENCE_CHANGED;
  return `,
  ledger_event as (
    insert into outbox_event (id, merchant_id, type, member_id, payload, actor)
    select gen_random_uuid(), app_merchant_id(), '${type}', entry.member_id,
           jsonb_build_object(
             'memberId', entry.member_id,
             'mobile', (select m.mobile from member m where m.id = entry.member_id),
             'entryId', entry.id,
             'direction', entry.direction,
             'amount', entry.amount::text,
             'balance', jsonb_build_object('current', bal.current::text, 'totalEarned', bal.total_earned::text, 'used', bal.used::text),
             'source', entry.source,
             'operationType', entry.operation_type,
             'businessType', entry.business_type,
             'description', entry.description,
             'remark', entry.remark,
             'orderId', entry.order_no,
             'createdAt', entry.created_at),
           entry.credential_id
    from entry join bal on true
    returning id
  )`;
}

/**
 * A CTE writing one `grade.changed` event per row of `source`, a CTE with `member_id`,
 * `from_level`, `to_level`, `experience` and `reason` columns. `actor` is an SQL expression.
 */
export function gradeEventCte(name: string, source: string, actor: string): string {
  const grade = (level: string) =>
    `(select jsonb_build_object('level', g.level, 'code', g.code, 'name', g.name) from grade g where g.level = ${level})`;
  return `
  ${name} as (
    insert into outbox_event (id, merchant_id, type, member_id, payload, actor)
    select gen_random_uuid(), app_merchant_id(), '${EventType.GRADE_CHANGED}', s.member_id,
           jsonb_build_object(
             'memberId', s.member_id,
             'fromLevel', s.from_level, 'toLevel', s.to_level,
             'from', ${grade('s.from_level')}, 'to', ${grade('s.to_level')},
             'experience', s.experience::text,
             'reason', s.reason),
           ${actor}
    from ${source} s
    returning id
  )`;
}

/** A card money event: the order and the card's balances right after it. */
export function cardEvent(
  type: EventType.CARD_RECHARGED | EventType.CARD_SPENT | EventType.CARD_REFUNDED,
  card: MemberCard,
  order: Record<string, unknown>,
): EventRecord {
  return {
    type,
    memberId: card.memberId,
    data: {
      memberId: card.memberId,
      card: { id: card.id, cardNo: card.cardNo, capital: card.capital, bonus: card.bonus },
      ...order,
    },
  };
}

export function couponEvent(type: EventType.COUPON_ISSUED | EventType.COUPON_REDEEMED, coupon: Coupon): EventRecord {
  return {
    type,
    memberId: coupon.memberId,
    data: {
      memberId: coupon.memberId,
      coupon: {
        id: coupon.id,
        code: coupon.code,
        couponTemplateId: coupon.couponTemplateId,
        source: coupon.source,
        status: coupon.status,
        validFrom: coupon.validFrom,
        validUntil: coupon.validUntil,
        cardRechargeId: coupon.cardRechargeId,
        redeemedAt: coupon.redeemedAt,
        redeemedStoreId: coupon.redeemedStoreId,
      },
    },
  };
}
