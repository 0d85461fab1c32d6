import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { ErrorCode } from '../../errors/error-code.js';
import {
  ErpChangePointsDocument,
  ErpMemberByCodeDocument,
  ErpMemberExistsDocument,
  ErpRegisterMemberDocument,
  ErpStoreByCodeDocument,
  ErpUpdateMemberDocument,
  type ErpMemberFieldsFragment,
} from '../../generated/graphql.js';
import { legacyAmount, optionalLegacyText } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { ShimError } from '../common/shim-error.js';
import type { ShimCall, ShimRoute } from '../common/shim-router.js';

const sexText = { FEMALE: '女', MALE: '男', UNKNOWN: '保密' } as const;

/** Either request shape of the document: the parameter table's and the example's, in one. */
const input = z.object({
  mobile: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\+?\d{5,20}$/, 'mobile must be 5 to 20 digits')),
  storeNumber: optionalLegacyText,
  name: optionalLegacyText,
  inviteCode: optionalLegacyText,
  pointsChanges: legacyAmount.optional(),
  pointsRemaining: legacyAmount.optional(),
  pointsUsed: legacyAmount.optional(),
  pointsDesc: optionalLegacyText,
  remark: optionalLegacyText,
});

const output = z.object({
  name: z.string(),
  sex: z.enum(['女', '男', '保密']),
  birthday: z.string(),
  address: z.string(),
  identityCardNo: z.string(),
  email: z.string(),
  level: z.string().describe('0 member card, 1 VIP card'),
  state: z.string().describe('0 new card, 1 normal, 9 deleted'),
  cardNo: z.string(),
  storeNumber: z.string(),
});

/**
 * The contract carries no request id, so a push is recognised by its content: the same mobile,
 * change, totals and texts again is a retry and changes nothing. The totals the shop sends
 * (pointsRemaining, pointsUsed) differ after every real change, which keeps two genuine, equal
 * changes apart; the ledger here stays the record of the balance.
 */
function pushFingerprint(call: ShimCall, data: z.output<typeof input>): string {
  const content = [data.mobile, data.pointsChanges, data.pointsRemaining, data.pointsUsed, data.pointsDesc, data.remark].map(
    (v) => v ?? '',
  );
  // Per app: two ERPs of one merchant pushing the same figures are two pushes, not a retry.
  return `erp:${call.caller.appId}:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

function cardData(member: ErpMemberFieldsFragment, created: boolean) {
  return {
    name: member.name ?? '',
    sex: sexText[member.sex],
    birthday: member.birthday ?? '',
    address: member.address ?? '',
    identityCardNo: member.idCardNumber ?? '',
    email: member.email ?? '',
    // VIP card (1) from the second grade up; the base grade and no grade are the member card (0).
    level: (member.grade?.level ?? 0) >= 2 ? '1' : '0',
    state: member.status === 'REMOVED' ? '9' : created ? '0' : '1',
    cardNo: member.code,
    storeNumber: member.registerStore?.code ?? '',
  };
}

/** POST /user/memberPoints: match or create the member by mobile and answer its card data. */
export const memberPoints: ShimRoute<z.output<typeof input>> = {
  path: '/user/memberPoints',
  summary: 'Find the member by mobile (creating it if missing), apply the points change when present, and answer its card data.',
  input,
  output,
  async handle(call, data) {
    const change = data.pointsChanges === undefined ? null : new Decimal(data.pointsChanges);
    // A deduction for someone with no card yet cannot succeed: refuse it before creating anything.
    if (change?.isNegative() && !(await call.run(ErpMemberExistsDocument, { mobile: data.mobile })).memberByMobile) {
      throw new ShimError(ErrorCode.INSUFFICIENT_POINTS, '积分不足');
    }
    // The store code is optional matching data (the document's own example sends 1001, a store
    // the merchant may not have): a code that matches no store is left out, never a failure.
    const registerStoreId = data.storeNumber
      ? (await call.run(ErpStoreByCodeDocument, { code: data.storeNumber })).storeByCode?.id
      : undefined;
    // An invite code is the referrer's member code; one that matches nobody is ignored rather
    // than failing the whole push.
    const referrerId = data.inviteCode
      ? (await call.run(ErpMemberByCodeDocument, { code: data.inviteCode })).memberByCode?.id
      : undefined;
    const registered = unwrapPayload(
      (
        await call.run(ErpRegisterMemberDocument, {
          input: { mobile: data.mobile, name: data.name, registerStoreId, referrerId },
        })
      ).registerMember,
    );
    let member = registered.member!;
    // The push carries the shop's view of the member: apply its profile fields to a member that
    // existed (a new one was just created with them). The register store is filled only when the
    // member has none; where a member registered is history, not something a later push rewrites.
    // A removed member's record is frozen (docs/security.md): the push still answers its card.
    if (!registered.created && member.status !== 'REMOVED') {
      const update = {
        ...(data.name && data.name !== member.name ? { name: data.name } : {}),
        ...(registerStoreId && !member.registerStore ? { registerStoreId } : {}),
      };
      if (Object.keys(update).length) {
        member = unwrapPayload(
          (await call.run(ErpUpdateMemberDocument, { input: { id: member.id, ...update } })).updateMember,
        ).member!;
      }
    }
    if (change && !change.isZero()) {
      unwrapPayload(
        (
          await call.run(ErpChangePointsDocument, {
            input: {
              memberId: member.id,
              direction: change.isNegative() ? 'DEDUCT' : 'ADD',
              amount: change.abs().toFixed(2),
              operationType: change.isNegative() ? 'MANUAL_DEDUCTION' : 'MANUAL_GRANT',
              description: data.pointsDesc,
              remark: data.remark,
              idempotencyKey: pushFingerprint(call, data),
            },
          })
        ).changePoints,
      );
    }
    return cardData(member, registered.created === true);
  },
};
