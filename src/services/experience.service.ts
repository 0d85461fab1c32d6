import { z } from 'zod';
import { LedgerBusinessType, LedgerDirection, LedgerSource } from '../domain/loyalty-codes.js';
import { ExperienceEntry } from '../entities/experience.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { applyLedgerChange } from './ledger-statement.js';
import { KeyedOperation } from './idempotency.js';
import { MemberAction } from './member-status.js';
import {
  balanceAfter,
  fingerprintOf,
  ledgerFields,
  normalizeAmount,
  requireMemberId,
  settle,
  type BalanceView,
} from './ledger-outcome.js';
import { parseInput } from './validation.js';

const changeSchema = z.object({
  memberId: z.string(),
  direction: z.nativeEnum(LedgerDirection),
  amount: ledgerFields.amount,
  businessType: z.nativeEnum(LedgerBusinessType).nullish(),
  idempotencyKey: ledgerFields.idempotencyKey.nullish(),
  description: ledgerFields.text(200).nullish(),
  remark: ledgerFields.text(500).nullish(),
  operatorName: ledgerFields.text(100).nullish(),
  operatorId: ledgerFields.text(64).nullish(),
});
export type ChangeExperienceData = z.input<typeof changeSchema>;

export interface ChangeExperienceResult {
  entry: ExperienceEntry;
  balance: BalanceView;
  /** The grade move this change caused; null when the grade stayed (or for a replay). */
  gradeChange: { from: number; to: number } | null;
  replayed: boolean;
}

/**
 * Adds or deducts experience. The member's grade follows in the same statement, up or down, and
 * a grade_change row records every move.
 */
export async function changeExperience(ctx: RequestContext, input: ChangeExperienceData): Promise<ChangeExperienceResult> {
  const { idempotencyKey, ...data } = parseInput(changeSchema, input);
  requireMemberId(data.memberId);
  const fingerprint = idempotencyKey
    ? fingerprintOf('changeExperience', { ...data, amount: normalizeAmount(data.amount) })
    : null;
  const add = data.direction === LedgerDirection.ADD;
  const outcome = await applyLedgerChange<ExperienceEntry>(ctx.em, {
    ledger: 'experience',
    memberId: data.memberId,
    // Taking experience back settles; adding it is earning.
    memberAction: add ? MemberAction.EARN : MemberAction.SETTLE,
    earnedDelta: add ? data.amount : '0',
    usedDelta: add ? '0' : data.amount,
    idempotency:
      idempotencyKey && fingerprint ? { key: idempotencyKey, fingerprint, operation: KeyedOperation.CHANGE_EXPERIENCE } : null,
    fields: {
      source: LedgerSource.ADJUSTMENT,
      businessType: data.businessType ?? null,
      description: data.description ?? null,
      remark: data.remark ?? null,
      operatorName: data.operatorName ?? null,
      operatorId: data.operatorId ?? null,
      credentialId: ctx.principal.credentialId,
    },
  });
  const settled = await settle(ctx.em, 'experience', outcome, fingerprint, () => {
    throw new BusinessError(ErrorCode.INSUFFICIENT_EXPERIENCE, 'The member does not have that much experience.', 'amount');
  });
  const moved = outcome.grade && outcome.grade.from !== outcome.grade.to ? outcome.grade : null;
  return { ...settled, gradeChange: moved, balance: await balanceAfter(ctx.em, 'experience', data.memberId, outcome) };
}
