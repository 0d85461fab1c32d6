/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Legacy 1 untouched, 2 partly spent, 3 all spent (cashback due), 5 cashback paid. */
export type ActivityStatus = 'CASHBACK_DUE' | 'CASHBACK_PAID' | 'IN_PROGRESS' | 'UNUSED';

export type AddInvoiceInput = {
  /** At most the card’s invoiceable amount. */
  amount: string;
  cardId?: string | number | null | undefined;
  cardNo?: string | null | undefined;
  cardTemplateId?: string | number | null | undefined;
  imageUrl?: string | null | undefined;
  memberId?: string | number | null | undefined;
  note?: string | null | undefined;
  phone?: string | null | undefined;
  storeId?: string | number | null | undefined;
};

/** Calendar unit of a period, cut in the merchant's time zone; weeks start on Monday. */
export type AggregatePeriod = 'DAY' | 'MONTH' | 'WEEK';

export type ApiKeyRole = 'ADMIN' | 'OPERATOR' | 'READONLY';

/** Legacy 1 app, 2 store. */
export type CardChannel = 'APP' | 'STORE';

/** Conditions on an enum value; every condition given must hold. */
export type CardChannelFilter = {
  eq?: CardChannel | null | undefined;
  /** One of these (at most 100). */
  in?: Array<CardChannel> | null | undefined;
  ne?: CardChannel | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<CardChannel> | null | undefined;
};

/** What stored-value totals are grouped by. */
export type CardMoneyDimension = 'STORE';

export type CardTemplateInput = {
  active?: boolean | null | undefined;
  /** #RRGGBB */
  colour?: string | null | undefined;
  detail?: string | null | undefined;
  /** Omit to create. */
  id?: string | number | null | undefined;
  logoUrl?: string | null | undefined;
  /** Stores where the card is valid; empty: all. Omit to keep. */
  storeIds?: Array<string | number> | null | undefined;
  summary?: string | null | undefined;
  title: string;
  type: CardType;
};

/** Legacy 1 platform card, 10 stored-value card, 11 activity card. */
export type CardType = 'ACTIVITY' | 'PLATFORM' | 'STORED_VALUE';

export type ChangeExperienceInput = {
  amount: string;
  businessType?: LedgerBusinessType | null | undefined;
  description?: string | null | undefined;
  direction: LedgerDirection;
  idempotencyKey?: string | null | undefined;
  memberId: string | number;
  operatorId?: string | null | undefined;
  operatorName?: string | null | undefined;
  remark?: string | null | undefined;
};

/** Give amount (points) or money (converted at the merchant rate), not both. */
export type ChangePointsInput = {
  activityCode?: string | null | undefined;
  /** Points to add or deduct, > 0. */
  amount?: string | null | undefined;
  businessType?: LedgerBusinessType | null | undefined;
  description?: string | null | undefined;
  direction: LedgerDirection;
  /** Retry-safety: a second command with this key returns the first result and writes nothing. Without it, no de-duplication. */
  idempotencyKey?: string | null | undefined;
  memberId: string | number;
  /** Money; points = money x moneyToPointsRate, cut to pointsScale. */
  money?: string | null | undefined;
  operationType: PointsOperationType;
  operatorId?: string | null | undefined;
  operatorName?: string | null | undefined;
  /** The order this change belongs to; returnOrderPoints reverses it. */
  orderId?: string | null | undefined;
  orgCode?: string | null | undefined;
  orgType?: OrgType | null | undefined;
  remark?: string | null | undefined;
  storeId?: string | number | null | undefined;
};

/** A channel identity to attach to a member. */
export type ChannelInput = {
  cardCode?: string | null | undefined;
  cardId?: string | null | undefined;
  channelCode: string;
  channelId?: string | null | undefined;
  openid: string;
  registerStoreId?: string | number | null | undefined;
  registerType?: number | null | undefined;
  unionId?: string | null | undefined;
};

/** The order id is the idempotency key: the same order, member and amount again returns the first result. */
export type ConsumePointsInput = {
  amount: string;
  description?: string | null | undefined;
  memberId: string | number;
  /** Defaults to POINTS_PAYMENT. */
  operationType?: PointsOperationType | null | undefined;
  orderId: string;
  remark?: string | null | undefined;
};

/** What coupon totals are grouped by. */
export type CouponDimension = 'SOURCE' | 'TEMPLATE';

export type CouponFilter = {
  couponTemplateId?: string | number | null | undefined;
  memberId?: string | number | null | undefined;
  /** The member's exact phone. */
  phone?: string | null | undefined;
  status?: CouponStatus | null | undefined;
};

export type CouponSource = 'GIFT' | 'RECHARGE';

/** Conditions on an enum value; every condition given must hold. */
export type CouponSourceFilter = {
  eq?: CouponSource | null | undefined;
  /** One of these (at most 100). */
  in?: Array<CouponSource> | null | undefined;
  ne?: CouponSource | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<CouponSource> | null | undefined;
};

export type CouponStatus = 'UNUSED' | 'USED' | 'VOID';

/** Conditions on an enum value; every condition given must hold. */
export type CouponStatusFilter = {
  eq?: CouponStatus | null | undefined;
  /** One of these (at most 100). */
  in?: Array<CouponStatus> | null | undefined;
  ne?: CouponStatus | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<CouponStatus> | null | undefined;
};

export type CouponTemplateInput = {
  /** Omit to create. */
  id?: string | number | null | undefined;
  logoUrl?: string | null | undefined;
  ruleText?: string | null | undefined;
  status?: CouponTemplateStatus | null | undefined;
  /** Stores where it can be redeemed; empty: all. Omit to keep. */
  storeIds?: Array<string | number> | null | undefined;
  summary?: string | null | undefined;
  title: string;
  type: CouponType;
  validFrom?: string | null | undefined;
  validUntil: string;
};

export type CouponTemplateStatus = 'ACTIVE' | 'DISABLED';

export type CouponType = 'CASH' | 'DISCOUNT' | 'GOODS';

/** Conditions on issued coupons; every condition given must hold. */
export type CouponWhere = {
  /** Every one of these holds ([] always holds). */
  and?: Array<CouponWhere> | null | undefined;
  /** The recharge that issued it. */
  cardRechargeId?: IdFilter | null | undefined;
  code?: StringFilter | null | undefined;
  couponTemplateId?: IdFilter | null | undefined;
  /** Issued at. */
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** The coupon's member matches this. */
  member?: MemberWhere | null | undefined;
  memberId?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: CouponWhere | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<CouponWhere> | null | undefined;
  redeemedAt?: DateTimeFilter | null | undefined;
  redeemedStoreId?: IdFilter | null | undefined;
  source?: CouponSourceFilter | null | undefined;
  status?: CouponStatusFilter | null | undefined;
  validFrom?: DateFilter | null | undefined;
  validUntil?: DateFilter | null | undefined;
};

export type CreateEventSubscriptionInput = {
  active?: boolean | null | undefined;
  /** PARTNER_OPENAPI: defaults to the merchant's partner-openapi app. */
  appId?: string | null | undefined;
  /** Omitted or empty: every type the format carries. */
  eventTypes?: Array<EventType> | null | undefined;
  format: SubscriptionFormat;
  name: string;
  partnerId?: string | null | undefined;
  /** STANDARD_WEBHOOKS: whsec_…; ERP_MEMBER_POINTS: the HMAC secret. Generated when omitted; not for PARTNER_OPENAPI. */
  secret?: string | null | undefined;
  /** An absolute http(s) URL. */
  url: string;
};

/** Create-only: an existing mobile, code or channel identity is a conflict. Neither a mobile nor a channel is required. */
export type CreateMemberInput = {
  address?: string | null | undefined;
  avatarUrl?: string | null | undefined;
  birthday?: string | null | undefined;
  channel?: ChannelInput | null | undefined;
  /** Generated when omitted. */
  code?: string | null | undefined;
  deliveryAddresses?: Array<DeliveryAddressInput> | null | undefined;
  dueAt?: Date | string | null | undefined;
  email?: string | null | undefined;
  idCardNumber?: string | null | undefined;
  labels?: Array<string> | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  referrerId?: string | number | null | undefined;
  registerStoreId?: string | number | null | undefined;
  /** Defaults to now; set it when importing members. */
  registeredAt?: Date | string | null | undefined;
  sex?: Sex | null | undefined;
  sinceAt?: Date | string | null | undefined;
};

export type CreateShimAppInput = {
  allowUnsigned?: boolean | null | undefined;
  /**
   * Refused when given (INVALID_INPUT): see the deprecation reason.
   * @deprecated App keys name apps across all merchants, so choosing one would tell whether another merchant uses it. Keys are generated; the operator sets a chosen one (cli shimapp:create --app-key).
   */
  appKey?: string | null | undefined;
  contract: ShimContract;
  name: string;
  /** partner-openapi only; generated when omitted. */
  partnerId?: string | null | undefined;
  /** partner-openapi: the partner's RSA public key (PEM). */
  publicKeyPem?: string | null | undefined;
};

export type CreateStaffUserInput = {
  active?: boolean | null | undefined;
  avatarUrl?: string | null | undefined;
  email?: string | null | undefined;
  /** The password, or its MD5 hex. */
  password: string;
  phone?: string | null | undefined;
  realName?: string | null | undefined;
  roleId?: string | number | null | undefined;
  /** Stores the user acts for; empty: all stores. */
  storeIds?: Array<string | number> | null | undefined;
  username: string;
};

/** Newest first by default; ASC for oldest first. */
export type CreatedOrder = {
  direction?: SortDirection;
  field?: CreatedOrderField;
};

/** Lists ordered by when their rows were written. */
export type CreatedOrderField = 'CREATED_AT';

/** Conditions on a calendar date; every condition given must hold. */
export type DateFilter = {
  /** from <= value <= to. */
  between?: DateFilterRange | null | undefined;
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<string> | null | undefined;
};

/** An inclusive range of a calendar dates. */
export type DateFilterRange = {
  from: string;
  to: string;
};

/** Conditions on an instant; every condition given must hold. */
export type DateTimeComparison = {
  eq?: Date | string | null | undefined;
  gt?: Date | string | null | undefined;
  gte?: Date | string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<Date | string> | null | undefined;
  lt?: Date | string | null | undefined;
  lte?: Date | string | null | undefined;
  ne?: Date | string | null | undefined;
  /** None of these (at most 100). */
  notIn?: Array<Date | string> | null | undefined;
};

/** Conditions on an instant; every condition given must hold. */
export type DateTimeFilter = {
  /** from <= value <= to. */
  between?: DateTimeFilterRange | null | undefined;
  eq?: Date | string | null | undefined;
  gt?: Date | string | null | undefined;
  gte?: Date | string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<Date | string> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: Date | string | null | undefined;
  lte?: Date | string | null | undefined;
  ne?: Date | string | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<Date | string> | null | undefined;
};

/** An inclusive range of an instants. */
export type DateTimeFilterRange = {
  from: Date | string;
  to: Date | string;
};

/** Conditions on a decimal value; every condition given must hold. */
export type DecimalComparison = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  /** None of these (at most 100). */
  notIn?: Array<string> | null | undefined;
};

/** Conditions on a decimal; every condition given must hold. */
export type DecimalFilter = {
  /** from <= value <= to. */
  between?: DecimalFilterRange | null | undefined;
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<string> | null | undefined;
};

/** An inclusive range of a decimals. */
export type DecimalFilterRange = {
  from: string;
  to: string;
};

export type DeliveryAddressInput = {
  address: string;
  phone?: string | null | undefined;
  recipient?: string | null | undefined;
};

export type DeliveryStatus = 'DEAD' | 'DELIVERED' | 'PENDING';

/** Codes of expected business failures. */
export type ErrorCode =
  | 'ALREADY_REFUNDED'
  | 'API_KEY_NOT_FOUND'
  | 'CARD_ALREADY_OPEN'
  | 'CARD_NOT_FOUND'
  | 'CARD_NOT_VALID_AT_STORE'
  | 'CARD_PASSWORD_LOCKED'
  | 'CARD_TEMPLATE_INACTIVE'
  | 'CARD_TEMPLATE_NOT_FOUND'
  | 'CASHBACK_ALREADY_PAID'
  | 'CASHBACK_NOT_DUE'
  | 'CHANNEL_ALREADY_BOUND'
  | 'CHANNEL_NOT_FOUND'
  | 'COUPON_EXPIRED'
  | 'COUPON_NOT_FOUND'
  | 'COUPON_NOT_VALID_AT_STORE'
  | 'COUPON_NOT_YET_VALID'
  | 'COUPON_TEMPLATE_DISABLED'
  | 'COUPON_TEMPLATE_NOT_FOUND'
  | 'COUPON_USED'
  | 'COUPON_VOID'
  | 'DUPLICATE_APP_KEY'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_MOBILE'
  | 'DUPLICATE_ROLE_NAME'
  | 'DUPLICATE_STORE_CODE'
  | 'DUPLICATE_USERNAME'
  | 'EVENT_AMOUNT_MISMATCH'
  | 'EVENT_NOT_APPLICABLE'
  | 'EVENT_REQUIRED'
  | 'IDEMPOTENCY_IN_FLIGHT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_BALANCE'
  | 'INSUFFICIENT_EXPERIENCE'
  | 'INSUFFICIENT_POINTS'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVOICE_EXCEEDS_INVOICEABLE'
  | 'LOGIN_THROTTLED'
  | 'MEMBER_NOT_ACTIVE'
  | 'MEMBER_NOT_FOUND'
  | 'NOT_AN_ACTIVITY_RECHARGE'
  | 'NOT_FOUND'
  | 'ORDER_ALREADY_RETURNED'
  | 'ORDER_NOT_FOUND'
  | 'ORDER_NOT_PAID'
  | 'ORDER_NOT_REVOCABLE'
  | 'PHONE_MISMATCH'
  | 'QR_INVALID'
  | 'QUERY_TIMEOUT'
  | 'RECHARGE_EVENT_INACTIVE'
  | 'RECHARGE_EVENT_NOT_FOUND'
  | 'REFUND_AFTER_CASHBACK'
  | 'REFUND_EXCEEDS_INVOICEABLE'
  | 'REPEATED_COMMAND'
  | 'SHIM_APP_NOT_FOUND'
  | 'SMS_CODE_EXPIRED'
  | 'SMS_CODE_LOCKED'
  | 'SMS_CODE_MISSING'
  | 'SMS_CODE_WRONG'
  | 'SMS_PHONE_NOT_SET'
  | 'SMS_RESEND_TOO_SOON'
  | 'STAFF_ROLE_NOT_FOUND'
  | 'STAFF_USER_NOT_FOUND'
  | 'STORE_NOT_ALLOWED'
  | 'STORE_NOT_FOUND'
  | 'STORE_REQUIRED'
  | 'TASK_OP_TAKEN'
  | 'WECHAT_NOT_CONFIGURED'
  | 'WECHAT_OAUTH_FAILED'
  | 'WRONG_CARD_PASSWORD';

export type EventDeliveryFilter = {
  eventId?: string | number | null | undefined;
  memberId?: string | number | null | undefined;
  status?: DeliveryStatus | null | undefined;
  subscriptionId?: string | number | null | undefined;
};

/** Kinds of outbound events (docs/events.md); on the wire they are written `member.registered`, `points.changed`, … */
export type EventType =
  | 'CARD_RECHARGED'
  | 'CARD_REFUNDED'
  | 'CARD_SPENT'
  | 'COUPON_ISSUED'
  | 'COUPON_REDEEMED'
  | 'EXPERIENCE_CHANGED'
  | 'GRADE_CHANGED'
  | 'MEMBER_CHANNEL_BOUND'
  | 'MEMBER_CHANNEL_UNBOUND'
  | 'MEMBER_REGISTERED'
  | 'MEMBER_STATUS_CHANGED'
  | 'MEMBER_UPDATED'
  | 'POINTS_CHANGED'
  | 'SUBSCRIPTION_TEST';

/** Conditions on experience entries; every condition given must hold. */
export type ExperienceEntryWhere = {
  activityCode?: StringFilter | null | undefined;
  /** The amount added or deducted (> 0). */
  amount?: DecimalFilter | null | undefined;
  /** Every one of these holds ([] always holds). */
  and?: Array<ExperienceEntryWhere> | null | undefined;
  /** The member's balance after this entry. */
  balanceAfter?: DecimalFilter | null | undefined;
  businessType?: LedgerBusinessTypeFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  description?: StringFilter | null | undefined;
  direction?: LedgerDirectionFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** The entry's member matches this. */
  member?: MemberWhere | null | undefined;
  memberId?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: ExperienceEntryWhere | null | undefined;
  operationType?: PointsOperationTypeFilter | null | undefined;
  operatorId?: StringFilter | null | undefined;
  operatorName?: StringFilter | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<ExperienceEntryWhere> | null | undefined;
  /** The order number (orderId). */
  orderId?: StringFilter | null | undefined;
  orgCode?: StringFilter | null | undefined;
  remark?: StringFilter | null | undefined;
  source?: LedgerSourceFilter | null | undefined;
  storeId?: IdFilter | null | undefined;
};

export type GiftCouponsInput = {
  couponTemplateId: string | number;
  memberId?: string | number | null | undefined;
  phone?: string | null | undefined;
  quantity: number;
};

export type GradeChangeReason = 'EXPERIENCE' | 'GRADE_TABLE';

export type GradeInput = {
  code: string;
  level: number;
  name: string;
  threshold: string;
};

/** Conditions on an id; every condition given must hold. */
export type IdFilter = {
  eq?: string | number | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string | number> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  ne?: string | number | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<string | number> | null | undefined;
};

/** Conditions on an integer value; every condition given must hold. */
export type IntComparison = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  /** One of these (at most 100). */
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  /** None of these (at most 100). */
  notIn?: Array<number> | null | undefined;
};

/** Conditions on an integer; every condition given must hold. */
export type IntFilter = {
  /** from <= value <= to. */
  between?: IntFilterRange | null | undefined;
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  /** One of these (at most 100). */
  in?: Array<number> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<number> | null | undefined;
};

/** An inclusive range of an integers. */
export type IntFilterRange = {
  from: number;
  to: number;
};

/** Conditions on a list of labels. */
export type LabelsFilter = {
  /** Has every one of these labels (at most 100). */
  contains?: Array<string> | null | undefined;
};

/** partner-openapi idempotencyBussinessType; each value names its legacy number and label. */
export type LedgerBusinessType =
  /** 8 生日送 */
  | 'BIRTHDAY_GIFT'
  /** 15 会员消费数据增加 */
  | 'CONSUMPTION_DATA_ADD'
  /** 16 会员消费数据冲正 */
  | 'CONSUMPTION_DATA_REVERSAL'
  /** 6 消费送积分 */
  | 'CONSUMPTION_REWARD'
  /** 2 发放经验值 */
  | 'EXPERIENCE_GRANT'
  /** 4 等级降级 */
  | 'GRADE_DOWNGRADE'
  /** 3 等级升级 */
  | 'GRADE_UPGRADE'
  /** 13 等级升级送积分 */
  | 'GRADE_UPGRADE_POINTS'
  /** 5 积分支付 */
  | 'POINTS_PAYMENT'
  /** 12 完善资料送 */
  | 'PROFILE_COMPLETION_GIFT'
  /** 1 注册送 */
  | 'REGISTRATION_GIFT'
  /** 9 定时送 */
  | 'SCHEDULED_GIFT'
  /** 7 消费满赠 */
  | 'SPEND_THRESHOLD_GIFT'
  /** 14 储值卡投放 */
  | 'STORED_VALUE_CARD_ISSUE'
  /** 10 储值支付 */
  | 'STORED_VALUE_PAYMENT'
  /** 11 储值充值 */
  | 'STORED_VALUE_RECHARGE';

/** Conditions on an enum value; every condition given must hold. */
export type LedgerBusinessTypeFilter = {
  eq?: LedgerBusinessType | null | undefined;
  /** One of these (at most 100). */
  in?: Array<LedgerBusinessType> | null | undefined;
  ne?: LedgerBusinessType | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<LedgerBusinessType> | null | undefined;
};

/** What points and experience flows are grouped by. */
export type LedgerDimension = 'OPERATION_TYPE' | 'SOURCE' | 'STORE';

/** ADD (legacy type 1) or DEDUCT (legacy type 15). */
export type LedgerDirection = 'ADD' | 'DEDUCT';

/** Conditions on an enum value; every condition given must hold. */
export type LedgerDirectionFilter = {
  eq?: LedgerDirection | null | undefined;
  /** One of these (at most 100). */
  in?: Array<LedgerDirection> | null | undefined;
  ne?: LedgerDirection | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<LedgerDirection> | null | undefined;
};

/** Every condition given must hold. */
export type LedgerEntryFilter = {
  direction?: LedgerDirection | null | undefined;
  /** Created at or after (inclusive). */
  from?: Date | string | null | undefined;
  /** One member; all members of the merchant when omitted. */
  memberId?: string | number | null | undefined;
  operationTypes?: Array<PointsOperationType> | null | undefined;
  orderId?: string | null | undefined;
  sources?: Array<LedgerSource> | null | undefined;
  /** Created before (exclusive). */
  to?: Date | string | null | undefined;
};

/** Which command wrote a ledger entry. */
export type LedgerSource = 'ADJUSTMENT' | 'ORDER_CONSUME' | 'ORDER_RETURN' | 'ORDER_REVOKE' | 'TASK';

/** Conditions on an enum value; every condition given must hold. */
export type LedgerSourceFilter = {
  eq?: LedgerSource | null | undefined;
  /** One of these (at most 100). */
  in?: Array<LedgerSource> | null | undefined;
  ne?: LedgerSource | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<LedgerSource> | null | undefined;
};

/** Local calendar days in the merchant's time zone, both ends included; either may be left open. */
export type LocalDateRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** Bounds are inclusive. */
export type LoyaltyMemberFilter = {
  experienceMax?: string | null | undefined;
  experienceMin?: string | null | undefined;
  gradeLevel?: number | null | undefined;
  pointsMax?: string | null | undefined;
  pointsMin?: string | null | undefined;
};

export type LoyaltyOrder = {
  direction?: SortDirection;
  field: LoyaltySortField;
};

export type LoyaltySettingsInput = {
  moneyToPointsRate: string;
  pointsScale: number;
  /** Omit to keep the current bonus (initially 0: none). */
  referralBonusPoints?: string | null | undefined;
};

export type LoyaltySortField = 'EXPERIENCE' | 'GRADE' | 'POINTS';

/** What member counts are grouped by. */
export type MemberDimension = 'CHANNEL' | 'GRADE' | 'REGISTER_STORE' | 'STATUS';

export type MemberFilter = {
  code?: string | null | undefined;
  /** Membership due date. */
  dueAt?: DateTimeComparison | null | undefined;
  /** Email exactly, ignoring case. */
  email?: string | null | undefined;
  /** Members currently in the grade with this code. */
  gradeCode?: string | null | undefined;
  /** Grade level (0: below every grade). */
  gradeLevel?: IntComparison | null | undefined;
  /** Members carrying this label. */
  label?: string | null | undefined;
  mobile?: string | null | undefined;
  /** Mobile contains (card-manage 4.4). */
  mobileContains?: string | null | undefined;
  /** Name exactly (members-rest `name`). */
  name?: string | null | undefined;
  /** Name or nickname contains (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Available points (0 for a member who never had any). */
  points?: DecimalComparison | null | undefined;
  /** Available points at most. */
  pointsMax?: string | null | undefined;
  /** Available points at least. */
  pointsMin?: string | null | undefined;
  registerStoreId?: string | number | null | undefined;
  /** Registered at or after (inclusive). */
  registeredFrom?: Date | string | null | undefined;
  /** Registered before (exclusive). */
  registeredTo?: Date | string | null | undefined;
  /** Membership valid since. */
  sinceAt?: DateTimeComparison | null | undefined;
  status?: MemberStatus | null | undefined;
  /** Any of these statuses. */
  statusIn?: Array<MemberStatus> | null | undefined;
  /** The member whose WeChat identity holds this OAuth refresh token (members-rest `weixin.refresh_token`). */
  wechatRefreshToken?: string | null | undefined;
};

export type MemberOrder = {
  direction?: SortDirection;
  field: MemberOrderField;
};

export type MemberOrderField = 'CODE' | 'MOBILE' | 'NAME' | 'REGISTERED_AT';

export type MemberStatus = 'ACTIVE' | 'EXPIRED' | 'REMOVED' | 'SUSPENDED';

/** Conditions on an enum value; every condition given must hold. */
export type MemberStatusFilter = {
  eq?: MemberStatus | null | undefined;
  /** One of these (at most 100). */
  in?: Array<MemberStatus> | null | undefined;
  ne?: MemberStatus | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<MemberStatus> | null | undefined;
};

/** Conditions on members; every condition given must hold. Nest with and / or / not (at most 5 levels, 100 conditions). */
export type MemberWhere = {
  /** Every one of these holds ([] always holds). */
  and?: Array<MemberWhere> | null | undefined;
  /** Member code / card number. */
  code?: StringFilter | null | undefined;
  /** Membership due date. */
  dueAt?: DateTimeFilter | null | undefined;
  email?: StringFilter | null | undefined;
  /** Experience (0 for a member who never had any). */
  experience?: DecimalFilter | null | undefined;
  /** Code of the current grade (none below every grade). */
  gradeCode?: StringFilter | null | undefined;
  /** Grade level (0: below every grade). */
  gradeLevel?: IntFilter | null | undefined;
  id?: IdFilter | null | undefined;
  labels?: LabelsFilter | null | undefined;
  mobile?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
  nickname?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: MemberWhere | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<MemberWhere> | null | undefined;
  /** Available points (0 for a member who never had any). */
  points?: DecimalFilter | null | undefined;
  /** The member who referred this one. */
  referrerId?: IdFilter | null | undefined;
  registerStoreId?: IdFilter | null | undefined;
  registeredAt?: DateTimeFilter | null | undefined;
  sex?: SexFilter | null | undefined;
  /** Membership valid since. */
  sinceAt?: DateTimeFilter | null | undefined;
  status?: MemberStatusFilter | null | undefined;
};

