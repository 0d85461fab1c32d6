import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { MemberCard } from '../entities/member-card.entity.js';
import { Member } from '../entities/member.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, optionalStore } from './actor.js';
import { requireCardTemplate } from './card-template.service.js';
import { fields, isUuid, parseInput } from './validation.js';
import { registerMember } from './member.service.js';
import { hashPassword, normalizeSecret } from './password.js';

/** How a command names a card: by id, by number, or as the member's card of a template. */
export interface CardRef {
  cardId?: string | null;
  cardNo?: string | null;
  memberId?: string | null;
  phone?: string | null;
  cardTemplateId?: string | null;
}

const openSchema = z.object({
  phone: fields.mobile,
  cardTemplateId: z.string(),
  password: z.string().min(1).max(200).nullish(),
  storeId: z.string().nullish(),
});
export type OpenCardData = z.input<typeof openSchema>;

/** 16 random digits: about 53 bits, so card numbers cannot be enumerated. */
function generateCardNo(): string {
  return (
    String(randomInt(1, 10)) + String(randomInt(0, 10 ** 12)).padStart(12, '0') + String(randomInt(0, 1000)).padStart(3, '0')
  );
}

const notFound = (field: string) => new BusinessError(ErrorCode.CARD_NOT_FOUND, 'No such member card.', field);

/**
 * Loads the card a command names. With `lock`, the row is locked FOR UPDATE until the caller's
 * transaction ends: every command that moves a card's money takes this lock first, so they run
 * one after another per card.
 */
export async function requireCard(em: EntityManager, ref: CardRef, options: { lock?: boolean } = {}): Promise<MemberCard> {
  const lock = options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
  if (ref.cardId) {
    const card = isUuid(ref.cardId) ? await em.findOne(MemberCard, { id: ref.cardId }, lock) : null;
    if (!card) throw notFound('cardId');
    return card;
  }
  if (ref.cardNo) {
    const card = await em.findOne(MemberCard, { cardNo: ref.cardNo.trim() }, lock);
    if (!card) throw notFound('cardNo');
    return card;
  }
  if (ref.cardTemplateId && (ref.memberId || ref.phone)) {
    const memberId = ref.memberId ?? (await em.findOne(Member, { mobile: ref.phone!.trim() }))?.id;
    const card =
      isUuid(memberId) && isUuid(ref.cardTemplateId)
        ? await em.findOne(MemberCard, { memberId, cardTemplateId: ref.cardTemplateId }, lock)
        : null;
    if (!card) throw notFound(ref.memberId ? 'memberId' : 'phone');
    return card;
  }
  throw new BusinessError(
    ErrorCode.INVALID_INPUT,
    'Name the card: cardId, cardNo, or cardTemplateId with memberId or phone.',
    'cardId',
  );
}

/**
 * Opens a card of a template for the member with this phone, registering the member first when
 * there is none (find-or-create, so a retry does not duplicate them). The password defaults to the
 * last six digits of the phone and is stored only as a slow hash.
 */
export async function openMemberCard(
  ctx: RequestContext,
  input: OpenCardData,
): Promise<{ card: MemberCard; memberCreated: boolean }> {
  const data = parseInput(openSchema, input);
  const template = await requireCardTemplate(ctx.em, data.cardTemplateId);
  if (!template.active)
    throw new BusinessError(ErrorCode.CARD_TEMPLATE_INACTIVE, 'This card is no longer offered.', 'cardTemplateId');
  const storeId = await optionalStore(ctx, data.storeId);
  const passwordHash = await hashPassword(normalizeSecret(data.password ?? data.phone.slice(-6)), ctx.config.SCRYPT_N);
  const { member, created } = await registerMember(ctx, { mobile: data.phone, registerStoreId: storeId });
  for (let attempt = 0; ; attempt++) {
    try {
      const card = await ctx.em.transactional(async (em) => {
        if (await em.findOne(MemberCard, { memberId: member.id, cardTemplateId: template.id })) {
          throw new BusinessError(ErrorCode.CARD_ALREADY_OPEN, 'The member already holds this card.', 'cardTemplateId');
        }
        const opened = em.create(MemberCard, {
          merchantId: ctx.principal.merchantId,
          memberId: member.id,
          cardTemplateId: template.id,
          cardNo: generateCardNo(),
          passwordHash,
          openStoreId: storeId,
          openedByStaffUserId: actorStaffId(ctx),
        });
        await em.flush();
        return opened;
      });
      return { card, memberCreated: created };
    } catch (error) {
      // A card-number collision retries with a new number; two parallel opens of the same card
      // meet the (member, template) unique key: the loser learns the card is open.
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 3) throw error;
      if (String((error as { constraint?: string }).constraint ?? error.message).includes('template')) {
        throw new BusinessError(ErrorCode.CARD_ALREADY_OPEN, 'The member already holds this card.', 'cardTemplateId');
      }
    }
  }
}

export async function listMemberCards(ctx: RequestContext, memberId: string): Promise<MemberCard[]> {
  const { em } = ctx;
  if (!isUuid(memberId)) return [];
  return em.find(MemberCard, { memberId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

export async function findCard(ctx: RequestContext, ref: CardRef): Promise<MemberCard | null> {
  try {
    return await requireCard(ctx.em, ref);
  } catch (error) {
    if (error instanceof BusinessError && error.code === ErrorCode.CARD_NOT_FOUND) return null;
    throw error;
  }
}
