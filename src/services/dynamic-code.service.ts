import { randomInt } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MemberDynamicCode } from '../entities/member-dynamic-code.entity.js';
import type { Member } from '../entities/member.entity.js';
import type { RequestContext } from '../request/context.js';
import { requireMember } from './member.service.js';
import { assertMemberAllows, MemberAction } from './member-status.js';

/** 18 digits, like the payment and membership codes tills already scan. */
function newCode(): string {
  return '6' + String(randomInt(0, 10 ** 9)).padStart(9, '0') + String(randomInt(0, 10 ** 8)).padStart(8, '0');
}

/**
 * Issues a fresh dynamic code for a member, valid DYNAMIC_CODE_TTL_SECONDS. Older codes of the
 * member stay valid until they expire (a screen may still show one); expired ones are removed.
 */
export async function issueDynamicCode(ctx: RequestContext, memberId: string): Promise<{ code: string; expiresAt: Date }> {
  const member = await requireMember(ctx.em, memberId, 'memberId');
  // A dynamic code is shown at the till to pay or collect: it is for members who may spend.
  assertMemberAllows(member.status, MemberAction.SPEND);
  const expiresAt = new Date(Date.now() + ctx.config.DYNAMIC_CODE_TTL_SECONDS * 1000);
  await ctx.em.nativeDelete(MemberDynamicCode, { memberId: member.id, expiresAt: { $lt: new Date() } });
  for (let attempt = 0; ; attempt++) {
    try {
      const row = ctx.em.create(MemberDynamicCode, {
        merchantId: member.merchantId,
        memberId: member.id,
        code: newCode(),
        expiresAt,
      });
      await ctx.em.flush();
      return { code: row.code, expiresAt };
    } catch (error) {
      // A collision with a live code of another member is astronomically rare; try a new one.
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 3) throw error;
      ctx.em.clear();
    }
  }
}

/** The member a live code belongs to, or null (unknown or expired). */
export async function resolveDynamicCode(ctx: RequestContext, code: string): Promise<Member | null> {
  if (!/^\d{18}$/.test(code.trim())) return null;
  const row = await ctx.em.findOne(MemberDynamicCode, { code: code.trim(), expiresAt: { $gt: new Date() } });
  return row ? ctx.loaders.memberById.load(row.memberId) : null;
}
