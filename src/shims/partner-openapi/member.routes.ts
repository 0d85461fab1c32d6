import { z } from 'zod';
import {
  PartnerMemberCouponsDocument,
  PartnerMemberByDynamicCodeDocument,
  PartnerMemberByIdDocument,
  PartnerMemberByMobileDocument,
  PartnerMemberPageDocument,
  PartnerRegisterMemberDocument,
  PartnerStoreByCodeDocument,
  type MemberFilter,
  type MemberStatus,
} from '../../generated/graphql.js';
import { ErrorCode } from '../../errors/error-code.js';
import {
  legacyAmount,
  legacyDateTime,
  legacyInt,
  legacyNumber,
  optionalLegacyText,
  parseLegacyDateTime,
} from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import type { ShimCall, ShimRoute } from '../common/shim-router.js';
import { partnerMember, sexFromFlag } from './member-view.js';

const switchOn = (flag: number | undefined) => flag === 1;

/** 1.1's `cuoponType` (sic): 0 goods, 1 cash voucher, 3 discount. */
const couponTypeCode = { GOODS: 0, CASH: 1, DISCOUNT: 3 } as const;

/** The member's coupons that can still be used: unused and not expired. */
async function usableCoupons(call: ShimCall, memberId: string) {
  const member = (await call.run(PartnerMemberCouponsDocument, { id: memberId })).member;
  return (member?.coupons ?? [])
    .filter((coupon) => !coupon.expired)
    .map((coupon) => ({
      couponName: coupon.template?.title ?? '',
      couponCode: coupon.code,
      cuoponType: coupon.template ? couponTypeCode[coupon.template.type] : 0,
      couponRule: coupon.template?.ruleText ?? '',
      couponLimit: coupon.validityText,
    }));
}

/** Legacy times: `yyyy-MM-dd HH:mm:ss` in the merchant's zone, or epoch seconds / milliseconds. */
function legacyInstant(text: string | undefined, call: ShimCall, field: string): Date | undefined {
  if (!text) return undefined;
  const date = /^\d{10}$/.test(text)
    ? new Date(Number(text) * 1000)
    : /^\d{13}$/.test(text)
      ? new Date(Number(text))
      : parseLegacyDateTime(text, call.caller.timeZone);
  if (!date) throw new ShimError(EdgeFailure.BAD_PARAMETERS, `${field}: use yyyy-MM-dd HH:mm:ss`);
  return date;
}

const memberInfoInput = z
  .object({
    partnerId: optionalLegacyText,
    memberId: optionalLegacyText,
    mobile: optionalLegacyText,
    dynamicCode: optionalLegacyText,
    showScoreSwitch: legacyInt.optional(),
    showCouponSwitch: legacyInt.optional(),
  })
  .refine((v) => v.memberId || v.mobile || v.dynamicCode, 'memberId, mobile or dynamicCode is required');

const memberInfoOutput = z.object({
  memberId: z.string(),
  memberName: z.string(),
  nickName: z.string(),
  mobile: z.string(),
  photoUrl: z.string(),
  sexFlag: z.enum(['0', '1', '2']),
  birthday: z.string(),
  email: z.string(),
  idCard: z.string(),
  registerTime: z.string(),
  registerStoreCode: z.string(),
  memberChannels: z.array(z.record(z.string(), z.string())),
  currentScore: z.number().optional(),
  totalScore: z.number().optional(),
  usedScore: z.number().optional(),
  memberCoupons: z.array(z.record(z.string(), z.unknown())).optional(),
});

/** 1.1 /member/getMemberInfoByIdOrMobile */
export const getMemberInfo: ShimRoute<z.output<typeof memberInfoInput>> = {
  path: '/member/getMemberInfoByIdOrMobile',
  transaction: 'read',
  summary: '1.1 A member by memberId, mobile or dynamicCode, with channels (and coupons on request).',
  input: memberInfoInput,
  output: memberInfoOutput,
  async handle(call, input) {
    const member = input.memberId
      ? (await call.run(PartnerMemberByIdDocument, { id: input.memberId })).member
      : input.mobile
        ? (await call.run(PartnerMemberByMobileDocument, { mobile: input.mobile })).memberByMobile
        : (await call.run(PartnerMemberByDynamicCodeDocument, { code: input.dynamicCode! })).memberByDynamicCode;
    if (!member) throw new ShimError(ErrorCode.MEMBER_NOT_FOUND, '会员不存在');
    return {
      ...partnerMember(member, call.caller.partnerId ?? '', call.caller.timeZone),
      ...(switchOn(input.showScoreSwitch)
        ? {
            currentScore: legacyNumber(member.points.current),
            totalScore: legacyNumber(member.points.totalEarned),
            usedScore: legacyNumber(member.points.used),
          }
        : {}),
      ...(switchOn(input.showCouponSwitch) ? { memberCoupons: await usableCoupons(call, member.id) } : {}),
    };
  },
};

const INACTIVE_STATUSES: MemberStatus[] = ['SUSPENDED', 'EXPIRED', 'REMOVED'];

const membersInput = z.object({
  partnerId: optionalLegacyText,
  nickName: optionalLegacyText,
  mobile: optionalLegacyText,
  paidId: optionalLegacyText,
  labelName: optionalLegacyText,
  ruleCode: optionalLegacyText,
  startScore: legacyAmount.optional(),
  endScore: legacyAmount.optional(),
  statusFlag: legacyInt.pipe(z.union([z.literal(0), z.literal(1)])).optional(),
  startTime: optionalLegacyText,
  endTime: optionalLegacyText,
  pageNum: legacyInt.pipe(z.number().min(1, 'pageNum starts at 1').max(1_000_000, 'pageNum is at most 1000000')),
  pageSize: legacyInt.pipe(z.number().min(1).max(200, 'pageSize is at most 200')),
});

