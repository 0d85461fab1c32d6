import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { isPreSafeNumber, randomSafeNumber } from '../domain/safe-number.js';
import { MemberCard } from '../entities/member-card.entity.js';
import { Member } from '../entities/member.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { actorStaffId, optionalStore } from './actor.js';
import { requireCardTemplate } from './card-template.service.js';
import { fields, isUuid, parseInput } from './validation.js';
import { registerMember } from './member.service.js';
import { assertMemberAllows, MemberAction } from './member-status.js';
import { hashPassword, NO_PASSWORD_SET, normalizeSecret, verifyPassword } from './password.js';
import { resolveRef, rowRef } from './refs.js';
import { CardTemplate } from '../entities/card-template.entity.js';

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

const setPasswordSchema = z.object({
  cardId: z.string(),
  currentPassword: z.string().min(1).max(200).nullish(),
  newPassword: z.string().min(1).max(200),
});
export type SetCardPasswordData = z.input<typeof setPasswordSchema>;

/**
 * 16 random digits at most 2^53 - 1 (about 52.8 bits): card numbers cannot be enumerated, and a
 * legacy client reading one as a JSON number gets it exactly.
 */
const generateCardNo = randomSafeNumber;

const notFound = (field: string) => new BusinessError(ErrorCode.CARD_NOT_FOUND, 'No such member card.', field);

/**
 * Loads the card a command names. With `lock`, the row is locked FOR UPDATE until the caller's
 * transaction ends: every command that moves a card's money takes this lock first, so they run
 * one after another per card.
 */
