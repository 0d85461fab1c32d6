import { Webhook } from 'standardwebhooks';
import type { EntityManager } from '../db/orm.js';
import { EventType, SubscriptionFormat } from '../domain/event.enums.js';
import { OPERATION_TYPE_LEGACY, type PointsOperationType } from '../domain/loyalty-codes.js';
import { legacyDateTime } from '../shims/common/legacy-format.js';
import { rsaSignBase64 } from '../shims/common/signing.js';
import { erpSignature } from '../shims/erp-member-points/dialect.js';
import { requestSigningString } from '../shims/partner-openapi/dialect.js';
import type { OutboundRequest, OutboundResponse } from './outbound-http.js';

/**
 * How each subscription format turns one event into one HTTP request, and reads the answer
 * (docs/events.md). The signing code is the shims' own (shims/common/signing.ts, the partner and
 * ERP dialects): a receiver verifies our callbacks exactly as we verify its requests.
 * @module
 */

/** An outbox row as delivery reads it. */
export interface StoredEvent {
  id: string;
  type: EventType;
  merchantId: string;
  memberId: string | null;
  sequence: number;
  createdAt: Date;
  payload: Record<string, unknown>;
}

/** The `data` of member events (services/outbox.ts memberSnapshot / channelSnapshot). */
interface MemberData {
  id: string;
  mobile: string | null;
  name: string | null;
  nickname: string | null;
  sex: string;
  birthday: string | null;
  email: string | null;
  idCardNumber: string | null;
  avatarUrl: string | null;
  registeredAt: string;
  registerStoreId: string | null;
  referrerId: string | null;
}
interface ChannelData {
  channelCode: string;
  openid: string;
  channelId: string | null;
  unionId: string | null;
  cardCode: string | null;
  cardId: string | null;
  registerType: number | null;
  registerStoreId: string | null;
  boundAt: string;
}
/** The `data` of points.changed (services/outbox.ts ledgerEventCte). */
interface LedgerData {
  memberId: string;
  mobile: string | null;
  entryId: string;
  direction: 'ADD' | 'DEDUCT';
  amount: string;
  balance: { current: string; totalEarned: string; used: string };
  operationType: string | null;
  description: string | null;
  remark: string | null;
  orderId: string | null;
}
const memberOf = (event: StoredEvent) => event.payload.member as MemberData;
const ledgerOf = (event: StoredEvent) => event.payload as unknown as LedgerData;

/** A subscription as delivery needs it, its secret already opened. */
export interface DeliveryTarget {
  id: string;
  url: string;
  format: SubscriptionFormat;
  secret: string | null;
  appId: string | null;
  partnerId: string | null;
}

/** What a format may read while building a request: the merchant-scoped EntityManager, the merchant's key and zone. */
export interface FormatTools {
  em: EntityManager;
  timeZone: string;
  signingKeyPem: () => Promise<string>;
}

export type Built = { request: OutboundRequest } | { skip: string };

export type Verdict = { ok: true; answer?: Record<string, unknown> } | { ok: false; error: string };

/** The public JSON of an event (Standard Webhooks format), documented in docs/events.md. */
export function eventJson(event: StoredEvent): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    merchantId: event.merchantId,
    memberId: event.memberId,
    sequence: event.sequence,
    data: event.payload,
  };
}

const ok2xx = (response: OutboundResponse) => response.status >= 200 && response.status < 300;
const snippet = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function storeCode(em: EntityManager, storeId: string | null | undefined): Promise<string> {
  if (!storeId) return '';
  const [row] = await em.execute<{ code: string }[]>('select code from store where id = ?', [storeId]);
  return row?.code ?? '';
}

const httpFailure = (response: OutboundResponse): Verdict => ({
  ok: false,
  error: `HTTP ${response.status}${response.body ? `: ${snippet(response.body)}` : ''}`,
});

