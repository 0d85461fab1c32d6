import { randomInt } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { MemberChannel } from '../entities/member-channel.entity.js';
import { Member } from '../entities/member.entity.js';
import { MemberStatus, Sex } from '../domain/member.enums.js';
import { Store } from '../entities/store.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { onEntityManager, type RequestContext } from '../request/context.js';
import { assertMemberAllows, MemberAction } from './member-status.js';
import {
  channelSnapshot,
  eventActor,
  memberEvent,
  memberSnapshot,
  recordEvent,
  recordEvents,
  type EventRecord,
} from './outbox.js';
import { EventType } from '../domain/event.enums.js';
import { resolveRef, rowRef } from './refs.js';
import { LedgerDirection, PointsOperationType } from '../domain/loyalty-codes.js';
import { LoyaltySettings } from '../entities/loyalty-settings.entity.js';
import { changePoints } from './points-ledger.service.js';
import { fields, parseInput } from './validation.js';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish();

const channelSchema = z.object({
  channelCode: fields.channelCode,
  openid: z.string().trim().min(1, 'openid must not be empty.').max(128),
  channelId: nullable(z.string().trim().max(128)),
  unionId: nullable(z.string().trim().max(128)),
  cardCode: nullable(z.string().trim().max(128)),
  cardId: nullable(z.string().trim().max(128)),
  registerType: nullable(z.number().int().min(1, 'registerType is 1 to 6.').max(6, 'registerType is 1 to 6.')),
  registerStoreId: nullable(fields.uuid),
});
export type ChannelData = z.infer<typeof channelSchema>;

const profileShape = {
  name: nullable(fields.shortText),
  nickname: nullable(fields.shortText),
  email: nullable(fields.email),
  sex: nullable(z.nativeEnum(Sex)),
  birthday: nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A birthday is YYYY-MM-DD.')),
  idCardNumber: nullable(
    z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{6,32}$/, 'Not a valid id-card number.'),
  ),
  address: nullable(z.string().trim().max(500)),
  deliveryAddresses: nullable(
    z
      .array(
        z.object({
          address: z.string().trim().min(1).max(500),
          recipient: nullable(z.string().trim().max(100)),
          phone: nullable(fields.mobile),
        }),
      )
      .max(20, 'At most 20 delivery addresses.'),
  ),
  avatarUrl: nullable(fields.url),
  sinceAt: nullable(z.date()),
  dueAt: nullable(z.date()),
};

const registerSchema = z.object({
  ...profileShape,
  mobile: nullable(fields.mobile),
  code: nullable(fields.code),
  registerStoreId: nullable(fields.uuid),
  registeredAt: nullable(z.date()),
  referrerId: nullable(fields.uuid),
  labels: nullable(z.array(fields.label).max(50)),
  channel: nullable(channelSchema),
});
export type RegisterMemberData = z.input<typeof registerSchema>;

const updateSchema = z.object({
  ...profileShape,
  id: z.string(),
  mobile: nullable(fields.mobile),
  code: fields.code.optional(),
  registerStoreId: nullable(fields.uuid),
});
export type UpdateMemberData = z.input<typeof updateSchema>;

