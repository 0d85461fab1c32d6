import { Decimal } from 'decimal.js';
import { LosslessNumber } from 'lossless-json';
import { z } from 'zod';
import type { MemberStatus, RestMemberFragment, RestMerchantFragment } from '../../generated/graphql.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';

/** The document's four statuses and ours. */
export const STATUS_FROM_REST = { active: 'ACTIVE', suspend: 'SUSPENDED', expired: 'EXPIRED', removed: 'REMOVED' } as const;
const STATUS_TO_REST: Record<MemberStatus, keyof typeof STATUS_FROM_REST> = {
  ACTIVE: 'active',
  SUSPENDED: 'suspend',
  EXPIRED: 'expired',
  REMOVED: 'removed',
};

/** The level a member without a grade shows (the document's default). */
export const DEFAULT_LEVEL = '会员';

const seconds = (iso: string | null) => (iso === null ? null : Math.floor(Date.parse(iso) / 1000));
/** Points as a JSON number, exact: `5000`, `50.5`. */
const points = (value: string) => new LosslessNumber(new Decimal(value).toString());

/**
 * An epoch the way members-rest clients send one: seconds (up to 10 digits) or milliseconds
 * (13 digits), as a number or a digit string. The document says seconds and its examples carry
 * milliseconds; both are read, and answers are in seconds.
 */
export const epoch = z.union([z.number(), z.string().trim()]).transform((value, ctx) => {
  const text = String(value);
  if (!/^\d{1,10}$|^\d{13}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be epoch seconds (up to 10 digits) or milliseconds (13 digits)' });
    return z.NEVER;
  }
  return new Date(text.length === 13 ? Number(text) : Number(text) * 1000);
});

export function restMerchant(merchant: RestMerchantFragment) {
  return {
    merchantID: merchant.id,
    name: merchant.name,
    fullName: merchant.fullName,
    weixin: { originID: merchant.wechat.originId },
  };
}

/** A member as members-rest answers it: `_id` and `id`, times in epoch seconds, points as numbers. */
export function restMember(member: RestMemberFragment, merchant: RestMerchantFragment) {
  const wechat = member.channels.find((c) => c.channelCode === 'wxgzpt');
  const store = member.registerStore;
  return {
    _id: member.id,
    id: member.id,
    name: member.name,
    code: member.code,
    male: member.sex === 'MALE' ? true : member.sex === 'FEMALE' ? false : null,
    phone: member.mobile,
    email: member.email,
    idcard: member.idCardNumber,
    deliveryAddress: member.deliveryAddresses.map((a) => ({ address: a.address, recipient: a.recipient, phone: a.phone })),
    shop: store ? { shopID: store.id, name: store.name, address: store.address, telephone: store.phone } : {},
    registerShopID: store?.id ?? null,
    merchant: restMerchant(merchant),
    postPoint: points(member.points.current),
    postTotalPoint: points(member.points.totalEarned),
    level: member.grade?.name ?? DEFAULT_LEVEL,
    status: STATUS_TO_REST[member.status],
    sinceAt: seconds(member.sinceAt),
    dueAt: seconds(member.dueAt),
    createdAt: seconds(member.registeredAt),
    weixin: wechat ? { openID: wechat.openid } : {},
  };
}

/** Output schema of a member, for the OpenAPI document. */
export const restMemberSchema = z.object({
  _id: z.string(),
  id: z.string(),
  name: z.string().nullable(),
  code: z.string(),
  male: z.boolean().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  idcard: z.string().nullable(),
  deliveryAddress: z.array(z.object({ address: z.string(), recipient: z.string().nullable(), phone: z.string().nullable() })),
  shop: z
    .object({ shopID: z.string(), name: z.string(), address: z.string().nullable(), telephone: z.string().nullable() })
    .partial(),
  registerShopID: z.string().nullable(),
  merchant: z.object({
    merchantID: z.string(),
    name: z.string(),
    fullName: z.string().nullable(),
    weixin: z.object({ originID: z.string().nullable() }),
  }),
  postPoint: z.number(),
  postTotalPoint: z.number(),
  level: z.string(),
  status: z.enum(['active', 'suspend', 'expired', 'removed']),
  sinceAt: z.number().nullable(),
  dueAt: z.number().nullable(),
  createdAt: z.number(),
  weixin: z.object({ openID: z.string() }).partial(),
});

/** `merchant.merchantID` (or `merchantID`) must name the caller's own merchant: 401 otherwise. */
export function requireOwnMerchant(given: string, merchantId: string): void {
  if (given !== merchantId)
    throw new ShimError(EdgeFailure.PARTNER_MISMATCH, 'merchantID is not the merchant of the credential.');
}
