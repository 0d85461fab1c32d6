import { sql, type RawBuilder } from 'kysely';
import { createHash } from 'node:crypto';
import type { MemberStatus } from '../../domain/member.enums.js';
import { isUuid } from '../validation.js';
import { type Catalogue, compileWhere, type WhereInput } from './compiler.js';
import type { ListOrder } from './pages.js';

/** Available points; a member without a balance row has 0. */
const points = (m: string) => `coalesce((select pb.current from points_balance pb where pb.member_id = ${m}.id), 0)`;
/** Experience; 0 without a balance row. */
const experience = (m: string) => `coalesce((select xb.current from exp_balance xb where xb.member_id = ${m}.id), 0)`;
/** Grade level; 0 below every grade or without experience. */
const gradeLevel = (m: string) => `coalesce((select xb.grade_level from exp_balance xb where xb.member_id = ${m}.id), 0)`;
/** The code of the member's grade; NULL below every grade. */
const gradeCode = (m: string) =>
  `(select g.code from exp_balance xb join grade g on g.merchant_id = xb.merchant_id and g.level = xb.grade_level where xb.member_id = ${m}.id)`;

const column = (name: string) => (m: string) => `${m}.${name}`;

/** The fields a member list can be filtered on (MemberWhere), with their SQL over the member row. */
export const MEMBER_FIELDS: Catalogue = {
  id: { kind: 'id', expression: column('id') },
  code: { kind: 'string', expression: column('code') },
  mobile: { kind: 'string', expression: column('mobile') },
  name: { kind: 'string', expression: column('name') },
  nickname: { kind: 'string', expression: column('nickname') },
  email: { kind: 'string', expression: column('email') },
  sex: { kind: 'enum', expression: column('sex') },
  status: { kind: 'enum', expression: column('status') },
  labels: { kind: 'labels', expression: column('labels'), searchExpression: column('labels_search') },
  registeredAt: { kind: 'datetime', expression: column('registered_at') },
  registerStoreId: { kind: 'id', expression: column('register_store_id') },
  referrerId: { kind: 'id', expression: column('referrer_id') },
  sinceAt: { kind: 'datetime', expression: column('since_at') },
  dueAt: { kind: 'datetime', expression: column('due_at') },
  points: { kind: 'decimal', expression: points },
  experience: { kind: 'decimal', expression: experience },
  gradeLevel: { kind: 'int', expression: gradeLevel },
  gradeCode: { kind: 'string', expression: gradeCode },
};

/** A MemberWhere as a condition on the member row aliased `alias` (`member m` → 'm'). */
export const memberWhereSql = (where: object | null | undefined, alias: string): RawBuilder<boolean> =>
  compileWhere(MEMBER_FIELDS, where, alias);

/** Orderings of the member list (MemberOrderField), each on an index (migration m20261127-200). */
export const MEMBER_ORDERS = {
  REGISTERED_AT: { keys: [{ expression: column('registered_at'), type: 'timestamptz' }] },
  NAME: { keys: [{ expression: column('name'), type: 'text', nullable: true }] },
  MOBILE: { keys: [{ expression: column('mobile'), type: 'text', nullable: true }] },
  CODE: { keys: [{ expression: column('code'), type: 'text' }] },
} satisfies Record<string, Omit<ListOrder, 'name' | 'direction'>>;

/**
 * Orderings of membersByLoyalty, over its rank rows `pr` (points) and `xr` (experience and grade):
 * balances as whole cents, read in order from their indexes (migration m20261127-310-rank-tables),
 * the rank row's member_id breaking ties (the same value as the member's id, in the same index).
 */
export const LOYALTY_ORDERS = {
  POINTS: { keys: [{ expression: () => 'pr.cents', type: 'bigint' }], id: 'pr.member_id' },
  EXPERIENCE: { keys: [{ expression: () => 'xr.cents', type: 'bigint' }], id: 'xr.member_id' },
  GRADE: {
    keys: [
      { expression: () => 'xr.grade_level', type: 'smallint' },
      { expression: () => 'xr.cents', type: 'bigint' },
    ],
    id: 'xr.member_id',
  },
} satisfies Record<string, Omit<ListOrder, 'name' | 'direction'>>;

/** SHA-256 hex: how a refresh token is stored for look-up (the token itself is sealed). */
export const refreshTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Conditions on one value in the legacy `filter` shape (schema/comparison.types.ts). */
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

/** The legacy `members(filter)` input (MemberFilter), kept for the shims and old clients. */
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

const operators = <T>({ notIn, ...rest }: Comparison<T>) => ({ ...rest, nin: notIn });

/**
 * The legacy filter in the filter language: every field becomes a MemberWhere condition (the
 * points range included: one path for members, membersByLoyalty and the members-rest query
 * operators), plus the two conditions the language has no field for.
 */
export function legacyMemberWhere(f: MemberFilterData, alias: string): RawBuilder<boolean> {
  const and: WhereInput[] = [];
  const extra: RawBuilder<boolean>[] = [];
  const add = (field: string, ops: Record<string, unknown>) => and.push({ [field]: ops });
  const m = sql.raw(alias);
  if (f.nameContains?.trim()) {
    const text = f.nameContains.trim();
    and.push({ or: [{ name: { contains: text } }, { nickname: { contains: text } }] });
  }
  if (f.name != null) add('name', { eq: f.name.trim() });
  if (f.mobile) add('mobile', { eq: f.mobile.trim() });
  else if (f.mobileContains?.trim()) add('mobile', { contains: f.mobileContains.trim() });
  if (f.code) add('code', { eq: f.code.trim() });
  if (f.email != null) extra.push(sql<boolean>`lower(${m}.email) = lower(${f.email.trim()})`);
  if (f.status) add('status', { eq: f.status });
  if (f.statusIn) add('status', { in: f.statusIn });
  if (f.label) add('labels', { contains: [f.label] });
  // Not an id matches nobody (the legacy filter's answer), rather than an error.
  if (f.registerStoreId) {
    if (isUuid(f.registerStoreId)) add('registerStoreId', { eq: f.registerStoreId });
    else extra.push(sql<boolean>`false`);
  }
  if (f.registeredFrom) add('registeredAt', { gte: f.registeredFrom });
  if (f.registeredTo) add('registeredAt', { lt: f.registeredTo });
  if (f.pointsMin) add('points', { gte: f.pointsMin });
  if (f.pointsMax) add('points', { lte: f.pointsMax });
  if (f.points) add('points', operators(f.points));
  if (f.gradeLevel) add('gradeLevel', operators(f.gradeLevel));
  if (f.sinceAt) add('sinceAt', operators(f.sinceAt));
  if (f.dueAt) add('dueAt', operators(f.dueAt));
  if (f.gradeCode) add('gradeCode', { eq: f.gradeCode.trim() });
  if (f.wechatRefreshToken != null) {
    const hash = refreshTokenHash(f.wechatRefreshToken);
    extra.push(
      sql<boolean>`exists (select 1 from member_channel c where c.member_id = ${m}.id and c.refresh_token_hash = ${hash})`,
    );
  }
  const conditions = and.length ? [memberWhereSql({ and }, alias), ...extra] : extra;
  return conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`;
}
