import { createHash } from 'node:crypto';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Decimal } from 'decimal.js';
import type { MemberStatus } from '../domain/member.enums.js';
import type { Member } from '../entities/member.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { isUuid, likeContains } from './validation.js';

/** Conditions on one value; every condition given must hold (schema/comparison.types.ts). */
export interface Comparison<T> {
  eq?: T | null;
  ne?: T | null;
  lt?: T | null;
  lte?: T | null;
  gt?: T | null;
  gte?: T | null;
  in?: T[] | null;
  notIn?: T[] | null;
}

export interface MemberFilterData {
  nameContains?: string | null;
  name?: string | null;
  mobile?: string | null;
  mobileContains?: string | null;
  code?: string | null;
  email?: string | null;
  status?: MemberStatus | null;
  statusIn?: MemberStatus[] | null;
  label?: string | null;
  registerStoreId?: string | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  pointsMin?: string | null;
  pointsMax?: string | null;
  points?: Comparison<string> | null;
  gradeCode?: string | null;
  gradeLevel?: Comparison<number> | null;
  sinceAt?: Comparison<Date> | null;
  dueAt?: Comparison<Date> | null;
  wechatRefreshToken?: string | null;
}

/** The most values one `in` / `notIn` list may carry. */
export const MAX_LIST_VALUES = 100;

/** SHA-256 hex: how a refresh token is stored for look-up (the token itself is sealed). */
export const refreshTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

type Alias = (a: string) => string;

const OPERATORS = { eq: '=', ne: null, lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/**
 * SQL conditions for a comparison on `expression` (a column or a scalar sub-query of the member
 * row aliased `a`). Values travel as parameters, one placeholder each; operators come from the
 * fixed table above. `ne` and `notIn` match a missing (NULL) value, the others never do.
 */
function compare<T>(field: string, expression: Alias, cast: string, comparison: Comparison<T>, check: (v: T) => unknown) {
  const conditions: FilterQuery<Member>[] = [];
  const add = (sql: (a: string) => string, params: unknown[]) => conditions.push({ [raw(sql, params)]: true });
  for (const [key, op] of Object.entries(OPERATORS) as [keyof typeof OPERATORS, string | null][]) {
    const value = comparison[key];
    if (value == null) continue;
    check(value);
    add((a) => (op ? `(${expression(a)} ${op} ?::${cast})` : `(${expression(a)} is distinct from ?::${cast})`), [value]);
  }
  for (const key of ['in', 'notIn'] as const) {
    const values = comparison[key];
    if (values == null) continue;
    if (values.length > MAX_LIST_VALUES) {
      throw new BusinessError(ErrorCode.INVALID_INPUT, `At most ${MAX_LIST_VALUES} values in a list.`, `${field}.${key}`);
    }
    values.forEach(check);
    const list = values.map(() => `?::${cast}`).join(', ');
    if (key === 'in') add((a) => (values.length ? `(${expression(a)} in (${list}))` : 'false'), values);
    else add((a) => (values.length ? `(${expression(a)} is null or ${expression(a)} not in (${list}))` : 'true'), values);
  }
  return conditions;
}

const decimalCheck = (field: string) => (v: string) => {
  if (!/^-?\d{1,14}(\.\d{1,2})?$/.test(String(v).trim()) || !new Decimal(v).isFinite()) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `${field}: ${v} is not a decimal with at most 2 places.`, field);
  }
};
const dateCheck = (field: string) => (v: Date) => {
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `${field}: not a valid instant.`, field);
  }
};
const intCheck = (field: string) => (v: number) => {
  if (!Number.isInteger(v)) throw new BusinessError(ErrorCode.INVALID_INPUT, `${field}: ${v} is not an integer.`, field);
};

/** Available points; a member without a balance row has 0. */
const pointsOf: Alias = (a) => `coalesce((select pb.current from points_balance pb where pb.member_id = ${a}.id), 0)`;
/** Grade level; 0 below every grade or without experience. */
const gradeLevelOf: Alias = (a) => `coalesce((select x.grade_level from exp_balance x where x.member_id = ${a}.id), 0)`;

/**
 * The member list's conditions as one MikroORM filter, or null when the filter can match no
 * member (an id that is not a uuid). Loyalty conditions are sub-queries on the balance tables,
 * so they combine with every other condition and with any ordering in one statement.
 */
export function memberWhere(f: MemberFilterData): FilterQuery<Member> | null {
  const where: FilterQuery<Member> = {};
  const and: FilterQuery<Member>[] = [];
  if (f.nameContains) {
    const pattern = likeContains(f.nameContains.trim());
    and.push({ $or: [{ name: { $ilike: pattern } }, { nickname: { $ilike: pattern } }] });
  }
  if (f.name != null) where.name = f.name.trim();
  if (f.mobile) where.mobile = f.mobile.trim();
  else if (f.mobileContains?.trim()) where.mobile = { $ilike: likeContains(f.mobileContains.trim()) };
  if (f.code) where.code = f.code.trim();
  if (f.email != null) and.push({ [raw('(lower(email) = lower(?))', [f.email.trim()])]: true });
  if (f.status) where.status = f.status;
  if (f.statusIn) and.push({ status: { $in: f.statusIn } });
  if (f.label) where.labels = { $contains: [f.label] };
  if (f.registerStoreId) {
    if (!isUuid(f.registerStoreId)) return null;
    where.registerStoreId = f.registerStoreId;
  }
  if (f.registeredFrom || f.registeredTo) {
    where.registeredAt = {
      ...(f.registeredFrom ? { $gte: f.registeredFrom } : {}),
      ...(f.registeredTo ? { $lt: f.registeredTo } : {}),
    };
  }
  if (f.pointsMin || f.pointsMax) {
    and.push(...compare('points', pointsOf, 'numeric', { gte: f.pointsMin, lte: f.pointsMax }, decimalCheck('points')));
  }
  if (f.points) and.push(...compare('points', pointsOf, 'numeric', f.points, decimalCheck('points')));
  if (f.gradeLevel) and.push(...compare('gradeLevel', gradeLevelOf, 'int', f.gradeLevel, intCheck('gradeLevel')));
  if (f.sinceAt) and.push(...compare('sinceAt', (a) => `${a}.since_at`, 'timestamptz', f.sinceAt, dateCheck('sinceAt')));
  if (f.dueAt) and.push(...compare('dueAt', (a) => `${a}.due_at`, 'timestamptz', f.dueAt, dateCheck('dueAt')));
  if (f.gradeCode) {
    and.push({
      [raw(
        (a) =>
          `exists (select 1 from exp_balance x join grade g on g.merchant_id = x.merchant_id and g.level = x.grade_level where x.member_id = ${a}.id and g.code = ?)`,
        [f.gradeCode.trim()],
      )]: true,
    });
  }
  if (f.wechatRefreshToken != null) {
    and.push({
      [raw(
        (a) => `exists (select 1 from member_channel c where c.member_id = ${a}.id and c.refresh_token_hash = ?)`,
        [refreshTokenHash(f.wechatRefreshToken)],
      )]: true,
    });
  }
  if (and.length) where.$and = and;
  return where;
}
