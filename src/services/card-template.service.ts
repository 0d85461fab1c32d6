import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { CardTemplate } from '../entities/card-template.entity.js';
import { CardType, RechargeEventStatus, RechargeEventType } from '../domain/card.enums.js';
import { CouponTemplate } from '../entities/coupon.entity.js';
import { RechargeEvent } from '../entities/recharge-event.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { isUuid, money, parseInput } from './validation.js';
import { LINKS, linkedIds } from '../request/data/links.js';
import { replaceLinks, requireStores } from './links.js';
import { resolveRef, rowRef } from './refs.js';

const richText = z.string().max(20_000).nullish();

const templateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  colour: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, 'A colour is #RRGGBB.')
    .nullish(),
  logoUrl: z.string().trim().max(2048).nullish(),
  summary: richText,
  detail: richText,
  type: z.nativeEnum(CardType),
  active: z.boolean().nullish(),
  storeIds: z.array(z.string()).max(500).nullish(),
});
export type CardTemplateData = z.input<typeof templateSchema>;

const eventSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(2000).nullish(),
    rechargeAmount: money.positive,
    bonusAmount: money.nonNegative.default('0.00'),
    couponTemplateId: z.string().nullish(),
    couponQuantity: z.number().int().min(0).max(100).nullish(),
    type: z.nativeEnum(RechargeEventType),
    status: z.nativeEnum(RechargeEventStatus).default(RechargeEventStatus.NORMAL),
    active: z.boolean().nullish(),
    cardTemplateIds: z.array(z.string()).min(1, 'Name the cards the event applies to.').max(200),
  })
  .superRefine((e, issue) => {
    const wantsCoupons = e.type !== RechargeEventType.BONUS;
    if (wantsCoupons && (!e.couponTemplateId || !e.couponQuantity)) {
      issue.addIssue({
        code: 'custom',
        path: ['couponTemplateId'],
        message: 'Events of type 2 and 5 give coupons: name the coupon and a quantity.',
      });
    }
    if (!wantsCoupons && e.couponTemplateId) {
      issue.addIssue({ code: 'custom', path: ['couponTemplateId'], message: 'An event of type 1 gives bonus money only.' });
    }
    if (e.type !== RechargeEventType.COUPONS && Number(e.bonusAmount) <= 0) {
      issue.addIssue({ code: 'custom', path: ['bonusAmount'], message: 'Events of type 1 and 5 give a bonus above 0.' });
    }
  });
export type RechargeEventData = z.input<typeof eventSchema>;

export async function requireCardTemplate(em: EntityManager, id: string, field = 'cardTemplateId'): Promise<CardTemplate> {
  const ref = rowRef(id);
  const template = ref ? await em.findOne(CardTemplate, ref) : null;
  if (!template) throw new BusinessError(ErrorCode.CARD_TEMPLATE_NOT_FOUND, `No card template with id ${id}.`, field);
  return template;
}

export async function requireRechargeEvent(em: EntityManager, id: string, field = 'eventId'): Promise<RechargeEvent> {
  const ref = rowRef(id);
  const event = ref ? await em.findOne(RechargeEvent, ref) : null;
  if (!event) throw new BusinessError(ErrorCode.RECHARGE_EVENT_NOT_FOUND, `No recharge event with id ${id}.`, field);
  return event;
}

/** Creates a card template, or replaces one's fields when `id` is given. */
export async function saveCardTemplate(
  ctx: RequestContext,
  input: CardTemplateData & { id?: string | null },
): Promise<CardTemplate> {
  const data = parseInput(templateSchema, input);
  return ctx.em.transactional(async (em) => {
    const template = input.id
      ? await requireCardTemplate(em, input.id, 'id')
      : em.create(CardTemplate, { merchantId: ctx.principal.merchantId, title: data.title, type: data.type });
    const { storeIds, active, ...fields } = data;
    em.assign(template, {
      ...fields,
      colour: fields.colour ?? null,
      logoUrl: fields.logoUrl ?? null,
      summary: fields.summary ?? null,
      detail: fields.detail ?? null,
    });
    if (active != null) template.active = active;
    await em.flush();
    if (storeIds) await replaceLinks(em, LINKS.cardTemplateStores, template.id, await requireStores(em, storeIds, 'storeIds'));
    return template;
  });
}

