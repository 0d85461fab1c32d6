import { isPreSafeNumber, randomSafeNumber } from '../domain/safe-number.js';
import { sql } from 'kysely';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { Coupon, CouponTemplate } from '../entities/coupon.entity.js';
import { CouponSource, CouponStatus, CouponTemplateStatus, CouponType } from '../domain/card.enums.js';
import { Member } from '../entities/member.entity.js';
import type { MemberStatus } from '../domain/member.enums.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, resolveStore } from './actor.js';
import { retryOnCollision } from './card-ledger.js';
import { fields, isUuid, parseInput } from './validation.js';
import { LINKS } from '../request/data/links.js';
import { MERCHANT_TODAY, merchantToday } from '../request/data/merchant-day.js';
import { replaceLinks, requireStores } from './links.js';
import type { ListQuery, ListResult } from './paging.js';
import { COUPON_ORDERS, couponWhereSql, legacyId } from './filters/lists.js';
import { entityPage, listOrder } from './filters/pages.js';
import { assertMemberAllows, MemberAction, memberNotActive, statusesAllowing } from './member-status.js';
import { EventType } from '../domain/event.enums.js';
import { couponEvent, eventActor, recordEvents } from './outbox.js';
import { rowRef } from './refs.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD.');
const templateSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(2000).nullish(),
    logoUrl: z.string().trim().max(2048).nullish(),
    ruleText: z.string().max(5000).nullish(),
    type: z.nativeEnum(CouponType),
    validFrom: date.nullish(),
    validUntil: date,
    status: z.nativeEnum(CouponTemplateStatus).nullish(),
    storeIds: z.array(z.string()).max(500).nullish(),
  })
  .refine((t) => !t.validFrom || t.validFrom <= t.validUntil, { message: 'validFrom is after validUntil.', path: ['validFrom'] });
export type CouponTemplateData = z.input<typeof templateSchema>;

const giftSchema = z.object({
  couponTemplateId: z.string(),
  memberId: z.string().nullish(),
  phone: fields.mobile.nullish(),
  quantity: z.number().int().min(1, 'Give at least 1.').max(100, 'At most 100 at once.'),
});

/** `2019-10-01` and `2019-10-10` → `2019-10-1 至 2019-10-10`, the legacy validity text. */
export function validityText(from: string, until: string): string {
  const short = (day: string) =>
    day
      .split('-')
      .map((part, i) => (i === 0 ? part : String(Number(part))))
      .join('-');
  return `${short(from)} 至 ${short(until)}`;
}

export async function requireCouponTemplate(em: EntityManager, id: string, field = 'couponTemplateId'): Promise<CouponTemplate> {
  const ref = rowRef(id);
  const template = ref ? await em.findOne(CouponTemplate, ref) : null;
  if (!template) throw new BusinessError(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, `No coupon template with id ${id}.`, field);
  return template;
}

export async function saveCouponTemplate(
  ctx: RequestContext,
  input: CouponTemplateData & { id?: string | null },
): Promise<CouponTemplate> {
  const data = parseInput(templateSchema, input);
  return ctx.em.transactional(async (em) => {
    const template = input.id
      ? await requireCouponTemplate(em, input.id, 'id')
      : em.create(CouponTemplate, {
          merchantId: ctx.principal.merchantId,
          title: data.title,
          type: data.type,
          validUntil: data.validUntil,
        });
    const { storeIds, status, ...rest } = data;
    em.assign(template, {
      ...rest,
      summary: rest.summary ?? null,
      logoUrl: rest.logoUrl ?? null,
      ruleText: rest.ruleText ?? null,
      validFrom: rest.validFrom ?? null,
    });
    if (status) template.status = status;
    await em.flush();
    if (storeIds) await replaceLinks(em, LINKS.couponTemplateStores, template.id, await requireStores(em, storeIds, 'storeIds'));
    return template;
  });
}

