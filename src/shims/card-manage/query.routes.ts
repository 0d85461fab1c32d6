import { z } from 'zod';
import { ErrorCode } from '../../errors/error-code.js';
import {
  CmAddInvoiceDocument,
  CmCardDetailDocument,
  CmCouponTemplatesDocument,
  CmGiftDocument,
  CmInvoicesDocument,
  CmMemberCardsDocument,
  CmMembersDocument,
  CmRechargeRecordsDocument,
  CmRedeemDocument,
  CmRedeemerDocument,
  CmRefundRecordsDocument,
  CmScanDocument,
  CmSpendRecordsDocument,
  type CmCardDetailFragment,
  type CmCouponFragment,
  type CmRecordMemberFragment,
  type RecordFilter,
} from '../../generated/graphql.js';
import { legacyAmount, legacyInt, parseLegacyDateTime } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { ShimError } from '../common/shim-error.js';
import type { ShimCall, ShimRoute } from '../common/shim-router.js';
import type { CmAnswer, CmCaller } from './dialect.js';
import {
  activityStatusNo,
  cardTypeNo,
  channelNo,
  epochMs,
  idList,
  isoTime,
  legacyDateTime,
  legacyEpochMs,
  legacyId,
  legacyLong,
  legacyMoney,
  optionalPhone,
  optionalText,
  pageFields,
  pageOf,
  requiredPhone,
  requiredText,
} from './format.js';
import { storeVo } from './operate.routes.js';

type Route<I> = ShimRoute<I, CmCaller> & { handle(call: ShimCall<CmCaller>, input: I): Promise<CmAnswer> };
const any = z.unknown();

const listInput = z.object({
  phone: optionalPhone.describe('fuzzy match'),
  startTime: legacyEpochMs.optional().describe('13-digit epoch ms'),
  endTime: legacyEpochMs.optional().describe('13-digit epoch ms'),
  ...pageFields,
});
type ListInput = z.output<typeof listInput>;

const filterOf = (input: ListInput & { keywords?: string }): RecordFilter => ({
  phoneContains: input.phone ?? null,
  keyword: input.keywords ?? null,
  from: input.startTime ?? null,
  to: input.endTime ?? null,
});

const pageAnswer = (input: ListInput, total: number) => ({ total, pageNum: input.pageNum, pageSize: input.pageSize });

const who = (m: CmRecordMemberFragment | null | undefined) => ({
  userId: m?.numericId ?? null,
  nickname: m?.nickname ?? m?.name ?? null,
  phone: m?.mobile ?? null,
});

/** 4.1 */
const recordList: Route<ListInput & { keywords?: string }> = {
  path: '/v3/turnover/record_list',
  summary: '4.1 Recharge records with totals.',
  input: listInput.extend({ keywords: optionalText.describe('phone or nickname') }),
  output: any,
  async handle(call, input) {
    const { rechargeRecords: r } = await call.run(CmRechargeRecordsDocument, { filter: filterOf(input), page: pageOf(input) });
    return {
      data: {
        totalChargeMoney: legacyMoney(r.totalAmount),
        totalSendMoney: legacyMoney(r.totalBonus),
        chargeReVo: r.items.map((x) => ({
          id: x.numericId,
          membershipCardId: x.card?.template?.numericId ?? null,
          title: x.card?.template?.title ?? null,
          cardNo: x.card ? legacyLong(x.card.cardNo) : null,
          ...who(x.member),
          memberEventId: x.event?.numericId ?? null,
          eventName: x.event?.title ?? null,
          rechargeMoney: legacyMoney(x.amount),
          sendMoney: legacyMoney(x.bonus),
          type: channelNo(x.channel),
          storeId: x.store?.numericId ?? null,
          storeName: x.store?.name ?? null,
          explain: x.note ?? '余额充值',
          created: isoTime(x.createdAt),
          orderNo: legacyLong(x.orderNo),
          image: x.proofImageUrl,
        })),
      },
      page: pageAnswer(input, r.totalItems),
    };
  },
};

/** 4.2 */
const expenseList: Route<ListInput> = {
  path: '/v3/turnover/expense_list',
  summary: '4.2 Spend records with their total.',
  input: listInput,
  output: any,
  async handle(call, input) {
    const { spendRecords: r } = await call.run(CmSpendRecordsDocument, { filter: filterOf(input), page: pageOf(input) });
    return {
      data: {
        totalExpenseMoney: legacyMoney(r.totalAmount),
        expenseReVo: r.items.map((x) => ({
          id: x.numericId,
          membershipCardId: x.card?.template?.numericId ?? null,
          title: x.card?.template?.title ?? null,
          cardNo: x.card ? legacyLong(x.card.cardNo) : null,
          ...who(x.member),
          expenseMoney: legacyMoney(x.amount),
          type: channelNo(x.channel),
          storeId: x.store?.numericId ?? null,
          storeName: x.store?.name ?? null,
          explain: x.note ?? '线下消费',
          created: isoTime(x.createdAt),
          orderNo: legacyLong(x.orderNo),
        })),
      },
      page: pageAnswer(input, r.totalItems),
    };
  },
};

