import { z } from 'zod';
import {
  CmCardTemplatesDocument,
  CmCashbackDocument,
  CmEventDocument,
  CmEventsDocument,
  CmLoginDocument,
  CmOpenCardDocument,
  CmRechargeDocument,
  CmRefundRechargeDocument,
  CmRefundSpendDocument,
  CmSendSmsCodeDocument,
  CmSpendDocument,
  CmStoresDocument,
  CmViewerDocument,
  type CmEventFragment,
  type CmStoreFragment,
} from '../../generated/graphql.js';
import { legacyAmount, legacyInt } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import { ErrorCode } from '../../errors/error-code.js';
import type { ShimRoute } from '../common/shim-router.js';
import type { CmAnswer, CmCaller } from './dialect.js';
import {
  cardTypeNo,
  eventStatusNo,
  eventTypeNo,
  idList,
  isoTime,
  legacyDateTime,
  legacyId,
  legacyMoney,
  optionalText,
  requiredPhone,
  requiredText,
} from './format.js';

type Route<I> = ShimRoute<I, CmCaller> & {
  handle(call: Parameters<ShimRoute<I, CmCaller>['handle']>[0], input: I): Promise<CmAnswer>;
};

const md5Hex = z
  .union([z.string(), z.number()], { error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, 'is required').max(200, 'is too long'));

const any = z.unknown();

export const storeVo = (s: CmStoreFragment) => ({
  id: s.numericId,
  name: s.name,
  address: s.address,
  area: s.area,
  phone: s.phone,
  linkman: s.contact,
});

/** A recharge event as 3.2's eventVos and 3.4 list it. */
export const eventVo = (e: CmEventFragment) => ({
  id: e.numericId,
  title: e.title,
  summary: e.summary,
  rechargeMoney: legacyMoney(e.rechargeAmount),
  sendMoney: legacyMoney(e.bonusAmount),
  targetId: e.couponTemplate?.numericId ?? null,
  adminId: null,
  type: eventTypeNo(e.type),
  status: eventStatusNo(e.status),
  created: isoTime(e.createdAt),
  targetName: e.couponTemplate?.title ?? null,
});

/** 2.1 */
const login: Route<{ username: string; password: string }> = {
  path: '/user/login',
  summary: '2.1 Log in with username and MD5-hex password; answers the token.',
  public: true,
  // A failed login must count towards the lockout although the route answers an error.
  transaction: 'operation',
  input: z.object({
    username: requiredText('a username'),
    password: md5Hex,
    // Required, as the document marks it (是); its value (1, the app) is not used.
    client: legacyInt.describe('1 (the management app); required, not used'),
  }),
  output: z.string().describe('The token: send it as `token` on every other route.'),
  async handle(call, input) {
    const { staffLogin } = await call.run(CmLoginDocument, {
      input: { merchantId: call.caller.merchantId, username: input.username, password: input.password },
    });
    return { data: unwrapPayload(staffLogin).token };
  },
};

/** 2.2 */
const info: Route<object> = {
  path: '/user/info',
  summary: '2.2 The logged-in staff user, menus and permissions.',
  input: z.object({}),
  output: any,
  async handle(call) {
    const { viewer } = await call.run(CmViewerDocument, {});
    const user = viewer.staffUser;
    if (!user) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'Log in first: send the token.');
    return {
      data: {
        sysAdmin: {
          id: user.numericId,
          username: user.username,
          // The document shows the stored password hash; it is never given out.
          password: null,
          active: user.active ? 1 : 0,
          avatar: user.avatarUrl,
          realName: user.realName,
          phone: user.phone,
          idNumber: null,
          gender: null,
          email: user.email,
          qq: null,
          wechat: null,
          created: isoTime(user.createdAt),
          updated: null,
          createAdminId: null,
          updateAdminId: null,
          createIp: null,
          loginCount: user.loginCount,
          lastLoginTime: isoTime(user.lastLoginAt),
          lastLoginIp: user.lastLoginIp,
        },
        menus: user.role?.menus ?? [],
        permissions: viewer.permissions,
        permissionList: null,
        roleId: user.role?.numericId ?? null,
      },
    };
  },
};

