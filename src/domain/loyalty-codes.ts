/**
 * The loyalty vocabulary, named once. Entities store these names, GraphQL exposes them as enums,
 * and each legacy shim maps its numbers onto them through the tables below (the one place where
 * `operationType: 14` becomes POINTS_PAYMENT), so no shim keeps its own copy of the lists.
 * @module
 */

/** Which way an entry moves the balance. Legacy partner-openapi `type` 1 is ADD and 15 is DEDUCT. */
export enum LedgerDirection {
  ADD = 'ADD',
  DEDUCT = 'DEDUCT',
}

/** What wrote an entry: a plain change, one of the order operations, or a task award. */
export enum LedgerSource {
  /** changePoints / changeExperience. */
  ADJUSTMENT = 'ADJUSTMENT',
  ORDER_CONSUME = 'ORDER_CONSUME',
  ORDER_REVOKE = 'ORDER_REVOKE',
  ORDER_RETURN = 'ORDER_RETURN',
  TASK = 'TASK',
}

/** partner-openapi 1.3 `operationType`, all 17 values, in legacy order. */
export enum PointsOperationType {
  CONSUMPTION_REWARD = 'CONSUMPTION_REWARD',
  POINTS_PAYMENT_REFUND = 'POINTS_PAYMENT_REFUND',
  CHECK_IN = 'CHECK_IN',
  MANUAL_GRANT = 'MANUAL_GRANT',
  GRADE_UPGRADE_REWARD = 'GRADE_UPGRADE_REWARD',
  MIGRATION = 'MIGRATION',
  BIRTHDAY_GIFT = 'BIRTHDAY_GIFT',
  REGISTRATION_GIFT = 'REGISTRATION_GIFT',
  PROFILE_COMPLETION_GIFT = 'PROFILE_COMPLETION_GIFT',
  SPEND_THRESHOLD_GIFT = 'SPEND_THRESHOLD_GIFT',
  MANUAL_DEDUCTION = 'MANUAL_DEDUCTION',
  REDEMPTION = 'REDEMPTION',
  CLEARANCE = 'CLEARANCE',
  POINTS_PAYMENT = 'POINTS_PAYMENT',
  CONSUMPTION_REWARD_REVERSAL = 'CONSUMPTION_REWARD_REVERSAL',
  GRADE_UPGRADE_REWARD_REVERSAL = 'GRADE_UPGRADE_REWARD_REVERSAL',
  SPEND_THRESHOLD_GIFT_REVERSAL = 'SPEND_THRESHOLD_GIFT_REVERSAL',
}

/** partner-openapi `idempotencyBussinessType`, all 16 values, in legacy order. */
export enum LedgerBusinessType {
  REGISTRATION_GIFT = 'REGISTRATION_GIFT',
  EXPERIENCE_GRANT = 'EXPERIENCE_GRANT',
  GRADE_UPGRADE = 'GRADE_UPGRADE',
  GRADE_DOWNGRADE = 'GRADE_DOWNGRADE',
  POINTS_PAYMENT = 'POINTS_PAYMENT',
  CONSUMPTION_REWARD = 'CONSUMPTION_REWARD',
  SPEND_THRESHOLD_GIFT = 'SPEND_THRESHOLD_GIFT',
  BIRTHDAY_GIFT = 'BIRTHDAY_GIFT',
  SCHEDULED_GIFT = 'SCHEDULED_GIFT',
  STORED_VALUE_PAYMENT = 'STORED_VALUE_PAYMENT',
  STORED_VALUE_RECHARGE = 'STORED_VALUE_RECHARGE',
  PROFILE_COMPLETION_GIFT = 'PROFILE_COMPLETION_GIFT',
  GRADE_UPGRADE_POINTS = 'GRADE_UPGRADE_POINTS',
  STORED_VALUE_CARD_ISSUE = 'STORED_VALUE_CARD_ISSUE',
  CONSUMPTION_DATA_ADD = 'CONSUMPTION_DATA_ADD',
  CONSUMPTION_DATA_REVERSAL = 'CONSUMPTION_DATA_REVERSAL',
}