/** 4.3 */
const refundList: Route<ListInput> = {
  path: '/v3/turnover/refund_list',
  summary: '4.3 Refund records.',
  input: listInput,
  output: any,
  async handle(call, input) {
    const { refundRecords: r } = await call.run(CmRefundRecordsDocument, { filter: filterOf(input), page: pageOf(input) });
    return {
      data: r.items.map((x) => ({
        id: x.numericId,
        membershipCardId: x.card?.template?.numericId ?? null,
        title: x.card?.template?.title ?? null,
        cardNo: x.card ? legacyLong(x.card.cardNo) : null,
        ...who(x.member),
        money: legacyMoney(x.amount),
        storeName: x.store?.name ?? null,
        explain: x.note ?? (x.kind === 'SPEND' ? '消费回退' : '充值退款'),
        created: isoTime(x.createdAt),
      })),
      page: pageAnswer(input, r.totalItems),
    };
  },
};

/** 4.4 */
const userCard: Route<{ phone?: string; pageNum: number; pageSize: number }> = {
  path: '/v3/userCard/user_card',
  summary: '4.4 Members by phone (fuzzy).',
  input: z.object({ phone: optionalPhone, ...pageFields }),
  output: any,
  async handle(call, input) {
    const { members } = await call.run(CmMembersDocument, {
      filter: input.phone ? { mobileContains: input.phone } : null,
      page: pageOf(input),
    });
    return {
      data: members.items.map((m) => ({
        userId: m.numericId,
        phone: m.mobile,
        nickname: m.nickname ?? m.name,
        avatar: m.avatarUrl,
      })),
      page: { total: members.totalItems, pageNum: input.pageNum, pageSize: input.pageSize },
    };
  },
};

/** 4.5 */
const userCardDetail: Route<{ userId: string }> = {
  path: '/v3/userCard/user_card_detail',
  summary: '4.5 A member’s cards with balance, and for activity cards capital, bonus and each recharge.',
  input: z.object({ userId: legacyId }),
  output: any,
  async handle(call, input) {
    const { member, memberCards } = await call.run(CmMemberCardsDocument, { memberId: input.userId });
    if (!member) throw new ShimError(ErrorCode.MEMBER_NOT_FOUND, `No member ${input.userId}.`);
    return {
      data: memberCards.map((c) => {
        const activity = c.template?.type === 'ACTIVITY';
        return {
          userId: member.numericId,
          phone: member.mobile,
          nickname: member.nickname ?? member.name,
          avatar: member.avatarUrl,
          cardId: c.template?.numericId ?? null,
          title: c.template?.title ?? null,
          cardNo: legacyLong(c.cardNo),
          balance: legacyMoney(c.balance),
          type: c.template ? cardTypeNo(c.template.type) : null,
          capital: activity ? legacyMoney(c.capital) : null,
          send: activity ? legacyMoney(c.bonus) : null,
          created: isoTime(c.createdAt),
          eventCards: activity
            ? c.activityRecharges.map((r) => ({
                storeMemberEventId: r.numericId,
                capitalBalance: legacyMoney(r.capitalRemaining),
                sendBalance: legacyMoney(r.bonusRemaining),
                status: r.activityStatus ? activityStatusNo(r.activityStatus) : null,
              }))
            : null,
        };
      }),
    };
  },
};

/** The card as 6.1 (scan) and 8.3 (card detail) show it. */
function cardDetail(c: CmCardDetailFragment, timeZone: string, qrcodeType: number | null) {
  const m = c.member;
  return {
    id: c.numericId,
    membershipCardId: c.template?.numericId ?? null,
    userId: m?.numericId ?? null,
    qrcodeType,
    phone: m?.mobile ?? null,
    balance: legacyMoney(c.balance),
    created: legacyDateTime(c.createdAt, timeZone),
    cardNo: legacyLong(c.cardNo),
    title: c.template?.title ?? null,
    summary: c.template?.summary ?? null,
    colour: c.template?.colour ?? null,
    logo: c.template?.logoUrl ?? null,
    type: c.template ? cardTypeNo(c.template.type) : null,
    storeIds: c.template?.stores.length ? idList(c.template.stores) : null,
    grade: m?.grade?.name ?? null,
    summaryGrade: m?.grade ? String(m.grade.level) : null,
    capital: legacyMoney(c.capital),
    send: legacyMoney(c.bonus),
    code: null,
    avatar: m?.avatarUrl ?? null,
    nickname: m?.nickname ?? m?.name ?? null,
  };
}

