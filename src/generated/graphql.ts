/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CouponType = 'CASH' | 'DISCOUNT' | 'GOODS';

export type DeliveryAddressInput = {
  address: string;
  phone?: string | null | undefined;
  recipient?: string | null | undefined;
};

/** Codes of expected business failures. */
export type ErrorCode =
  | 'ALREADY_REFUNDED'
  | 'API_KEY_NOT_FOUND'
  | 'CARD_ALREADY_OPEN'
  | 'CARD_NOT_FOUND'
  | 'CARD_NOT_VALID_AT_STORE'
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
  | 'QR_INVALID'
  | 'RECHARGE_EVENT_INACTIVE'
  | 'RECHARGE_EVENT_NOT_FOUND'
  | 'REFUND_AFTER_CASHBACK'
  | 'REFUND_EXCEEDS_INVOICEABLE'
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
  | 'WRONG_CARD_PASSWORD';

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

/** ADD (legacy type 1) or DEDUCT (legacy type 15). */
export type LedgerDirection = 'ADD' | 'DEDUCT';

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

export type LoyaltySortField = 'EXPERIENCE' | 'GRADE' | 'POINTS';

export type MemberFilter = {
  code?: string | null | undefined;
  /** Members currently in the grade with this code. */
  gradeCode?: string | null | undefined;
  /** Members carrying this label. */
  label?: string | null | undefined;
  mobile?: string | null | undefined;
  /** Mobile contains (card-manage 4.4). */
  mobileContains?: string | null | undefined;
  /** Name or nickname contains (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Available points at most. */
  pointsMax?: string | null | undefined;
  /** Available points at least. */
  pointsMin?: string | null | undefined;
  registerStoreId?: string | number | null | undefined;
  /** Registered at or after (inclusive). */
  registeredFrom?: Date | string | null | undefined;
  /** Registered before (exclusive). */
  registeredTo?: Date | string | null | undefined;
  status?: MemberStatus | null | undefined;
};

export type MemberOrder = {
  direction?: SortDirection;
  field: MemberOrderField;
};

export type MemberOrderField = 'CODE' | 'MOBILE' | 'NAME' | 'REGISTERED_AT';

export type MemberStatus = 'ACTIVE' | 'EXPIRED' | 'REMOVED' | 'SUSPENDED';

/** 1 head office, 2 branch, 3 store. */
export type OrgType = 'BRANCH' | 'HEAD_OFFICE' | 'STORE';

/** Offset paging. `limit` is capped by the server (MAX_PAGE_SIZE). */
export type PageInput = {
  limit?: number;
  offset?: number;
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

export type PointsOrderStatus = 'CONSUMED' | 'EARNED' | 'PARTLY_REVOKED' | 'RETURNED' | 'REVOKED';

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

export type SortDirection = 'ASC' | 'DESC';

export type StepEntryInput = {
  amount: string;
  from: number;
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

/** Legacy r_flag: 0 NONE (lifetime), 1 DAY, 2 WEEK. */
export type TaskPeriodUnit = 'DAY' | 'NONE' | 'WEEK';

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
  sex?: Sex | null | undefined;
  sinceAt?: Date | string | null | undefined;
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

export type ReadChangeReadMutationVariables = Exact<{
  memberId: string | number;
  change: ChangePointsInput;
}>;

export type ReadChangeReadMutation = {
  before: { member: { points: { current: string } } | null };
  change: { errors: Array<{ code: ErrorCode }> };
  after: { member: { points: { current: string } } | null };
};

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