/** Legacy labels, in legacy numeric order (index + 1 is the legacy number). */
const OPERATION_LABELS = [
  '消费送积分',
  '积分支付退回',
  '积分签到',
  '手动赠送',
  '等级升级送积分',
  '割接',
  '生日送',
  '注册送',
  '完善送',
  '消费满赠',
  '手动扣减',
  '积分兑换',
  '积分清理',
  '积分支付',
  '消费送积分扣回',
  '等级升级退积分',
  '消费满赠扣回',
] as const;
const BUSINESS_LABELS = [
  '注册送',
  '发放经验值',
  '等级升级',
  '等级降级',
  '积分支付',
  '消费送积分',
  '消费满赠',
  '生日送',
  '定时送',
  '储值支付',
  '储值充值',
  '完善资料送',
  '等级升级送积分',
  '储值卡投放',
  '会员消费数据增加',
  '会员消费数据冲正',
] as const;

function legacyTable<E extends string>(values: E[], labels: readonly string[]) {
  const byName = Object.fromEntries(values.map((v, i) => [v, { code: i + 1, label: labels[i]! }])) as Record<
    E,
    { code: number; label: string }
  >;
  const byCode = new Map(values.map((v, i) => [i + 1, v]));
  return { byName, byCode };
}

const operations = legacyTable(Object.values(PointsOperationType), OPERATION_LABELS);
const businesses = legacyTable(Object.values(LedgerBusinessType), BUSINESS_LABELS);

/** Legacy number and Chinese label of every operation type (partner-openapi 1.3 / 1.5 / 2.x). */
export const OPERATION_TYPE_LEGACY = operations.byName;
/** Legacy number and Chinese label of every business type (`idempotencyBussinessType`). */
export const BUSINESS_TYPE_LEGACY = businesses.byName;

/** `operationType` number (1-17) to the enum; undefined for anything else. */
export const operationTypeFromLegacy = (code: number): PointsOperationType | undefined => operations.byCode.get(code);
/** `idempotencyBussinessType` number (1-16) to the enum; undefined for anything else. */
export const businessTypeFromLegacy = (code: number): LedgerBusinessType | undefined => businesses.byCode.get(code);

export enum GradeChangeReason {
  /** The member's experience moved across a threshold. */
  EXPERIENCE = 'EXPERIENCE',
  /** The merchant replaced its grade table. */
  GRADE_TABLE = 'GRADE_TABLE',
}

/** Task period unit (legacy r_flag 0/1/2). */
export enum TaskPeriodUnit {
  NONE = 'NONE',
  DAY = 'DAY',
  WEEK = 'WEEK',
}

/** Outcome of submitTask (legacy code 0/1/2). */
export enum TaskSubmissionCode {
  DONE = 'DONE',
  REFUSED = 'REFUSED',
  NO_TASK = 'NO_TASK',
}

/** Which rule refused a submission; checked in this order. */
export enum TaskRefusalReason {
  DISABLED = 'DISABLED',
  NOT_STARTED = 'NOT_STARTED',
  ENDED = 'ENDED',
  GRADE_OUT_OF_RANGE = 'GRADE_OUT_OF_RANGE',
  NOT_REPEATABLE = 'NOT_REPEATABLE',
  TARGET_REQUIRED = 'TARGET_REQUIRED',
  DUPLICATE_TARGET = 'DUPLICATE_TARGET',
  PERIOD_LIMIT_REACHED = 'PERIOD_LIMIT_REACHED',
  CAP_REACHED = 'CAP_REACHED',
}

export enum PointsOrderStatus {
  /** The order only earned points so far. */
  EARNED = 'EARNED',
  CONSUMED = 'CONSUMED',
  PARTLY_REVOKED = 'PARTLY_REVOKED',
  REVOKED = 'REVOKED',
  RETURNED = 'RETURNED',
}
