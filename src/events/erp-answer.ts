import { ApiKeyRole } from '../domain/access.enums.js';
import { subscriptionActor } from '../domain/event.enums.js';
import { MemberStatus, Sex } from '../domain/member.enums.js';
import { createRequestContext, inRequestTransaction, type AppDeps } from '../request/context.js';
import {
  changeMemberLabels,
  requireMember,
  setMemberStatus,
  updateMember,
  type UpdateMemberData,
} from '../services/member.service.js';
import { findStoreByCode } from '../services/store.service.js';

const SEX = { 女: Sex.FEMALE, 男: Sex.MALE, 保密: Sex.UNKNOWN } as Record<string, Sex>;
const LEVEL_LABEL = 'erp-level-';

const text = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
};

/**
 * Applies the ERP's answer to an erp-member-points push (the member as the ERP knows it) through
 * the member services, in one transaction: all of it or nothing.
 *
 * - name, sex (女/男/保密), birthday, address, identityCardNo, email: the profile. An empty value
 *   means "the ERP does not know", never "clear it".
 * - cardNo: the member code; storeNumber: the register store (a code this merchant has).
 * - state 9 (deleted card): the member is REMOVED; 0 and 1 change nothing (a suspended member is
 *   not reactivated by an ERP).
 * - level: kept as the label `erp-level-<n>` (grades follow the experience ledger and are not set
 *   from outside).
 *
 * The changes are made as `subscription:<id>`, and the relay never sends a subscription the events
 * its own answer caused: no push loop. Other subscriptions (a webhook feed) do hear of them.
 * Returns the names of the fields that were applied.
 */
export async function applyErpAnswer(
  deps: AppDeps,
  target: { merchantId: string; subscriptionId: string; memberId: string },
  answer: Record<string, unknown>,
): Promise<string[]> {
  const ctx = createRequestContext(
    deps,
    { merchantId: target.merchantId, role: ApiKeyRole.ADMIN, credentialId: subscriptionActor(target.subscriptionId) },
    `erp-answer:${target.subscriptionId}`,
  );
  return inRequestTransaction(ctx, async (tx) => {
    const applied: string[] = [];
    const input: UpdateMemberData = { id: target.memberId };
    const set = <K extends keyof UpdateMemberData>(key: K, value: UpdateMemberData[K] | undefined, field: string) => {
      if (value === undefined) return;
      input[key] = value;
      applied.push(field);
    };
    set('name', text(answer.name), 'name');
    set('sex', SEX[text(answer.sex) ?? ''], 'sex');
    set('birthday', text(answer.birthday), 'birthday');
    set('address', text(answer.address), 'address');
    set('idCardNumber', text(answer.identityCardNo), 'identityCardNo');
    set('email', text(answer.email), 'email');
    set('code', text(answer.cardNo), 'cardNo');
    const storeNumber = text(answer.storeNumber);
    const store = storeNumber ? await findStoreByCode(tx, storeNumber) : null;
    set('registerStoreId', store?.id, 'storeNumber');

    const member = await requireMember(tx.em, target.memberId, 'memberId');
    if (member.status !== MemberStatus.REMOVED) await updateMember(tx, input);
    const level = text(answer.level);
    if (level !== undefined && /^\d{1,3}$/.test(level) && !member.labels.includes(LEVEL_LABEL + level)) {
      const stale = member.labels.filter((l) => l.startsWith(LEVEL_LABEL));
      if (stale.length) await changeMemberLabels(tx, { memberId: member.id, labels: stale, change: 'remove' });
      await changeMemberLabels(tx, { memberId: member.id, labels: [LEVEL_LABEL + level], change: 'add' });
      applied.push('level');
    }
    if (text(answer.state) === '9' && member.status !== MemberStatus.REMOVED) {
      await setMemberStatus(tx, { memberId: member.id, status: MemberStatus.REMOVED });
      applied.push('state');
    }
    return applied;
  });
}
