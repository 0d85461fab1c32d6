import { registerEnumType } from 'type-graphql';
import {
  BUSINESS_TYPE_LEGACY,
  LedgerBusinessType,
  LedgerDirection,
  LedgerSource,
  OPERATION_TYPE_LEGACY,
  PointsOperationType,
} from '../domain/loyalty-codes.js';
import {
  GradeChangeReason,
  PointsOrderStatus,
  TaskPeriodUnit,
  TaskRefusalReason,
  TaskSubmissionCode,
} from '../domain/loyalty-codes.js';

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