export type OpenMemberCardInput = {
  cardTemplateId: string | number;
  /** PIN or its MD5 hex; default the last 6 digits of the phone. */
  password?: string | null | undefined;
  /** The member is registered with this mobile if there is none. */
  phone: string;
  /** Opening store; default the staff user’s only store. */
  storeId?: string | number | null | undefined;
};

/** 1 head office, 2 branch, 3 store. */
export type OrgType = 'BRANCH' | 'HEAD_OFFICE' | 'STORE';

/** A page: by offset, or after a cursor (pageInfo.endCursor of the previous page; offset must then be 0). `limit` is capped by the server (MAX_PAGE_SIZE). */
export type PageInput = {
  /** Start after the row of this cursor (keyset paging: as fast on page 10,000 as on page 1). */
  after?: string | null | undefined;
  limit?: number;
  offset?: number;
};

export type PairWechatMemberInput = {
  memberId: string | number;
  openid: string;
  /** The member's own mobile, as proof of who they are. */
  phone: string;
  /** WeChat confirms it belongs to the openid before anything is bound. */
  refreshToken: string;
};

/** What a caller may change; reads need only authentication. */
export type Permission = 'ADMIN' | 'CARD_CONFIG' | 'CARD_OPERATE' | 'CARD_REFUND' | 'COUPON_OPERATE' | 'STAFF_MANAGE' | 'WRITE';

/** Conditions on points entries; every condition given must hold. */
export type PointsEntryWhere = {
  activityCode?: StringFilter | null | undefined;
  /** The amount added or deducted (> 0). */
  amount?: DecimalFilter | null | undefined;
  /** Every one of these holds ([] always holds). */
  and?: Array<PointsEntryWhere> | null | undefined;
  /** The member's balance after this entry. */
  balanceAfter?: DecimalFilter | null | undefined;
  businessType?: LedgerBusinessTypeFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  description?: StringFilter | null | undefined;
  direction?: LedgerDirectionFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** The entry's member matches this. */
  member?: MemberWhere | null | undefined;
  memberId?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: PointsEntryWhere | null | undefined;
  operationType?: PointsOperationTypeFilter | null | undefined;
  operatorId?: StringFilter | null | undefined;
  operatorName?: StringFilter | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<PointsEntryWhere> | null | undefined;
  /** The order number (orderId). */
  orderId?: StringFilter | null | undefined;
  orgCode?: StringFilter | null | undefined;
  remark?: StringFilter | null | undefined;
  source?: LedgerSourceFilter | null | undefined;
  storeId?: IdFilter | null | undefined;
};

/** partner-openapi operationType; each value names its legacy number and label. */
export type PointsOperationType =
  /** 7 生日送 */
  | 'BIRTHDAY_GIFT'
  /** 3 积分签到 */
  | 'CHECK_IN'
  /** 13 积分清理 */
  | 'CLEARANCE'
  /** 1 消费送积分 */
  | 'CONSUMPTION_REWARD'
  /** 15 消费送积分扣回 */
  | 'CONSUMPTION_REWARD_REVERSAL'
  /** 5 等级升级送积分 */
  | 'GRADE_UPGRADE_REWARD'
  /** 16 等级升级退积分 */
  | 'GRADE_UPGRADE_REWARD_REVERSAL'
  /** 11 手动扣减 */
  | 'MANUAL_DEDUCTION'
  /** 4 手动赠送 */
  | 'MANUAL_GRANT'
  /** 6 割接 */
  | 'MIGRATION'
  /** 14 积分支付 */
  | 'POINTS_PAYMENT'
  /** 2 积分支付退回 */
  | 'POINTS_PAYMENT_REFUND'
  /** 9 完善送 */
  | 'PROFILE_COMPLETION_GIFT'
  /** 12 积分兑换 */
  | 'REDEMPTION'
  /** 8 注册送 */
  | 'REGISTRATION_GIFT'
  /** 10 消费满赠 */
  | 'SPEND_THRESHOLD_GIFT'
  /** 17 消费满赠扣回 */
  | 'SPEND_THRESHOLD_GIFT_REVERSAL';

/** Conditions on an enum value; every condition given must hold. */
export type PointsOperationTypeFilter = {
  eq?: PointsOperationType | null | undefined;
  /** One of these (at most 100). */
  in?: Array<PointsOperationType> | null | undefined;
  ne?: PointsOperationType | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<PointsOperationType> | null | undefined;
};

export type PointsOrderStatus = 'CONSUMED' | 'EARNED' | 'PARTLY_REVOKED' | 'RETURNED' | 'REVOKED';

export type QrKind = 'CARD' | 'COUPON';

export type RechargeCardInput = {
  amount: string;
  /** Default 0. */
  bonus?: string | null | undefined;
  cardId?: string | number | null | undefined;
  cardNo?: string | null | undefined;
  cardTemplateId?: string | number | null | undefined;
  /** Default STORE. */
  channel?: CardChannel | null | undefined;
  /** Required for activity cards; amount and bonus must equal its own. */
  eventId?: string | number | null | undefined;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  memberId?: string | number | null | undefined;
  note?: string | null | undefined;
  phone?: string | null | undefined;
  /** Payment proof; required at a store. */
  proofImageUrl?: string | null | undefined;
  /** Without an idempotencyKey: refuse (REPEATED_COMMAND) when the same card got the same command (amount, bonus, event) within this many seconds, not refunded since. For clients that cannot send a key (card-manage 3.5/3.6). 1 to 3600. */
  repeatGuardSeconds?: number | null | undefined;
  /** Required at a store unless the staff user acts for one store only. */
  storeId?: string | number | null | undefined;
};

export type RechargeEventInput = {
  active?: boolean | null | undefined;
  bonusAmount?: string | null | undefined;
  /** Card templates the event applies to. */
  cardTemplateIds: Array<string | number>;
  couponQuantity?: number | null | undefined;
  couponTemplateId?: string | number | null | undefined;
  /** Omit to create. */
  id?: string | number | null | undefined;
  rechargeAmount: string;
  status?: RechargeEventStatus | null | undefined;
  summary?: string | null | undefined;
  title: string;
  type: RechargeEventType;
};

/** Legacy 1 normal, 10 activity cards only. */
export type RechargeEventStatus = 'ACTIVITY_ONLY' | 'NORMAL';

/** Legacy 1 bonus money, 2 coupons, 5 both. */
export type RechargeEventType = 'BONUS' | 'BONUS_AND_COUPONS' | 'COUPONS';

/** Conditions on card recharges; every condition given must hold. */
export type RechargeRecordWhere = {
  amount?: DecimalFilter | null | undefined;
  /** Every one of these holds ([] always holds). */
  and?: Array<RechargeRecordWhere> | null | undefined;
  bonus?: DecimalFilter | null | undefined;
  /** The member card. */
  cardId?: IdFilter | null | undefined;
  channel?: CardChannelFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** The record's member matches this. */
  member?: MemberWhere | null | undefined;
  memberId?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: RechargeRecordWhere | null | undefined;
  note?: StringFilter | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<RechargeRecordWhere> | null | undefined;
  orderNo?: StringFilter | null | undefined;
  rechargeEventId?: IdFilter | null | undefined;
  /** isNull: true for recharges not refunded. */
  refundedAt?: DateTimeFilter | null | undefined;
  staffUserId?: IdFilter | null | undefined;
  storeId?: IdFilter | null | undefined;
};

/** Filters of record lists (legacy 4.1-4.3, 8.4). */
export type RecordFilter = {
  cardId?: string | number | null | undefined;
  /** Created at or after. */
  from?: Date | string | null | undefined;
  /** Phone, name or nickname contains. */
  keyword?: string | null | undefined;
  memberId?: string | number | null | undefined;
  /** Member's phone contains. */
  phoneContains?: string | null | undefined;
  storeId?: string | number | null | undefined;
  /** Created before. */
  to?: Date | string | null | undefined;
};

export type RedeemCouponInput = {
  code: string;
  /** Default the staff user’s only store. */
  storeId?: string | number | null | undefined;
};

export type RefundInput = {
  note?: string | null | undefined;
  orderNo: string;
  /** The code sent by sendRefundSmsCode. */
  smsCode: string;
  storeId?: string | number | null | undefined;
};

export type RefundKind = 'RECHARGE' | 'SPEND';

/** Find-or-create: an existing member with this mobile (or, without a mobile, this channel openid) is returned, not duplicated. */
export type RegisterMemberInput = {
  address?: string | null | undefined;
  avatarUrl?: string | null | undefined;
  birthday?: string | null | undefined;
  channel?: ChannelInput | null | undefined;
  /** Generated when omitted. */
  code?: string | null | undefined;
  deliveryAddresses?: Array<DeliveryAddressInput> | null | undefined;
  dueAt?: Date | string | null | undefined;
  email?: string | null | undefined;
  idCardNumber?: string | null | undefined;
  labels?: Array<string> | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  referrerId?: string | number | null | undefined;
  registerStoreId?: string | number | null | undefined;
  /** Defaults to now; set it when importing members. */
  registeredAt?: Date | string | null | undefined;
  sex?: Sex | null | undefined;
  sinceAt?: Date | string | null | undefined;
};

export type ReturnOrderPointsInput = {
  activityCode?: string | null | undefined;
  memberId: string | number;
  /** Recorded on the return entry (e.g. CONSUMPTION_REWARD_REVERSAL). */
  operationType?: PointsOperationType | null | undefined;
  orderId: string;
  remark?: string | null | undefined;
};

export type RevokeOrderPointsInput = {
  /** How much to give back; everything still revocable when omitted. */
  amount?: string | null | undefined;
  description?: string | null | undefined;
  /** Makes a partial revoke safe to retry. */
  idempotencyKey?: string | null | undefined;
  memberId: string | number;
  orderId: string;
  remark?: string | null | undefined;
};

/** Creates or replaces the task with this number. Omitted knobs take the legacy defaults. */
export type SetTaskConfigInput = {
  /** Default true. */
  batch?: boolean | null | undefined;
  /** Default false. */
  dedupeByTarget?: boolean | null | undefined;
  description?: string | null | undefined;
  enabled: boolean;
  endAt?: Date | string | null | undefined;
  experience: string;
  experienceCapPerPeriod?: string | null | undefined;
  experienceSteps?: Array<StepEntryInput> | null | undefined;
  maxCompletionsPerPeriod?: number | null | undefined;
  maxGrade?: number | null | undefined;
  minGrade?: number | null | undefined;
  name: string;
  number: number;
  /** Op names that submit this task (e.g. share); replaces the previous list. */
  ops: Array<string>;
  /** Default 1. */
  periodRatio?: number | null | undefined;
  /** Default NONE. */
  periodUnit?: TaskPeriodUnit | null | undefined;
  points: string;
  pointsCapPerPeriod?: string | null | undefined;
  pointsSteps?: Array<StepEntryInput> | null | undefined;
  /** Default true. */
  repeatable?: boolean | null | undefined;
  startAt?: Date | string | null | undefined;
  /** Default false. */
  stepResetsEachPeriod?: boolean | null | undefined;
};

export type Sex = 'FEMALE' | 'MALE' | 'UNKNOWN';

/** Conditions on an enum value; every condition given must hold. */
export type SexFilter = {
  eq?: Sex | null | undefined;
  /** One of these (at most 100). */
  in?: Array<Sex> | null | undefined;
  ne?: Sex | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<Sex> | null | undefined;
};

export type ShimAppStatus = 'CLOSED' | 'OPEN';

/** A legacy API contract answered by a shim. */
export type ShimContract = 'CARD_MANAGE' | 'CPOINT_INNER' | 'ERP_MEMBER_POINTS' | 'MEMBERS_REST' | 'PARTNER_OPENAPI';

export type SortDirection = 'ASC' | 'DESC';

export type SpendFromCardInput = {
  amount: string;
  cardId?: string | number | null | undefined;
  cardNo?: string | null | undefined;
  cardTemplateId?: string | number | null | undefined;
  /** Default STORE. */
  channel?: CardChannel | null | undefined;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  memberId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** Card PIN or its MD5 hex. */
  password: string;
  phone?: string | null | undefined;
  /** Without an idempotencyKey: refuse (REPEATED_COMMAND) when the same card got the same command (amount, bonus, event) within this many seconds, not refunded since. For clients that cannot send a key (card-manage 3.5/3.6). 1 to 3600. */
  repeatGuardSeconds?: number | null | undefined;
  /** Required at a store unless the staff user acts for one store only. */
  storeId?: string | number | null | undefined;
};

/** Conditions on card spends; every condition given must hold. */
export type SpendRecordWhere = {
  amount?: DecimalFilter | null | undefined;
  /** Every one of these holds ([] always holds). */
  and?: Array<SpendRecordWhere> | null | undefined;
  bonusPart?: DecimalFilter | null | undefined;
  capitalPart?: DecimalFilter | null | undefined;
  /** The member card. */
  cardId?: IdFilter | null | undefined;
  channel?: CardChannelFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** The record's member matches this. */
  member?: MemberWhere | null | undefined;
  memberId?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: SpendRecordWhere | null | undefined;
  note?: StringFilter | null | undefined;
  /** At least one of these holds ([] never holds). */
  or?: Array<SpendRecordWhere> | null | undefined;
  orderNo?: StringFilter | null | undefined;
  /** isNull: true for spends not refunded. */
  refundedAt?: DateTimeFilter | null | undefined;
  staffUserId?: IdFilter | null | undefined;
  storeId?: IdFilter | null | undefined;
};

/** The merchant is named because usernames are unique per merchant only. */
export type StaffLoginInput = {
  /** The deviceToken an earlier login from this device answered: with it, failed logins elsewhere do not throttle this device. */
  deviceToken?: string | null | undefined;
  merchantId: string | number;
  /** The password, or its MD5 hex as legacy clients send it. */
  password: string;
  username: string;
};

export type StaffRoleInput = {
  /** Omit to create. */
  id?: string | number | null | undefined;
  menus?: Array<string> | null | undefined;
  name: string;
  permissions?: Array<Permission> | null | undefined;
};

export type StepEntryInput = {
  amount: string;
  from: number;
};

/** Conditions on a text value; every condition given must hold. */
export type StringFilter = {
  /** Contains this text, ignoring case; % _ and \ are matched literally. */
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  /** One of these (at most 100). */
  in?: Array<string> | null | undefined;
  /** true: only rows without the value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  /** Not equal; a row without the value matches. */
  ne?: string | null | undefined;
  /** None of these (at most 100); a row without the value matches. */
  nin?: Array<string> | null | undefined;
};

export type SubmitTaskInput = {
  /** Makes an accepted submission safe to retry. */
  idempotencyKey?: string | null | undefined;
  memberId: string | number;
  /** Tests only: refused unless the server runs with ALLOW_CLOCK_OVERRIDE. */
  now?: Date | string | null | undefined;
  /** The op name mapped to a task (e.g. share). */
  op: string;
  /** What the action was on; tasks that de-duplicate by target require it. */
  target?: string | null | undefined;
  /** Completions at once, 1-1000; default 1. */
  times?: number | null | undefined;
};

/** STANDARD_WEBHOOKS: signed JSON events; PARTNER_OPENAPI: the 1.4/1.5 callbacks; ERP_MEMBER_POINTS: the push to /user/memberPoints. */
export type SubscriptionFormat = 'ERP_MEMBER_POINTS' | 'PARTNER_OPENAPI' | 'STANDARD_WEBHOOKS';

/** Legacy r_flag: 0 NONE (lifetime), 1 DAY, 2 WEEK. */
export type TaskPeriodUnit = 'DAY' | 'NONE' | 'WEEK';

export type TaskRefusalReason =
  | 'CAP_REACHED'
  | 'DISABLED'
  | 'DUPLICATE_TARGET'
  | 'ENDED'
  | 'GRADE_OUT_OF_RANGE'
  | 'NOT_REPEATABLE'
  | 'NOT_STARTED'
  | 'PERIOD_LIMIT_REACHED'
  | 'TARGET_REQUIRED';

/** Legacy code: 0 DONE, 1 REFUSED, 2 NO_TASK. */
export type TaskSubmissionCode = 'DONE' | 'NO_TASK' | 'REFUSED';

export type UpdateEventSubscriptionInput = {
  /** false pauses, true resumes. */
  active?: boolean | null | undefined;
  appId?: string | null | undefined;
  eventTypes?: Array<EventType> | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  partnerId?: string | null | undefined;
  /** Replaces the secret. */
  secret?: string | null | undefined;
  url?: string | null | undefined;
};

export type UpdateMemberInput = {
  address?: string | null | undefined;
  avatarUrl?: string | null | undefined;
  birthday?: string | null | undefined;
  deliveryAddresses?: Array<DeliveryAddressInput> | null | undefined;
  dueAt?: Date | string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  idCardNumber?: string | null | undefined;
  /** A new mobile; must stay unique within the merchant. */
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  /** Where the member registered; null clears it. */
  registerStoreId?: string | number | null | undefined;
  sex?: Sex | null | undefined;
  sinceAt?: Date | string | null | undefined;
};

export type UpdateStaffUserInput = {
  active?: boolean | null | undefined;
  avatarUrl?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  phone?: string | null | undefined;
  realName?: string | null | undefined;
  roleId?: string | number | null | undefined;
  /** Stores the user acts for; empty: all stores. */
  storeIds?: Array<string | number> | null | undefined;
};

export type CmStoreFragment = {
  numericId: number;
  name: string;
  address: string | null;
  phone: string | null;
  area: string | null;
  contact: string | null;
  createdAt: string;
};

export type CmEventFragment = {
  numericId: number;
  title: string;
  summary: string | null;
  rechargeAmount: string;
  bonusAmount: string;
  type: RechargeEventType;
  status: RechargeEventStatus;
  createdAt: string;
  updatedAt: string;
  couponQuantity: number;
  couponTemplate: { numericId: number; title: string } | null;
};

export type CmStoresQueryVariables = Exact<{ [key: string]: never }>;

export type CmStoresQuery = {
  merchant: { numericId: number; name: string };
  stores: Array<{
    numericId: number;
    name: string;
    address: string | null;
    phone: string | null;
    area: string | null;
    contact: string | null;
    createdAt: string;
  }>;
};

export type CmCardTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type CmCardTemplatesQuery = {
  cardTemplates: Array<{
    numericId: number;
    title: string;
    colour: string | null;
    logoUrl: string | null;
    type: CardType;
    createdAt: string;
    summary: string | null;
    detail: string | null;
    stores: Array<{
      numericId: number;
      name: string;
      address: string | null;
      phone: string | null;
      area: string | null;
      contact: string | null;
      createdAt: string;
    }>;
    rechargeEvents: Array<{
      numericId: number;
      title: string;
      summary: string | null;
      rechargeAmount: string;
      bonusAmount: string;
      type: RechargeEventType;
      status: RechargeEventStatus;
      createdAt: string;
      updatedAt: string;
      couponQuantity: number;
      couponTemplate: { numericId: number; title: string } | null;
    }>;
  }>;
};

export type CmOpenCardMutationVariables = Exact<{
  input: OpenMemberCardInput;
}>;