export async function listCardTemplates(
  ctx: RequestContext,
  filter: { type?: CardType | null; active?: boolean | null },
): Promise<CardTemplate[]> {
  return ctx.em.find(
    CardTemplate,
    { ...(filter.type ? { type: filter.type } : {}), ...(filter.active != null ? { active: filter.active } : {}) },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** Creates a recharge event, or replaces one's fields when `id` is given. */
export async function saveRechargeEvent(
  ctx: RequestContext,
  input: RechargeEventData & { id?: string | null },
): Promise<RechargeEvent> {
  const data = parseInput(eventSchema, input);
  return ctx.em.transactional(async (em) => {
    if (data.couponTemplateId) {
      const coupon = isUuid(data.couponTemplateId) ? await em.findOne(CouponTemplate, { id: data.couponTemplateId }) : null;
      if (!coupon) throw new BusinessError(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, 'No such coupon template.', 'couponTemplateId');
    }
    const templates = [...new Set(data.cardTemplateIds)];
    for (const id of templates) await requireCardTemplate(em, id, 'cardTemplateIds');
    const event = input.id
      ? await requireRechargeEvent(em, input.id, 'id')
      : em.create(RechargeEvent, {
          merchantId: ctx.principal.merchantId,
          title: data.title,
          rechargeAmount: data.rechargeAmount,
          type: data.type,
        });
    em.assign(event, {
      title: data.title,
      summary: data.summary ?? null,
      rechargeAmount: data.rechargeAmount,
      bonusAmount: data.bonusAmount,
      couponTemplateId: data.couponTemplateId ?? null,
      couponQuantity: data.couponTemplateId ? (data.couponQuantity ?? 0) : 0,
      type: data.type,
      status: data.status,
    });
    if (data.active != null) event.active = data.active;
    await em.flush();
    await replaceLinks(em, LINKS.rechargeEventCards, event.id, templates);
    return event;
  });
}

/** Events that apply to a card template (all events without one). */
export async function listRechargeEvents(
  ctx: RequestContext,
  filter: { cardTemplateId?: string | null; active?: boolean | null },
): Promise<RechargeEvent[]> {
  const { em } = ctx;
  const where: Record<string, unknown> = filter.active != null ? { active: filter.active } : {};
  if (filter.cardTemplateId) {
    const templateId = await resolveRef(em, CardTemplate, filter.cardTemplateId);
    if (!templateId) return [];
    const rows = await em.execute<{ id: string }[]>(
      'select recharge_event_id as id from recharge_event_card where card_template_id = ?',
      [templateId],
    );
    where.id = { $in: rows.map((r) => r.id) };
  }
  return em.find(RechargeEvent, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Whether an event may be used for a recharge of a card of `template`. */
export async function eventAppliesTo(em: EntityManager, event: RechargeEvent, template: CardTemplate): Promise<boolean> {
  if (event.status === RechargeEventStatus.ACTIVITY_ONLY && template.type !== CardType.ACTIVITY) return false;
  return (await linkedIds(em, LINKS.rechargeEventCards, [event.id])).get(event.id)!.includes(template.id);
}

/** The uuid of the card template a uuid or numeric id names, or null. */
export const cardTemplateIdOf = (ctx: RequestContext, ref: string) => resolveRef(ctx.em, CardTemplate, ref);

/** The uuid of the recharge event a uuid or numeric id names, or null. */
export const rechargeEventIdOf = (ctx: RequestContext, ref: string) => resolveRef(ctx.em, RechargeEvent, ref);
