import { z } from 'zod';
import { openText, sealContext, sealText } from '../../db/secret-box.js';
import type { EntityManager } from '../../db/orm.js';
import { MemberChannel } from '../../entities/member-channel.entity.js';
import { EventType } from '../../domain/event.enums.js';
import { channelSnapshot, eventActor, memberEvent, recordEvent } from '../outbox.js';
import { Member } from '../../entities/member.entity.js';
import { MerchantWechat } from '../../entities/merchant.entity.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';
import { refreshTokenHash } from '../filters/members.js';
import { assertMemberAllows, MemberAction } from '../member-status.js';
import { requireMember } from '../member.service.js';
import { fields, parseInput } from '../validation.js';
import { exchangeCode, refreshGrant, type WechatApp } from './wechat-api.js';

/** The channel a WeChat official-account openid lives in (legacy `wxgzpt`). */
export const WECHAT_CHANNEL = 'wxgzpt';

async function wechatApp(ctx: RequestContext): Promise<WechatApp> {
  const merchantId = ctx.principal.merchantId;
  const row = await ctx.em.findOne(MerchantWechat, { merchantId });
  if (!row?.appId || !row.appSecret) {
    throw new BusinessError(
      ErrorCode.WECHAT_NOT_CONFIGURED,
      'The merchant has no WeChat app id and secret (setMerchantProfile).',
      'merchantID',
    );
  }
  return {
    baseUrl: ctx.config.WECHAT_API_BASE_URL,
    appId: row.appId,
    appSecret: openText(row.appSecret, sealContext.wechatAppSecret(merchantId)),
    timeoutMs: ctx.config.WECHAT_API_TIMEOUT_MS,
  };
}

/** Keeps the refresh token: its hash to find the member by, the token itself sealed. */
function keepRefreshToken(channel: MemberChannel, token: string): void {
  channel.refreshTokenHash = refreshTokenHash(token);
  channel.refreshTokenSealed = sealText(token, sealContext.wechatRefreshToken(channel.id));
}

const codeSchema = z.string().trim().min(1, 'Give the OAuth code.').max(512, 'An OAuth code has at most 512 characters.');

/**
 * Exchanges a WeChat OAuth code at the merchant's app for the openid and refresh token, and
 * answers the member paired with that openid (null: none yet; the caller pairs them with
 * pairWechatMember, which is why the refresh token is answered too). A paired member's stored
 * refresh token is replaced by the new one.
 */
export async function wechatOAuthMember(
  ctx: RequestContext,
  code: string,
): Promise<{ openid: string; refreshToken: string; member: Member | null }> {
  const clean = parseInput(codeSchema, code);
  const grant = await exchangeCode(await wechatApp(ctx), clean);
  return ctx.em.transactional(async (em) => {
    const channel = await em.findOne(MemberChannel, { channelCode: WECHAT_CHANNEL, openid: grant.openid });
    if (!channel) return { openid: grant.openid, refreshToken: grant.refreshToken, member: null };
    keepRefreshToken(channel, grant.refreshToken);
    if (grant.unionId && !channel.unionId) channel.unionId = grant.unionId;
    await em.flush();
    return {
      openid: grant.openid,
      refreshToken: grant.refreshToken,
      member: await em.findOneOrFail(Member, { id: channel.memberId }),
    };
  });
}

const pairSchema = z.object({
  memberId: z.string().min(1),
  openid: z.string().trim().min(1, 'Give the openid.').max(128),
  refreshToken: z.string().trim().min(1, 'Give the refresh token.').max(512),
  phone: fields.mobile,
});
export type PairWechatData = z.input<typeof pairSchema>;

/**
 * Binds a WeChat identity to an existing member (members-rest POST /wxoauth `action: pair`). The
 * phone must be the member's own mobile, and WeChat must confirm that the refresh token belongs to
 * the openid: a caller cannot pair an openid it did not get from WeChat. An openid already paired
 * with another member is CHANNEL_ALREADY_BOUND.
 */
export async function pairWechatMember(ctx: RequestContext, input: PairWechatData): Promise<Member> {
  const data = parseInput(pairSchema, input);
  const member = await requireMember(ctx.em, data.memberId, 'memberId');
  assertMemberAllows(member.status, MemberAction.PROFILE, 'memberId');
  if (member.mobile !== data.phone) {
    throw new BusinessError(ErrorCode.PHONE_MISMATCH, 'The phone number is not the member’s.', 'phone');
  }
  const grant = await refreshGrant(await wechatApp(ctx), data.refreshToken);
  if (grant.openid !== data.openid) {
    throw new BusinessError(ErrorCode.WECHAT_OAUTH_FAILED, 'The refresh token does not belong to this openid.', 'refreshToken');
  }
  return ctx.em.transactional(async (em) => {
    const { channel, bound } = await bindWechat(em, member, grant.openid, grant.unionId);
    keepRefreshToken(channel, grant.refreshToken);
    await em.flush();
    const paired = await em.findOneOrFail(Member, { id: member.id });
    // A new binding is a channel bind like any other: its event commits with it (outbox).
    if (bound) {
      await recordEvent(
        em,
        eventActor(ctx),
        memberEvent(EventType.MEMBER_CHANNEL_BOUND, paired, { channel: channelSnapshot(channel) }),
      );
    }
    return paired;
  });
}

/** Binds the openid to the member; `bound` says whether the binding is new. */
async function bindWechat(
  em: EntityManager,
  member: Member,
  openid: string,
  unionId: string | null,
): Promise<{ channel: MemberChannel; bound: boolean }> {
  const existing = await em.findOne(MemberChannel, { channelCode: WECHAT_CHANNEL, openid });
  if (existing && existing.memberId !== member.id) {
    throw new BusinessError(
      ErrorCode.CHANNEL_ALREADY_BOUND,
      `The ${WECHAT_CHANNEL} identity ${openid} belongs to another member.`,
      'openid',
    );
  }
  if (existing) return { channel: existing, bound: false };
  const channel = em.create(MemberChannel, {
    merchantId: member.merchantId,
    memberId: member.id,
    channelCode: WECHAT_CHANNEL,
    openid,
    unionId,
  });
  await em.flush();
  return { channel, bound: true };
}
