import { registerEnumType } from 'type-graphql';
import {
  BUSINESS_TYPE_LEGACY,
  LedgerBusinessType,
  LedgerDirection,
  LedgerSource,
  OPERATION_TYPE_LEGACY,
  PointsOperationType,
} from '../domain/loyalty-codes.js';
import { GradeChangeReason } from '../entities/grade.entity.js';

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

export enum LoyaltySortField {
  POINTS = 'POINTS',
  EXPERIENCE = 'EXPERIENCE',
  /** Grade level, then experience within a grade. */
  GRADE = 'GRADE',
}

const legacyDescriptions = (table: Record<string, { code: number; label: string }>) =>
  Object.fromEntries(Object.entries(table).map(([name, { code, label }]) => [name, { description: `${code} ${label}` }]));

registerEnumType(LedgerDirection, { name: 'LedgerDirection', description: 'ADD (legacy type 1) or DEDUCT (legacy type 15).' });
registerEnumType(LedgerSource, { name: 'LedgerSource', description: 'Which command wrote a ledger entry.' });
registerEnumType(PointsOperationType, {
  name: 'PointsOperationType',
  description: 'partner-openapi operationType; each value names its legacy number and label.',
  valuesConfig: legacyDescriptions(OPERATION_TYPE_LEGACY),
});
registerEnumType(LedgerBusinessType, {
  name: 'LedgerBusinessType',
  description: 'partner-openapi idempotencyBussinessType; each value names its legacy number and label.',
  valuesConfig: legacyDescriptions(BUSINESS_TYPE_LEGACY),
});
registerEnumType(GradeChangeReason, { name: 'GradeChangeReason' });
registerEnumType(TaskPeriodUnit, { name: 'TaskPeriodUnit', description: 'Legacy r_flag: 0 NONE (lifetime), 1 DAY, 2 WEEK.' });
registerEnumType(TaskSubmissionCode, { name: 'TaskSubmissionCode', description: 'Legacy code: 0 DONE, 1 REFUSED, 2 NO_TASK.' });
registerEnumType(TaskRefusalReason, { name: 'TaskRefusalReason' });
registerEnumType(PointsOrderStatus, { name: 'PointsOrderStatus' });
registerEnumType(LoyaltySortField, { name: 'LoyaltySortField' });

export { GradeChangeReason, LedgerBusinessType, LedgerDirection, LedgerSource, PointsOperationType };