/** 3.1 */
const storeList: Route<object> = {
  path: '/v3/store/list',
  summary: '3.1 The merchant’s stores.',
  input: z.object({}),
  output: any,
  async handle(call) {
    const { merchant, stores } = await call.run(CmStoresDocument, {});
    return {
      data: stores.map((s) => ({
        id: s.numericId,
        merchantId: merchant.numericId,
        name: s.name,
        address: s.address,
        phone: s.phone,
        area: s.area,
        linkman: s.contact,
        adminId: null,
        merchantName: merchant.name,
        password: null,
        created: isoTime(s.createdAt),
        updated: isoTime(s.createdAt),
      })),
      // One page holding every store, as the example's paging fields say.
      page: { total: stores.length, pageNum: 1, pageSize: Math.max(14, stores.length) },
    };
  },
};

/** 3.2 */
const storeCard: Route<object> = {
  path: '/v3/card/store_card',
  summary: '3.2 Card templates offered (for opening cards), with their stores and recharge events.',
  input: z.object({ type: legacyInt.optional().describe('1: no paging (the only mode)') }),
  output: any,
  async handle(call) {
    const { cardTemplates } = await call.run(CmCardTemplatesDocument, {});
    return {
      data: cardTemplates.map((t) => ({
        id: t.numericId,
        cardNo: null,
        title: t.title,
        colour: t.colour,
        logo: t.logoUrl,
        storeIds: t.stores.length ? idList(t.stores) : null,
        eventIds: t.rechargeEvents.length ? idList(t.rechargeEvents) : null,
        adminId: null,
        type: cardTypeNo(t.type),
        created: isoTime(t.createdAt),
        summary: t.summary,
        detail: t.detail,
        storeVos: t.stores.map(storeVo),
        eventVos: t.rechargeEvents.map(eventVo),
      })),
    };
  },
};

/** 3.3 */
const openCard: Route<{ phone: string; membershipCardId: string; password?: string }> = {
  path: '/v3/userCard/add',
  summary: '3.3 Open a card of a template for a phone (the member is registered when new).',
  transaction: 'operation',
  input: z.object({
    phone: requiredPhone,
    membershipCardId: legacyId,
    password: optionalText.describe('MD5 hex; default: the last 6 digits of the phone'),
  }),
  output: any,
  async handle(call, input) {
    const { openMemberCard } = await call.run(CmOpenCardDocument, {
      input: { phone: input.phone, cardTemplateId: input.membershipCardId, password: input.password ?? null },
    });
    unwrapPayload(openMemberCard);
    return { msg: '开卡成功' };
  },
};

/** 3.4 */
const allEvents: Route<{ cardId: string }> = {
  path: '/v3/cardEvent/all_event',
  summary: '3.4 The recharge events of a card template.',
  input: z.object({ cardId: legacyId }),
  output: any,
  async handle(call, input) {
    const { cardTemplate, rechargeEvents } = await call.run(CmEventsDocument, { cardTemplateId: input.cardId });
    if (!cardTemplate) throw new ShimError(ErrorCode.CARD_TEMPLATE_NOT_FOUND, `No card ${input.cardId}.`);
    return { data: rechargeEvents.map(eventVo) };
  },
};

/** The request id a client may add to 3.5 / 3.6 (a field or the Idempotency-Key header is read by the route). */
const requestId = optionalText.describe(
  'Optional: the same id again returns the first result and charges nothing (also the Idempotency-Key header).',
);

/** 3.5 */
const charge: Route<{
  phone: string;
  cardId: string;
  recharge: string;
  send: string;
  eventId?: string;
  image: string;
  requestId?: string;
}> = {
  path: '/v3/userCard/charge',
  summary: '3.5 Recharge a member’s card (with a recharge event: its amounts).',
  transaction: 'operation',
  input: z.object({
    phone: requiredPhone,
    cardId: legacyId,
    recharge: legacyAmount,
    send: legacyAmount,
    eventId: legacyId.optional(),
    image: requiredText('the payment proof image URL'),
    requestId,
  }),
  output: any,
  async handle(call, input) {
    const { rechargeCard } = await call.run(CmRechargeDocument, {
      input: {
        phone: input.phone,
        cardTemplateId: input.cardId,
        amount: input.recharge,
        bonus: input.send,
        eventId: input.eventId ?? null,
        proofImageUrl: input.image,
        idempotencyKey: input.requestId ? `card-manage:${input.requestId}` : null,
        repeatGuardSeconds: input.requestId ? null : call.caller.repeatWindowSeconds,
      },
    });
    unwrapPayload(rechargeCard);
    return { msg: '充值成功' };
  },
};