export async function requireCard(em: EntityManager, ref: CardRef, options: { lock?: boolean } = {}): Promise<MemberCard> {
  const lock = options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
  if (ref.cardId) {
    const where = rowRef(ref.cardId);
    const card = where ? await em.findOne(MemberCard, where, lock) : null;
    if (!card) throw notFound('cardId');
    return card;
  }
  if (ref.cardNo) {
    const cardNo = ref.cardNo.trim();
    // Numbers minted above 2^53 - 1 were renumbered; the old number still finds the card.
    const card = await em.findOne(MemberCard, isPreSafeNumber(cardNo) ? { previousCardNo: cardNo } : { cardNo }, lock);
    if (!card) throw notFound('cardNo');
    return card;
  }
  if (ref.cardTemplateId && (ref.memberId || ref.phone)) {
    const memberId = ref.memberId
      ? await resolveRef(em, Member, ref.memberId)
      : (await em.findOne(Member, { mobile: ref.phone!.trim() }))?.id;
    const cardTemplateId = await resolveRef(em, CardTemplate, ref.cardTemplateId);
    const card = isUuid(memberId) && cardTemplateId ? await em.findOne(MemberCard, { memberId, cardTemplateId }, lock) : null;
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
  if (!created) assertMemberAllows(member.status, MemberAction.EARN, 'phone');
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

/**
 * Checks a card's PIN with an attempt limit (OWASP: lock out after repeated failures): after
 * CARD_PIN_MAX_FAILURES wrong PINs in a row the card is locked for CARD_PIN_LOCK_SECONDS, twice
 * as long for each further wrong PIN after a lock (at most a day), and takes no PIN at all, right
 * or wrong, until the lock ends. A right PIN clears the count.
 *
 * A right PIN counts only if it is accepted while fewer than the limit have failed (one
 * conditional UPDATE), so guesses sent in parallel gain nothing: once the limit of them has come
 * back wrong, a right one among the rest is refused too. Parallel spends with the right PIN (a
 * busy till) all pass.
 */
export async function checkCardPassword(ctx: RequestContext, card: MemberCard, password: string): Promise<void> {
  const { CARD_PIN_MAX_FAILURES: max, CARD_PIN_LOCK_SECONDS: lock } = ctx.config;
  const locked = () =>
    new BusinessError(
      ErrorCode.CARD_PASSWORD_LOCKED,
      'Too many wrong card passwords: the card takes none for a while.',
      'password',
    );
  // An imported card has no PIN yet: no PIN is right, and trying one is no guess worth counting.
  if (card.passwordHash === NO_PASSWORD_SET) {
    throw new BusinessError(
      ErrorCode.WRONG_CARD_PASSWORD,
      'This card has no password yet: it takes none until one is set.',
      'password',
    );
  }
  const unlocked = '(pin_locked_until is null or pin_locked_until <= now())';
  // Cheap refusal before scrypt; the conditional UPDATEs below are what count. (At the limit a
  // lock is always set, so `pin_failures >= max` with an ended lock is one more allowed try.)
  const [state] = await ctx.em.execute<{ open: boolean }[]>(`select ${unlocked} as open from member_card where id = ?`, [
    card.id,
  ]);
  if (!state?.open) throw locked();
  if (await verifyPassword(normalizeSecret(password), card.passwordHash)) {
    const accepted = await ctx.em.execute(
      `update member_card set pin_failures = 0, pin_locked_until = null
        where id = :id and ${unlocked} and (pin_failures < :max or pin_locked_until is not null) returning id`,
      { id: card.id, max },
    );
    if (!accepted.length) throw locked();
    return;
  }
  const [failed] = await ctx.em.execute<{ failures: number }[]>(
    `update member_card set
       pin_failures = pin_failures + 1,
       pin_locked_until = case when pin_failures + 1 >= :max
         then now() + make_interval(secs => least(:lock * power(2, least(pin_failures + 1 - :max, 20)), 86400))
         end
     where id = :id and ${unlocked}
     returning pin_failures as failures`,
    { id: card.id, max, lock },
  );
  if (!failed) throw locked();
  const left = max - failed.failures;
  throw new BusinessError(
    ErrorCode.WRONG_CARD_PASSWORD,
    left > 0
      ? `The card password is wrong; ${left} more wrong ${left === 1 ? 'try locks' : 'tries lock'} the card.`
      : 'The card password is wrong; the card is locked for a while.',
    'password',
  );
}

/**
 * Sets a card's PIN. A card that has one must be given it as `currentPassword`, checked like a
 * spend's (a wrong one counts towards the lockout). A card imported without one
 * (NO_PASSWORD_SET) takes its first PIN from the caller, who needs CARD_OPERATE as for opening a
 * card with a PIN of the staff's choosing: the member proves who they are at the till.
 *
 * The new hash is written only over the hash that was checked, so two changes sent at once cannot
 * both succeed, and a card's first PIN cannot be set twice by a race.
 */
export async function setCardPassword(ctx: RequestContext, input: SetCardPasswordData): Promise<MemberCard> {
  const data = parseInput(setPasswordSchema, input);
  const card = await requireCard(ctx.em, { cardId: data.cardId });
  if (card.passwordHash !== NO_PASSWORD_SET) {
    if (data.currentPassword == null) {
      throw new BusinessError(
        ErrorCode.WRONG_CARD_PASSWORD,
        'The card has a password: give it as currentPassword to change it.',
        'currentPassword',
      );
    }
    await checkCardPassword(ctx, card, data.currentPassword);
  }
  const passwordHash = await hashPassword(normalizeSecret(data.newPassword), ctx.config.SCRYPT_N);
  const changed = await ctx.em.execute<{ id: string }[]>(
    `update member_card set password_hash = ?, pin_failures = 0, pin_locked_until = null
      where id = ? and password_hash = ? returning id`,
    [passwordHash, card.id, card.passwordHash],
  );
  if (!changed.length) {
    throw new BusinessError(ErrorCode.WRONG_CARD_PASSWORD, 'The card password changed meanwhile; try again.', 'currentPassword');
  }
  // Reloaded into the request's identity map, so a spend later in the same request sees the new PIN.
  await ctx.em.refreshOrFail(card);
  return card;
}

export async function listMemberCards(ctx: RequestContext, memberId: string): Promise<MemberCard[]> {
  const { em } = ctx;
  const id = await resolveRef(em, Member, memberId);
  if (!id) return [];
  return em.find(MemberCard, { memberId: id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

export async function findCard(ctx: RequestContext, ref: CardRef): Promise<MemberCard | null> {
  try {
    return await requireCard(ctx.em, ref);
  } catch (error) {
    if (error instanceof BusinessError && error.code === ErrorCode.CARD_NOT_FOUND) return null;
    throw error;
  }
}