/** Loads a member of the caller's merchant or fails with MEMBER_NOT_FOUND. */
export async function requireMember(em: EntityManager, id: string, field = 'id'): Promise<Member> {
  const ref = rowRef(id);
  const member = ref ? await em.findOne(Member, ref) : null;
  if (!member) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${id}.`, field);
  return member;
}

async function requireStore(em: EntityManager, id: string, field: string): Promise<void> {
  if (!(await em.findOne(Store, { id }))) throw new BusinessError(ErrorCode.STORE_NOT_FOUND, `No store with id ${id}.`, field);
}

/** A 12-digit member code; collisions are caught by the unique index and retried. */
function generateMemberCode(): string {
  return String(randomInt(1, 10)) + String(randomInt(0, 10 ** 11)).padStart(11, '0');
}

function constraintOf(error: unknown): string {
  return String((error as { constraint?: string }).constraint ?? (error as Error).message ?? '');
}

/**
 * Finds or creates a member: by mobile first, else by the channel's openid. Registering the same
 * person twice (a retry, two devices at once) returns the same member and creates nothing.
 */
export async function registerMember(
  ctx: RequestContext,
  input: RegisterMemberData,
): Promise<{ member: Member; created: boolean }> {
  const data = parseInput(registerSchema, input);
  if (!data.mobile && !data.channel) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, 'Give a mobile, a channel, or both.', 'mobile');
  }
  // Two concurrent registrations of a new mobile both miss the lookup; the loser hits the unique
  // index, and on the second pass finds the winner's row.
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.em.transactional((em) => findOrCreateMember(ctx, em, data));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 3) throw error;
      const constraint = constraintOf(error);
      if (data.code && constraint.includes('code')) {
        throw new BusinessError(ErrorCode.DUPLICATE_CODE, `Member code ${data.code} is taken.`, 'code');
      }
    }
  }
}

async function findOrCreateMember(
  ctx: RequestContext,
  em: EntityManager,
  data: z.output<typeof registerSchema>,
): Promise<{ member: Member; created: boolean }> {
  const events: EventRecord[] = [];
  let member = data.mobile ? await em.findOne(Member, { mobile: data.mobile }) : null;
  if (!member && data.channel) {
    const bound = await em.findOne(MemberChannel, { channelCode: data.channel.channelCode, openid: data.channel.openid });
    if (bound) {
      member = await em.findOneOrFail(Member, { id: bound.memberId });
      // A member who joined through WeChat alone completes registration with a mobile later;
      // a member who already has another mobile is someone else.
      if (data.mobile && member.mobile) {
        throw new BusinessError(
          ErrorCode.CHANNEL_ALREADY_BOUND,
          `The ${data.channel.channelCode} identity ${data.channel.openid} belongs to a member with another mobile.`,
          'channel.openid',
        );
      }
      if (data.mobile) {
        assertMemberAllows(member.status, MemberAction.PROFILE, 'mobile');
        member.mobile = data.mobile;
        await em.flush();
        events.push(memberEvent(EventType.MEMBER_UPDATED, member, { changed: ['mobile'] }));
      }
    }
  }
  if (member) {
    if (data.channel) {
      assertMemberAllows(member.status, MemberAction.PROFILE, 'channel');
      const { channel, bound } = await attachChannel(em, member, data.channel);
      if (bound) events.push(memberEvent(EventType.MEMBER_CHANNEL_BOUND, member, { channel: channelSnapshot(channel) }));
    }
    await recordEvents(em, eventActor(ctx), events);
    return { member, created: false };
  }

  return { member: await insertMember(ctx, em, data), created: true };
}

/**
 * Creates a member that must be new (members-rest POST /members): an existing mobile, code or
 * channel identity is a conflict (DUPLICATE_MOBILE, DUPLICATE_CODE, CHANNEL_ALREADY_BOUND), never a
 * silent find. Neither a mobile nor a channel is required: a member may be known by code alone.
 */
export async function createMember(ctx: RequestContext, input: RegisterMemberData): Promise<Member> {
  const data = parseInput(registerSchema, input);
  try {
    return await ctx.em.transactional(async (em) => {
      if (data.mobile && (await em.findOne(Member, { mobile: data.mobile }))) {
        throw new BusinessError(ErrorCode.DUPLICATE_MOBILE, `Mobile ${data.mobile} belongs to another member.`, 'mobile');
      }
      if (
        data.channel &&
        (await em.findOne(MemberChannel, { channelCode: data.channel.channelCode, openid: data.channel.openid }))
      ) {
        throw new BusinessError(
          ErrorCode.CHANNEL_ALREADY_BOUND,
          `The ${data.channel.channelCode} identity ${data.channel.openid} belongs to another member.`,
          'channel.openid',
        );
      }
      return insertMember(ctx, em, data);
    });
  } catch (error) {
    // Two concurrent creations of one code or mobile: the unique index decides, the loser conflicts.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    if (constraintOf(error).includes('code')) {
      throw new BusinessError(ErrorCode.DUPLICATE_CODE, `Member code ${data.code} is taken.`, 'code');
    }
    throw new BusinessError(ErrorCode.DUPLICATE_MOBILE, `Mobile ${data.mobile} belongs to another member.`, 'mobile');
  }
}

/** Inserts a new member (checked to be new by the caller) and pays the referrer's bonus. */
async function insertMember(ctx: RequestContext, em: EntityManager, data: z.output<typeof registerSchema>): Promise<Member> {
  if (data.registerStoreId) await requireStore(em, data.registerStoreId, 'registerStoreId');
  if (data.channel?.registerStoreId) await requireStore(em, data.channel.registerStoreId, 'channel.registerStoreId');
  if (data.referrerId) await requireMember(em, data.referrerId, 'referrerId');
  if (data.code && (await em.findOne(Member, { code: data.code }))) {
    throw new BusinessError(ErrorCode.DUPLICATE_CODE, `Member code ${data.code} is taken.`, 'code');
  }

  const member = em.create(Member, {
    merchantId: ctx.principal.merchantId,
    code: data.code ?? generateMemberCode(),
    mobile: data.mobile ?? null,
    registeredAt: data.registeredAt ?? new Date(),
    registerStoreId: data.registerStoreId ?? data.channel?.registerStoreId ?? null,
    referrerId: data.referrerId ?? null,
    labels: [...new Set(data.labels ?? [])],
    ...profileValues(data),
  });
  await em.flush();
  const channel = data.channel ? (await attachChannel(em, member, data.channel)).channel : null;
  await recordEvent(
    em,
    eventActor(ctx),
    memberEvent(EventType.MEMBER_REGISTERED, member, { channels: channel ? [channelSnapshot(channel)] : [] }),
  );
  if (member.referrerId) await payReferralBonus(onEntityManager(ctx, em), member);
  return member;
}

/**
 * The merchant's referral bonus (loyalty settings; 0 pays nothing) on the referrer's points
 * ledger, keyed by the new member: whatever retries or re-reads happen, one new member pays one
 * bonus. A referrer whose status forbids earning (suspended, expired, removed) fails the creation
 * with MEMBER_NOT_ACTIVE rather than silently losing the bonus.
 */
async function payReferralBonus(ctx: RequestContext, member: Member): Promise<void> {
  const settings = await ctx.em.findOne(LoyaltySettings, { merchantId: ctx.principal.merchantId });
  const bonus = settings?.referralBonusPoints ?? '0';
  if (!(Number(bonus) > 0)) return;
  await changePoints(ctx, {
    memberId: member.referrerId!,
    direction: LedgerDirection.ADD,
    amount: bonus,
    operationType: PointsOperationType.MANUAL_GRANT,
    activityCode: 'REFERRAL',
    description: `Referral bonus: new member ${member.code}`,
    idempotencyKey: `referral:${member.id}`,
  });
}

/** Only the profile keys present in the input, so omitted fields stay untouched on update. */
function profileValues(data: Partial<Record<keyof typeof profileShape, unknown>>): Partial<Member> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(profileShape) as (keyof typeof profileShape)[]) {
    if (data[key] === undefined) continue;
    values[key] = key === 'sex' ? (data[key] ?? Sex.UNKNOWN) : key === 'deliveryAddresses' ? (data[key] ?? []) : data[key];
  }
  return values as Partial<Member>;
}

/** Binds (or refreshes) a channel identity; `bound` says whether it is new to the member. */
async function attachChannel(
  em: EntityManager,
  member: Member,
  channel: ChannelData,
): Promise<{ channel: MemberChannel; bound: boolean }> {
  const existing = await em.findOne(MemberChannel, { channelCode: channel.channelCode, openid: channel.openid });
  if (existing && existing.memberId !== member.id) {
    throw new BusinessError(
      ErrorCode.CHANNEL_ALREADY_BOUND,
      `The ${channel.channelCode} identity ${channel.openid} belongs to another member.`,
      'channel.openid',
    );
  }
  if (channel.registerStoreId) await requireStore(em, channel.registerStoreId, 'channel.registerStoreId');
  const values = {
    channelId: channel.channelId ?? existing?.channelId ?? null,
    unionId: channel.unionId ?? existing?.unionId ?? null,
    cardCode: channel.cardCode ?? existing?.cardCode ?? null,
    cardId: channel.cardId ?? existing?.cardId ?? null,
    registerType: channel.registerType ?? existing?.registerType ?? null,
    registerStoreId: channel.registerStoreId ?? existing?.registerStoreId ?? null,
  };
  const row = existing
    ? em.assign(existing, values)
    : em.create(MemberChannel, {
        merchantId: member.merchantId,
        memberId: member.id,
        channelCode: channel.channelCode,
        openid: channel.openid,
        ...values,
      });
  await em.flush();
  return { channel: row, bound: !existing };
}

export async function updateMember(ctx: RequestContext, input: UpdateMemberData): Promise<Member> {
  const data = parseInput(updateSchema, input);
  return ctx.em.transactional(async (em) => {
    const member = await requireMember(em, data.id);
    assertMemberAllows(member.status, MemberAction.PROFILE, 'id');
    const before = memberSnapshot(member);
    if (data.code !== undefined && data.code !== member.code) {
      if (await em.findOne(Member, { code: data.code, id: { $ne: member.id } })) {
        throw new BusinessError(ErrorCode.DUPLICATE_CODE, `Member code ${data.code} is taken.`, 'code');
      }
      member.code = data.code;
    }
    if (data.registerStoreId !== undefined && data.registerStoreId !== member.registerStoreId) {
      if (data.registerStoreId) await requireStore(em, data.registerStoreId, 'registerStoreId');
      member.registerStoreId = data.registerStoreId ?? null;
    }
    if (data.mobile !== undefined && data.mobile !== member.mobile) {
      if (data.mobile && (await em.findOne(Member, { mobile: data.mobile, id: { $ne: member.id } }))) {
        throw new BusinessError(ErrorCode.DUPLICATE_MOBILE, `Mobile ${data.mobile} belongs to another member.`, 'mobile');
      }
      member.mobile = data.mobile ?? null;
    }
    if (data.registerStoreId !== undefined && data.registerStoreId !== member.registerStoreId) {
      if (data.registerStoreId) await requireStore(em, data.registerStoreId, 'registerStoreId');
      member.registerStoreId = data.registerStoreId ?? null;
    }
    em.assign(member, profileValues(data));
    await em.flush();
    // Only a real change is an event: an update that changes nothing (an ERP answering with what
    // it was sent) tells integrators nothing, and cannot start a push loop.
    const after = memberSnapshot(member);
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    if (changed.length) await recordEvent(em, eventActor(ctx), memberEvent(EventType.MEMBER_UPDATED, member, { changed }));
    return member;
  });
}

export async function bindChannel(ctx: RequestContext, input: { memberId: string; channel: ChannelData }): Promise<Member> {
  const { memberId } = input;
  const data = parseInput(channelSchema, input.channel);
  return ctx.em.transactional(async (em) => {
    const member = await requireMember(em, memberId, 'memberId');
    assertMemberAllows(member.status, MemberAction.PROFILE);
    const { channel, bound } = await attachChannel(em, member, data);
    if (bound) {
      await recordEvent(
        em,
        eventActor(ctx),
        memberEvent(EventType.MEMBER_CHANNEL_BOUND, member, { channel: channelSnapshot(channel) }),
      );
    }
    return member;
  });
}

export async function unbindChannel(
  ctx: RequestContext,
  input: { memberId: string; channelCode: string; openid: string },
): Promise<Member> {
  const { memberId, channelCode, openid } = input;
  return ctx.em.transactional(async (em) => {
    const member = await requireMember(em, memberId, 'memberId');
    assertMemberAllows(member.status, MemberAction.PROFILE);
    const channel = await em.findOne(MemberChannel, { memberId: member.id, channelCode, openid });
    if (!channel) {
      throw new BusinessError(ErrorCode.CHANNEL_NOT_FOUND, `Member has no ${channelCode} identity ${openid}.`, 'openid');
    }
    await em.remove(channel).flush();
    await recordEvent(
      em,
      eventActor(ctx),
      memberEvent(EventType.MEMBER_CHANNEL_UNBOUND, member, { channel: channelSnapshot(channel) }),
    );
    return member;
  });
}

export async function setMemberStatus(ctx: RequestContext, input: { memberId: string; status: MemberStatus }): Promise<Member> {
  const { memberId, status } = input;
  return ctx.em.transactional(async (em) => {
    const member = await requireMember(em, memberId, 'memberId');
    const from = member.status;
    member.status = status;
    await em.flush();
    if (from !== status) {
      await recordEvent(em, eventActor(ctx), memberEvent(EventType.MEMBER_STATUS_CHANGED, member, { from, to: status }));
    }
    return member;
  });
}

/**
 * Adds or removes labels in one UPDATE, so two staff labelling the same member at once both win
 * (a read-modify-write would lose one of the changes).
 */
export async function changeMemberLabels(
  ctx: RequestContext,
  input: { memberId: string; labels: string[]; change: 'add' | 'remove' },
): Promise<Member> {
  const { memberId, labels, change } = input;
  const clean = parseInput(z.array(fields.label).min(1, 'Give at least one label.').max(50), labels);
  const expression =
    change === 'add'
      ? 'array(select distinct l from unnest(labels || array(select jsonb_array_elements_text(?::jsonb))) as l order by l)'
      : 'array(select l from unnest(labels) as l where l <> all(array(select jsonb_array_elements_text(?::jsonb))) order by l)';
  return ctx.em.transactional(async (em) => {
    const member = await requireMember(em, memberId, 'memberId');
    assertMemberAllows(member.status, MemberAction.PROFILE);
    const before = [...member.labels];
    // The labels travel as one JSON parameter: the driver would expand a JS array into a list.
    await em.execute(`update member set labels = ${expression}, updated_at = now() where id = ?`, [
      JSON.stringify(clean),
      member.id,
    ]);
    await em.refreshOrFail(member);
    if (JSON.stringify(before) !== JSON.stringify(member.labels)) {
      await recordEvent(em, eventActor(ctx), memberEvent(EventType.MEMBER_UPDATED, member, { changed: ['labels'] }));
    }
    return member;
  });
}

/** Looks up one member by exactly one of its identifiers; null when none matches. */
export async function findMember(
  ctx: RequestContext,
  by: { id?: string | null; mobile?: string | null; code?: string | null; channelCode?: string | null; openid?: string | null },
): Promise<Member | null> {
  if (by.id) {
    // A uuid is the key itself: no statement, and no EntityManager (a query reading only members
    // never forks one); only a numeric id is looked up first.
    const ref = rowRef(by.id);
    const uuid = ref && 'id' in ref ? ref.id : await resolveRef(ctx.em, Member, by.id);
    return uuid ? ctx.loaders.memberById.load(uuid) : null;
  }
  if (by.mobile) return ctx.em.findOne(Member, { mobile: by.mobile.trim() });
  if (by.code) return ctx.em.findOne(Member, { code: by.code.trim() });
  if (by.channelCode && by.openid) {
    const channel = await ctx.em.findOne(MemberChannel, { channelCode: by.channelCode, openid: by.openid });
    return channel ? ctx.loaders.memberById.load(channel.memberId) : null;
  }
  throw new BusinessError(ErrorCode.INVALID_INPUT, 'Give id, mobile, code, or channelCode with openid.');
}