export type CmOpenCardMutation = { openMemberCard: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmEventsQueryVariables = Exact<{
  cardTemplateId: string | number;
}>;

export type CmEventsQuery = {
  cardTemplate: { numericId: number } | null;
  rechargeEvents: Array<{
    numericId: number;
    title: string;
    summary: string | null;
    rechargeAmount: string;
    bonusAmount: string;
    type: RechargeEventType;
    status: RechargeEventStatus;
    createdAt: string;
    updatedAt: string;
    couponQuantity: number;
    couponTemplate: { numericId: number; title: string } | null;
  }>;
};

export type CmEventQueryVariables = Exact<{
  id: string | number;
}>;

export type CmEventQuery = {
  merchant: { timeZone: string };
  rechargeEvent: {
    numericId: number;
    title: string;
    summary: string | null;
    rechargeAmount: string;
    bonusAmount: string;
    type: RechargeEventType;
    status: RechargeEventStatus;
    createdAt: string;
    updatedAt: string;
    couponQuantity: number;
    couponTemplate: { numericId: number; title: string } | null;
  } | null;
};

export type CmRechargeMutationVariables = Exact<{
  input: RechargeCardInput;
}>;

export type CmRechargeMutation = { rechargeCard: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmSpendMutationVariables = Exact<{
  input: SpendFromCardInput;
}>;

export type CmSpendMutation = { spendFromCard: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmRefundSpendMutationVariables = Exact<{
  input: RefundInput;
}>;

export type CmRefundSpendMutation = { refundSpend: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmRefundRechargeMutationVariables = Exact<{
  input: RefundInput;
}>;

export type CmRefundRechargeMutation = { refundRecharge: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmSendSmsCodeMutationVariables = Exact<{ [key: string]: never }>;

export type CmSendSmsCodeMutation = { sendRefundSmsCode: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmCashbackMutationVariables = Exact<{
  rechargeId: string | number;
}>;

export type CmCashbackMutation = { payActivityCashback: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmRecordCardFragment = { numericId: number; cardNo: string; template: { numericId: number; title: string } | null };

export type CmRecordMemberFragment = {
  numericId: number;
  nickname: string | null;
  name: string | null;
  mobile: string | null;
  avatarUrl: string | null;
};

export type CmRechargeRecordsQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type CmRechargeRecordsQuery = {
  rechargeRecords: {
    totalItems: number;
    totalAmount: string;
    totalBonus: string;
    items: Array<{
      numericId: number;
      orderNo: string;
      amount: string;
      bonus: string;
      channel: CardChannel;
      createdAt: string;
      proofImageUrl: string | null;
      note: string | null;
      event: { numericId: number; title: string } | null;
      store: { numericId: number; name: string } | null;
      card: { numericId: number; cardNo: string; template: { numericId: number; title: string } | null } | null;
      member: {
        numericId: number;
        nickname: string | null;
        name: string | null;
        mobile: string | null;
        avatarUrl: string | null;
      } | null;
    }>;
  };
};

export type CmSpendRecordsQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type CmSpendRecordsQuery = {
  spendRecords: {
    totalItems: number;
    totalAmount: string;
    items: Array<{
      numericId: number;
      orderNo: string;
      amount: string;
      channel: CardChannel;
      createdAt: string;
      note: string | null;
      store: { numericId: number; name: string } | null;
      card: { numericId: number; cardNo: string; template: { numericId: number; title: string } | null } | null;
      member: {
        numericId: number;
        nickname: string | null;
        name: string | null;
        mobile: string | null;
        avatarUrl: string | null;
      } | null;
    }>;
  };
};

export type CmRefundRecordsQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type CmRefundRecordsQuery = {
  refundRecords: {
    totalItems: number;
    items: Array<{
      numericId: number;
      amount: string;
      kind: RefundKind;
      note: string | null;
      createdAt: string;
      store: { name: string } | null;
      card: { numericId: number; cardNo: string; template: { numericId: number; title: string } | null } | null;
      member: {
        numericId: number;
        nickname: string | null;
        name: string | null;
        mobile: string | null;
        avatarUrl: string | null;
      } | null;
    }>;
  };
};

export type CmMembersQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type CmMembersQuery = {
  members: {
    totalItems: number;
    items: Array<{
      numericId: number;
      nickname: string | null;
      name: string | null;
      mobile: string | null;
      avatarUrl: string | null;
    }>;
  };
};

export type CmMemberCardsQueryVariables = Exact<{
  memberId: string | number;
}>;

export type CmMemberCardsQuery = {
  member: {
    numericId: number;
    nickname: string | null;
    name: string | null;
    mobile: string | null;
    avatarUrl: string | null;
  } | null;
  memberCards: Array<{
    numericId: number;
    cardNo: string;
    balance: string;
    capital: string;
    bonus: string;
    createdAt: string;
    template: { numericId: number; title: string; type: CardType } | null;
    activityRecharges: Array<{
      numericId: number;
      capitalRemaining: string;
      bonusRemaining: string;
      activityStatus: ActivityStatus | null;
    }>;
  }>;
};

export type CmInvoicesQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type CmInvoicesQuery = {
  merchant: { timeZone: string };
  invoices: {
    totalItems: number;
    items: Array<{
      numericId: number;
      amount: string;
      note: string | null;
      createdAt: string;
      imageUrl: string | null;
      store: { numericId: number; name: string } | null;
      member: {
        numericId: number;
        nickname: string | null;
        name: string | null;
        mobile: string | null;
        avatarUrl: string | null;
      } | null;
    }>;
  };
};

export type CmCardDetailFragment = {
  numericId: number;
  cardNo: string;
  balance: string;
  capital: string;
  bonus: string;
  invoiceable: string;
  totalCapitalRecharged: string;
  totalInvoiced: string;
  createdAt: string;
  openStore: { name: string } | null;
  template: {
    numericId: number;
    title: string;
    summary: string | null;
    colour: string | null;
    logoUrl: string | null;
    type: CardType;
    stores: Array<{ numericId: number }>;
  } | null;
  member: {
    numericId: number;
    mobile: string | null;
    nickname: string | null;
    name: string | null;
    avatarUrl: string | null;
    grade: { name: string; level: number } | null;
  } | null;
};

export type CmCouponFragment = {
  code: string;
  status: CouponStatus;
  createdAt: string;
  validUntil: string;
  member: { numericId: number; nickname: string | null; name: string | null; mobile: string | null } | null;
  template: {
    numericId: number;
    title: string;
    summary: string | null;
    logoUrl: string | null;
    stores: Array<{ numericId: number; name: string }>;
  } | null;
};

export type CmScanQueryVariables = Exact<{
  content: string;
}>;

export type CmScanQuery = {
  merchant: { timeZone: string };
  scanQrCode: {
    kind: QrKind | null;
    card: {
      numericId: number;
      cardNo: string;
      balance: string;
      capital: string;
      bonus: string;
      invoiceable: string;
      totalCapitalRecharged: string;
      totalInvoiced: string;
      createdAt: string;
      openStore: { name: string } | null;
      template: {
        numericId: number;
        title: string;
        summary: string | null;
        colour: string | null;
        logoUrl: string | null;
        type: CardType;
        stores: Array<{ numericId: number }>;
      } | null;
      member: {
        numericId: number;
        mobile: string | null;
        nickname: string | null;
        name: string | null;
        avatarUrl: string | null;
        grade: { name: string; level: number } | null;
      } | null;
    } | null;
    coupon: {
      code: string;
      status: CouponStatus;
      createdAt: string;
      validUntil: string;
      member: { numericId: number; nickname: string | null; name: string | null; mobile: string | null } | null;
      template: {
        numericId: number;
        title: string;
        summary: string | null;
        logoUrl: string | null;
        stores: Array<{ numericId: number; name: string }>;
      } | null;
    } | null;
    errors: Array<{ code: ErrorCode; message: string }>;
  };
};

export type CmRedeemMutationVariables = Exact<{
  input: RedeemCouponInput;
}>;

export type CmRedeemMutation = {
  redeemCoupon: {
    coupon: {
      redeemedAt: string | null;
      redeemedStoreId: string | null;
      code: string;
      status: CouponStatus;
      createdAt: string;
      validUntil: string;
      member: { numericId: number; nickname: string | null; name: string | null; mobile: string | null } | null;
      template: {
        numericId: number;
        title: string;
        summary: string | null;
        logoUrl: string | null;
        stores: Array<{ numericId: number; name: string }>;
      } | null;
    } | null;
    errors: Array<{ code: ErrorCode; message: string }>;
  };
};

export type CmRedeemerQueryVariables = Exact<{ [key: string]: never }>;

export type CmRedeemerQuery = {
  merchant: { timeZone: string };
  viewer: { staffUser: { numericId: number; stores: Array<{ id: string; numericId: number; name: string }> } | null };
};

export type CmGiftMutationVariables = Exact<{
  input: GiftCouponsInput;
}>;

export type CmGiftMutation = { giftCoupons: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmCouponTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type CmCouponTemplatesQuery = {
  merchant: { timeZone: string };
  couponTemplates: Array<{
    numericId: number;
    title: string;
    summary: string | null;
    logoUrl: string | null;
    type: CouponType;
    status: CouponTemplateStatus;
    validUntil: string;
    createdAt: string;
    stores: Array<{
      numericId: number;
      name: string;
      address: string | null;
      phone: string | null;
      area: string | null;
      contact: string | null;
      createdAt: string;
    }>;
  }>;
};

export type CmCardDetailQueryVariables = Exact<{
  memberId: string | number;
  cardTemplateId: string | number;
}>;

export type CmCardDetailQuery = {
  merchant: { timeZone: string };
  memberCard: {
    numericId: number;
    cardNo: string;
    balance: string;
    capital: string;
    bonus: string;
    invoiceable: string;
    totalCapitalRecharged: string;
    totalInvoiced: string;
    createdAt: string;
    invoices: Array<{
      numericId: number;
      amount: string;
      note: string | null;
      createdAt: string;
      imageUrl: string | null;
      store: { numericId: number; name: string } | null;
    }>;
    openStore: { name: string } | null;
    template: {
      numericId: number;
      title: string;
      summary: string | null;
      colour: string | null;
      logoUrl: string | null;
      type: CardType;
      stores: Array<{ numericId: number }>;
    } | null;
    member: {
      numericId: number;
      mobile: string | null;
      nickname: string | null;
      name: string | null;
      avatarUrl: string | null;
      grade: { name: string; level: number } | null;
    } | null;
  } | null;
};

export type CmAddInvoiceMutationVariables = Exact<{
  input: AddInvoiceInput;
}>;

export type CmAddInvoiceMutation = { addInvoice: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CmLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;

export type CmLoginMutation = { staffLogin: { token: string | null; errors: Array<{ code: ErrorCode; message: string }> } };

export type CmViewerQueryVariables = Exact<{ [key: string]: never }>;

export type CmViewerQuery = {
  viewer: {
    permissions: Array<Permission>;
    staffUser: {
      numericId: number;
      username: string;
      active: boolean;
      avatarUrl: string | null;
      realName: string | null;
      phone: string | null;
      email: string | null;
      createdAt: string;
      loginCount: number;
      lastLoginAt: string | null;
      lastLoginIp: string | null;
      role: { numericId: number; menus: Array<string>; permissions: Array<Permission> } | null;
    } | null;
  };
};

export type CpointMemberPointsQueryVariables = Exact<{
  id: string | number;
}>;

export type CpointMemberPointsQuery = { member: { id: string; points: { current: string } } | null };

export type CpointChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type CpointChangePointsMutation = {
  changePoints: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    balance: { current: string } | null;
  };
};

export type CpointConsumeMutationVariables = Exact<{
  input: ConsumePointsInput;
}>;

export type CpointConsumeMutation = {
  consumePointsForOrder: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    order: { orderId: string } | null;
    balance: { current: string } | null;
  };
};

export type CpointRevokeMutationVariables = Exact<{
  input: RevokeOrderPointsInput;
}>;

export type CpointRevokeMutation = {
  revokeOrderPoints: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    order: { orderId: string } | null;
    balance: { current: string } | null;
  };
};

export type CpointOrderFieldsFragment = {
  orderId: string;
  status: PointsOrderStatus;
  spent: string;
  spentReversed: string;
  revocable: string;
  earned: string;
  earnedReversed: string;
  consumedAt: string | null;
  returnedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CpointOrderQueryVariables = Exact<{
  memberId: string | number;
  orderId: string;
}>;

export type CpointOrderQuery = {
  member: { id: string } | null;
  pointsOrder: {
    orderId: string;
    status: PointsOrderStatus;
    spent: string;
    spentReversed: string;
    revocable: string;
    earned: string;
    earnedReversed: string;
    consumedAt: string | null;
    returnedAt: string | null;
    createdAt: string;
    updatedAt: string;
  } | null;
};

export type CpointOrdersQueryVariables = Exact<{
  memberId: string | number;
  page?: PageInput | null | undefined;
}>;

export type CpointOrdersQuery = {
  member: { id: string } | null;
  pointsOrders: {
    totalItems: number;
    items: Array<{
      orderId: string;
      status: PointsOrderStatus;
      spent: string;
      spentReversed: string;
      revocable: string;
      earned: string;
      earnedReversed: string;
      consumedAt: string | null;
      returnedAt: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CpointTaskFieldsFragment = {
  number: number;
  name: string;
  description: string | null;
  ops: Array<string>;
  points: string;
  experience: string;
  enabled: boolean;
  startAt: string | null;
  endAt: string | null;
  minGrade: number | null;
  maxGrade: number | null;
  batch: boolean;
  repeatable: boolean;
  periodUnit: TaskPeriodUnit;
  periodRatio: number;
  maxCompletionsPerPeriod: number | null;
  pointsCapPerPeriod: string | null;
  experienceCapPerPeriod: string | null;
  dedupeByTarget: boolean;
  stepResetsEachPeriod: boolean;
  updatedAt: string;
  pointsSteps: Array<{ from: number; amount: string }>;
  experienceSteps: Array<{ from: number; amount: string }>;
};

export type CpointTaskConfigsQueryVariables = Exact<{ [key: string]: never }>;

export type CpointTaskConfigsQuery = {
  taskConfigs: Array<{
    number: number;
    name: string;
    description: string | null;
    ops: Array<string>;
    points: string;
    experience: string;
    enabled: boolean;
    startAt: string | null;
    endAt: string | null;
    minGrade: number | null;
    maxGrade: number | null;
    batch: boolean;
    repeatable: boolean;
    periodUnit: TaskPeriodUnit;
    periodRatio: number;
    maxCompletionsPerPeriod: number | null;
    pointsCapPerPeriod: string | null;
    experienceCapPerPeriod: string | null;
    dedupeByTarget: boolean;
    stepResetsEachPeriod: boolean;
    updatedAt: string;
    pointsSteps: Array<{ from: number; amount: string }>;
    experienceSteps: Array<{ from: number; amount: string }>;
  }>;
};

export type CpointSetTaskConfigMutationVariables = Exact<{
  input: SetTaskConfigInput;
}>;

export type CpointSetTaskConfigMutation = {
  setTaskConfig: { errors: Array<{ code: ErrorCode; message: string; field: string | null }>; task: { number: number } | null };
};

export type CpointGradesQueryVariables = Exact<{ [key: string]: never }>;

export type CpointGradesQuery = { grades: Array<{ level: number; threshold: string }> };

export type CpointLoyaltyAccountsQueryVariables = Exact<{
  memberIds: Array<string | number> | string | number;
}>;

export type CpointLoyaltyAccountsQuery = {
  loyaltyAccounts: Array<{ memberId: string; points: { current: string }; experience: { current: string; gradeLevel: number } }>;
};

export type CpointMembersByLoyaltyQueryVariables = Exact<{
  filter?: LoyaltyMemberFilter | null | undefined;
  orderBy: LoyaltyOrder;
  page?: PageInput | null | undefined;
}>;

export type CpointMembersByLoyaltyQuery = {
  membersByLoyalty: {
    items: Array<{ id: string; points: { current: string }; experience: { current: string; gradeLevel: number } }>;
  };
};

export type CpointSubmitTaskMutationVariables = Exact<{
  input: SubmitTaskInput;
}>;

export type CpointSubmitTaskMutation = {
  submitTask: {
    legacyCode: number | null;
    points: string | null;
    experience: string | null;
    pointsBalance: string | null;
    experienceBalance: string | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    grades: Array<{ level: number; threshold: string }> | null;
  };
};

export type ErpMemberFieldsFragment = {
  id: string;
  code: string;
  name: string | null;
  sex: Sex;
  birthday: string | null;
  address: string | null;
  idCardNumber: string | null;
  email: string | null;
  status: MemberStatus;
  registerStore: { code: string } | null;
  grade: { level: number } | null;
};

export type ErpMemberByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type ErpMemberByMobileQuery = {
  memberByMobile: {
    id: string;
    code: string;
    name: string | null;
    sex: Sex;
    birthday: string | null;
    address: string | null;
    idCardNumber: string | null;
    email: string | null;
    status: MemberStatus;
    registerStore: { code: string } | null;
    grade: { level: number } | null;
  } | null;
};

export type ErpMemberExistsQueryVariables = Exact<{
  mobile: string;
}>;

export type ErpMemberExistsQuery = { memberByMobile: { id: string } | null };

export type ErpMemberByCodeQueryVariables = Exact<{
  code: string;
}>;

export type ErpMemberByCodeQuery = { memberByCode: { id: string } | null };

export type ErpStoreByCodeQueryVariables = Exact<{
  code: string;
}>;

export type ErpStoreByCodeQuery = { storeByCode: { id: string } | null };

export type ErpRegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;

export type ErpRegisterMemberMutation = {
  registerMember: {
    created: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: {
      id: string;
      code: string;
      name: string | null;
      sex: Sex;
      birthday: string | null;
      address: string | null;
      idCardNumber: string | null;
      email: string | null;
      status: MemberStatus;
      registerStore: { code: string } | null;
      grade: { level: number } | null;
    } | null;
  };
};

export type ErpChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type ErpChangePointsMutation = {
  changePoints: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    balance: { current: string } | null;
  };
};

export type ErpUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;

export type ErpUpdateMemberMutation = {
  updateMember: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: {
      id: string;
      code: string;
      name: string | null;
      sex: Sex;
      birthday: string | null;
      address: string | null;
      idCardNumber: string | null;
      email: string | null;
      status: MemberStatus;
      registerStore: { code: string } | null;
      grade: { level: number } | null;
    } | null;
  };
};

export type RestMemberFragment = {
  id: string;
  code: string;
  name: string | null;
  sex: Sex;
  mobile: string | null;
  email: string | null;
  idCardNumber: string | null;
  status: MemberStatus;
  sinceAt: string | null;
  dueAt: string | null;
  registeredAt: string;
  deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
  registerStore: { id: string; name: string; address: string | null; phone: string | null } | null;
  points: { current: string; totalEarned: string };
  grade: { name: string } | null;
  channels: Array<{ channelCode: string; openid: string }>;
};

export type RestMerchantFragment = { id: string; name: string; fullName: string | null; wechat: { originId: string | null } };

export type RestMerchantQueryVariables = Exact<{ [key: string]: never }>;

export type RestMerchantQuery = {
  merchant: { id: string; name: string; fullName: string | null; wechat: { originId: string | null } };
};

export type RestMemberByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type RestMemberByIdQuery = {
  member: {
    id: string;
    code: string;
    name: string | null;
    sex: Sex;
    mobile: string | null;
    email: string | null;
    idCardNumber: string | null;
    status: MemberStatus;
    sinceAt: string | null;
    dueAt: string | null;
    registeredAt: string;
    deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
    registerStore: { id: string; name: string; address: string | null; phone: string | null } | null;
    points: { current: string; totalEarned: string };
    grade: { name: string } | null;
    channels: Array<{ channelCode: string; openid: string }>;
  } | null;
  merchant: { id: string; name: string; fullName: string | null; wechat: { originId: string | null } };
};

export type RestMembersQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type RestMembersQuery = {
  members: {
    items: Array<{
      id: string;
      code: string;
      name: string | null;
      sex: Sex;
      mobile: string | null;
      email: string | null;
      idCardNumber: string | null;
      status: MemberStatus;
      sinceAt: string | null;
      dueAt: string | null;
      registeredAt: string;
      deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
      registerStore: { id: string; name: string; address: string | null; phone: string | null } | null;
      points: { current: string; totalEarned: string };
      grade: { name: string } | null;
      channels: Array<{ channelCode: string; openid: string }>;
    }>;
  };
  merchant: { id: string; name: string; fullName: string | null; wechat: { originId: string | null } };
};

export type RestMemberIdsByRefreshTokenQueryVariables = Exact<{
  token: string;
}>;

export type RestMemberIdsByRefreshTokenQuery = { members: { items: Array<{ id: string }> } };

export type RestReferrerExistsQueryVariables = Exact<{
  id: string | number;
}>;

export type RestReferrerExistsQuery = { member: { id: string } | null };

export type RestCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;

export type RestCreateMemberMutation = {
  createMember: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: { id: string; status: MemberStatus } | null;
  };
};

export type RestUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;

export type RestUpdateMemberMutation = {
  updateMember: { errors: Array<{ code: ErrorCode; message: string; field: string | null }> };
};

export type RestSetMemberStatusMutationVariables = Exact<{
  id: string | number;
  status: MemberStatus;
}>;

export type RestSetMemberStatusMutation = {
  setMemberStatus: { errors: Array<{ code: ErrorCode; message: string; field: string | null }> };
};

export type RestWechatOAuthMutationVariables = Exact<{
  code: string;
}>;

export type RestWechatOAuthMutation = {
  wechatOAuthMember: {
    openid: string | null;
    refreshToken: string | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: {
      id: string;
      code: string;
      name: string | null;
      sex: Sex;
      mobile: string | null;
      email: string | null;
      idCardNumber: string | null;
      status: MemberStatus;
      sinceAt: string | null;
      dueAt: string | null;
      registeredAt: string;
      deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
      registerStore: { id: string; name: string; address: string | null; phone: string | null } | null;
      points: { current: string; totalEarned: string };
      grade: { name: string } | null;
      channels: Array<{ channelCode: string; openid: string }>;
    } | null;
  };
};

export type RestPairWechatMutationVariables = Exact<{
  input: PairWechatMemberInput;
}>;

export type RestPairWechatMutation = {
  pairWechatMember: { errors: Array<{ code: ErrorCode; message: string; field: string | null }>; member: { id: string } | null };
};

export type PartnerMemberFieldsFragment = {
  id: string;
  code: string;
  mobile: string | null;
  name: string | null;
  nickname: string | null;
  email: string | null;
  sex: Sex;
  birthday: string | null;
  idCardNumber: string | null;
  avatarUrl: string | null;
  registeredAt: string;
  status: MemberStatus;
  labels: Array<string>;
  registerStore: { code: string } | null;
  points: { current: string; totalEarned: string; used: string };
  channels: Array<{
    id: string;
    memberId: string;
    channelCode: string;
    channelId: string | null;
    openid: string;
    unionId: string | null;
    cardCode: string | null;
    cardId: string | null;
    registerType: number | null;
    createdAt: string;
    updatedAt: string;
    registerStore: { code: string } | null;
  }>;
};

export type PartnerMemberByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerMemberByIdQuery = {
  member: {
    id: string;
    code: string;
    mobile: string | null;
    name: string | null;
    nickname: string | null;
    email: string | null;
    sex: Sex;
    birthday: string | null;
    idCardNumber: string | null;
    avatarUrl: string | null;
    registeredAt: string;
    status: MemberStatus;
    labels: Array<string>;
    registerStore: { code: string } | null;
    points: { current: string; totalEarned: string; used: string };
    channels: Array<{
      id: string;
      memberId: string;
      channelCode: string;
      channelId: string | null;
      openid: string;
      unionId: string | null;
      cardCode: string | null;
      cardId: string | null;
      registerType: number | null;
      createdAt: string;
      updatedAt: string;
      registerStore: { code: string } | null;
    }>;
  } | null;
};

export type PartnerMemberByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type PartnerMemberByMobileQuery = {
  memberByMobile: {
    id: string;
    code: string;
    mobile: string | null;
    name: string | null;
    nickname: string | null;
    email: string | null;
    sex: Sex;
    birthday: string | null;
    idCardNumber: string | null;
    avatarUrl: string | null;
    registeredAt: string;
    status: MemberStatus;
    labels: Array<string>;
    registerStore: { code: string } | null;
    points: { current: string; totalEarned: string; used: string };
    channels: Array<{
      id: string;
      memberId: string;
      channelCode: string;
      channelId: string | null;
      openid: string;
      unionId: string | null;
      cardCode: string | null;
      cardId: string | null;
      registerType: number | null;
      createdAt: string;
      updatedAt: string;
      registerStore: { code: string } | null;
    }>;
  } | null;
};

export type PartnerMemberByDynamicCodeQueryVariables = Exact<{
  code: string;
}>;

export type PartnerMemberByDynamicCodeQuery = {
  memberByDynamicCode: {
    id: string;
    code: string;
    mobile: string | null;
    name: string | null;
    nickname: string | null;
    email: string | null;
    sex: Sex;
    birthday: string | null;
    idCardNumber: string | null;
    avatarUrl: string | null;
    registeredAt: string;
    status: MemberStatus;
    labels: Array<string>;
    registerStore: { code: string } | null;
    points: { current: string; totalEarned: string; used: string };
    channels: Array<{
      id: string;
      memberId: string;
      channelCode: string;
      channelId: string | null;
      openid: string;
      unionId: string | null;
      cardCode: string | null;
      cardId: string | null;
      registerType: number | null;
      createdAt: string;
      updatedAt: string;
      registerStore: { code: string } | null;
    }>;
  } | null;
};

export type PartnerMemberPageQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type PartnerMemberPageQuery = {
  members: {
    totalItems: number;
    items: Array<{
      id: string;
      nickname: string | null;
      mobile: string | null;
      labels: Array<string>;
      registeredAt: string;
      status: MemberStatus;
      points: { current: string };
      grade: { name: string } | null;
      spending: { count: number; amount: string };
    }>;
  };
};

export type PartnerStoreByCodeQueryVariables = Exact<{
  code: string;
}>;

export type PartnerStoreByCodeQuery = { storeByCode: { id: string } | null };

export type PartnerRegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;

export type PartnerRegisterMemberMutation = {
  registerMember: { errors: Array<{ code: ErrorCode; message: string; field: string | null }>; member: { id: string } | null };
};

export type PartnerMemberCouponsQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerMemberCouponsQuery = {
  member: {
    id: string;
    coupons: Array<{
      code: string;
      expired: boolean;
      validityText: string;
      template: { title: string; type: CouponType; ruleText: string | null } | null;
    }>;
  } | null;
};

export type PartnerChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type PartnerChangePointsMutation = {
  changePoints: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    entry: { amount: string; direction: LedgerDirection } | null;
    balance: { current: string } | null;
  };
};

export type PartnerReturnOrderPointsMutationVariables = Exact<{
  input: ReturnOrderPointsInput;
}>;

export type PartnerReturnOrderPointsMutation = {
  returnOrderPoints: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    entry: { amount: string; direction: LedgerDirection } | null;
    balance: { current: string } | null;
  };
};

export type PartnerMemberPointsQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerMemberPointsQuery = {
  member: { id: string; points: { current: string; totalEarned: string; used: string } } | null;
};

export type MemberCountsByQueryVariables = Exact<{
  groupBy?: Array<MemberDimension> | MemberDimension | null | undefined;
  period?: AggregatePeriod | null | undefined;
  range?: LocalDateRange | null | undefined;
}>;

export type MemberCountsByQuery = {
  memberCounts: Array<{
    periodStart: string | null;
    status: MemberStatus | null;
    gradeLevel: number | null;
    gradeCode: string | null;
    gradeName: string | null;
    storeId: string | null;
    storeCode: string | null;
    storeName: string | null;
    channelCode: string | null;
    members: number;
  }>;
};

export type PointsFlowsByQueryVariables = Exact<{
  groupBy?: Array<LedgerDimension> | LedgerDimension | null | undefined;
  period?: AggregatePeriod | null | undefined;
  range?: LocalDateRange | null | undefined;
}>;

export type PointsFlowsByQuery = {
  pointsFlows: Array<{
    periodStart: string | null;
    operationType: PointsOperationType | null;
    source: LedgerSource | null;
    storeId: string | null;
    storeCode: string | null;
    entries: number;
    issued: string;
    spent: string;
    net: string;
  }>;
};

export type ExperienceFlowsByQueryVariables = Exact<{
  groupBy?: Array<LedgerDimension> | LedgerDimension | null | undefined;
  period?: AggregatePeriod | null | undefined;
  range?: LocalDateRange | null | undefined;
}>;

export type ExperienceFlowsByQuery = {
  experienceFlows: Array<{
    periodStart: string | null;
    operationType: PointsOperationType | null;
    source: LedgerSource | null;
    entries: number;
    issued: string;
    spent: string;
    net: string;
  }>;
};

export type CardMoneyTotalsByQueryVariables = Exact<{
  groupBy?: Array<CardMoneyDimension> | CardMoneyDimension | null | undefined;
  period?: AggregatePeriod | null | undefined;
  range?: LocalDateRange | null | undefined;
}>;

export type CardMoneyTotalsByQuery = {
  cardMoneyTotals: Array<{
    periodStart: string | null;
    storeId: string | null;
    storeName: string | null;
    recharges: number;
    recharged: string;
    bonusGranted: string;
    spends: number;
    spent: string;
    spentCapital: string;
    spentBonus: string;
    refunds: number;
    spendRefunds: string;
    rechargeRefunds: string;
    bonusWithdrawn: string;
  }>;
};

export type CouponTotalsByQueryVariables = Exact<{
  groupBy?: Array<CouponDimension> | CouponDimension | null | undefined;
  period?: AggregatePeriod | null | undefined;
  range?: LocalDateRange | null | undefined;
}>;

export type CouponTotalsByQuery = {
  couponTotals: Array<{
    periodStart: string | null;
    templateId: string | null;
    templateTitle: string | null;
    source: CouponSource | null;
    issued: number;
    redeemed: number;
  }>;
};

export type LiabilityAtQueryVariables = Exact<{
  at?: Array<Date | string> | Date | string | null | undefined;
}>;

export type LiabilityAtQuery = {
  liability: Array<{ at: string; points: string; storedValueCapital: string; storedValueBonus: string; storedValue: string }>;
};

export type WhereMembersQueryVariables = Exact<{
  where?: MemberWhere | null | undefined;
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereMembersQuery = {
  members: {
    totalItems: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    items: Array<{ id: string; code: string }>;
  };
};

export type WhereMembersPageQueryVariables = Exact<{
  where?: MemberWhere | null | undefined;
  orderBy?: MemberOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereMembersPageQuery = {
  members: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: Array<{ id: string; code: string }> };
};

export type WhereMembersByLoyaltyQueryVariables = Exact<{
  where?: MemberWhere | null | undefined;
  orderBy: LoyaltyOrder;
  page?: PageInput | null | undefined;
}>;

export type WhereMembersByLoyaltyQuery = {
  membersByLoyalty: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: Array<{ id: string; code: string }> };
};

export type WherePointsEntriesQueryVariables = Exact<{
  where?: PointsEntryWhere | null | undefined;
  orderBy?: CreatedOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WherePointsEntriesQuery = {
  pointsEntries: {
    totalItems: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    items: Array<{ id: string; memberId: string; amount: string; direction: LedgerDirection }>;
  };
};

export type WhereExperienceEntriesQueryVariables = Exact<{
  where?: ExperienceEntryWhere | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereExperienceEntriesQuery = {
  experienceEntries: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    items: Array<{ id: string; memberId: string; amount: string }>;
  };
};

export type WhereCouponsQueryVariables = Exact<{
  where?: CouponWhere | null | undefined;
  orderBy?: CreatedOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereCouponsQuery = {
  coupons: {
    totalItems: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    items: Array<{ id: string; memberId: string; status: CouponStatus }>;
  };
};

export type WhereRechargesQueryVariables = Exact<{
  where?: RechargeRecordWhere | null | undefined;
  orderBy?: CreatedOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereRechargesQuery = {
  rechargeRecords: {
    totalItems: number;
    totalAmount: string;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    items: Array<{ id: string; memberId: string; amount: string }>;
  };
};

export type WhereSpendsQueryVariables = Exact<{
  where?: SpendRecordWhere | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type WhereSpendsQuery = {
  spendRecords: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: Array<{ id: string; amount: string }> };
};

export type DocsDeductPointsMutationVariables = Exact<{
  memberId: string | number;
  amount: string;
}>;

export type DocsDeductPointsMutation = { changePoints: { errors: Array<{ code: ErrorCode }> } };

export type InvoicePageQueryVariables = Exact<{
  f?: RecordFilter | null | undefined;
}>;

export type InvoicePageQuery = {
  invoices: {
    totalItems: number;
    totalAmount: string;
    items: Array<{
      amount: string;
      member: { mobile: string | null } | null;
      card: { id: string } | null;
      store: { id: string } | null;
    }>;
  };
};

export type SetNicknameXiaoyuMutationVariables = Exact<{
  id: string | number;
}>;

export type SetNicknameXiaoyuMutation = { updateMember: { errors: Array<{ code: ErrorCode }> } };

export type LatestRechargesQueryVariables = Exact<{ [key: string]: never }>;

export type LatestRechargesQuery = {
  rechargeRecords: {
    totalItems: number;
    totalAmount: string;
    totalBonus: string;
    items: Array<{
      amount: string;
      bonus: string;
      orderNo: string;
      channel: CardChannel;
      card: { cardNo: string; template: { title: string } | null } | null;
      member: { mobile: string | null } | null;
      store: { name: string } | null;
      event: { id: string } | null;
    }>;
  };
};

export type SpendsByKeywordQueryVariables = Exact<{ [key: string]: never }>;

export type SpendsByKeywordQuery = {
  spendRecords: { totalItems: number; totalAmount: string; items: Array<{ member: { mobile: string | null } | null }> };
};

export type SpendsSinceQueryVariables = Exact<{
  from?: Date | string | null | undefined;
}>;

export type SpendsSinceQuery = { spendRecords: { totalItems: number; totalAmount: string } };

export type SpendsByPhoneQueryVariables = Exact<{
  p?: string | null | undefined;
}>;

export type SpendsByPhoneQuery = { spendRecords: { items: Array<{ orderNo: string }> } };

export type RefundRecordListQueryVariables = Exact<{ [key: string]: never }>;

export type RefundRecordListQuery = {
  refundRecords: {
    totalItems: number;
    totalAmount: string;
    items: Array<{ kind: RefundKind; orderNo: string; amount: string; member: { mobile: string | null } | null }>;
  };
};

export type RechargeRecordRelationsQueryVariables = Exact<{
  limit: number;
}>;

export type RechargeRecordRelationsQuery = {
  rechargeRecords: {
    totalItems: number;
    items: Array<{
      card: { cardNo: string; template: { title: string } | null } | null;
      member: { mobile: string | null } | null;
      store: { name: string } | null;
      event: { title: string } | null;
      staffUser: { username: string } | null;
    }>;
  };
};

export type MembersWithCardsQueryVariables = Exact<{
  p?: string | null | undefined;
}>;

export type MembersWithCardsQuery = {
  members: {
    totalItems: number;
    items: Array<{
      id: string;
      mobile: string | null;
      cards: Array<{ id: string; balance: string; capital: string; bonus: string; template: { title: string } | null }>;
    }>;
  };
};

export type CardsOfMemberQueryVariables = Exact<{
  m: string | number;
}>;

export type CardsOfMemberQuery = { memberCards: Array<{ id: string }> };

export type RechargeEventsOfTemplateQueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;

export type RechargeEventsOfTemplateQuery = { rechargeEvents: Array<{ id: string; title: string }> };

export type CreateOtherStoreMutationVariables = Exact<{ [key: string]: never }>;

export type CreateOtherStoreMutation = { createStore: { errors: Array<{ code: ErrorCode }>; store: { id: string } | null } };

export type CardHolderByMobileQueryVariables = Exact<{
  m: string;
}>;

export type CardHolderByMobileQuery = { memberByMobile: { id: string } | null };

export type SaveCardTemplateMutationVariables = Exact<{
  input: CardTemplateInput;
}>;

export type SaveCardTemplateMutation = {
  saveCardTemplate: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    cardTemplate: { id: string; title: string; type: CardType; active: boolean; stores: Array<{ id: string }> } | null;
  };
};

export type SaveRechargeEventMutationVariables = Exact<{
  input: RechargeEventInput;
}>;

export type SaveRechargeEventMutation = {
  saveRechargeEvent: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    rechargeEvent: {
      id: string;
      title: string;
      rechargeAmount: string;
      bonusAmount: string;
      type: RechargeEventType;
      status: RechargeEventStatus;
      couponQuantity: number;
      couponTemplate: { id: string; title: string } | null;
      cardTemplates: Array<{ id: string }>;
    } | null;
  };
};

export type SaveCouponTemplateMutationVariables = Exact<{
  input: CouponTemplateInput;
}>;

export type SaveCouponTemplateMutation = {
  saveCouponTemplate: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    couponTemplate: {
      id: string;
      title: string;
      validFrom: string | null;
      validUntil: string;
      status: CouponTemplateStatus;
    } | null;
  };
};

export type OpenMemberCardMutationVariables = Exact<{
  input: OpenMemberCardInput;
}>;

export type OpenMemberCardMutation = {
  openMemberCard: {
    memberCreated: boolean | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    card: {
      id: string;
      cardNo: string;
      memberId: string;
      capital: string;
      bonus: string;
      balance: string;
      openStore: { id: string } | null;
      member: { mobile: string | null } | null;
      template: { id: string; type: CardType } | null;
    } | null;
  };
};

export type RechargeCardMutationVariables = Exact<{
  input: RechargeCardInput;
}>;

export type RechargeCardMutation = {
  rechargeCard: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    recharge: {
      id: string;
      orderNo: string;
      amount: string;
      bonus: string;
      capitalRemaining: string;
      bonusRemaining: string;
      activityStatus: ActivityStatus | null;
      channel: CardChannel;
      storeId: string | null;
    } | null;
    card: {
      id: string;
      capital: string;
      bonus: string;
      balance: string;
      totalCapitalRecharged: string;
      invoiceable: string;
    } | null;
    coupons: Array<{
      id: string;
      code: string;
      status: CouponStatus;
      source: CouponSource;
      couponTemplateId: string;
      validityText: string;
    }> | null;
  };
};

export type SpendFromCardMutationVariables = Exact<{
  input: SpendFromCardInput;
}>;

export type SpendFromCardMutation = {
  spendFromCard: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    spend: { id: string; orderNo: string; amount: string; capitalPart: string; bonusPart: string } | null;
    card: { id: string; capital: string; bonus: string; balance: string } | null;
  };
};

export type SendRefundSmsCodeMutationVariables = Exact<{ [key: string]: never }>;

export type SendRefundSmsCodeMutation = {
  sendRefundSmsCode: {
    sentTo: string | null;
    expiresAt: string | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
  };
};

export type RefundSpendMutationVariables = Exact<{
  input: RefundInput;
}>;

export type RefundSpendMutation = {
  refundSpend: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    refund: { id: string; kind: RefundKind; orderNo: string; amount: string; capital: string; bonus: string } | null;
    card: { capital: string; bonus: string; balance: string } | null;
  };
};

export type RefundRechargeMutationVariables = Exact<{
  input: RefundInput;
}>;

export type RefundRechargeMutation = {
  refundRecharge: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    refund: { id: string; kind: RefundKind; orderNo: string; amount: string; capital: string; bonus: string } | null;
    card: { capital: string; bonus: string; balance: string; totalCapitalRefunded: string; invoiceable: string } | null;
  };
};

export type PayActivityCashbackMutationVariables = Exact<{
  id: string | number;
}>;

export type PayActivityCashbackMutation = {
  payActivityCashback: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    recharge: { id: string; activityStatus: ActivityStatus | null; cashbackPaidAt: string | null } | null;
  };
};