function couponDetail(k: CmCouponFragment, timeZone: string) {
  const stores = k.template?.stores ?? [];
  return {
    num: legacyLong(k.code),
    qrcodeType: 2,
    couponId: k.template?.numericId ?? null,
    userId: k.member?.numericId ?? null,
    // Each coupon here is one unit with its own code.
    quantity: 1,
    code: '',
    created: legacyDateTime(k.createdAt, timeZone),
    title: k.template?.title ?? null,
    summary: k.template?.summary ?? null,
    logo: k.template?.logoUrl ?? null,
    storeIds: stores.length ? idList(stores) : null,
    date: `${k.validUntil} 00:00:00`,
    storeName: stores.map((s) => `${s.name}/`).join(''),
    status: k.status === 'UNUSED' ? null : k.status,
  };
}

/** 6.1 */
const scan: Route<{ qrcode: string }> = {
  path: '/tool/scan',
  summary: '6.1 What a QR code or a printed card number / coupon code names.',
  input: z.object({ qrcode: requiredText('the QR content') }),
  output: any,
  async handle(call, input) {
    const { merchant, scanQrCode } = await call.run(CmScanDocument, { content: input.qrcode });
    const found = unwrapPayload(scanQrCode);
    if (found.card) return { data: cardDetail(found.card, merchant.timeZone, 1) };
    if (found.coupon) return { data: couponDetail(found.coupon, merchant.timeZone) };
    throw new ShimError(ErrorCode.QR_INVALID, 'This QR code is not valid here.');
  },
};

/** 6.2 */
const couponUse: Route<{ num: string }> = {
  path: '/v3/coupon/use',
  summary: '6.2 Redeem a coupon by its number, once.',
  transaction: 'operation',
  input: z.object({
    num: z
      .union([z.number().int(), z.string().trim()], {
        error: (i) => (i.input === undefined ? 'is required' : 'must be a coupon number'),
      })
      .transform((v) => String(v))
      .pipe(z.string().regex(/^\d{1,20}$/, 'must be a coupon number')),
  }),
  output: any,
  async handle(call, input) {
    const { redeemCoupon } = await call.run(CmRedeemDocument, { input: { code: input.num } });
    const k = unwrapPayload(redeemCoupon).coupon!;
    const { merchant, viewer } = await call.run(CmRedeemerDocument, {});
    const store = viewer.staffUser?.stores.find((s) => s.id === k.redeemedStoreId);
    const stores = k.template?.stores ?? [];
    return {
      data: {
        id: null,
        num: legacyLong(k.code),
        couponId: k.template?.numericId ?? null,
        userId: k.member?.numericId ?? null,
        storeId: store?.numericId ?? null,
        detail: JSON.stringify({
          code: '',
          couponId: k.template?.numericId ?? null,
          created: epochMs(k.createdAt),
          // The last valid day's start in the merchant's zone, as 6.1 shows it (`2020-02-29 00:00:00`
          // is 1582905600000 in the document's own example).
          date: epochMs(parseLegacyDateTime(`${k.validUntil} 00:00:00`, merchant.timeZone)),
          logo: k.template?.logoUrl ?? null,
          num: Number(k.code),
          quantity: 1,
          storeIds: stores.length ? idList(stores) : null,
          summary: k.template?.summary ?? null,
          title: k.template?.title ?? null,
          userId: k.member?.numericId ?? null,
        }),
        adminId: viewer.staffUser?.numericId ?? null,
        quantity: 1,
        created: null,
        nickname: null,
        phone: null,
        storeName: null,
        title: null,
      },
    };
  },
};

/** 7.1 */
const forUser: Route<{ phone: string; couponId: string; quantity: number }> = {
  path: '/v3/coupon/forUser',
  summary: '7.1 Gift coupons to a member by phone.',
  transaction: 'operation',
  input: z.object({
    phone: requiredPhone,
    couponId: legacyId,
    quantity: legacyInt.refine((v) => v >= 1 && v <= 100, 'must be between 1 and 100'),
  }),
  output: any,
  async handle(call, input) {
    const { giftCoupons } = await call.run(CmGiftDocument, {
      input: { phone: input.phone, couponTemplateId: input.couponId, quantity: input.quantity },
    });
    unwrapPayload(giftCoupons);
    return { msg: '赠送成功' };
  },
};