/** Standard Webhooks: the event JSON, signed with the subscription's `whsec_` secret. */
const standardWebhooks = {
  build(event: StoredEvent, target: DeliveryTarget): Built {
    const body = JSON.stringify(eventJson(event));
    const timestamp = new Date();
    const signature = new Webhook(target.secret!).sign(event.id, timestamp, body);
    return {
      request: {
        url: target.url,
        body,
        headers: {
          'webhook-id': event.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
      },
    };
  },
  judge: (response: OutboundResponse): Verdict => (ok2xx(response) ? { ok: true } : httpFailure(response)),
};

const SEX_FLAG = { UNKNOWN: '0', MALE: '1', FEMALE: '2' } as Record<string, string>;

/** partner-openapi 1.4: the member's fields as the callback's requestBody names them. */
async function partnerMemberBody(
  event: StoredEvent,
  target: DeliveryTarget,
  tools: FormatTools,
): Promise<Record<string, unknown>> {
  const member = memberOf(event);
  const registerStoreCode = await storeCode(tools.em, member.registerStoreId);
  const channels = (event.payload.channels ?? []) as ChannelData[];
  return {
    birthday: member.birthday ?? '',
    email: member.email ?? '',
    idCard: member.idCardNumber ?? '',
    memberChannels: await Promise.all(
      channels.map(async (c) => ({
        cardCode: c.cardCode ?? '',
        cardId: c.cardId ?? '',
        channelCode: c.channelCode,
        channelId: c.channelId ?? '',
        createTime: legacyDateTime(c.boundAt, tools.timeZone),
        memberId: member.id,
        partnerId: target.partnerId ?? '',
        registerStoreCode: c.registerStoreId ? await storeCode(tools.em, c.registerStoreId) : registerStoreCode,
        registerType: c.registerType == null ? '' : String(c.registerType),
        thirdPartyCode: c.openid,
        unionId: c.unionId ?? '',
        updateTime: legacyDateTime(c.boundAt, tools.timeZone),
      })),
    ),
    memberId: member.id,
    memberName: member.name ?? '',
    mobile: member.mobile ?? '',
    nickName: member.nickname ?? '',
    photoUrl: member.avatarUrl ?? '',
    registerStoreCode,
    registerTime: legacyDateTime(member.registeredAt, tools.timeZone),
    sexFlag: SEX_FLAG[member.sex] ?? '0',
  };
}

/** partner-openapi 1.5: one points change. Numbers as strings, as the document's example sends them. */
function partnerPointsBody(event: StoredEvent): Record<string, unknown> {
  const p = ledgerOf(event);
  const operation = p.operationType ? OPERATION_TYPE_LEGACY[p.operationType as PointsOperationType] : undefined;
  return {
    changeScore: String(Number(p.amount)),
    currentScore: String(Number(p.balance.current)),
    changeType: p.direction === 'ADD' ? '1' : '2',
    operationType: operation ? String(operation.code) : '',
    memberId: p.memberId,
    mobile: p.mobile ?? '',
    transNo: p.entryId,
  };
}

/**
 * partner-openapi callbacks (1.4 member registered, 1.5 points changed) in the contract's request
 * envelope, signed with the merchant's RSA key over the same canonical string partners sign their
 * requests with (POST, the callback URL's path, the envelope fields but `sign`).
 */
const partnerOpenapi = {
  async build(event: StoredEvent, target: DeliveryTarget, tools: FormatTools): Promise<Built> {
    const inner =
      event.type === EventType.MEMBER_REGISTERED
        ? await partnerMemberBody(event, target, tools)
        : event.type === EventType.POINTS_CHANGED
          ? partnerPointsBody(event)
          : event.type === EventType.SUBSCRIPTION_TEST
            ? { test: true, eventId: event.id }
            : null;
    if (!inner) return { skip: `partner-openapi has no callback for ${event.type}` };
    const envelope = {
      appId: target.appId ?? '',
      partnerId: target.partnerId ?? '',
      requestBody: JSON.stringify(inner),
      ver: '1',
    };
    const sign = rsaSignBase64(await tools.signingKeyPem(), requestSigningString(new URL(target.url).pathname, envelope));
    return {
      request: {
        url: target.url,
        body: JSON.stringify({ ...envelope, sign }),
        headers: { 'x-event-id': event.id, 'x-event-type': event.type },
      },
    };
  },
  judge(response: OutboundResponse): Verdict {
    if (!ok2xx(response)) return httpFailure(response);
    // 1.4 documents no answer; 1.5 answers {statusCode: "100"}. An answer with another statusCode refuses.
    const answer = parseJson(response.body);
    if (answer && answer.statusCode !== undefined && String(answer.statusCode) !== '100') {
      return { ok: false, error: `statusCode ${String(answer.statusCode)}: ${String(answer.message ?? '')}` };
    }
    return { ok: true };
  },
};

/**
 * erp-member-points push: the contract's request body to the merchant's ERP. The member's mobile,
 * store, name and referrer's code for member events; the points fields for points events.
 */
const erpMemberPoints = {
  async build(event: StoredEvent, target: DeliveryTarget, tools: FormatTools): Promise<Built> {
    let body: Record<string, unknown>;
    if (event.type === EventType.POINTS_CHANGED) {
      const p = ledgerOf(event);
      if (!p.mobile) return { skip: 'the member has no mobile, which the ERP matches by' };
      const signed = p.direction === 'ADD' ? Number(p.amount) : -Number(p.amount);
      body = {
        mobile: p.mobile,
        pointsChanges: signed,
        pointsDesc: p.description ?? '',
        pointsRemaining: Number(p.balance.current),
        pointsUsed: Number(p.balance.used),
        remark: [p.remark, p.orderId ? `订单号：${p.orderId}` : null].filter(Boolean).join('，'),
      };
    } else if (event.type === EventType.MEMBER_REGISTERED || event.type === EventType.MEMBER_UPDATED) {
      const m = memberOf(event);
      if (!m.mobile) return { skip: 'the member has no mobile, which the ERP matches by' };
      const [referrer] = m.referrerId
        ? await tools.em.execute<{ code: string }[]>('select code from member where id = ?', [m.referrerId])
        : [];
      body = {
        mobile: m.mobile,
        storeNumber: await storeCode(tools.em, m.registerStoreId),
        name: m.name ?? '',
        ...(referrer ? { inviteCode: referrer.code } : {}),
      };
    } else if (event.type === EventType.SUBSCRIPTION_TEST) {
      body = { mobile: '', test: true, eventId: event.id };
    } else {
      return { skip: `erp-member-points has no push for ${event.type}` };
    }
    const text = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    return {
      request: {
        url: target.url,
        body: text,
        headers: {
          'x-app-id': target.appId ?? event.merchantId,
          'x-event-id': event.id,
          ...(target.secret ? { 'x-timestamp': timestamp, 'x-signature': erpSignature(target.secret, timestamp, text) } : {}),
        },
      },
    };
  },
  judge(response: OutboundResponse): Verdict {
    if (!ok2xx(response)) return httpFailure(response);
    const answer = parseJson(response.body);
    if (!answer) return { ok: false, error: `The ERP's answer is not a JSON object: ${snippet(response.body)}` };
    if (String(answer.code) !== '10000') {
      return { ok: false, error: `The ERP answered code ${String(answer.code)}: ${String(answer.msg ?? '')}` };
    }
    const data = answer.data;
    return {
      ok: true,
      answer: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    };
  },
};

export const FORMATS = {
  [SubscriptionFormat.STANDARD_WEBHOOKS]: {
    build: async (event: StoredEvent, target: DeliveryTarget) => standardWebhooks.build(event, target),
    judge: standardWebhooks.judge,
  },
  [SubscriptionFormat.PARTNER_OPENAPI]: partnerOpenapi,
  [SubscriptionFormat.ERP_MEMBER_POINTS]: erpMemberPoints,
} satisfies Record<
  SubscriptionFormat,
  {
    build(event: StoredEvent, target: DeliveryTarget, tools: FormatTools): Promise<Built>;
    judge(response: OutboundResponse): Verdict;
  }
>;