export type MemberCardDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberCardDetailQuery = {
  memberCard: {
    id: string;
    cardNo: string;
    capital: string;
    bonus: string;
    balance: string;
    totalCapitalRecharged: string;
    totalCapitalRefunded: string;
    totalInvoiced: string;
    invoiceable: string;
    qrContent: string;
    activityRecharges: Array<{
      id: string;
      capitalRemaining: string;
      bonusRemaining: string;
      activityStatus: ActivityStatus | null;
    }>;
    invoices: Array<{ id: string; amount: string; imageUrl: string | null; store: { id: string } | null }>;
  } | null;
};

export type UpdateCardSettingsMutationVariables = Exact<{
  phone?: string | null | undefined;
}>;

export type UpdateCardSettingsMutation = {
  updateCardSettings: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    settings: { smsPhone: string | null } | null;
  };
};

export type GiftCouponsMutationVariables = Exact<{
  input: GiftCouponsInput;
}>;

export type GiftCouponsMutation = {
  giftCoupons: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    coupons: Array<{
      id: string;
      code: string;
      status: CouponStatus;
      validFrom: string;
      validUntil: string;
      validityText: string;
      qrContent: string;
    }> | null;
  };
};

export type RedeemCouponMutationVariables = Exact<{
  input: RedeemCouponInput;
}>;

export type RedeemCouponMutation = {
  redeemCoupon: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    coupon: { id: string; code: string; status: CouponStatus; redeemedAt: string | null; redeemedStoreId: string | null } | null;
  };
};

export type AddInvoiceMutationVariables = Exact<{
  input: AddInvoiceInput;
}>;

export type AddInvoiceMutation = {
  addInvoice: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    invoice: { id: string; amount: string; imageUrl: string | null } | null;
    card: { invoiceable: string; totalInvoiced: string } | null;
  };
};

export type SaveStaffRoleWithMutationVariables = Exact<{
  p?: Array<Permission> | Permission | null | undefined;
}>;

export type SaveStaffRoleWithMutation = {
  saveStaffRole: { errors: Array<{ code: ErrorCode }>; staffRole: { id: string } | null };
};

export type CreateStaffUserWithMutationVariables = Exact<{
  u: string;
  r: string | number;
  s: string | number;
}>;

export type CreateStaffUserWithMutation = {
  createStaffUser: { errors: Array<{ code: ErrorCode }>; staffUser: { id: string } | null };
};

export type StaffLoginAsMutationVariables = Exact<{
  m: string | number;
  u: string;
}>;

export type StaffLoginAsMutation = { staffLogin: { token: string | null } };

export type CouponPageQueryVariables = Exact<{
  f?: CouponFilter | null | undefined;
  p?: PageInput | null | undefined;
}>;

export type CouponPageQuery = {
  coupons: {
    totalItems: number;
    items: Array<{
      id: string;
      code: string;
      status: CouponStatus;
      validFrom: string;
      validUntil: string;
      validityText: string;
      expired: boolean;
      template: { title: string; stores: Array<{ id: string }> } | null;
      member: { mobile: string | null } | null;
    }>;
  };
};

export type ScanQrCodeQueryVariables = Exact<{
  c: string;
}>;

export type ScanQrCodeQuery = {
  scanQrCode: {
    kind: QrKind | null;
    errors: Array<{ code: ErrorCode; field: string | null }>;
    card: { id: string; cardNo: string; balance: string; member: { mobile: string | null } | null } | null;
    coupon: { id: string; code: string; status: CouponStatus; validityText: string; template: { title: string } | null } | null;
  };
};

export type CouponsOfMemberByStatusQueryVariables = Exact<{
  m: string;
}>;

export type CouponsOfMemberByStatusQuery = {
  memberByMobile: {
    all: Array<{ id: string; status: CouponStatus }>;
    unused: Array<{ id: string }>;
    used: Array<{ id: string }>;
  } | null;
};

export type ActiveCouponTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type ActiveCouponTemplatesQuery = {
  couponTemplates: Array<{
    id: string;
    title: string;
    ruleText: string | null;
    validUntil: string;
    stores: Array<{ id: string }>;
  }>;
};

export type CreateStoreElsewhereMutationVariables = Exact<{ [key: string]: never }>;

export type CreateStoreElsewhereMutation = { createStore: { store: { id: string } | null } };

export type RefundSpendThriceMutationVariables = Exact<{
  o: string;
  c: string;
}>;

export type RefundSpendThriceMutation = {
  a: { errors: Array<{ code: ErrorCode }> };
  b: { errors: Array<{ code: ErrorCode }> };
  c: { errors: Array<{ code: ErrorCode }> };
};

export type StaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;

export type StaffLoginMutation = {
  staffLogin: {
    token: string | null;
    expiresAt: string | null;
    deviceToken: string | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    staffUser: { id: string; username: string; loginCount: number; lastLoginIp: string | null } | null;
  };
};

export type SaveStaffRoleMutationVariables = Exact<{
  input: StaffRoleInput;
}>;

export type SaveStaffRoleMutation = {
  saveStaffRole: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    staffRole: { id: string; name: string; menus: Array<string>; permissions: Array<Permission> } | null;
  };
};

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;

export type CreateStaffUserMutation = {
  createStaffUser: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    staffUser: {
      id: string;
      username: string;
      active: boolean;
      role: { name: string } | null;
      stores: Array<{ id: string }>;
    } | null;
  };
};

export type UpdateStaffUserMutationVariables = Exact<{
  input: UpdateStaffUserInput;
}>;

export type UpdateStaffUserMutation = {
  updateStaffUser: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    staffUser: { id: string; active: boolean } | null;
  };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    kind: string;
    permissions: Array<Permission>;
    staffUser: {
      username: string;
      realName: string | null;
      role: { name: string; menus: Array<string> } | null;
      stores: Array<{ id: string }>;
    } | null;
  };
};

export type CreateStoreBMutationVariables = Exact<{ [key: string]: never }>;

export type CreateStoreBMutation = { createStore: { store: { id: string } | null } };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never }>;

export type StaffLogoutMutation = { staffLogout: boolean };

export type SetStaffPasswordMutationVariables = Exact<{
  id: string | number;
}>;

export type SetStaffPasswordMutation = {
  setStaffPassword: { errors: Array<{ code: ErrorCode }>; staffUser: { id: string } | null };
};

export type RevokeStaffSessionsMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeStaffSessionsMutation = { revokeStaffSessions: { count: number | null; errors: Array<{ code: ErrorCode }> } };

export type StaffUserLoginsQueryVariables = Exact<{ [key: string]: never }>;

export type StaffUserLoginsQuery = { staffUsers: Array<{ username: string; lastLoginIp: string | null; loginCount: number }> };

export type StaffUsernamesQueryVariables = Exact<{ [key: string]: never }>;

export type StaffUsernamesQuery = { staffUsers: Array<{ username: string }> };

export type FailedLoginThenLogoutMutationVariables = Exact<{
  merchantId: string | number;
}>;

export type FailedLoginThenLogoutMutation = { staffLogout: boolean; staffLogin: { token: string | null } };

export type SeedStaffRoleBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedStaffRoleBMutation = { saveStaffRole: { errors: Array<{ code: ErrorCode }>; staffRole: { id: string } | null } };

export type SeedStaffUserBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedStaffUserBMutation = {
  createStaffUser: { errors: Array<{ code: ErrorCode }>; staffUser: { id: string } | null };
};

export type CardTenantViewerQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantViewerQuery = { viewer: { kind: string; staffUser: { id: string } | null } };

export type CardTenantStaffUsersQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantStaffUsersQuery = { staffUsers: Array<{ id: string }> };

export type CardTenantStaffRolesQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantStaffRolesQuery = { staffRoles: Array<{ id: string }> };

export type CardTenantCardSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantCardSettingsQuery = { cardSettings: { smsPhone: string | null } };

export type CardTenantCardTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantCardTemplatesQuery = { cardTemplates: Array<{ id: string }> };

export type CardTenantCardTemplateQueryVariables = Exact<{
  id: string | number;
}>;

export type CardTenantCardTemplateQuery = { cardTemplate: { id: string } | null };

export type CardTenantRechargeEventsQueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;

export type CardTenantRechargeEventsQuery = { all: Array<{ id: string }>; byCard: Array<{ id: string }> };

export type CardTenantRechargeEventQueryVariables = Exact<{
  id: string | number;
}>;

export type CardTenantRechargeEventQuery = { rechargeEvent: { id: string } | null };

export type CardTenantMemberCardQueryVariables = Exact<{
  id?: string | number | null | undefined;
  no?: string | null | undefined;
  m?: string | number | null | undefined;
  t?: string | number | null | undefined;
}>;

export type CardTenantMemberCardQuery = {
  byId: { id: string } | null;
  byNo: { id: string } | null;
  byMember: { id: string } | null;
};

export type CardTenantMemberCardsQueryVariables = Exact<{
  m: string | number;
}>;

export type CardTenantMemberCardsQuery = { memberCards: Array<{ id: string }> };

export type CardTenantRechargeRecordsQueryVariables = Exact<{
  p?: string | null | undefined;
}>;

export type CardTenantRechargeRecordsQuery = { all: { items: Array<{ id: string }> }; byPhone: { totalItems: number } };

export type CardTenantSpendRecordsQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;

export type CardTenantSpendRecordsQuery = { spendRecords: { totalItems: number; totalAmount: string } };

export type CardTenantRefundRecordsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;

export type CardTenantRefundRecordsQuery = { refundRecords: { totalItems: number } };

export type CardTenantInvoicesQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantInvoicesQuery = { invoices: { items: Array<{ id: string }> } };

export type CardTenantCouponTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type CardTenantCouponTemplatesQuery = { couponTemplates: Array<{ id: string }> };

export type CardTenantCouponsQueryVariables = Exact<{
  m?: string | number | null | undefined;
  p?: string | null | undefined;
}>;

export type CardTenantCouponsQuery = { byMember: { totalItems: number }; byPhone: { totalItems: number } };

export type CardTenantCouponQueryVariables = Exact<{
  c: string;
}>;

export type CardTenantCouponQuery = { coupon: { id: string } | null };

export type CardTenantScanQrCodeQueryVariables = Exact<{
  c: string;
}>;

export type CardTenantScanQrCodeQuery = { scanQrCode: { errors: Array<{ code: ErrorCode }>; card: { id: string } | null } };

export type CardTenantStaffLoginMutationVariables = Exact<{
  m: string | number;
}>;