/** 1.2 /member/getMembers */
export const getMembers: ShimRoute<z.output<typeof membersInput>> = {
  path: '/member/getMembers',
  transaction: 'read',
  summary: '1.2 Members with filters and paging.',
  input: membersInput,
  output: z.object({
    totalCount: z.number(),
    totalPages: z.number(),
    pageNum: z.number(),
    pageSize: z.number(),
    memberList: z.array(z.record(z.string(), z.unknown())),
  }),
  async handle(call, input) {
    const filter: MemberFilter = {
      nameContains: input.nickName,
      mobile: input.mobile,
      label: input.labelName,
      // 0 禁用 is every member the list shows as 0: all but the active ones.
      statusIn: input.statusFlag === undefined ? undefined : input.statusFlag === 1 ? ['ACTIVE'] : INACTIVE_STATUSES,
      registeredFrom: legacyInstant(input.startTime, call, 'startTime'),
      registeredTo: legacyInstant(input.endTime, call, 'endTime'),
      gradeCode: input.ruleCode,
      pointsMin: input.startScore,
      pointsMax: input.endScore,
    };
    // Paid membership cards are not modelled: no member holds one, so a paidId matches nobody.
    const page = input.paidId
      ? { totalItems: 0, items: [] }
      : (
          await call.run(PartnerMemberPageDocument, {
            filter,
            page: { offset: (input.pageNum - 1) * input.pageSize, limit: input.pageSize },
          })
        ).members;
    return {
      totalCount: page.totalItems,
      totalPages: Math.ceil(page.totalItems / input.pageSize),
      pageNum: input.pageNum,
      pageSize: input.pageSize,
      memberList: page.items.map((m) => ({
        memberId: m.id,
        nickName: m.nickname ?? '',
        mobile: m.mobile ?? '',
        // The field table says `labels`, the example `labelList`: both are sent.
        labels: m.labels,
        labelList: m.labels,
        registerTime: legacyDateTime(m.registeredAt, call.caller.timeZone),
        // Paid membership cards are not modelled (docs/shims/partner-openapi.md).
        memberPaidList: [],
        // What the platform knows of a member's consumption: their stored-value card spends,
        // refunded ones left out. Purchases paid otherwise never reach it.
        consumeCount: String(m.spending.count),
        consumeMoney: m.spending.amount,
        ruleName: m.grade?.name ?? '',
        currentScore: legacyNumber(m.points.current),
        statusFlag: m.status === 'ACTIVE' ? 1 : 0,
      })),
    };
  },
};

const registerInput = z
  .object({
    partnerId: optionalLegacyText,
    channelCode: z.string().trim().min(1, 'channelCode is required'),
    mobile: z.string().trim().min(1, 'mobile is required'),
    unionId: optionalLegacyText,
    thirdPartyCode: optionalLegacyText,
    registerType: legacyInt.pipe(z.number().min(1).max(6)),
    cardCode: optionalLegacyText,
    cardId: optionalLegacyText,
    mobileValidateFlag: legacyInt.pipe(z.union([z.literal(1), z.literal(2)])).optional(),
    validCode: optionalLegacyText,
    nickName: optionalLegacyText,
    photoUrl: optionalLegacyText,
    sexFlag: z.enum(['0', '1', '2']).optional(),
    registerInitData: optionalLegacyText,
    registerStoreCode: optionalLegacyText,
  })
  .refine((v) => v.unionId || v.thirdPartyCode, 'unionId or thirdPartyCode is required');

/** 1.6 /member/register/mobile (commented out in the document; built as written there). */
export const registerByMobile: ShimRoute<z.output<typeof registerInput>> = {
  path: '/member/register/mobile',
  summary: '1.6 Register (or find) a member by mobile with a mini-program channel.',
  input: registerInput,
  output: z.object({ memberId: z.string() }),
  async handle(call, input) {
    if (input.mobileValidateFlag === 1) {
      throw new ShimError(
        EdgeFailure.BAD_PARAMETERS,
        'mobileValidateFlag 1 (SMS validation) is not offered; validate before calling.',
      );
    }
    let registerStoreId: string | undefined;
    if (input.registerStoreCode) {
      const store = (await call.run(PartnerStoreByCodeDocument, { code: input.registerStoreCode })).storeByCode;
      if (!store) throw new ShimError(ErrorCode.STORE_NOT_FOUND, `门店不存在: ${input.registerStoreCode}`);
      registerStoreId = store.id;
    }
    const result = unwrapPayload(
      (
        await call.run(PartnerRegisterMemberDocument, {
          input: {
            mobile: input.mobile,
            nickname: input.nickName,
            avatarUrl: input.photoUrl,
            sex: input.sexFlag ? sexFromFlag[input.sexFlag] : undefined,
            registerStoreId,
            channel: {
              channelCode: input.channelCode,
              // A partner that only knows the unionId identifies the member by it in that channel.
              openid: input.thirdPartyCode ?? input.unionId!,
              unionId: input.unionId,
              cardCode: input.cardCode,
              cardId: input.cardId,
              registerType: input.registerType,
              registerStoreId,
            },
          },
        })
      ).registerMember,
    );
    return { memberId: result.member!.id };
  },
};