export async function listCouponTemplates(ctx: RequestContext, status?: CouponTemplateStatus | null): Promise<CouponTemplate[]> {
  const { em } = ctx;
  return em.find(CouponTemplate, status ? { status } : {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/**
 * 16 random digits at most 2^53 - 1, unique per merchant (the unique key catches the rare
 * collision): a legacy client reading one as a JSON number gets it exactly.
 */
const couponCode = randomSafeNumber;

/**
 * Issues `quantity` coupons of a template to a member inside the caller's transaction (a gift, or
 * the coupons of a recharge event, which must commit or fail with the recharge).
 */
export async function issueCoupons(
  em: EntityManager,
  ctx: RequestContext,
  args: { templateId: string; memberId: string; quantity: number; source: CouponSource; cardRechargeId?: string | null },
): Promise<Coupon[]> {
  const template = await requireCouponTemplate(em, args.templateId);
  if (template.status !== CouponTemplateStatus.ACTIVE) {
    throw new BusinessError(ErrorCode.COUPON_TEMPLATE_DISABLED, `The coupon ${template.title} is disabled.`, 'couponTemplateId');
  }
  const today = await merchantToday(em);
  if (template.validUntil < today) {
    throw new BusinessError(
      ErrorCode.COUPON_EXPIRED,
      `The coupon ${template.title} expired on ${template.validUntil}.`,
      'couponTemplateId',
    );
  }
  const validFrom = template.validFrom && template.validFrom > today ? template.validFrom : today;
  const coupons = Array.from({ length: args.quantity }, () =>
    em.create(Coupon, {
      merchantId: ctx.principal.merchantId,
      couponTemplateId: template.id,
      memberId: args.memberId,
      code: couponCode(),
      source: args.source,
      cardRechargeId: args.cardRechargeId ?? null,
      validFrom,
      validUntil: template.validUntil,
      issuedByStaffUserId: actorStaffId(ctx),
    }),
  );
  await em.flush();
  await recordEvents(
    em,
    eventActor(ctx),
    coupons.map((c) => couponEvent(EventType.COUPON_ISSUED, c)),
  );
  return coupons;
}

/** Gifts coupons to a member named by id or phone. */
export async function giftCoupons(ctx: RequestContext, input: z.input<typeof giftSchema>): Promise<Coupon[]> {
  const data = parseInput(giftSchema, input);
  return retryOnCollision(
    () =>
      ctx.em.transactional(async (em) => {
        const member = data.memberId
          ? isUuid(data.memberId)
            ? await em.findOne(Member, { id: data.memberId })
            : null
          : data.phone
            ? await em.findOne(Member, { mobile: data.phone })
            : null;
        if (!member) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, 'No such member.', data.memberId ? 'memberId' : 'phone');
        assertMemberAllows(member.status, MemberAction.EARN, data.memberId ? 'memberId' : 'phone');
        return issueCoupons(em, ctx, {
          templateId: data.couponTemplateId,
          memberId: member.id,
          quantity: data.quantity,
          source: CouponSource.GIFT,
        });
      }),
    (constraint) => constraint.includes('code'),
  );
}

/**
 * Redeems a coupon at a store. One conditional UPDATE does it, so of many parallel redemptions of
 * one code exactly one changes the row; the others find it used. When nothing changed, the row is
 * read again to say why.
 */
export async function redeemCoupon(ctx: RequestContext, input: { code: string; storeId?: string | null }): Promise<Coupon> {
  const code = await currentCode(ctx.em, input.code);
  return ctx.em.transactional(async (em) => {
    const storeId = await resolveStore(ctx, em, input.storeId);
    const rows = await em.execute<{ id: string }[]>(
      `update coupon c set status = 'USED', redeemed_at = now(), redeemed_store_id = ?, redeemed_by_staff_user_id = ?, updated_at = now()
       where c.code = ? and c.status = 'UNUSED' and c.valid_from <= ${MERCHANT_TODAY} and c.valid_until >= ${MERCHANT_TODAY}
         and exists (select 1 from member m where m.id = c.member_id and m.status = any(string_to_array(?, ',')))
         and (not exists (select 1 from coupon_template_store s where s.coupon_template_id = c.coupon_template_id)
              or exists (select 1 from coupon_template_store s where s.coupon_template_id = c.coupon_template_id and s.store_id = ?))
       returning c.id`,
      [storeId, actorStaffId(ctx), code, statusesAllowing(MemberAction.SPEND).join(','), storeId],
    );
    const coupon = await em.findOne(Coupon, { code });
    if (rows.length && coupon) {
      await recordEvents(em, eventActor(ctx), [couponEvent(EventType.COUPON_REDEEMED, coupon)]);
      return coupon;
    }
    throw await whyNotRedeemable(em, coupon);
  });
}

async function whyNotRedeemable(em: EntityManager, coupon: Coupon | null): Promise<BusinessError> {
  if (!coupon) return new BusinessError(ErrorCode.COUPON_NOT_FOUND, 'No coupon with this code.', 'code');
  const [holder] = await em.execute<{ status: MemberStatus }[]>('select status from member where id = ?', [coupon.memberId]);
  if (holder && !statusesAllowing(MemberAction.SPEND).includes(holder.status)) {
    return memberNotActive(holder.status, MemberAction.SPEND, 'code');
  }
  if (coupon.status === CouponStatus.USED)
    return new BusinessError(ErrorCode.COUPON_USED, 'This coupon was used already.', 'code');
  if (coupon.status === CouponStatus.VOID) return new BusinessError(ErrorCode.COUPON_VOID, 'This coupon was withdrawn.', 'code');
  const today = await merchantToday(em);
  if (coupon.validUntil < today)
    return new BusinessError(ErrorCode.COUPON_EXPIRED, `This coupon expired on ${coupon.validUntil}.`, 'code');
  if (coupon.validFrom > today) {
    return new BusinessError(ErrorCode.COUPON_NOT_YET_VALID, `This coupon is valid from ${coupon.validFrom}.`, 'code');
  }
  return new BusinessError(ErrorCode.COUPON_NOT_VALID_AT_STORE, 'This coupon is not valid at this store.', 'storeId');
}

export interface CouponFilter {
  memberId?: string | null;
  phone?: string | null;
  status?: CouponStatus | null;
  couponTemplateId?: string | null;
}

/** The legacy `filter` (CouponFilter) as a CouponWhere: the phone is the member's, matched in the same statement. */
function legacyCouponWhere(filter: CouponFilter): object {
  return {
    memberId: legacyId(filter.memberId),
    member: filter.phone ? { mobile: { eq: filter.phone.trim() } } : null,
    couponTemplateId: legacyId(filter.couponTemplateId),
    status: filter.status ? { eq: filter.status } : null,
  };
}

/** Coupons, newest first by default; by member (id or phone) is the common case (a member's coupon wallet). */
export function listCoupons(
  ctx: RequestContext,
  query: ListQuery<CouponFilter> & { where?: object | null; direction?: 'ASC' | 'DESC' | null },
): Promise<ListResult<Coupon>> {
  const where = couponWhereSql({ and: [query.where ?? {}, legacyCouponWhere(query.filter ?? {})] }, 'c');
  const order = listOrder('coupons', 'CREATED_AT', COUPON_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  return entityPage(ctx, Coupon, { from: sql`coupon c`, alias: 'c', where }, order, query);
}

export async function findCouponByCode(ctx: RequestContext, code: string): Promise<Coupon | null> {
  const { em } = ctx;
  return em.findOne(Coupon, { code: await currentCode(em, code) });
}

/** The code a coupon goes by now: codes minted above 2^53 - 1 were renumbered and keep working. */
async function currentCode(em: EntityManager, given: string): Promise<string> {
  const code = given.trim();
  if (!isPreSafeNumber(code)) return code;
  return (await em.findOne(Coupon, { previousCode: code }))?.code ?? code;
}