export type CardTenantStaffLoginMutation = { staffLogin: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantStaffLogoutMutationVariables = Exact<{ [key: string]: never }>;

export type CardTenantStaffLogoutMutation = { staffLogout: boolean };

export type CardTenantSaveStaffRoleMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type CardTenantSaveStaffRoleMutation = { saveStaffRole: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantCreateStaffUserMutationVariables = Exact<{
  r?: string | number | null | undefined;
}>;

export type CardTenantCreateStaffUserMutation = { createStaffUser: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantUpdateStaffUserMutationVariables = Exact<{
  id: string | number;
}>;

export type CardTenantUpdateStaffUserMutation = { updateStaffUser: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantSetStaffPasswordMutationVariables = Exact<{
  id: string | number;
}>;

export type CardTenantSetStaffPasswordMutation = { setStaffPassword: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantRevokeStaffSessionsMutationVariables = Exact<{
  id: string | number;
}>;

export type CardTenantRevokeStaffSessionsMutation = { revokeStaffSessions: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantUpdateCardSettingsMutationVariables = Exact<{
  phone: string;
}>;

export type CardTenantUpdateCardSettingsMutation = {
  updateCardSettings: { errors: Array<{ code: ErrorCode }>; settings: { smsPhone: string | null } | null };
};

export type CardTenantSendRefundSmsCodeMutationVariables = Exact<{ [key: string]: never }>;

export type CardTenantSendRefundSmsCodeMutation = {
  sendRefundSmsCode: { sentTo: string | null; errors: Array<{ code: ErrorCode }> };
};

export type CardTenantSaveCardTemplateMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type CardTenantSaveCardTemplateMutation = { saveCardTemplate: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantSaveRechargeEventMutationVariables = Exact<{
  t: string | number;
}>;

export type CardTenantSaveRechargeEventMutation = { saveRechargeEvent: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantSaveCouponTemplateMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type CardTenantSaveCouponTemplateMutation = { saveCouponTemplate: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantOpenMemberCardMutationVariables = Exact<{
  p: string;
  t: string | number;
}>;

export type CardTenantOpenMemberCardMutation = { openMemberCard: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantRechargeCardMutationVariables = Exact<{
  c: string | number;
}>;

export type CardTenantRechargeCardMutation = { rechargeCard: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantSpendFromCardMutationVariables = Exact<{
  p: string;
  t: string | number;
}>;

export type CardTenantSpendFromCardMutation = { spendFromCard: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantRefundSpendMutationVariables = Exact<{
  o: string;
}>;

export type CardTenantRefundSpendMutation = { refundSpend: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantRefundRechargeMutationVariables = Exact<{
  o: string;
}>;

export type CardTenantRefundRechargeMutation = { refundRecharge: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantPayActivityCashbackMutationVariables = Exact<{
  id: string | number;
}>;

export type CardTenantPayActivityCashbackMutation = { payActivityCashback: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantAddInvoiceMutationVariables = Exact<{
  c: string | number;
}>;

export type CardTenantAddInvoiceMutation = { addInvoice: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantGiftCouponsMutationVariables = Exact<{
  t: string | number;
  m: string | number;
}>;

export type CardTenantGiftCouponsMutation = { giftCoupons: { errors: Array<{ code: ErrorCode }> } };

export type CardTenantRedeemCouponMutationVariables = Exact<{
  c: string;
  a: string | number;
  b: string | number;
}>;

export type CardTenantRedeemCouponMutation = {
  mine: { errors: Array<{ code: ErrorCode }> };
  theirs: { errors: Array<{ code: ErrorCode }> };
};

export type BossLoginAttemptMutationVariables = Exact<{
  m: string | number;
}>;

export type BossLoginAttemptMutation = { staffLogin: { token: string | null; errors: Array<{ code: ErrorCode }> } };

export type EventTenantSubscriptionsQueryVariables = Exact<{ [key: string]: never }>;

export type EventTenantSubscriptionsQuery = { eventSubscriptions: Array<{ id: string }> };

export type EventTenantDeliveriesQueryVariables = Exact<{
  s: string | number;
}>;

export type EventTenantDeliveriesQuery = { eventDeliveries: { totalItems: number } };

export type EventTenantCreateSubscriptionMutationVariables = Exact<{ [key: string]: never }>;

export type EventTenantCreateSubscriptionMutation = {
  createEventSubscription: { subscription: { id: string } | null; errors: Array<{ code: ErrorCode }> };
};

export type EventTenantUpdateSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type EventTenantUpdateSubscriptionMutation = { updateEventSubscription: { errors: Array<{ code: ErrorCode }> } };

export type EventTenantDeleteSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type EventTenantDeleteSubscriptionMutation = { deleteEventSubscription: { errors: Array<{ code: ErrorCode }> } };

export type EventTenantTestSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type EventTenantTestSubscriptionMutation = { testEventSubscription: { errors: Array<{ code: ErrorCode }> } };

export type EventTenantReplayMutationVariables = Exact<{
  id: string | number;
}>;

export type EventTenantReplayMutation = { replayDeadLetters: { errors: Array<{ code: ErrorCode }> } };

export type EvCreateSubscriptionMutationVariables = Exact<{
  input: CreateEventSubscriptionInput;
}>;

export type EvCreateSubscriptionMutation = {
  createEventSubscription: {
    secret: string | null;
    subscription: {
      id: string;
      name: string;
      url: string;
      format: SubscriptionFormat;
      eventTypes: Array<EventType>;
      appId: string | null;
      partnerId: string | null;
      active: boolean;
    } | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
  };
};

export type EvUpdateSubscriptionMutationVariables = Exact<{
  input: UpdateEventSubscriptionInput;
}>;

export type EvUpdateSubscriptionMutation = {
  updateEventSubscription: {
    secret: string | null;
    subscription: { id: string; active: boolean; eventTypes: Array<EventType> } | null;
    errors: Array<{ code: ErrorCode; field: string | null }>;
  };
};

export type EvDeleteSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type EvDeleteSubscriptionMutation = {
  deleteEventSubscription: { deleted: boolean | null; errors: Array<{ code: ErrorCode }> };
};

export type EvTestSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type EvTestSubscriptionMutation = {
  testEventSubscription: { event: { id: string; type: EventType } | null; errors: Array<{ code: ErrorCode }> };
};

export type EvReplayMutationVariables = Exact<{
  subscriptionId: string | number;
  deliveryIds?: Array<string | number> | string | number | null | undefined;
}>;

export type EvReplayMutation = { replayDeadLetters: { replayed: number | null; errors: Array<{ code: ErrorCode }> } };

export type EvSubscriptionsQueryVariables = Exact<{ [key: string]: never }>;

export type EvSubscriptionsQuery = {
  eventSubscriptions: Array<{ id: string; name: string; format: SubscriptionFormat; active: boolean }>;
};

export type EvDeliveriesQueryVariables = Exact<{
  filter?: EventDeliveryFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type EvDeliveriesQuery = {
  eventDeliveries: {
    totalItems: number;
    items: Array<{
      id: string;
      subscriptionId: string;
      status: DeliveryStatus;
      attempts: number;
      lastError: string | null;
      lastResponseCode: number | null;
      deliveredAt: string | null;
      event: { id: string; type: EventType; memberId: string | null; seq: string; payload: Record<string, unknown> };
      attemptLog: Array<{ attempt: number; ok: boolean; responseCode: number | null; latencyMs: number; error: string | null }>;
    }>;
  };
};

export type EvRegisterMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;

export type EvRegisterMutation = {
  registerMember: { member: { id: string; code: string } | null; errors: Array<{ code: ErrorCode; field: string | null }> };
};

export type EvUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;

export type EvUpdateMemberMutation = {
  updateMember: { member: { id: string } | null; errors: Array<{ code: ErrorCode; field: string | null }> };
};

export type EvChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type EvChangePointsMutation = { changePoints: { entry: { id: string } | null; errors: Array<{ code: ErrorCode }> } };

export type ChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type ChangePointsMutation = {
  changePoints: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    entry: {
      id: string;
      memberId: string;
      direction: LedgerDirection;
      amount: string;
      balanceAfter: string;
      operationType: PointsOperationType | null;
      businessType: LedgerBusinessType | null;
      source: LedgerSource;
      orderId: string | null;
      idempotencyKey: string | null;
      createdAt: string;
    } | null;
    balance: { memberId: string; current: string; totalEarned: string; used: string } | null;
  };
};

export type ChangeExperienceMutationVariables = Exact<{
  input: ChangeExperienceInput;
}>;

export type ChangeExperienceMutation = {
  changeExperience: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    entry: { id: string; amount: string; direction: LedgerDirection; balanceAfter: string } | null;
    balance: { current: string; gradeLevel: number } | null;
    gradeChange: { from: number; to: number } | null;
  };
};

export type SetGradesMutationVariables = Exact<{
  grades: Array<GradeInput> | GradeInput;
}>;

export type SetGradesMutation = {
  setGrades: {
    membersRegraded: number | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    grades: Array<{ level: number; code: string; name: string; threshold: string }> | null;
  };
};

export type GradeHistoryQueryVariables = Exact<{
  m: string | number;
}>;

export type GradeHistoryQuery = {
  gradeChanges: {
    totalItems: number;
    items: Array<{
      fromLevel: number;
      toLevel: number;
      experience: string;
      reason: GradeChangeReason;
      fromGrade: { code: string } | null;
      toGrade: { code: string } | null;
    }>;
  };
  member: {
    experience: { current: string; gradeLevel: number };
    grade: { level: number; code: string; name: string } | null;
  } | null;
};

export type GradeLadderQueryVariables = Exact<{ [key: string]: never }>;

export type GradeLadderQuery = { grades: Array<{ level: number; code: string; threshold: string }> };

export type GradeCodesQueryVariables = Exact<{ [key: string]: never }>;

export type GradeCodesQuery = { grades: Array<{ code: string }> };

export type SetBronzeSilverGoldGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetBronzeSilverGoldGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type ChangePointsAndExperienceMutationVariables = Exact<{
  p: ChangePointsInput;
  e: ChangeExperienceInput;
}>;

export type ChangePointsAndExperienceMutation = {
  changePoints: { errors: Array<{ code: ErrorCode }> };
  changeExperience: { errors: Array<{ code: ErrorCode }> };
};

export type MemberLoyaltyPageQueryVariables = Exact<{
  limit: number;
}>;

export type MemberLoyaltyPageQuery = {
  members: {
    items: Array<{
      id: string;
      points: { current: string; totalEarned: string; used: string };
      experience: { current: string; gradeLevel: number };
      grade: { code: string; name: string } | null;
    }>;
  };
};

export type MembersByLoyaltyRankQueryVariables = Exact<{
  orderBy: LoyaltyOrder;
  filter?: LoyaltyMemberFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type MembersByLoyaltyRankQuery = {
  membersByLoyalty: {
    totalItems: number;
    items: Array<{ id: string; points: { current: string }; experience: { current: string }; grade: { code: string } | null }>;
  };
};

export type LoyaltyAccountsOfQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type LoyaltyAccountsOfQuery = {
  loyaltyAccounts: Array<{
    memberId: string;
    points: { current: string; totalEarned: string; used: string };
    experience: { current: string };
    grade: { code: string } | null;
    member: { code: string } | null;
  }>;
};

export type ChangePointsErrorsMutationVariables = Exact<{
  i: ChangePointsInput;
}>;

export type ChangePointsErrorsMutation = { changePoints: { errors: Array<{ code: ErrorCode }> } };

export type PointsOrderPageQueryVariables = Exact<{
  m: string | number;
}>;

export type PointsOrderPageQuery = {
  pointsOrders: { totalItems: number; items: Array<{ orderId: string; status: PointsOrderStatus }> };
};

export type OrderFieldsFragment = {
  orderId: string;
  status: PointsOrderStatus;
  spent: string;
  spentReversed: string;
  revocable: string;
  earned: string;
  earnedReversed: string;
  consumedAt: string | null;
  returnedAt: string | null;
};

export type OrderCommandResultFragment = {
  replayed: boolean | null;
  errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
  order: {
    orderId: string;
    status: PointsOrderStatus;
    spent: string;
    spentReversed: string;
    revocable: string;
    earned: string;
    earnedReversed: string;
    consumedAt: string | null;
    returnedAt: string | null;
  } | null;
  entry: {
    id: string;
    direction: LedgerDirection;
    amount: string;
    source: LedgerSource;
    operationType: PointsOperationType | null;
    orderId: string | null;
    balanceAfter: string;
  } | null;
  balance: { current: string; totalEarned: string; used: string } | null;
};

export type ConsumeOrderPointsMutationVariables = Exact<{
  input: ConsumePointsInput;
}>;

export type ConsumeOrderPointsMutation = {
  consumePointsForOrder: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    order: {
      orderId: string;
      status: PointsOrderStatus;
      spent: string;
      spentReversed: string;
      revocable: string;
      earned: string;
      earnedReversed: string;
      consumedAt: string | null;
      returnedAt: string | null;
    } | null;
    entry: {
      id: string;
      direction: LedgerDirection;
      amount: string;
      source: LedgerSource;
      operationType: PointsOperationType | null;
      orderId: string | null;
      balanceAfter: string;
    } | null;
    balance: { current: string; totalEarned: string; used: string } | null;
  };
};

export type RevokeOrderMutationVariables = Exact<{
  input: RevokeOrderPointsInput;
}>;

export type RevokeOrderMutation = {
  revokeOrderPoints: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    order: {
      orderId: string;
      status: PointsOrderStatus;
      spent: string;
      spentReversed: string;
      revocable: string;
      earned: string;
      earnedReversed: string;
      consumedAt: string | null;
      returnedAt: string | null;
    } | null;
    entry: {
      id: string;
      direction: LedgerDirection;
      amount: string;
      source: LedgerSource;
      operationType: PointsOperationType | null;
      orderId: string | null;
      balanceAfter: string;
    } | null;
    balance: { current: string; totalEarned: string; used: string } | null;
  };
};

export type ReturnOrderMutationVariables = Exact<{
  input: ReturnOrderPointsInput;
}>;

export type ReturnOrderMutation = {
  returnOrderPoints: {
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    order: {
      orderId: string;
      status: PointsOrderStatus;
      spent: string;
      spentReversed: string;
      revocable: string;
      earned: string;
      earnedReversed: string;
      consumedAt: string | null;
      returnedAt: string | null;
    } | null;
    entry: {
      id: string;
      direction: LedgerDirection;
      amount: string;
      source: LedgerSource;
      operationType: PointsOperationType | null;
      orderId: string | null;
      balanceAfter: string;
    } | null;
    balance: { current: string; totalEarned: string; used: string } | null;
  };
};

export type PointsOrderOfQueryVariables = Exact<{
  memberId: string | number;
  orderId: string;
}>;

export type PointsOrderOfQuery = {
  pointsOrder: {
    orderId: string;
    status: PointsOrderStatus;
    spent: string;
    spentReversed: string;
    revocable: string;
    earned: string;
    earnedReversed: string;
    consumedAt: string | null;
    returnedAt: string | null;
  } | null;
};

export type SetLoyaltySettingsMutationVariables = Exact<{
  input: LoyaltySettingsInput;
}>;

export type SetLoyaltySettingsMutation = {
  setLoyaltySettings: {
    settings: { moneyToPointsRate: string; pointsScale: number } | null;
    errors: Array<{ code: ErrorCode; field: string | null }>;
  };
};

export type PointsEntryPageQueryVariables = Exact<{
  filter?: LedgerEntryFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type PointsEntryPageQuery = {
  pointsEntries: {
    totalItems: number;
    items: Array<{
      amount: string;
      direction: LedgerDirection;
      operationType: PointsOperationType | null;
      orderId: string | null;
    }>;
  };
};

export type MemberLoyaltyAndEntriesQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberLoyaltyAndEntriesQuery = {
  member: { id: string } | null;
  loyaltyAccounts: Array<{ memberId: string }>;
  pointsEntries: { totalItems: number };
};

export type SetTaskGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetTaskGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type SetTaskConfigMutationVariables = Exact<{
  input: SetTaskConfigInput;
}>;

export type SetTaskConfigMutation = {
  setTaskConfig: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    task: {
      id: string;
      number: number;
      name: string;
      ops: Array<string>;
      points: string;
      experience: string;
      enabled: boolean;
      periodUnit: TaskPeriodUnit;
      periodRatio: number;
      maxCompletionsPerPeriod: number | null;
      pointsCapPerPeriod: string | null;
      dedupeByTarget: boolean;
      stepResetsEachPeriod: boolean;
      pointsSteps: Array<{ from: number; amount: string }>;
      experienceSteps: Array<{ from: number; amount: string }>;
    } | null;
  };
};

export type SubmitTaskMutationVariables = Exact<{
  input: SubmitTaskInput;
}>;

export type SubmitTaskMutation = {
  submitTask: {
    code: TaskSubmissionCode | null;
    legacyCode: number | null;
    refusalReason: TaskRefusalReason | null;
    completionsCounted: number | null;
    points: string | null;
    experience: string | null;
    pointsBalance: string | null;
    experienceBalance: string | null;
    replayed: boolean | null;
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    task: { number: number } | null;
    grade: { level: number } | null;
    grades: Array<{ level: number; threshold: string }> | null;
  };
};

export type TaskConfigOpsQueryVariables = Exact<{ [key: string]: never }>;

export type TaskConfigOpsQuery = { taskConfigs: Array<{ number: number; ops: Array<string> }> };

export type TaskPointsEntryCountQueryVariables = Exact<{
  m: string | number;
}>;

export type TaskPointsEntryCountQuery = { pointsEntries: { totalItems: number } };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;

export type CreateMemberMutation = {
  createMember: {
    errors: Array<{ code: ErrorCode; field: string | null; message: string }>;
    member: {
      id: string;
      code: string;
      mobile: string | null;
      name: string | null;
      email: string | null;
      referrerId: string | null;
      sinceAt: string | null;
      dueAt: string | null;
    } | null;
  };
};

export type SetReferralBonusMutationVariables = Exact<{
  bonus?: string | null | undefined;
}>;

export type SetReferralBonusMutation = {
  setLoyaltySettings: { errors: Array<{ code: ErrorCode; message: string }>; settings: { referralBonusPoints: string } | null };
};

export type MemberPointsOfQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberPointsOfQuery = { member: { points: { current: string; totalEarned: string } } | null };

export type ReferralEntriesQueryVariables = Exact<{
  memberId: string | number;
}>;

export type ReferralEntriesQuery = {
  pointsEntries: {
    totalItems: number;
    items: Array<{
      amount: string;
      activityCode: string | null;
      operationType: PointsOperationType | null;
      description: string | null;
    }>;
  };
};

export type FilterMembersQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type FilterMembersQuery = { members: { totalItems: number; items: Array<{ code: string }> } };

export type SetTwoGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetTwoGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type EveryMemberFieldFragment = {
  id: string;
  numericId: number;
  code: string;
  mobile: string | null;
  name: string | null;
  nickname: string | null;
  email: string | null;
  sex: Sex;
  birthday: string | null;
  idCardNumber: string | null;
  address: string | null;
  avatarUrl: string | null;
  registeredAt: string;
  registerStoreId: string | null;
  status: MemberStatus;
  sinceAt: string | null;
  dueAt: string | null;
  labels: Array<string>;
  referrerId: string | null;
  createdAt: string;
  updatedAt: string;
  deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
  channels: Array<{
    id: string;
    memberId: string;
    channelCode: string;
    channelId: string | null;
    openid: string;
    unionId: string | null;
    cardCode: string | null;
    cardId: string | null;
    registerType: number | null;
    registerStoreId: string | null;
    createdAt: string;
    updatedAt: string;
  }>;
  referrer: { id: string; code: string; channels: Array<{ openid: string }> } | null;
};

export type LeanMemberQueryVariables = Exact<{
  id: string | number;
}>;

export type LeanMemberQuery = {
  member: {
    id: string;
    numericId: number;
    code: string;
    mobile: string | null;
    name: string | null;
    nickname: string | null;
    email: string | null;
    sex: Sex;
    birthday: string | null;
    idCardNumber: string | null;
    address: string | null;
    avatarUrl: string | null;
    registeredAt: string;
    registerStoreId: string | null;
    status: MemberStatus;
    sinceAt: string | null;
    dueAt: string | null;
    labels: Array<string>;
    referrerId: string | null;
    createdAt: string;
    updatedAt: string;
    deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
    channels: Array<{
      id: string;
      memberId: string;
      channelCode: string;
      channelId: string | null;
      openid: string;
      unionId: string | null;
      cardCode: string | null;
      cardId: string | null;
      registerType: number | null;
      registerStoreId: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    referrer: { id: string; code: string; channels: Array<{ openid: string }> } | null;
  } | null;
};

export type OrmMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type OrmMemberMutation = {
  addMemberLabels: {
    member: {
      id: string;
      numericId: number;
      code: string;
      mobile: string | null;
      name: string | null;
      nickname: string | null;
      email: string | null;
      sex: Sex;
      birthday: string | null;
      idCardNumber: string | null;
      address: string | null;
      avatarUrl: string | null;
      registeredAt: string;
      registerStoreId: string | null;
      status: MemberStatus;
      sinceAt: string | null;
      dueAt: string | null;
      labels: Array<string>;
      referrerId: string | null;
      createdAt: string;
      updatedAt: string;
      deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
      channels: Array<{
        id: string;
        memberId: string;
        channelCode: string;
        channelId: string | null;
        openid: string;
        unionId: string | null;
        cardCode: string | null;
        cardId: string | null;
        registerType: number | null;
        registerStoreId: string | null;
        createdAt: string;
        updatedAt: string;
      }>;
      referrer: { id: string; code: string; channels: Array<{ openid: string }> } | null;
    } | null;
  };
};

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;

export type RegisterMemberMutation = {
  registerMember: {
    created: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: { id: string; code: string; mobile: string | null } | null;
  };
};

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;

export type UpdateMemberMutation = {
  updateMember: {
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: {
      id: string;
      mobile: string | null;
      name: string | null;
      nickname: string | null;
      email: string | null;
      sex: Sex;
      birthday: string | null;
      idCardNumber: string | null;
      address: string | null;
      avatarUrl: string | null;
      sinceAt: string | null;
      dueAt: string | null;
      deliveryAddresses: Array<{ address: string; recipient: string | null; phone: string | null }>;
    } | null;
  };
};

export type BindChannelMutationVariables = Exact<{
  memberId: string | number;
  channel: ChannelInput;
}>;

export type BindChannelMutation = {
  bindMemberChannel: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    member: { id: string; channels: Array<{ channelCode: string; openid: string; cardCode: string | null }> } | null;
  };
};

export type UnbindChannelMutationVariables = Exact<{
  memberId: string | number;
  channelCode: string;
  openid: string;
}>;

export type UnbindChannelMutation = {
  unbindMemberChannel: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    member: { id: string; channels: Array<{ channelCode: string; openid: string }> } | null;
  };
};

export type SetStatusMutationVariables = Exact<{
  memberId: string | number;
  status: MemberStatus;
}>;

export type SetStatusMutation = {
  setMemberStatus: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    member: { id: string; status: MemberStatus } | null;
  };
};

export type AddLabelsMutationVariables = Exact<{
  memberId: string | number;
  labels: Array<string> | string;
}>;

export type AddLabelsMutation = {
  addMemberLabels: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    member: { id: string; labels: Array<string> } | null;
  };
};

export type RemoveLabelsMutationVariables = Exact<{
  memberId: string | number;
  labels: Array<string> | string;
}>;

export type RemoveLabelsMutation = {
  removeMemberLabels: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    member: { id: string; labels: Array<string> } | null;
  };
};

export type MemberLookupsQueryVariables = Exact<{
  id: string | number;
  mobile: string;
  code: string;
  channelCode: string;
  openid: string;
}>;

export type MemberLookupsQuery = {
  byId: { id: string } | null;
  byMobile: { id: string } | null;
  byCode: { id: string } | null;
  byChannel: { id: string; referrer: { id: string } | null } | null;
};

export type SetBaseGoldGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetBaseGoldGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type MemberPageQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type MemberPageQuery = {
  members: {
    totalItems: number;
    items: Array<{
      id: string;
      code: string;
      mobile: string | null;
      name: string | null;
      nickname: string | null;
      status: MemberStatus;
      labels: Array<string>;
      registeredAt: string;
      registerStore: { id: string; code: string; name: string } | null;
      channels: Array<{ channelCode: string; openid: string; unionId: string | null }>;
    }>;
  };
};

export type RegisterMemberProfileMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;

export type RegisterMemberProfileMutation = {
  registerMember: {
    created: boolean | null;
    errors: Array<{ code: ErrorCode; message: string; field: string | null }>;
    member: {
      id: string;
      code: string;
      mobile: string | null;
      name: string | null;
      sex: Sex;
      birthday: string | null;
      status: MemberStatus;
      labels: Array<string>;
      registerStore: { code: string } | null;
      channels: Array<{ channelCode: string; openid: string; unionId: string | null; registerType: number | null }>;
    } | null;
  };
};

export type MerchantAndStoresQueryVariables = Exact<{ [key: string]: never }>;

export type MerchantAndStoresQuery = { merchant: { name: string; timeZone: string }; stores: Array<{ code: string }> };

export type CreateStoreWithCodeMutationVariables = Exact<{
  c: string;
}>;

export type CreateStoreWithCodeMutation = {
  createStore: { errors: Array<{ code: ErrorCode; field: string | null }>; store: { code: string } | null };
};

export type StoreCodesQueryVariables = Exact<{ [key: string]: never }>;

export type StoreCodesQuery = { stores: Array<{ code: string }> };

export type CreateShimAppWithKeyMutationVariables = Exact<{
  input: CreateShimAppInput;
}>;

export type CreateShimAppWithKeyMutation = {
  createShimApp: {
    errors: Array<{ code: ErrorCode; field: string | null }>;
    app: { appKey: string; contract: ShimContract } | null;
  };
};

export type ShimAppContractsQueryVariables = Exact<{ [key: string]: never }>;

export type ShimAppContractsQuery = { shimApps: Array<{ appKey: string; contract: ShimContract }> };

export type CreateTempOperatorKeyMutationVariables = Exact<{ [key: string]: never }>;

export type CreateTempOperatorKeyMutation = {
  createApiKey: { secret: string | null; apiKey: { id: string; prefix: string; role: ApiKeyRole } | null };
};

export type ApiKeyPrefixesQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeyPrefixesQuery = { apiKeys: Array<{ id: string; prefix: string }> };

export type CreateAdminKeyMutationVariables = Exact<{ [key: string]: never }>;

export type CreateAdminKeyMutation = { createApiKey: { secret: string | null } };

export type RegisterMemberForMaskingMutationVariables = Exact<{ [key: string]: never }>;

export type RegisterMemberForMaskingMutation = { registerMember: { member: { id: string } | null } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = { revokeApiKey: { errors: Array<{ code: ErrorCode }> } };

export type MemberChannelIdsQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberChannelIdsQuery = { member: { id: string; channels: Array<{ id: string }> } | null };

export type DeepReferrersQueryVariables = Exact<{ [key: string]: never }>;

export type DeepReferrersQuery = {
  members: {
    items: Array<{
      referrer: { referrer: { referrer: { referrer: { referrer: { id: string } | null } | null } | null } | null } | null;
    }>;
  };
};

export type CostlyMemberPageQueryVariables = Exact<{ [key: string]: never }>;

export type CostlyMemberPageQuery = {
  members: {
    items: Array<{ id: string; code: string; mobile: string | null; name: string | null; channels: Array<{ id: string }> }>;
  };
};

export type MemberPageWithoutTotalQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;

export type MemberPageWithoutTotalQuery = {
  members: {
    items: Array<{ id: string; code: string; channels: Array<{ channelCode: string }>; registerStore: { code: string } | null }>;
  };
};

export type PageSizeFragment = { totalItems: number };

export type MemberPageTotalInFragmentQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;

export type MemberPageTotalInFragmentQuery = { members: { totalItems: number; items: Array<{ id: string }> } };

export type MemberProfileQueryVariables = Exact<{
  id: string | number;
}>;

export type MemberProfileQuery = {
  member: {
    id: string;
    code: string;
    mobile: string | null;
    name: string | null;
    nickname: string | null;
    email: string | null;
    sex: Sex;
    birthday: string | null;
    registeredAt: string;
    status: MemberStatus;
    labels: Array<string>;
  } | null;
};

export type ReadChangeReadMutationVariables = Exact<{
  memberId: string | number;
  change: ChangePointsInput;
}>;

export type ReadChangeReadMutation = {
  before: { member: { points: { current: string } } | null };
  change: { errors: Array<{ code: ErrorCode }> };
  after: { member: { points: { current: string } } | null };
};

export type ScaleOutChangePointsMutationVariables = Exact<{
  input: ChangePointsInput;
}>;

export type ScaleOutChangePointsMutation = {
  changePoints: { replayed: boolean | null; errors: Array<{ code: ErrorCode }>; balance: { current: string } | null };
};

export type ScaleOutReadAcrossQueryVariables = Exact<{
  other: string | number;
}>;

export type ScaleOutReadAcrossQuery = { members: { totalItems: number }; member: { id: string } | null };

export type TenantPointsEntriesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type TenantPointsEntriesQuery = { pointsEntries: { totalItems: number } };

export type TenantExperienceEntriesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type TenantExperienceEntriesQuery = { experienceEntries: { totalItems: number } };

export type TenantGradeChangesQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantGradeChangesQuery = { gradeChanges: { totalItems: number } };

export type TenantGradesQueryVariables = Exact<{ [key: string]: never }>;

export type TenantGradesQuery = { grades: Array<{ code: string }> };

export type TenantLoyaltyAccountsQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantLoyaltyAccountsQuery = { loyaltyAccounts: Array<{ memberId: string; points: { current: string } }> };

export type TenantLoyaltySettingsQueryVariables = Exact<{ [key: string]: never }>;

export type TenantLoyaltySettingsQuery = { loyaltySettings: { moneyToPointsRate: string } };

export type TenantMembersByLoyaltyQueryVariables = Exact<{ [key: string]: never }>;

export type TenantMembersByLoyaltyQuery = { membersByLoyalty: { items: Array<{ id: string }> } };

export type TenantPointsOrderQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantPointsOrderQuery = { pointsOrder: { orderId: string } | null };

export type TenantPointsOrdersQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantPointsOrdersQuery = { pointsOrders: { totalItems: number } };

export type TenantTaskConfigsQueryVariables = Exact<{ [key: string]: never }>;

export type TenantTaskConfigsQuery = { taskConfigs: Array<{ name: string }> };

export type TenantMemberByDynamicCodeQueryVariables = Exact<{
  c: string;
}>;

export type TenantMemberByDynamicCodeQuery = { memberByDynamicCode: { id: string } | null };

export type TenantStoreByCodeQueryVariables = Exact<{ [key: string]: never }>;

export type TenantStoreByCodeQuery = { storeByCode: { id: string } | null };

export type TenantShimAppsQueryVariables = Exact<{ [key: string]: never }>;

export type TenantShimAppsQuery = { shimApps: Array<{ id: string }> };

export type TenantShimSigningPublicKeyQueryVariables = Exact<{ [key: string]: never }>;

export type TenantShimSigningPublicKeyQuery = { shimSigningPublicKey: string };

export type TenantMemberQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantMemberQuery = { member: { id: string } | null };

export type TenantMemberByMobileQueryVariables = Exact<{
  m: string;
}>;

export type TenantMemberByMobileQuery = { memberByMobile: { id: string } | null };

export type TenantMemberByCodeQueryVariables = Exact<{
  c: string;
}>;

export type TenantMemberByCodeQuery = { memberByCode: { id: string } | null };

export type TenantMemberByChannelQueryVariables = Exact<{
  o: string;
}>;

export type TenantMemberByChannelQuery = { memberByChannel: { id: string } | null };

export type TenantMembersQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;

export type TenantMembersQuery = { all: { totalItems: number; items: Array<{ id: string }> }; byStore: { totalItems: number } };

export type TenantMerchantQueryVariables = Exact<{ [key: string]: never }>;

export type TenantMerchantQuery = { merchant: { id: string; name: string } };

export type TenantStoresQueryVariables = Exact<{ [key: string]: never }>;

export type TenantStoresQuery = { stores: Array<{ id: string }> };

export type TenantStoreQueryVariables = Exact<{
  id: string | number;
}>;

export type TenantStoreQuery = { store: { id: string } | null };

export type TenantApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type TenantApiKeysQuery = { apiKeys: Array<{ id: string }> };

export type TenantChangePointsMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantChangePointsMutation = { changePoints: { errors: Array<{ code: ErrorCode }> } };

export type TenantChangeExperienceMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantChangeExperienceMutation = { changeExperience: { errors: Array<{ code: ErrorCode }> } };

export type TenantConsumePointsForOrderMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantConsumePointsForOrderMutation = { consumePointsForOrder: { errors: Array<{ code: ErrorCode }> } };

export type TenantRevokeOrderPointsMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantRevokeOrderPointsMutation = { revokeOrderPoints: { errors: Array<{ code: ErrorCode }> } };

export type TenantReturnOrderPointsMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantReturnOrderPointsMutation = { returnOrderPoints: { errors: Array<{ code: ErrorCode }> } };

export type TenantSubmitTaskMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantSubmitTaskMutation = { submitTask: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetGradesMutationVariables = Exact<{ [key: string]: never }>;

export type TenantSetGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetLoyaltySettingsMutationVariables = Exact<{ [key: string]: never }>;

export type TenantSetLoyaltySettingsMutation = { setLoyaltySettings: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetTaskConfigMutationVariables = Exact<{ [key: string]: never }>;

export type TenantSetTaskConfigMutation = { setTaskConfig: { errors: Array<{ code: ErrorCode }> } };

export type TenantIssueMemberDynamicCodeMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantIssueMemberDynamicCodeMutation = { issueMemberDynamicCode: { errors: Array<{ code: ErrorCode }> } };

export type TenantCreateShimAppMutationVariables = Exact<{ [key: string]: never }>;

export type TenantCreateShimAppMutation = { createShimApp: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetShimAppStatusMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantSetShimAppStatusMutation = { setShimAppStatus: { errors: Array<{ code: ErrorCode }> } };

export type TenantRevokeShimAppMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantRevokeShimAppMutation = { revokeShimApp: { errors: Array<{ code: ErrorCode }> } };

export type TenantRegisterMemberMutationVariables = Exact<{
  s?: string | number | null | undefined;
}>;

export type TenantRegisterMemberMutation = { registerMember: { errors: Array<{ code: ErrorCode }> } };

export type TenantUpdateMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantUpdateMemberMutation = { updateMember: { errors: Array<{ code: ErrorCode }> } };

export type TenantBindMemberChannelMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantBindMemberChannelMutation = { bindMemberChannel: { errors: Array<{ code: ErrorCode }> } };

export type TenantUnbindMemberChannelMutationVariables = Exact<{
  id: string | number;
  o: string;
}>;

export type TenantUnbindMemberChannelMutation = { unbindMemberChannel: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetMemberStatusMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantSetMemberStatusMutation = { setMemberStatus: { errors: Array<{ code: ErrorCode }> } };

export type TenantAddMemberLabelsMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantAddMemberLabelsMutation = { addMemberLabels: { errors: Array<{ code: ErrorCode }> } };

export type TenantRemoveMemberLabelsMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantRemoveMemberLabelsMutation = { removeMemberLabels: { errors: Array<{ code: ErrorCode }> } };

export type TenantCreateStoreMutationVariables = Exact<{ [key: string]: never }>;

export type TenantCreateStoreMutation = { createStore: { errors: Array<{ code: ErrorCode }>; store: { id: string } | null } };

export type TenantCreateApiKeyMutationVariables = Exact<{ [key: string]: never }>;

export type TenantCreateApiKeyMutation = { createApiKey: { errors: Array<{ code: ErrorCode }> } };

export type TenantRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantRevokeApiKeyMutation = { revokeApiKey: { errors: Array<{ code: ErrorCode }> } };

export type SeedMemberAMutationVariables = Exact<{ [key: string]: never }>;

export type SeedMemberAMutation = { registerMember: { member: { id: string } | null } };

export type SeedMemberBMutationVariables = Exact<{
  s: string | number;
}>;

export type SeedMemberBMutation = { registerMember: { member: { id: string } | null } };

export type SeedGradesBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedGradesBMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type SeedLoyaltySettingsBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedLoyaltySettingsBMutation = { setLoyaltySettings: { errors: Array<{ code: ErrorCode }> } };

export type SeedTaskConfigBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedTaskConfigBMutation = { setTaskConfig: { errors: Array<{ code: ErrorCode }> } };

export type SeedPointsBMutationVariables = Exact<{
  id: string | number;
}>;

export type SeedPointsBMutation = { changePoints: { errors: Array<{ code: ErrorCode }> } };

export type SeedOrderBMutationVariables = Exact<{
  id: string | number;
}>;

export type SeedOrderBMutation = { consumePointsForOrder: { errors: Array<{ code: ErrorCode }> } };

export type SeedExperienceBMutationVariables = Exact<{
  id: string | number;
}>;

export type SeedExperienceBMutation = { changeExperience: { errors: Array<{ code: ErrorCode }> } };

export type SeedTaskBMutationVariables = Exact<{
  id: string | number;
}>;

export type SeedTaskBMutation = { submitTask: { errors: Array<{ code: ErrorCode }> } };

export type SeedShimAppAMutationVariables = Exact<{ [key: string]: never }>;

export type SeedShimAppAMutation = { createShimApp: { app: { id: string } | null } };

export type SeedShimAppBMutationVariables = Exact<{ [key: string]: never }>;

export type SeedShimAppBMutation = { createShimApp: { app: { id: string } | null } };

export type TenantCreateMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantCreateMemberMutation = { createMember: { errors: Array<{ code: ErrorCode }> } };

export type TenantSetMerchantProfileMutationVariables = Exact<{ [key: string]: never }>;

export type TenantSetMerchantProfileMutation = { setMerchantProfile: { errors: Array<{ code: ErrorCode }> } };

export type TenantWechatOAuthMemberMutationVariables = Exact<{ [key: string]: never }>;

export type TenantWechatOAuthMemberMutation = { wechatOAuthMember: { errors: Array<{ code: ErrorCode }> } };

export type TenantPairWechatMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type TenantPairWechatMemberMutation = { pairWechatMember: { errors: Array<{ code: ErrorCode }> } };

export type MemberPointsEntriesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type MemberPointsEntriesQuery = {
  pointsEntries: {
    items: Array<{
      direction: LedgerDirection;
      amount: string;
      balanceAfter: string;
      operationType: PointsOperationType | null;
      operatorId: string | null;
      orderId: string | null;
      source: LedgerSource;
      idempotencyKey: string | null;
    }>;
  };
};

export type ReturnOrderPointsErrorsMutationVariables = Exact<{
  id: string | number;
}>;

export type ReturnOrderPointsErrorsMutation = { returnOrderPoints: { errors: Array<{ code: ErrorCode }> } };

export type SetGradeTableMutationVariables = Exact<{
  g: Array<GradeInput> | GradeInput;
}>;

export type SetGradeTableMutation = { setGrades: { errors: Array<{ code: ErrorCode; message: string }> } };

export type CreateErpStoreMutationVariables = Exact<{ [key: string]: never }>;

export type CreateErpStoreMutation = { createStore: { errors: Array<{ code: ErrorCode }> } };

export type CreateOtherErpStoreMutationVariables = Exact<{ [key: string]: never }>;

export type CreateOtherErpStoreMutation = { createStore: { errors: Array<{ code: ErrorCode }> } };

export type SetErpGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetErpGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type MemberIdByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type MemberIdByMobileQuery = { memberByMobile: { id: string } | null };

export type ReferrerCodeByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type ReferrerCodeByMobileQuery = { memberByMobile: { referrer: { code: string } | null } | null };

export type PointsByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type PointsByMobileQuery = { memberByMobile: { points: { current: string; used: string; totalEarned: string } } | null };

export type SetErpProfileMutationVariables = Exact<{
  id: string | number;
}>;

export type SetErpProfileMutation = { updateMember: { errors: Array<{ code: ErrorCode }> } };

export type MemberCountByMobileQueryVariables = Exact<{
  mobile: string;
}>;

export type MemberCountByMobileQuery = { members: { totalItems: number } };

export type LegacyCodesAdminOnlyMutationVariables = Exact<{ [key: string]: never }>;

export type LegacyCodesAdminOnlyMutation = { setLoyaltySettings: { errors: Array<{ code: ErrorCode; message: string }> } };

export type LegacyCodesUnknownAppMutationVariables = Exact<{ [key: string]: never }>;

export type LegacyCodesUnknownAppMutation = { revokeShimApp: { errors: Array<{ code: ErrorCode; message: string }> } };

export type LoyaltyRateQueryVariables = Exact<{ [key: string]: never }>;

export type LoyaltyRateQuery = { loyaltySettings: { moneyToPointsRate: string } };

export type ShimRouterCreateStoreMutationVariables = Exact<{
  code: string;
}>;

export type ShimRouterCreateStoreMutation = { createStore: { errors: Array<{ code: ErrorCode; message: string }> } };

export type ShimRouterStoresQueryVariables = Exact<{ [key: string]: never }>;

export type ShimRouterStoresQuery = { stores: Array<{ code: string }> };

export type SetRestMerchantProfileMutationVariables = Exact<{
  appId?: string | null | undefined;
  secret?: string | null | undefined;
}>;

export type SetRestMerchantProfileMutation = {
  setMerchantProfile: {
    errors: Array<{ code: ErrorCode; message: string }>;
    merchant: {
      fullName: string | null;
      wechat: { appId: string | null; originId: string | null; appSecretSet: boolean };
    } | null;
  };
};

export type SetRestReferralBonusMutationVariables = Exact<{ [key: string]: never }>;

export type SetRestReferralBonusMutation = { setLoyaltySettings: { errors: Array<{ code: ErrorCode }> } };

export type AddRestExperienceMutationVariables = Exact<{
  memberId: string | number;
}>;

export type AddRestExperienceMutation = { changeExperience: { errors: Array<{ code: ErrorCode }> } };

export type SetRestGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetRestGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type SaveRestStaffRoleMutationVariables = Exact<{
  name: string;
  p?: Array<Permission> | Permission | null | undefined;
}>;

export type SaveRestStaffRoleMutation = {
  saveStaffRole: { errors: Array<{ code: ErrorCode }>; staffRole: { id: string } | null };
};

export type ShimAppKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ShimAppKeysQuery = { shimApps: Array<{ id: string; appKey: string }> };

export type RegisterPartnerMemberMutationVariables = Exact<{
  s: string | number;
}>;

export type RegisterPartnerMemberMutation = { registerMember: { member: { id: string } | null } };

export type SaveFullReductionCouponMutationVariables = Exact<{ [key: string]: never }>;

export type SaveFullReductionCouponMutation = {
  saveCouponTemplate: { errors: Array<{ code: ErrorCode; message: string }>; couponTemplate: { id: string } | null };
};

export type GiftTwoCouponsMutationVariables = Exact<{
  t: string | number;
  m: string | number;
}>;

export type GiftTwoCouponsMutation = { giftCoupons: { errors: Array<{ code: ErrorCode; message: string }> } };

export type SetScoreGradesMutationVariables = Exact<{ [key: string]: never }>;

export type SetScoreGradesMutation = { setGrades: { errors: Array<{ code: ErrorCode }> } };

export type RegisterWithNicknameMutationVariables = Exact<{
  mobile: string;
  nickname: string;
}>;

export type RegisterWithNicknameMutation = { registerMember: { errors: Array<{ code: ErrorCode }> } };

export type SetPointsRateMutationVariables = Exact<{
  rate: string;
}>;

export type SetPointsRateMutation = { setLoyaltySettings: { errors: Array<{ code: ErrorCode }> } };

export type CreateExampleStoreMutationVariables = Exact<{ [key: string]: never }>;

export type CreateExampleStoreMutation = { createStore: { errors: Array<{ code: ErrorCode }> } };

export type MerchantNameQueryVariables = Exact<{ [key: string]: never }>;

export type MerchantNameQuery = { merchant: { name: string } };

export type RevokeShimAppMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeShimAppMutation = { revokeShimApp: { errors: Array<{ code: ErrorCode }> } };

export type SetShimAppStatusMutationVariables = Exact<{
  id: string | number;
  s: ShimAppStatus;
}>;

export type SetShimAppStatusMutation = { setShimAppStatus: { errors: Array<{ code: ErrorCode }> } };

export type RegisterMobileMutationVariables = Exact<{
  mobile: string;
}>;

export type RegisterMobileMutation = { registerMember: { errors: Array<{ code: ErrorCode }>; member: { id: string } | null } };

export type AddPointsMutationVariables = Exact<{
  memberId: string | number;
  amount: string;
}>;

export type AddPointsMutation = { changePoints: { errors: Array<{ code: ErrorCode }> } };

export type AddExperienceMutationVariables = Exact<{
  memberId: string | number;
  amount: string;
}>;

export type AddExperienceMutation = { changeExperience: { errors: Array<{ code: ErrorCode }> } };

export type IssueDynamicCodeMutationVariables = Exact<{
  memberId: string | number;
}>;

export type IssueDynamicCodeMutation = { issueMemberDynamicCode: { code: string | null; expiresAt: string | null } };

export type CreateHmacShimAppMutationVariables = Exact<{
  input: CreateShimAppInput;
}>;

export type CreateHmacShimAppMutation = {
  createShimApp: {
    secret: string | null;
    errors: Array<{ code: ErrorCode; message: string }>;
    app: { id: string; appKey: string } | null;
  };
};

export type CreatePartnerShimAppMutationVariables = Exact<{
  pem: string;
  unsigned?: boolean | null | undefined;
}>;

export type CreatePartnerShimAppMutation = {
  createShimApp: {
    signingPublicKeyPem: string | null;
    errors: Array<{ code: ErrorCode; message: string }>;
    app: { appKey: string; partnerId: string | null } | null;
  };
};

export const CmStoreFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmStore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Store' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmStoreFragment, unknown>;
export const CmEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rechargeAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonusAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'couponQuantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmEventFragment, unknown>;
export const CmRecordCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRecordCardFragment, unknown>;
export const CmRecordMemberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRecordMemberFragment, unknown>;
export const CmCardDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCardDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRecharged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalInvoiced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'colour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'numericId' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCardDetailFragment, unknown>;
export const CmCouponFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCoupon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coupon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCouponFragment, unknown>;
export const CpointOrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CpointOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointOrderFieldsFragment, unknown>;
export const CpointTaskFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CpointTaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ops' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
          { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experienceSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batch' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxCompletionsPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsCapPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'experienceCapPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dedupeByTarget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepResetsEachPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointTaskFieldsFragment, unknown>;
export const ErpMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErpMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'level' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpMemberFieldsFragment, unknown>;
export const RestMemberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMemberFragment, unknown>;
export const RestMerchantFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMerchant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Merchant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechat' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'originId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMerchantFragment, unknown>;
export const PartnerMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registerStore' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const OrderCommandResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderCommandResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderCommandResultFragment, unknown>;
export const EveryMemberFieldFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EveryMemberField' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referrerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'openid' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EveryMemberFieldFragment, unknown>;
export const PageSizeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageSize' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberList' } },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
    },
  ],
} as unknown as DocumentNode<PageSizeFragment, unknown>;
export const CmStoresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmStores' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmStore' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmStore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Store' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmStoresQuery, CmStoresQueryVariables>;
export const CmCardTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmCardTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardTemplates' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'active' }, value: { kind: 'BooleanValue', value: true } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'colour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmStore' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rechargeEvents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmEvent' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmStore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Store' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rechargeAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonusAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'couponQuantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCardTemplatesQuery, CmCardTemplatesQueryVariables>;
export const CmOpenCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmOpenCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenMemberCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMemberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmOpenCardMutation, CmOpenCardMutationVariables>;
export const CmEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cardTemplateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cardTemplateId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'numericId' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardTemplateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cardTemplateId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'active' }, value: { kind: 'BooleanValue', value: true } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmEvent' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rechargeAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonusAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'couponQuantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmEventsQuery, CmEventsQueryVariables>;
export const CmEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmEvent' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rechargeAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonusAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'couponQuantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmEventQuery, CmEventQueryVariables>;
export const CmRechargeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmRecharge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRechargeMutation, CmRechargeMutationVariables>;
export const CmSpendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmSpend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpendFromCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendFromCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmSpendMutation, CmSpendMutationVariables>;
export const CmRefundSpendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmRefundSpend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRefundSpendMutation, CmRefundSpendMutationVariables>;
export const CmRefundRechargeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmRefundRecharge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecharge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRefundRechargeMutation, CmRefundRechargeMutationVariables>;
export const CmSendSmsCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmSendSmsCode' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendRefundSmsCode' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmSendSmsCodeMutation, CmSendSmsCodeMutationVariables>;
export const CmCashbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmCashback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rechargeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payActivityCashback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rechargeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rechargeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCashbackMutation, CmCashbackMutationVariables>;
export const CmRechargeRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmRechargeRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalBonus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proofImageUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'event' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordCard' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRechargeRecordsQuery, CmRechargeRecordsQueryVariables>;
export const CmSpendRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmSpendRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordCard' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmSpendRecordsQuery, CmSpendRecordsQueryVariables>;
export const CmRefundRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmRefundRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordCard' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRefundRecordsQuery, CmRefundRecordsQueryVariables>;
export const CmMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmMembersQuery, CmMembersQueryVariables>;
export const CmMemberCardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmMemberCards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'template' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activityRecharges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capitalRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonusRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activityStatus' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmMemberCardsQuery, CmMemberCardsQueryVariables>;
export const CmInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmInvoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmRecordMember' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmRecordMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmInvoicesQuery, CmInvoicesQueryVariables>;
export const CmScanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmScan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'content' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scanQrCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'content' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'content' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmCardDetail' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmCoupon' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCardDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRecharged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalInvoiced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'colour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'numericId' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCoupon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coupon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmScanQuery, CmScanQueryVariables>;
export const CmRedeemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmRedeem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeemCouponInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeemCoupon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmCoupon' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redeemedStoreId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCoupon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coupon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRedeemMutation, CmRedeemMutationVariables>;
export const CmRedeemerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmRedeemer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmRedeemerQuery, CmRedeemerQueryVariables>;
export const CmGiftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmGift' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GiftCouponsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giftCoupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmGiftMutation, CmGiftMutationVariables>;
export const CmCouponTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmCouponTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplates' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'ACTIVE' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmStore' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmStore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Store' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCouponTemplatesQuery, CmCouponTemplatesQueryVariables>;
export const CmCardDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmCardDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cardTemplateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'timeZone' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardTemplateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cardTemplateId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CmCardDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CmCardDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRecharged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalInvoiced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'template' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'colour' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'numericId' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmCardDetailQuery, CmCardDetailQueryVariables>;
export const CmAddInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmAddInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddInvoiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmAddInvoiceMutation, CmAddInvoiceMutationVariables>;
export const CmLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CmLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffLoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmLoginMutation, CmLoginMutationVariables>;
export const CmViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CmViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loginCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastLoginIp' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'role' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'menus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CmViewerQuery, CmViewerQueryVariables>;
export const CpointMemberPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointMemberPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointMemberPointsQuery, CpointMemberPointsQueryVariables>;
export const CpointChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CpointChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointChangePointsMutation, CpointChangePointsMutationVariables>;
export const CpointConsumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CpointConsume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsumePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consumePointsForOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderId' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointConsumeMutation, CpointConsumeMutationVariables>;
export const CpointRevokeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CpointRevoke' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeOrderPointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'order' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderId' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointRevokeMutation, CpointRevokeMutationVariables>;
export const CpointOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CpointOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CpointOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointOrderQuery, CpointOrderQueryVariables>;
export const CpointOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CpointOrderFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CpointOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointOrdersQuery, CpointOrdersQueryVariables>;
export const CpointTaskConfigsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointTaskConfigs' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taskConfigs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CpointTaskFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CpointTaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ops' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
          { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experienceSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxGrade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batch' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repeatable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxCompletionsPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsCapPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'experienceCapPerPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dedupeByTarget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepResetsEachPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointTaskConfigsQuery, CpointTaskConfigsQueryVariables>;
export const CpointSetTaskConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CpointSetTaskConfig' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTaskConfigInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTaskConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointSetTaskConfigMutation, CpointSetTaskConfigMutationVariables>;
export const CpointGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointGradesQuery, CpointGradesQueryVariables>;
export const CpointLoyaltyAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointLoyaltyAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'experience' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointLoyaltyAccountsQuery, CpointLoyaltyAccountsQueryVariables>;
export const CpointMembersByLoyaltyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CpointMembersByLoyalty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyMemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyOrder' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'membersByLoyalty' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'experience' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointMembersByLoyaltyQuery, CpointMembersByLoyaltyQueryVariables>;
export const CpointSubmitTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CpointSubmitTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitTaskInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'legacyCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsBalance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'experienceBalance' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grades' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CpointSubmitTaskMutation, CpointSubmitTaskMutationVariables>;
export const ErpMemberByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErpMemberByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErpMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErpMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'level' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpMemberByMobileQuery, ErpMemberByMobileQueryVariables>;
export const ErpMemberExistsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErpMemberExists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpMemberExistsQuery, ErpMemberExistsQueryVariables>;
export const ErpMemberByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErpMemberByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpMemberByCodeQuery, ErpMemberByCodeQueryVariables>;
export const ErpStoreByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErpStoreByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'storeByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpStoreByCodeQuery, ErpStoreByCodeQueryVariables>;
export const ErpRegisterMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ErpRegisterMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErpMemberFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErpMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'level' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpRegisterMemberMutation, ErpRegisterMemberMutationVariables>;
export const ErpChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ErpChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpChangePointsMutation, ErpChangePointsMutationVariables>;
export const ErpUpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ErpUpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErpMemberFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErpMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'level' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErpUpdateMemberMutation, ErpUpdateMemberMutationVariables>;
export const RestMerchantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RestMerchant' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMerchant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMerchant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Merchant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechat' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'originId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMerchantQuery, RestMerchantQueryVariables>;
export const RestMemberByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RestMemberById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMember' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMerchant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMerchant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Merchant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechat' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'originId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMemberByIdQuery, RestMemberByIdQueryVariables>;
export const RestMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RestMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'REGISTERED_AT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMember' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMerchant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMerchant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Merchant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechat' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'originId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMembersQuery, RestMembersQueryVariables>;
export const RestMemberIdsByRefreshTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RestMemberIdsByRefreshToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'wechatRefreshToken' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '10' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestMemberIdsByRefreshTokenQuery, RestMemberIdsByRefreshTokenQueryVariables>;
export const RestReferrerExistsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RestReferrerExists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestReferrerExistsQuery, RestReferrerExistsQueryVariables>;
export const RestCreateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestCreateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestCreateMemberMutation, RestCreateMemberMutationVariables>;
export const RestUpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestUpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestUpdateMemberMutation, RestUpdateMemberMutationVariables>;
export const RestSetMemberStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestSetMemberStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberStatus' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestSetMemberStatusMutation, RestSetMemberStatusMutationVariables>;
export const RestWechatOAuthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestWechatOAuth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechatOAuthMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RestMember' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RestMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grade' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestWechatOAuthMutation, RestWechatOAuthMutationVariables>;
export const RestPairWechatDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestPairWechat' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PairWechatMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pairWechatMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestPairWechatMutation, RestPairWechatMutationVariables>;
export const PartnerMemberByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registerStore' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberByIdQuery, PartnerMemberByIdQueryVariables>;
export const PartnerMemberByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registerStore' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberByMobileQuery, PartnerMemberByMobileQueryVariables>;
export const PartnerMemberByDynamicCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberByDynamicCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByDynamicCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerMemberFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerStore' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registerStore' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberByDynamicCodeQuery, PartnerMemberByDynamicCodeQueryVariables>;
export const PartnerMemberPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'REGISTERED_AT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'DESC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'grade' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'spending' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberPageQuery, PartnerMemberPageQueryVariables>;
export const PartnerStoreByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerStoreByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'storeByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerStoreByCodeQuery, PartnerStoreByCodeQueryVariables>;
export const PartnerRegisterMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerRegisterMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerRegisterMemberMutation, PartnerRegisterMemberMutationVariables>;
export const PartnerMemberCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupons' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'UNUSED' } },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityText' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'template' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ruleText' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberCouponsQuery, PartnerMemberCouponsQueryVariables>;
export const PartnerChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerChangePointsMutation, PartnerChangePointsMutationVariables>;
export const PartnerReturnOrderPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerReturnOrderPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnOrderPointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReturnOrderPointsMutation, PartnerReturnOrderPointsMutationVariables>;
export const PartnerMemberPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerMemberPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerMemberPointsQuery, PartnerMemberPointsQueryVariables>;
export const MemberCountsByDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberCountsBy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberDimension' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AggregatePeriod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDateRange' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradeCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'members' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberCountsByQuery, MemberCountsByQueryVariables>;
export const PointsFlowsByDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PointsFlowsBy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerDimension' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AggregatePeriod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDateRange' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsFlows' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issued' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'net' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsFlowsByQuery, PointsFlowsByQueryVariables>;
export const ExperienceFlowsByDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExperienceFlowsBy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerDimension' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AggregatePeriod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDateRange' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experienceFlows' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issued' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'net' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExperienceFlowsByQuery, ExperienceFlowsByQueryVariables>;
export const CardMoneyTotalsByDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardMoneyTotalsBy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CardMoneyDimension' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AggregatePeriod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDateRange' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardMoneyTotals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recharges' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recharged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bonusGranted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spends' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentCapital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentBonus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spendRefunds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rechargeRefunds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bonusWithdrawn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardMoneyTotalsByQuery, CardMoneyTotalsByQueryVariables>;
export const CouponTotalsByDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouponTotalsBy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CouponDimension' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AggregatePeriod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDateRange' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTotals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issued' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redeemed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouponTotalsByQuery, CouponTotalsByQueryVariables>;
export const LiabilityAtDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiabilityAt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storedValueCapital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storedValueBonus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storedValue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiabilityAtQuery, LiabilityAtQueryVariables>;
export const WhereMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereMembersQuery, WhereMembersQueryVariables>;
export const WhereMembersPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereMembersPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereMembersPageQuery, WhereMembersPageQueryVariables>;
export const WhereMembersByLoyaltyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereMembersByLoyalty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyOrder' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'membersByLoyalty' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereMembersByLoyaltyQuery, WhereMembersByLoyaltyQueryVariables>;
export const WherePointsEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WherePointsEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsEntryWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatedOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WherePointsEntriesQuery, WherePointsEntriesQueryVariables>;
export const WhereExperienceEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereExperienceEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExperienceEntryWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experienceEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereExperienceEntriesQuery, WhereExperienceEntriesQueryVariables>;
export const WhereCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CouponWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatedOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereCouponsQuery, WhereCouponsQueryVariables>;
export const WhereRechargesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereRecharges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeRecordWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatedOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereRechargesQuery, WhereRechargesQueryVariables>;
export const WhereSpendsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereSpends' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpendRecordWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereSpendsQuery, WhereSpendsQueryVariables>;
export const DocsDeductPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DocsDeductPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'DEDUCT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'operationType' },
                      value: { kind: 'EnumValue', value: 'MANUAL_DEDUCTION' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocsDeductPointsMutation, DocsDeductPointsMutationVariables>;
export const InvoicePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvoicePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '5' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvoicePageQuery, InvoicePageQueryVariables>;
export const SetNicknameXiaoyuDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetNicknameXiaoyu' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'nickname' },
                      value: { kind: 'StringValue', value: '小鱼', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetNicknameXiaoyuMutation, SetNicknameXiaoyuMutationVariables>;
export const LatestRechargesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LatestRecharges' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '2' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalBonus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'template' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'event' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LatestRechargesQuery, LatestRechargesQueryVariables>;
export const SpendsByKeywordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpendsByKeyword' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'keyword' },
                      value: { kind: 'StringValue', value: '小鱼', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendsByKeywordQuery, SpendsByKeywordQueryVariables>;
export const SpendsSinceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpendsSince' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendsSinceQuery, SpendsSinceQueryVariables>;
export const SpendsByPhoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpendsByPhone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phoneContains' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderNo' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendsByPhoneQuery, SpendsByPhoneQueryVariables>;
export const RefundRecordListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RefundRecordList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundRecordListQuery, RefundRecordListQueryVariables>;
export const RechargeRecordRelationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RechargeRecordRelations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'card' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'template' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'event' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'staffUser' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'username' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RechargeRecordRelationsQuery, RechargeRecordRelationsQueryVariables>;
export const MembersWithCardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersWithCards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobileContains' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cards' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'template' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersWithCardsQuery, MembersWithCardsQueryVariables>;
export const CardsOfMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardsOfMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardsOfMemberQuery, CardsOfMemberQueryVariables>;
export const RechargeEventsOfTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RechargeEventsOfTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardTemplateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RechargeEventsOfTemplateQuery, RechargeEventsOfTemplateQueryVariables>;
export const CreateOtherStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOtherStore' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'S-OTHER', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'Other', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'store' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOtherStoreMutation, CreateOtherStoreMutationVariables>;
export const CardHolderByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardHolderByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardHolderByMobileQuery, CardHolderByMobileQueryVariables>;
export const SaveCardTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveCardTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CardTemplateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCardTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cardTemplate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveCardTemplateMutation, SaveCardTemplateMutationVariables>;
export const SaveRechargeEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRechargeEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeEventInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveRechargeEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rechargeEvent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rechargeAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonusAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'couponQuantity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'couponTemplate' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cardTemplates' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRechargeEventMutation, SaveRechargeEventMutationVariables>;
export const SaveCouponTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveCouponTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CouponTemplateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCouponTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'couponTemplate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveCouponTemplateMutation, SaveCouponTemplateMutationVariables>;
export const OpenMemberCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenMemberCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenMemberCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMemberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCreated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openStore' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'template' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenMemberCardMutation, OpenMemberCardMutationVariables>;
export const RechargeCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RechargeCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RechargeCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recharge' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capitalRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonusRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activityStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storeId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRecharged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'couponTemplateId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityText' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RechargeCardMutation, RechargeCardMutationVariables>;
export const SpendFromCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SpendFromCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpendFromCardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendFromCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capitalPart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonusPart' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendFromCardMutation, SpendFromCardMutationVariables>;
export const SendRefundSmsCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendRefundSmsCode' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendRefundSmsCode' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sentTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendRefundSmsCodeMutation, SendRefundSmsCodeMutationVariables>;
export const RefundSpendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefundSpend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundSpendMutation, RefundSpendMutationVariables>;
export const RefundRechargeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefundRecharge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecharge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refund' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRefunded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundRechargeMutation, RefundRechargeMutationVariables>;
export const PayActivityCashbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PayActivityCashback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payActivityCashback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rechargeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recharge' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activityStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cashbackPaidAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayActivityCashbackMutation, PayActivityCashbackMutationVariables>;
export const MemberCardDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberCardDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bonus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRecharged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCapitalRefunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalInvoiced' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qrContent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activityRecharges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capitalRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bonusRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activityStatus' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'store' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberCardDetailQuery, MemberCardDetailQueryVariables>;
export const UpdateCardSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCardSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'phone' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCardSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsPhone' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'phone' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'settings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'smsPhone' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCardSettingsMutation, UpdateCardSettingsMutationVariables>;
export const GiftCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiftCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GiftCouponsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giftCoupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qrContent' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiftCouponsMutation, GiftCouponsMutationVariables>;
export const RedeemCouponDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeemCoupon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeemCouponInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeemCoupon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redeemedStoreId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeemCouponMutation, RedeemCouponMutationVariables>;
export const AddInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddInvoiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'invoiceable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalInvoiced' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddInvoiceMutation, AddInvoiceMutationVariables>;
export const SaveStaffRoleWithDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveStaffRoleWith' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Permission' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveStaffRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'all', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffRole' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveStaffRoleWithMutation, SaveStaffRoleWithMutationVariables>;
export const CreateStaffUserWithDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffUserWith' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'u' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'r' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'u' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'roleId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'r' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'storeIds' },
                      value: { kind: 'ListValue', values: [{ kind: 'Variable', name: { kind: 'Name', value: 's' } }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffUserWithMutation, CreateStaffUserWithMutationVariables>;
export const StaffLoginAsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StaffLoginAs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'u' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'merchantId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'u' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffLoginAsMutation, StaffLoginAsMutationVariables>;
export const CouponPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouponPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CouponFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'template' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'stores' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouponPageQuery, CouponPageQueryVariables>;
export const ScanQrCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScanQrCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scanQrCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'content' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cardNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mobile' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coupon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validityText' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'template' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScanQrCodeQuery, ScanQrCodeQueryVariables>;
export const CouponsOfMemberByStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouponsOfMemberByStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'all' },
                  name: { kind: 'Name', value: 'coupons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'unused' },
                  name: { kind: 'Name', value: 'coupons' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'UNUSED' } },
                  ],
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'used' },
                  name: { kind: 'Name', value: 'coupons' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'USED' } },
                  ],
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouponsOfMemberByStatusQuery, CouponsOfMemberByStatusQueryVariables>;
export const ActiveCouponTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActiveCouponTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplates' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'ACTIVE' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stores' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActiveCouponTemplatesQuery, ActiveCouponTemplatesQueryVariables>;
export const CreateStoreElsewhereDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStoreElsewhere' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'S-2', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'Elsewhere', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'store' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStoreElsewhereMutation, CreateStoreElsewhereMutationVariables>;
export const RefundSpendThriceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefundSpendThrice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'a' },
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderNo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'b' },
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderNo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'c' },
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderNo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundSpendThriceMutation, RefundSpendThriceMutationVariables>;
export const StaffLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StaffLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffLoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deviceToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loginCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastLoginIp' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffLoginMutation, StaffLoginMutationVariables>;
export const SaveStaffRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveStaffRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffRoleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveStaffRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffRole' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'menus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveStaffRoleMutation, SaveStaffRoleMutationVariables>;
export const CreateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStaffUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'role' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const UpdateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStaffUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStaffUserMutation, UpdateStaffUserMutationVariables>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'role' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'menus' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateStoreBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStoreB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'S-B', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'B', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'store' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStoreBMutation, CreateStoreBMutationVariables>;
export const StaffLogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StaffLogout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'staffLogout' } }] },
    },
  ],
} as unknown as DocumentNode<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const SetStaffPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStaffPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStaffPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'StringValue', value: 'new-secret', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStaffPasswordMutation, SetStaffPasswordMutationVariables>;
export const RevokeStaffSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeStaffSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeStaffSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeStaffSessionsMutation, RevokeStaffSessionsMutationVariables>;
export const StaffUserLoginsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffUserLogins' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastLoginIp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loginCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffUserLoginsQuery, StaffUserLoginsQueryVariables>;
export const StaffUsernamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffUsernames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'username' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffUsernamesQuery, StaffUsernamesQueryVariables>;
export const FailedLoginThenLogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FailedLoginThenLogout' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'merchantId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'merchantId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'merchantId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'StringValue', value: 'x', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'y', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }] },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'staffLogout' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FailedLoginThenLogoutMutation, FailedLoginThenLogoutMutationVariables>;
export const SeedStaffRoleBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedStaffRoleB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveStaffRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'b role', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffRole' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedStaffRoleBMutation, SeedStaffRoleBMutationVariables>;
export const SeedStaffUserBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedStaffUserB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'StringValue', value: 'b-user', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedStaffUserBMutation, SeedStaffUserBMutationVariables>;
export const CardTenantViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffUser' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantViewerQuery, CardTenantViewerQueryVariables>;
export const CardTenantStaffUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantStaffUsers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantStaffUsersQuery, CardTenantStaffUsersQueryVariables>;
export const CardTenantStaffRolesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantStaffRoles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffRoles' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantStaffRolesQuery, CardTenantStaffRolesQueryVariables>;
export const CardTenantCardSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCardSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardSettings' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'smsPhone' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCardSettingsQuery, CardTenantCardSettingsQueryVariables>;
export const CardTenantCardTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCardTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardTemplates' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCardTemplatesQuery, CardTenantCardTemplatesQueryVariables>;
export const CardTenantCardTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCardTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCardTemplateQuery, CardTenantCardTemplateQueryVariables>;
export const CardTenantRechargeEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantRechargeEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'rechargeEvents' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCard' },
            name: { kind: 'Name', value: 'rechargeEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardTemplateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRechargeEventsQuery, CardTenantRechargeEventsQueryVariables>;
export const CardTenantRechargeEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantRechargeEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRechargeEventQuery, CardTenantRechargeEventQueryVariables>;
export const CardTenantMemberCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantMemberCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'no' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byId' },
            name: { kind: 'Name', value: 'memberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byNo' },
            name: { kind: 'Name', value: 'memberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardNo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'no' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byMember' },
            name: { kind: 'Name', value: 'memberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cardTemplateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantMemberCardQuery, CardTenantMemberCardQueryVariables>;
export const CardTenantMemberCardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantMemberCards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberCards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantMemberCardsQuery, CardTenantMemberCardsQueryVariables>;
export const CardTenantRechargeRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantRechargeRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'rechargeRecords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byPhone' },
            name: { kind: 'Name', value: 'rechargeRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phoneContains' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRechargeRecordsQuery, CardTenantRechargeRecordsQueryVariables>;
export const CardTenantSpendRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantSpendRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAmount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSpendRecordsQuery, CardTenantSpendRecordsQueryVariables>;
export const CardTenantRefundRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantRefundRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRefundRecordsQuery, CardTenantRefundRecordsQueryVariables>;
export const CardTenantInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantInvoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantInvoicesQuery, CardTenantInvoicesQueryVariables>;
export const CardTenantCouponTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCouponTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'couponTemplates' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCouponTemplatesQuery, CardTenantCouponTemplatesQueryVariables>;
export const CardTenantCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byMember' },
            name: { kind: 'Name', value: 'coupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byPhone' },
            name: { kind: 'Name', value: 'coupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phone' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCouponsQuery, CardTenantCouponsQueryVariables>;
export const CardTenantCouponDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantCoupon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coupon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCouponQuery, CardTenantCouponQueryVariables>;
export const CardTenantScanQrCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CardTenantScanQrCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scanQrCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'content' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'card' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantScanQrCodeQuery, CardTenantScanQrCodeQueryVariables>;
export const CardTenantStaffLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantStaffLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'merchantId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'StringValue', value: 'b-user', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantStaffLoginMutation, CardTenantStaffLoginMutationVariables>;
export const CardTenantStaffLogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantStaffLogout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'staffLogout' } }] },
    },
  ],
} as unknown as DocumentNode<CardTenantStaffLogoutMutation, CardTenantStaffLogoutMutationVariables>;
export const CardTenantSaveStaffRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSaveStaffRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveStaffRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'hijacked', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSaveStaffRoleMutation, CardTenantSaveStaffRoleMutationVariables>;
export const CardTenantCreateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantCreateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'r' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'StringValue', value: 'a-user', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'roleId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'r' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantCreateStaffUserMutation, CardTenantCreateStaffUserMutationVariables>;
export const CardTenantUpdateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantUpdateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'active' },
                      value: { kind: 'BooleanValue', value: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantUpdateStaffUserMutation, CardTenantUpdateStaffUserMutationVariables>;
export const CardTenantSetStaffPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSetStaffPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStaffPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'StringValue', value: 'hijacked', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSetStaffPasswordMutation, CardTenantSetStaffPasswordMutationVariables>;
export const CardTenantRevokeStaffSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantRevokeStaffSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeStaffSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRevokeStaffSessionsMutation, CardTenantRevokeStaffSessionsMutationVariables>;
export const CardTenantUpdateCardSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantUpdateCardSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'phone' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCardSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsPhone' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'phone' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'settings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'smsPhone' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantUpdateCardSettingsMutation, CardTenantUpdateCardSettingsMutationVariables>;
export const CardTenantSendRefundSmsCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSendRefundSmsCode' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendRefundSmsCode' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sentTo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSendRefundSmsCodeMutation, CardTenantSendRefundSmsCodeMutationVariables>;
export const CardTenantSaveCardTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSaveCardTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCardTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'title' },
                      value: { kind: 'StringValue', value: 'hijacked', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'type' },
                      value: { kind: 'EnumValue', value: 'STORED_VALUE' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSaveCardTemplateMutation, CardTenantSaveCardTemplateMutationVariables>;
export const CardTenantSaveRechargeEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSaveRechargeEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveRechargeEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'title' },
                      value: { kind: 'StringValue', value: 'x', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'rechargeAmount' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'bonusAmount' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'type' }, value: { kind: 'EnumValue', value: 'BONUS' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardTemplateIds' },
                      value: { kind: 'ListValue', values: [{ kind: 'Variable', name: { kind: 'Name', value: 't' } }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSaveRechargeEventMutation, CardTenantSaveRechargeEventMutationVariables>;
export const CardTenantSaveCouponTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSaveCouponTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCouponTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'title' },
                      value: { kind: 'StringValue', value: 'hijacked', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'type' }, value: { kind: 'EnumValue', value: 'CASH' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'validUntil' },
                      value: { kind: 'StringValue', value: '2099-01-01', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSaveCouponTemplateMutation, CardTenantSaveCouponTemplateMutationVariables>;
export const CardTenantOpenMemberCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantOpenMemberCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMemberCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phone' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardTemplateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantOpenMemberCardMutation, CardTenantOpenMemberCardMutationVariables>;
export const CardTenantRechargeCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantRechargeCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rechargeCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '5', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'channel' }, value: { kind: 'EnumValue', value: 'APP' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRechargeCardMutation, CardTenantRechargeCardMutationVariables>;
export const CardTenantSpendFromCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantSpendFromCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spendFromCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phone' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardTemplateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '5', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'x', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'channel' }, value: { kind: 'EnumValue', value: 'APP' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantSpendFromCardMutation, CardTenantSpendFromCardMutationVariables>;
export const CardTenantRefundSpendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantRefundSpend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundSpend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderNo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsCode' },
                      value: { kind: 'StringValue', value: '000000', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRefundSpendMutation, CardTenantRefundSpendMutationVariables>;
export const CardTenantRefundRechargeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantRefundRecharge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundRecharge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderNo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'smsCode' },
                      value: { kind: 'StringValue', value: '000000', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRefundRechargeMutation, CardTenantRefundRechargeMutationVariables>;
export const CardTenantPayActivityCashbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantPayActivityCashback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payActivityCashback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rechargeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantPayActivityCashbackMutation, CardTenantPayActivityCashbackMutationVariables>;
export const CardTenantAddInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantAddInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cardId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantAddInvoiceMutation, CardTenantAddInvoiceMutationVariables>;
export const CardTenantGiftCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantGiftCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giftCoupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'couponTemplateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'quantity' }, value: { kind: 'IntValue', value: '1' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantGiftCouponsMutation, CardTenantGiftCouponsMutationVariables>;
export const CardTenantRedeemCouponDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CardTenantRedeemCoupon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'mine' },
            name: { kind: 'Name', value: 'redeemCoupon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'storeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'theirs' },
            name: { kind: 'Name', value: 'redeemCoupon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'storeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CardTenantRedeemCouponMutation, CardTenantRedeemCouponMutationVariables>;
export const BossLoginAttemptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BossLoginAttempt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'merchantId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'username' },
                      value: { kind: 'StringValue', value: 'boss', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'password' },
                      value: { kind: 'StringValue', value: 'secret-pass', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BossLoginAttemptMutation, BossLoginAttemptMutationVariables>;
export const EventTenantSubscriptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventTenantSubscriptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'eventSubscriptions' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantSubscriptionsQuery, EventTenantSubscriptionsQueryVariables>;
export const EventTenantDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventTenantDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'eventDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'subscriptionId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantDeliveriesQuery, EventTenantDeliveriesQueryVariables>;
export const EventTenantCreateSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EventTenantCreateSubscription' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'A hook', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'url' },
                      value: { kind: 'StringValue', value: 'http://127.0.0.1:9/a', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'format' },
                      value: { kind: 'EnumValue', value: 'STANDARD_WEBHOOKS' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantCreateSubscriptionMutation, EventTenantCreateSubscriptionMutationVariables>;
export const EventTenantUpdateSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EventTenantUpdateSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'active' },
                      value: { kind: 'BooleanValue', value: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'url' },
                      value: { kind: 'StringValue', value: 'http://127.0.0.1:9/stolen', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantUpdateSubscriptionMutation, EventTenantUpdateSubscriptionMutationVariables>;
export const EventTenantDeleteSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EventTenantDeleteSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantDeleteSubscriptionMutation, EventTenantDeleteSubscriptionMutationVariables>;
export const EventTenantTestSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EventTenantTestSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantTestSubscriptionMutation, EventTenantTestSubscriptionMutationVariables>;
export const EventTenantReplayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EventTenantReplay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayDeadLetters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subscriptionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventTenantReplayMutation, EventTenantReplayMutationVariables>;
export const EvCreateSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvCreateSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEventSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvCreateSubscriptionMutation, EvCreateSubscriptionMutationVariables>;
export const EvUpdateSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvUpdateSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEventSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvUpdateSubscriptionMutation, EvUpdateSubscriptionMutationVariables>;
export const EvDeleteSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvDeleteSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvDeleteSubscriptionMutation, EvDeleteSubscriptionMutationVariables>;
export const EvTestSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvTestSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testEventSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'event' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvTestSubscriptionMutation, EvTestSubscriptionMutationVariables>;
export const EvReplayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvReplay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayDeadLetters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subscriptionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deliveryIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvReplayMutation, EvReplayMutationVariables>;
export const EvSubscriptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvSubscriptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'eventSubscriptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvSubscriptionsQuery, EvSubscriptionsQueryVariables>;
export const EvDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventDeliveryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'eventDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subscriptionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastResponseCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'event' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'attemptLog' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'responseCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'latencyMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvDeliveriesQuery, EvDeliveriesQueryVariables>;
export const EvRegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvRegister' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvRegisterMutation, EvRegisterMutationVariables>;
export const EvUpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvUpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvUpdateMemberMutation, EvUpdateMemberMutationVariables>;
export const EvChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entry' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvChangePointsMutation, EvChangePointsMutationVariables>;
export const ChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'businessType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePointsMutation, ChangePointsMutationVariables>;
export const ChangeExperienceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeExperience' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeExperienceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gradeChange' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeExperienceMutation, ChangeExperienceMutationVariables>;
export const SetGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetGrades' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'grades' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GradeInput' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'grades' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'membersRegraded' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grades' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetGradesMutation, SetGradesMutationVariables>;
export const GradeHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GradeHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gradeChanges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromGrade' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'toGrade' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'experience' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GradeHistoryQuery, GradeHistoryQueryVariables>;
export const GradeLadderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GradeLadder' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GradeLadderQuery, GradeLadderQueryVariables>;
export const GradeCodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GradeCodes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GradeCodesQuery, GradeCodesQueryVariables>;
export const SetBronzeSilverGoldGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBronzeSilverGoldGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'BRONZE', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Bronze', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'SILVER', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Silver', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '300', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '3' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'GOLD', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Gold', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '1000', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetBronzeSilverGoldGradesMutation, SetBronzeSilverGoldGradesMutationVariables>;
export const ChangePointsAndExperienceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePointsAndExperience' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'e' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeExperienceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'e' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePointsAndExperienceMutation, ChangePointsAndExperienceMutationVariables>;
export const MemberLoyaltyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberLoyaltyPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'offset' }, value: { kind: 'IntValue', value: '0' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'experience' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gradeLevel' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'grade' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberLoyaltyPageQuery, MemberLoyaltyPageQueryVariables>;
export const MembersByLoyaltyRankDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersByLoyaltyRank' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyOrder' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltyMemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'membersByLoyalty' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'experience' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'grade' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersByLoyaltyRankQuery, MembersByLoyaltyRankQueryVariables>;
export const LoyaltyAccountsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LoyaltyAccountsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'experience' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoyaltyAccountsOfQuery, LoyaltyAccountsOfQueryVariables>;
export const ChangePointsErrorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePointsErrors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'i' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'i' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePointsErrorsMutation, ChangePointsErrorsMutationVariables>;
export const PointsOrderPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PointsOrderPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'offset' }, value: { kind: 'IntValue', value: '0' } },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '2' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsOrderPageQuery, PointsOrderPageQueryVariables>;
export const ConsumeOrderPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsumeOrderPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsumePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consumePointsForOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderCommandResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderCommandResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsumeOrderPointsMutation, ConsumeOrderPointsMutationVariables>;
export const RevokeOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeOrderPointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderCommandResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderCommandResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeOrderMutation, RevokeOrderMutationVariables>;
export const ReturnOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnOrderPointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderCommandResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderCommandResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'order' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnOrderMutation, ReturnOrderMutationVariables>;
export const PointsOrderOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PointsOrderOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PointsOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spentReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earnedReversed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsOrderOfQuery, PointsOrderOfQueryVariables>;
export const SetLoyaltySettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetLoyaltySettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoyaltySettingsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'settings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'moneyToPointsRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pointsScale' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetLoyaltySettingsMutation, SetLoyaltySettingsMutationVariables>;
export const PointsEntryPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PointsEntryPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsEntryPageQuery, PointsEntryPageQueryVariables>;
export const MemberLoyaltyAndEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberLoyaltyAndEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberIds' },
                value: { kind: 'ListValue', values: [{ kind: 'Variable', name: { kind: 'Name', value: 'id' } }] },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'memberId' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberLoyaltyAndEntriesQuery, MemberLoyaltyAndEntriesQueryVariables>;
export const SetTaskGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTaskGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'G1', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Grade 1', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'G2', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Grade 2', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '100', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '3' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'G3', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Grade 3', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '500', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTaskGradesMutation, SetTaskGradesMutationVariables>;
export const SetTaskConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTaskConfig' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTaskConfigInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTaskConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ops' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pointsSteps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'experienceSteps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodUnit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodRatio' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxCompletionsPerPeriod' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pointsCapPerPeriod' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dedupeByTarget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepResetsEachPeriod' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTaskConfigMutation, SetTaskConfigMutationVariables>;
export const SubmitTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitTaskInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legacyCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completionsCounted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'experience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsBalance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'experienceBalance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grade' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'level' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'grades' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitTaskMutation, SubmitTaskMutationVariables>;
export const TaskConfigOpsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskConfigOps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taskConfigs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ops' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskConfigOpsQuery, TaskConfigOpsQueryVariables>;
export const TaskPointsEntryCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskPointsEntryCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'sources' },
                      value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'TASK' }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskPointsEntryCountQuery, TaskPointsEntryCountQueryVariables>;
export const CreateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referrerId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const SetReferralBonusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetReferralBonus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bonus' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'referralBonusPoints' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'bonus' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'settings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'referralBonusPoints' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetReferralBonusMutation, SetReferralBonusMutationVariables>;
export const MemberPointsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPointsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPointsOfQuery, MemberPointsOfQueryVariables>;
export const ReferralEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activityCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralEntriesQuery, ReferralEntriesQueryVariables>;
export const FilterMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FilterMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'CODE' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FilterMembersQuery, FilterMembersQueryVariables>;
export const SetTwoGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTwoGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'SILVER', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Silver', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '5', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'GOLD', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Gold', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '100', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTwoGradesMutation, SetTwoGradesMutationVariables>;
export const LeanMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeanMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EveryMemberField' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EveryMemberField' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referrerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'openid' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeanMemberQuery, LeanMemberQueryVariables>;
export const OrmMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrmMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMemberLabels' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'vip', block: false }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EveryMemberField' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EveryMemberField' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numericId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliveryAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referrerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerStoreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'openid' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrmMemberMutation, OrmMemberMutationVariables>;
export const RegisterMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const UpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idCardNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'avatarUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sinceAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddresses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const BindChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BindChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChannelInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bindMemberChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cardCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BindChannelMutation, BindChannelMutationVariables>;
export const UnbindChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnbindChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channelCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'openid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unbindMemberChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channelCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channelCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'openid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'openid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnbindChannelMutation, UnbindChannelMutationVariables>;
export const SetStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberStatus' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStatusMutation, SetStatusMutationVariables>;
export const AddLabelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddLabels' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMemberLabels' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddLabelsMutation, AddLabelsMutationVariables>;
export const RemoveLabelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveLabels' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMemberLabels' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveLabelsMutation, RemoveLabelsMutationVariables>;
export const MemberLookupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberLookups' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channelCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'openid' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byId' },
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byMobile' },
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCode' },
            name: { kind: 'Name', value: 'memberByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byChannel' },
            name: { kind: 'Name', value: 'memberByChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channelCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channelCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'openid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'openid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrer' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberLookupsQuery, MemberLookupsQueryVariables>;
export const SetBaseGoldGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBaseGoldGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'BASE', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Base', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'GOLD', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'Gold', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '100', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetBaseGoldGradesMutation, SetBaseGoldGradesMutationVariables>;
export const MemberPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'registerStore' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const RegisterMemberProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterMemberProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'registerStore' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'registerType' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMemberProfileMutation, RegisterMemberProfileMutationVariables>;
export const MerchantAndStoresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MerchantAndStores' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stores' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MerchantAndStoresQuery, MerchantAndStoresQueryVariables>;
export const CreateStoreWithCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStoreWithCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'Store', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'store' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStoreWithCodeMutation, CreateStoreWithCodeMutationVariables>;
export const StoreCodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoreCodes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stores' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoreCodesQuery, StoreCodesQueryVariables>;
export const CreateShimAppWithKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateShimAppWithKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateShimAppInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'app' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'appKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contract' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateShimAppWithKeyMutation, CreateShimAppWithKeyMutationVariables>;
export const ShimAppContractsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShimAppContracts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shimApps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'appKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contract' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShimAppContractsQuery, ShimAppContractsQueryVariables>;
export const CreateTempOperatorKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTempOperatorKey' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'temp', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'role' }, value: { kind: 'EnumValue', value: 'OPERATOR' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTempOperatorKeyMutation, CreateTempOperatorKeyMutationVariables>;
export const ApiKeyPrefixesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiKeyPrefixes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeyPrefixesQuery, ApiKeyPrefixesQueryVariables>;
export const CreateAdminKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAdminKey' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'x', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'role' }, value: { kind: 'EnumValue', value: 'ADMIN' } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'secret' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAdminKeyMutation, CreateAdminKeyMutationVariables>;
export const RegisterMemberForMaskingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterMemberForMasking' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'StringValue', value: '13012345678', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMemberForMaskingMutation, RegisterMemberForMaskingMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MemberChannelIdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberChannelIds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberChannelIdsQuery, MemberChannelIdsQueryVariables>;
export const DeepReferrersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeepReferrers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'referrer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'referrer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'referrer' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'referrer' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'referrer' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeepReferrersQuery, DeepReferrersQueryVariables>;
export const CostlyMemberPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CostlyMemberPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CostlyMemberPageQuery, CostlyMemberPageQueryVariables>;
export const MemberPageWithoutTotalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPageWithoutTotal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'channelCode' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'registerStore' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPageWithoutTotalQuery, MemberPageWithoutTotalQueryVariables>;
export const MemberPageTotalInFragmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPageTotalInFragment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageSize' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberList' } },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
    },
  ],
} as unknown as DocumentNode<MemberPageTotalInFragmentQuery, MemberPageTotalInFragmentQueryVariables>;
export const MemberProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberProfileQuery, MemberProfileQueryVariables>;
export const ReadChangeReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReadChangeRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'change' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'before' },
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'Before', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'change' },
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'change' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'after' },
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'After', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadChangeReadMutation, ReadChangeReadMutationVariables>;
export const ScaleOutChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScaleOutChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePointsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScaleOutChangePointsMutation, ScaleOutChangePointsMutationVariables>;
export const ScaleOutReadAcrossDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScaleOutReadAcross' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'other' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'other' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScaleOutReadAcrossQuery, ScaleOutReadAcrossQueryVariables>;
export const TenantPointsEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantPointsEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantPointsEntriesQuery, TenantPointsEntriesQueryVariables>;
export const TenantExperienceEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantExperienceEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experienceEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantExperienceEntriesQuery, TenantExperienceEntriesQueryVariables>;
export const TenantGradeChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantGradeChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gradeChanges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantGradeChangesQuery, TenantGradeChangesQueryVariables>;
export const TenantGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantGradesQuery, TenantGradesQueryVariables>;
export const TenantLoyaltyAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantLoyaltyAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltyAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberIds' },
                value: { kind: 'ListValue', values: [{ kind: 'Variable', name: { kind: 'Name', value: 'id' } }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'current' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantLoyaltyAccountsQuery, TenantLoyaltyAccountsQueryVariables>;
export const TenantLoyaltySettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantLoyaltySettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltySettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'moneyToPointsRate' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantLoyaltySettingsQuery, TenantLoyaltySettingsQueryVariables>;
export const TenantMembersByLoyaltyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMembersByLoyalty' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'membersByLoyalty' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'POINTS' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMembersByLoyaltyQuery, TenantMembersByLoyaltyQueryVariables>;
export const TenantPointsOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantPointsOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderId' },
                value: { kind: 'StringValue', value: 'B-ORDER', block: false },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orderId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantPointsOrderQuery, TenantPointsOrderQueryVariables>;
export const TenantPointsOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantPointsOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsOrders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantPointsOrdersQuery, TenantPointsOrdersQueryVariables>;
export const TenantTaskConfigsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantTaskConfigs' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taskConfigs' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantTaskConfigsQuery, TenantTaskConfigsQueryVariables>;
export const TenantMemberByDynamicCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMemberByDynamicCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByDynamicCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMemberByDynamicCodeQuery, TenantMemberByDynamicCodeQueryVariables>;
export const TenantStoreByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantStoreByCode' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'storeByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'S001', block: false },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantStoreByCodeQuery, TenantStoreByCodeQueryVariables>;
export const TenantShimAppsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantShimApps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shimApps' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantShimAppsQuery, TenantShimAppsQueryVariables>;
export const TenantShimSigningPublicKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantShimSigningPublicKey' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'shimSigningPublicKey' } }],
      },
    },
  ],
} as unknown as DocumentNode<TenantShimSigningPublicKeyQuery, TenantShimSigningPublicKeyQueryVariables>;
export const TenantMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMemberQuery, TenantMemberQueryVariables>;
export const TenantMemberByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMemberByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMemberByMobileQuery, TenantMemberByMobileQueryVariables>;
export const TenantMemberByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMemberByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMemberByCodeQuery, TenantMemberByCodeQueryVariables>;
export const TenantMemberByChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMemberByChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channelCode' },
                value: { kind: 'StringValue', value: 'wxgzpt', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'openid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMemberByChannelQuery, TenantMemberByChannelQueryVariables>;
export const TenantMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byStore' },
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'registerStoreId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMembersQuery, TenantMembersQueryVariables>;
export const TenantMerchantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantMerchant' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantMerchantQuery, TenantMerchantQueryVariables>;
export const TenantStoresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantStores' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stores' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantStoresQuery, TenantStoresQueryVariables>;
export const TenantStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantStore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'store' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantStoreQuery, TenantStoreQueryVariables>;
export const TenantApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantApiKeysQuery, TenantApiKeysQueryVariables>;
export const TenantChangePointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantChangePoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '5', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'DEDUCT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'operationType' },
                      value: { kind: 'EnumValue', value: 'MANUAL_DEDUCTION' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantChangePointsMutation, TenantChangePointsMutationVariables>;
export const TenantChangeExperienceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantChangeExperience' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '5', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantChangeExperienceMutation, TenantChangeExperienceMutationVariables>;
export const TenantConsumePointsForOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantConsumePointsForOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consumePointsForOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'B-ORDER', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantConsumePointsForOrderMutation, TenantConsumePointsForOrderMutationVariables>;
export const TenantRevokeOrderPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantRevokeOrderPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'B-ORDER', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantRevokeOrderPointsMutation, TenantRevokeOrderPointsMutationVariables>;
export const TenantReturnOrderPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantReturnOrderPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'B-ORDER', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantReturnOrderPointsMutation, TenantReturnOrderPointsMutationVariables>;
export const TenantSubmitTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSubmitTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'op' },
                      value: { kind: 'StringValue', value: 'share', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSubmitTaskMutation, TenantSubmitTaskMutationVariables>;
export const TenantSetGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'A0', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'A base', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetGradesMutation, TenantSetGradesMutationVariables>;
export const TenantSetLoyaltySettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetLoyaltySettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'StringValue', value: '3', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetLoyaltySettingsMutation, TenantSetLoyaltySettingsMutationVariables>;
export const TenantSetTaskConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetTaskConfig' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTaskConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'number' }, value: { kind: 'IntValue', value: '1' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'A task', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'enabled' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'points' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'experience' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'ops' },
                      value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'share', block: false }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetTaskConfigMutation, TenantSetTaskConfigMutationVariables>;
export const TenantIssueMemberDynamicCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantIssueMemberDynamicCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueMemberDynamicCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantIssueMemberDynamicCodeMutation, TenantIssueMemberDynamicCodeMutationVariables>;
export const TenantCreateShimAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantCreateShimApp' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'contract' },
                      value: { kind: 'EnumValue', value: 'CPOINT_INNER' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'a app', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantCreateShimAppMutation, TenantCreateShimAppMutationVariables>;
export const TenantSetShimAppStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetShimAppStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setShimAppStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'CLOSED' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetShimAppStatusMutation, TenantSetShimAppStatusMutationVariables>;
export const TenantRevokeShimAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantRevokeShimApp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantRevokeShimAppMutation, TenantRevokeShimAppMutationVariables>;
export const TenantRegisterMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantRegisterMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'StringValue', value: '13000000999', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'registerStoreId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantRegisterMemberMutation, TenantRegisterMemberMutationVariables>;
export const TenantUpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantUpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'hijacked', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantUpdateMemberMutation, TenantUpdateMemberMutationVariables>;
export const TenantBindMemberChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantBindMemberChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bindMemberChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channel' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'channelCode' },
                      value: { kind: 'StringValue', value: 'xcx', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'openid' },
                      value: { kind: 'StringValue', value: 'stolen', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantBindMemberChannelMutation, TenantBindMemberChannelMutationVariables>;
export const TenantUnbindMemberChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantUnbindMemberChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unbindMemberChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channelCode' },
                value: { kind: 'StringValue', value: 'wxgzpt', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'openid' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'o' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantUnbindMemberChannelMutation, TenantUnbindMemberChannelMutationVariables>;
export const TenantSetMemberStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetMemberStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'REMOVED' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetMemberStatusMutation, TenantSetMemberStatusMutationVariables>;
export const TenantAddMemberLabelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantAddMemberLabels' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMemberLabels' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'x', block: false }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantAddMemberLabelsMutation, TenantAddMemberLabelsMutationVariables>;
export const TenantRemoveMemberLabelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantRemoveMemberLabels' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMemberLabels' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'b-label', block: false }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantRemoveMemberLabelsMutation, TenantRemoveMemberLabelsMutationVariables>;
export const TenantCreateStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantCreateStore' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'S001-B', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'A store with B code', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'store' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantCreateStoreMutation, TenantCreateStoreMutationVariables>;
export const TenantCreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantCreateApiKey' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'a', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'role' }, value: { kind: 'EnumValue', value: 'READONLY' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantCreateApiKeyMutation, TenantCreateApiKeyMutationVariables>;
export const TenantRevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantRevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantRevokeApiKeyMutation, TenantRevokeApiKeyMutationVariables>;
export const SeedMemberADocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedMemberA' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'StringValue', value: '13000000001', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedMemberAMutation, SeedMemberAMutationVariables>;
export const SeedMemberBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedMemberB' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'StringValue', value: '13000000999', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'B-1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'registerStoreId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'labels' },
                      value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'b-label', block: false }] },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'channel' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'channelCode' },
                            value: { kind: 'StringValue', value: 'wxgzpt', block: false },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'openid' },
                            value: { kind: 'StringValue', value: 'o_b', block: false },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedMemberBMutation, SeedMemberBMutationVariables>;