/** 7.2 */
const xcxList: Route<object> = {
  path: '/v3/coupon/xcx_list',
  summary: '7.2 The coupons that can be gifted.',
  input: z.object({}),
  output: any,
  async handle(call) {
    const { merchant, couponTemplates } = await call.run(CmCouponTemplatesDocument, {});
    return {
      data: couponTemplates.map((t) => ({
        id: t.numericId,
        title: t.title,
        summary: t.summary,
        logo: t.logoUrl,
        storeIds: t.stores.length ? idList(t.stores) : null,
        adminId: null,
        type: 1,
        status: 1,
        date: `${t.validUntil} 00:00:00`,
        updated: legacyDateTime(t.createdAt, merchant.timeZone),
        created: legacyDateTime(t.createdAt, merchant.timeZone),
        storeVos: t.stores.map(storeVo),
      })),
    };
  },
};

const cardOf = z.object({ userId: legacyId, cardId: legacyId });

async function requireCardDetail(call: ShimCall<CmCaller>, input: { userId: string; cardId: string }) {
  const found = await call.run(CmCardDetailDocument, { memberId: input.userId, cardTemplateId: input.cardId });
  if (!found.memberCard) throw new ShimError(ErrorCode.CARD_NOT_FOUND, `Member ${input.userId} holds no card ${input.cardId}.`);
  return { card: found.memberCard, timeZone: found.merchant.timeZone };
}

/** 8.1 */
const invoiceList: Route<{ userId: string; cardId: string }> = {
  path: '/v3/invoice/list',
  summary: '8.1 A card’s invoices, with recharged, invoiced and still invoiceable amounts.',
  input: cardOf,
  output: any,
  async handle(call, input) {
    const { card, timeZone } = await requireCardDetail(call, input);
    return {
      data: {
        totalCharge: legacyMoney(card.totalCapitalRecharged),
        totalInvoice: legacyMoney(card.totalInvoiced),
        amount: legacyMoney(card.invoiceable),
        invoiceVos: card.invoices.map((i) => ({
          id: i.numericId,
          amount: legacyMoney(i.amount),
          summary: i.note ?? '',
          storeId: i.store?.numericId ?? null,
          storeName: i.store?.name ?? null,
          created: legacyDateTime(i.createdAt, timeZone),
          image: i.imageUrl,
        })),
      },
    };
  },
};

/** 8.2 */
const invoiceAdd: Route<{ userId: string; cardId: string; amount: string; image: string }> = {
  path: '/v3/invoice/add',
  summary: '8.2 Record an invoice against a card’s invoiceable amount.',
  transaction: 'operation',
  input: cardOf.extend({ amount: legacyAmount, image: requiredText('the invoice image URL') }),
  output: any,
  async handle(call, input) {
    const { addInvoice } = await call.run(CmAddInvoiceDocument, {
      input: { memberId: input.userId, cardTemplateId: input.cardId, amount: input.amount, imageUrl: input.image },
    });
    unwrapPayload(addInvoice);
    return { msg: '添加成功' };
  },
};

/** 8.3 */
const cardDetailRoute: Route<{ userId: string; cardId: string }> = {
  path: '/v3/card/card_detail',
  summary: '8.3 A member’s card; `balance` is what can still be invoiced.',
  input: cardOf,
  output: any,
  async handle(call, input) {
    const { card, timeZone } = await requireCardDetail(call, input);
    return {
      data: {
        ...cardDetail(card, timeZone, null),
        balance: legacyMoney(card.invoiceable),
        capital: null,
        send: null,
        storeName: card.openStore?.name ?? null,
      },
    };
  },
};

/** 8.4 */
const invoiceAll: Route<ListInput> = {
  path: '/v3/invoice/all_list',
  summary: '8.4 Every invoice, by phone and time.',
  input: listInput,
  output: any,
  async handle(call, input) {
    const { merchant, invoices } = await call.run(CmInvoicesDocument, { filter: filterOf(input), page: pageOf(input) });
    return {
      data: invoices.items.map((i) => ({
        id: i.numericId,
        amount: legacyMoney(i.amount),
        summary: i.note ?? '',
        storeId: i.store?.numericId ?? null,
        storeName: i.store?.name ?? null,
        created: legacyDateTime(i.createdAt, merchant.timeZone),
        image: i.imageUrl,
        // 8.4's example orders these userId, phone, nickname (4.1-4.3 write nickname before phone).
        userId: i.member?.numericId ?? null,
        phone: i.member?.mobile ?? null,
        nickname: i.member?.nickname ?? i.member?.name ?? null,
      })),
      page: pageAnswer(input, invoices.totalItems),
    };
  },
};

export const queryRoutes = [
  recordList,
  expenseList,
  refundList,
  userCard,
  userCardDetail,
  scan,
  couponUse,
  forUser,
  xcxList,
  invoiceList,
  invoiceAdd,
  cardDetailRoute,
  invoiceAll,
];