/** 3.6 */
const expense: Route<{ phone: string; cardId: string; expense: string; password: string; requestId?: string }> = {
  path: '/v3/userCard/expense',
  summary: '3.6 Spend from a member’s card with its password.',
  // A wrong PIN must count towards the card's lock although the route answers an error.
  transaction: 'operation',
  input: z.object({ phone: requiredPhone, cardId: legacyId, expense: legacyAmount, password: md5Hex, requestId }),
  output: any,
  async handle(call, input) {
    const { spendFromCard } = await call.run(CmSpendDocument, {
      input: {
        phone: input.phone,
        cardTemplateId: input.cardId,
        amount: input.expense,
        password: input.password,
        idempotencyKey: input.requestId ? `card-manage:${input.requestId}` : null,
        repeatGuardSeconds: input.requestId ? null : call.caller.repeatWindowSeconds,
      },
    });
    unwrapPayload(spendFromCard);
    return { msg: '成功' };
  },
};

const orderNo = z
  .union([z.number().int(), z.string().trim()], {
    error: (i) => (i.input === undefined ? 'is required' : 'must be an order number'),
  })
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d{1,20}$/, 'must be an order number'));
const smsCode = requiredText('the SMS code');

/** 3.7 */
const refund: Route<{ orderNo: string; code: string }> = {
  path: '/v3/turnover/refund',
  summary: '3.7 Refund a spend by its order number, with the SMS code (3.8).',
  // The SMS code's attempt is counted even when the refund fails.
  transaction: 'operation',
  input: z.object({ orderNo, code: smsCode }),
  output: any,
  async handle(call, input) {
    const { refundSpend } = await call.run(CmRefundSpendDocument, { input: { orderNo: input.orderNo, smsCode: input.code } });
    unwrapPayload(refundSpend);
    return { msg: '成功' };
  },
};

/** 3.8 */
const askCode: Route<object> = {
  path: '/ask/code',
  summary: '3.8 Send a refund confirmation code to the merchant’s SMS phone.',
  transaction: 'operation',
  input: z.object({}),
  output: any,
  async handle(call) {
    const { sendRefundSmsCode } = await call.run(CmSendSmsCodeDocument, {});
    unwrapPayload(sendRefundSmsCode);
    return { msg: '成功' };
  },
};

/** 3.9 */
const refundCharge: Route<{ orderNo: string; code: string }> = {
  path: '/v3/turnover/refund_charge',
  summary: '3.9 Refund what remains of a recharge, with the SMS code (3.8).',
  transaction: 'operation',
  input: z.object({ orderNo, code: smsCode }),
  output: any,
  async handle(call, input) {
    const { refundRecharge } = await call.run(CmRefundRechargeDocument, {
      input: { orderNo: input.orderNo, smsCode: input.code },
    });
    unwrapPayload(refundRecharge);
    return { msg: '成功' };
  },
};

/** 3.10 */
const eventDetail: Route<{ eventId: string }> = {
  path: '/v3/cardEvent/detail',
  summary: '3.10 One recharge event with its coupon.',
  input: z.object({ eventId: legacyId }),
  output: any,
  async handle(call, input) {
    const { merchant, rechargeEvent: e } = await call.run(CmEventDocument, { id: input.eventId });
    if (!e) throw new ShimError(ErrorCode.RECHARGE_EVENT_NOT_FOUND, `No event ${input.eventId}.`);
    return {
      data: {
        id: e.numericId,
        title: e.title,
        couponTitle: e.couponTemplate?.title ?? null,
        summary: e.summary,
        rechargeMoney: legacyMoney(e.rechargeAmount),
        sendMoney: legacyMoney(e.bonusAmount),
        targetId: e.couponTemplate?.numericId ?? null,
        adminId: null,
        type: eventTypeNo(e.type),
        status: eventStatusNo(e.status),
        updated: legacyDateTime(e.updatedAt, merchant.timeZone),
        created: legacyDateTime(e.createdAt, merchant.timeZone),
        scale: null,
        quantity: e.couponQuantity,
      },
    };
  },
};

/** 4.6 */
const cardStatus: Route<{ storeMemberEventId: string }> = {
  path: '/v3/userCard/card_status',
  summary: '4.6 Pay the cashback of an activity recharge whose money is all spent (status 3 → 5).',
  transaction: 'operation',
  input: z.object({ storeMemberEventId: legacyId }),
  output: any,
  async handle(call, input) {
    const { payActivityCashback } = await call.run(CmCashbackDocument, { rechargeId: input.storeMemberEventId });
    unwrapPayload(payActivityCashback);
    return { msg: '' };
  },
};

export const operateRoutes = [
  login,
  info,
  storeList,
  storeCard,
  openCard,
  allEvents,
  charge,
  expense,
  refund,
  askCode,
  refundCharge,
  eventDetail,
  cardStatus,
];