export const SeedGradesBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedGradesB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'B-BASE', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'B base', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'B-GOLD', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: 'B gold', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '5', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedGradesBMutation, SeedGradesBMutationVariables>;
export const SeedLoyaltySettingsBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedLoyaltySettingsB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'StringValue', value: '7', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedLoyaltySettingsBMutation, SeedLoyaltySettingsBMutationVariables>;
export const SeedTaskConfigBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedTaskConfigB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTaskConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'number' }, value: { kind: 'IntValue', value: '1' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'B task', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'enabled' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'points' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'experience' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'ops' },
                      value: { kind: 'ListValue', values: [{ kind: 'StringValue', value: 'share', block: false }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedTaskConfigBMutation, SeedTaskConfigBMutationVariables>;
export const SeedPointsBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedPointsB' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '100', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'operationType' },
                      value: { kind: 'EnumValue', value: 'MANUAL_GRANT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'B-EARN', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedPointsBMutation, SeedPointsBMutationVariables>;
export const SeedOrderBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedOrderB' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consumePointsForOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'B-ORDER', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '10', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedOrderBMutation, SeedOrderBMutationVariables>;
export const SeedExperienceBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedExperienceB' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '10', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedExperienceBMutation, SeedExperienceBMutationVariables>;
export const SeedTaskBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedTaskB' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'op' },
                      value: { kind: 'StringValue', value: 'share', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedTaskBMutation, SeedTaskBMutationVariables>;
export const SeedShimAppADocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedShimAppA' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'contract' },
                      value: { kind: 'EnumValue', value: 'CPOINT_INNER' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'a own app', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'app' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedShimAppAMutation, SeedShimAppAMutationVariables>;
export const SeedShimAppBDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SeedShimAppB' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'contract' },
                      value: { kind: 'EnumValue', value: 'CPOINT_INNER' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'b app', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'app' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedShimAppBMutation, SeedShimAppBMutationVariables>;
export const TenantCreateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantCreateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'TENANT-X', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'x', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'referrerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantCreateMemberMutation, TenantCreateMemberMutationVariables>;
export const TenantSetMerchantProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantSetMerchantProfile' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMerchantProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'fullName' },
                      value: { kind: 'StringValue', value: 'A Ltd', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'wechatOriginId' },
                      value: { kind: 'StringValue', value: 'gh_a', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantSetMerchantProfileMutation, TenantSetMerchantProfileMutationVariables>;
export const TenantWechatOAuthMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantWechatOAuthMember' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wechatOAuthMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'code-of-b', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantWechatOAuthMemberMutation, TenantWechatOAuthMemberMutationVariables>;
export const TenantPairWechatMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TenantPairWechatMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pairWechatMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'openid' },
                      value: { kind: 'StringValue', value: 'o_b', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'refreshToken' },
                      value: { kind: 'StringValue', value: 'rt', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'phone' },
                      value: { kind: 'StringValue', value: '13000000000', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantPairWechatMemberMutation, TenantPairWechatMemberMutationVariables>;
export const MemberPointsEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPointsEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pointsEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operatorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPointsEntriesQuery, MemberPointsEntriesQueryVariables>;
export const ReturnOrderPointsErrorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnOrderPointsErrors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnOrderPoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orderId' },
                      value: { kind: 'StringValue', value: 'returned', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnOrderPointsErrorsMutation, ReturnOrderPointsErrorsMutationVariables>;
export const SetGradeTableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetGradeTable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'g' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GradeInput' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'g' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetGradeTableMutation, SetGradeTableMutationVariables>;
export const CreateErpStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateErpStore' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: '1001', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: '下城店', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateErpStoreMutation, CreateErpStoreMutationVariables>;
export const CreateOtherErpStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOtherErpStore' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: '1002', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: '上城店', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOtherErpStoreMutation, CreateOtherErpStoreMutationVariables>;
export const SetErpGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetErpGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'M', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '会员', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'V', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '贵宾', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '10', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetErpGradesMutation, SetErpGradesMutationVariables>;
export const MemberIdByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberIdByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberIdByMobileQuery, MemberIdByMobileQueryVariables>;
export const ReferrerCodeByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferrerCodeByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrer' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferrerCodeByMobileQuery, ReferrerCodeByMobileQueryVariables>;
export const PointsByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PointsByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberByMobile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalEarned' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PointsByMobileQuery, PointsByMobileQueryVariables>;
export const SetErpProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetErpProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'sex' }, value: { kind: 'EnumValue', value: 'MALE' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'birthday' },
                      value: { kind: 'StringValue', value: '1969-08-07', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'address' },
                      value: { kind: 'StringValue', value: '下城路766号', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'idCardNumber' },
                      value: { kind: 'StringValue', value: '330702690808123', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetErpProfileMutation, SetErpProfileMutationVariables>;
export const MemberCountByMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberCountByMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberCountByMobileQuery, MemberCountByMobileQueryVariables>;
export const LegacyCodesAdminOnlyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LegacyCodesAdminOnly' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'StringValue', value: '2', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LegacyCodesAdminOnlyMutation, LegacyCodesAdminOnlyMutationVariables>;
export const LegacyCodesUnknownAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LegacyCodesUnknownApp' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'StringValue', value: '00000000-0000-4000-8000-000000000000', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LegacyCodesUnknownAppMutation, LegacyCodesUnknownAppMutationVariables>;
export const LoyaltyRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LoyaltyRate' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loyaltySettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'moneyToPointsRate' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoyaltyRateQuery, LoyaltyRateQueryVariables>;
export const ShimRouterCreateStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShimRouterCreateStore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'Machinery', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShimRouterCreateStoreMutation, ShimRouterCreateStoreMutationVariables>;
export const ShimRouterStoresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShimRouterStores' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stores' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShimRouterStoresQuery, ShimRouterStoresQueryVariables>;
export const SetRestMerchantProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRestMerchantProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMerchantProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'fullName' },
                      value: { kind: 'StringValue', value: '泛盈信息科技有限公司', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'wechatOriginId' },
                      value: { kind: 'StringValue', value: 'gh_af0c5d6c7b66', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'wechatAppId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'appId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'wechatAppSecret' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'secret' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'merchant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'wechat' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'appId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'originId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'appSecretSet' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRestMerchantProfileMutation, SetRestMerchantProfileMutationVariables>;
export const SetRestReferralBonusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRestReferralBonus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'StringValue', value: '1', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'referralBonusPoints' },
                      value: { kind: 'StringValue', value: '20', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRestReferralBonusMutation, SetRestReferralBonusMutationVariables>;
export const AddRestExperienceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddRestExperience' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'StringValue', value: '150', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddRestExperienceMutation, AddRestExperienceMutationVariables>;
export const SetRestGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRestGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'SILVER', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '银卡会员', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '50', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'GOLD', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '金卡会员', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '100', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRestGradesMutation, SetRestGradesMutationVariables>;
export const SaveRestStaffRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRestStaffRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Permission' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveStaffRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'permissions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'p' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffRole' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRestStaffRoleMutation, SaveRestStaffRoleMutationVariables>;
export const ShimAppKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShimAppKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shimApps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appKey' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShimAppKeysQuery, ShimAppKeysQueryVariables>;
export const RegisterPartnerMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterPartnerMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'StringValue', value: '15623261994', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'nickname' },
                      value: { kind: 'StringValue', value: '童百良', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'sex' }, value: { kind: 'EnumValue', value: 'MALE' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'registerStoreId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'registeredAt' },
                      value: { kind: 'StringValue', value: '2019-05-27T01:33:59Z', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'channel' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'channelCode' },
                            value: { kind: 'StringValue', value: 'dcxcx', block: false },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'openid' },
                            value: { kind: 'StringValue', value: 'orZZ75W27gmvtJmS6qy4dOXokK6U', block: false },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'unionId' },
                            value: { kind: 'StringValue', value: 'oeAlw1VjDr2hUynN5E_fQigVmcGk', block: false },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'registerType' },
                            value: { kind: 'IntValue', value: '2' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterPartnerMemberMutation, RegisterPartnerMemberMutationVariables>;
export const SaveFullReductionCouponDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveFullReductionCoupon' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCouponTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'title' },
                      value: { kind: 'StringValue', value: '满100减10', block: false },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'type' }, value: { kind: 'EnumValue', value: 'CASH' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'ruleText' },
                      value: { kind: 'StringValue', value: '满100可用', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'validFrom' },
                      value: { kind: 'StringValue', value: '2019-10-01', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'validUntil' },
                      value: { kind: 'StringValue', value: '2099-10-10', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'couponTemplate' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveFullReductionCouponMutation, SaveFullReductionCouponMutationVariables>;
export const GiftTwoCouponsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiftTwoCoupons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giftCoupons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'couponTemplateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 't' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'm' } },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'quantity' }, value: { kind: 'IntValue', value: '2' } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiftTwoCouponsMutation, GiftTwoCouponsMutationVariables>;
export const SetScoreGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetScoreGrades' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'G1', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '普通会员', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '1' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '0', block: false },
                        },
                      ],
                    },
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'code' },
                          value: { kind: 'StringValue', value: 'G2', block: false },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'name' },
                          value: { kind: 'StringValue', value: '黄金会员', block: false },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'level' }, value: { kind: 'IntValue', value: '2' } },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'threshold' },
                          value: { kind: 'StringValue', value: '50', block: false },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetScoreGradesMutation, SetScoreGradesMutationVariables>;
export const RegisterWithNicknameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterWithNickname' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nickname' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'nickname' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'nickname' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterWithNicknameMutation, RegisterWithNicknameMutationVariables>;
export const SetPointsRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPointsRate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rate' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setLoyaltySettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'moneyToPointsRate' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'rate' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'pointsScale' },
                      value: { kind: 'IntValue', value: '0' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPointsRateMutation, SetPointsRateMutationVariables>;
export const CreateExampleStoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateExampleStore' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: { kind: 'StringValue', value: 'shop001', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: '示例门店', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateExampleStoreMutation, CreateExampleStoreMutationVariables>;
export const MerchantNameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MerchantName' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'merchant' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MerchantNameQuery, MerchantNameQueryVariables>;
export const RevokeShimAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeShimApp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeShimAppMutation, RevokeShimAppMutationVariables>;
export const SetShimAppStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetShimAppStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShimAppStatus' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setShimAppStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetShimAppStatusMutation, SetShimAppStatusMutationVariables>;
export const RegisterMobileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterMobile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mobile' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMobileMutation, RegisterMobileMutationVariables>;
export const AddPointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'operationType' },
                      value: { kind: 'EnumValue', value: 'MANUAL_GRANT' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPointsMutation, AddPointsMutationVariables>;
export const AddExperienceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddExperience' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeExperience' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'memberId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ADD' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddExperienceMutation, AddExperienceMutationVariables>;
export const IssueDynamicCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueDynamicCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueMemberDynamicCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueDynamicCodeMutation, IssueDynamicCodeMutationVariables>;
export const CreateHmacShimAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateHmacShimApp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateShimAppInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'app' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appKey' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateHmacShimAppMutation, CreateHmacShimAppMutationVariables>;
export const CreatePartnerShimAppDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePartnerShimApp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pem' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unsigned' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShimApp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'contract' },
                      value: { kind: 'EnumValue', value: 'PARTNER_OPENAPI' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'partner', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'publicKeyPem' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'pem' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'allowUnsigned' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'unsigned' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'app' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'appKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerId' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'signingPublicKeyPem' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePartnerShimAppMutation, CreatePartnerShimAppMutationVariables>;
