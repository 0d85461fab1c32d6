import { Decimal } from 'decimal.js';

/**
 * Expected aggregates computed in JavaScript from the rows a test created, never by the SQL under
 * test: local days through Intl (the zone database of Node, not PostgreSQL's), sums with decimal.js.
 */

/** The local calendar day of an instant in `timeZone`, `YYYY-MM-DD`. */
export function localDay(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** The first day of the period a local day falls in (ISO weeks start on Monday). */
export function periodStartOf(day: string, period: 'DAY' | 'WEEK' | 'MONTH'): string {
  if (period === 'DAY') return day;
  if (period === 'MONTH') return `${day.slice(0, 8)}01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Groups items by a key and folds each group; keys are compared as JSON. */
export function groupBy<T, R>(items: T[], key: (item: T) => unknown, fold: (group: T[]) => R): Map<string, R> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = JSON.stringify(key(item));
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].map(([k, group]) => [k, fold(group)]));
}

/** Rows of an aggregate as the same map: key fields to measures. */
export function rowsBy<T, R>(rows: T[], key: (row: T) => unknown, measures: (row: T) => R): Map<string, R> {
  return new Map(rows.map((row) => [JSON.stringify(key(row)), measures(row)]));
}

/** Exact sum of decimal strings, two places. */
export const sum = (values: (string | number)[]): string =>
  values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0)).toFixed(2);

/* ---------- the filter language's independent evaluator ---------- */

/*
 * A where evaluated in JavaScript with the documented semantics (docs/analytics.md, "Filter
 * language"): ne / nin match a missing value, contains ignores case and takes % _ \ literally, not
 * is "does not match", a relation (`member`) holds when the related row exists and matches. Tests
 * compare it with what the server answers over rows they made themselves.
 */

export type Row = Record<string, unknown>;
export type ValueKind = 'string' | 'id' | 'int' | 'decimal' | 'datetime' | 'date' | 'enum' | 'labels';
/** A related row's fields and how to find it from a row (null: no related row). */
export interface RelationKind {
  kinds: Kinds;
  of: (row: Row) => Row | null | undefined;
}
/** The fields of one list, by their where name: a value kind, or a relation. */
export type Kinds = Record<string, ValueKind | RelationKind>;

/** MemberWhere's fields (a member row names them as the where does). */
export const MEMBER_KINDS: Record<string, ValueKind> = {
  id: 'id',
  code: 'string',
  mobile: 'string',
  name: 'string',
  nickname: 'string',
  email: 'string',
  sex: 'enum',
  status: 'enum',
  labels: 'labels',
  registeredAt: 'datetime',
  registerStoreId: 'id',
  sinceAt: 'datetime',
  points: 'decimal',
  experience: 'decimal',
  gradeLevel: 'int',
  gradeCode: 'string',
};

/** -1 / 0 / 1 comparing a row's value with an input value, per kind. */
export function compare(kind: string, a: unknown, b: unknown): number {
  if (kind === 'decimal') return new Decimal(a as string).comparedTo(new Decimal(b as string));
  if (kind === 'datetime') return Math.sign(new Date(a as string).getTime() - new Date(b as string).getTime());
  if (kind === 'int') return Math.sign((a as number) - (b as number));
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}

export function fieldMatches(kind: string, value: unknown, ops: Record<string, unknown>): boolean {
  return Object.entries(ops).every(([op, arg]) => {
    if (arg == null) return true;
    if (kind === 'labels') return (arg as string[]).every((l) => (value as string[]).includes(l));
    if (op === 'isNull') return (value == null) === arg;
    if (op === 'ne') return value == null || compare(kind, value, arg) !== 0;
    if (op === 'nin') return value == null || (arg as unknown[]).every((v) => compare(kind, value, v) !== 0);
    if (value == null) return false;
    if (op === 'contains') return (value as string).toLowerCase().includes((arg as string).toLowerCase());
    if (op === 'in') return (arg as unknown[]).some((v) => compare(kind, value, v) === 0);
    if (op === 'between') {
      const { from, to } = arg as { from: unknown; to: unknown };
      return compare(kind, value, from) >= 0 && compare(kind, value, to) <= 0;
    }
    const c = compare(kind, value, arg);
    return { eq: c === 0, lt: c < 0, lte: c <= 0, gt: c > 0, gte: c >= 0 }[op]!;
  });
}

export function matches(where: Record<string, unknown>, row: Row, kinds: Kinds): boolean {
  return Object.entries(where).every(([key, input]) => {
    if (input == null) return true;
    if (key === 'and') return (input as Record<string, unknown>[]).every((w) => matches(w, row, kinds));
    if (key === 'or') return (input as Record<string, unknown>[]).some((w) => matches(w, row, kinds));
    if (key === 'not') return !matches(input as Record<string, unknown>, row, kinds);
    const kind = kinds[key];
    if (kind === undefined) throw new Error(`the evaluator has no field ${key}`);
    if (typeof kind === 'object') {
      const related = kind.of(row);
      return related != null && matches(input as Record<string, unknown>, related, kind.kinds);
    }
    return fieldMatches(kind, row[key], input as Record<string, unknown>);
  });
}

/**
 * Operator inputs for a value field, built from the rows' values so every case selects some rows
 * and leaves others: every operator its kind has, isNull where some rows lack the value.
 */
export function operatorCases(rows: Row[], kinds: Kinds, field: string): Record<string, unknown>[] {
  const kind = kinds[field] as ValueKind;
  const present = rows.map((r) => r[field]).filter((v) => v != null);
  const values = [...new Set(present.map((v) => (v instanceof Date ? v.toISOString() : (v as string | number))))].sort((a, b) =>
    compare(kind, a, b),
  );
  const low = values[Math.floor(values.length / 4)]!;
  const mid = values[Math.floor(values.length / 2)]!;
  const high = values[Math.floor((values.length * 3) / 4)]!;
  if (kind === 'labels') return [{ contains: ['vip'] }, { contains: ['vip', 'new'] }, { contains: [] }];
  const common = [{ eq: mid }, { ne: mid }, { in: [low, high] }, { nin: [low, high] }, { in: [] }, { nin: [] }];
  const nullable = rows.some((r) => r[field] == null) ? [{ isNull: true }, { isNull: false }] : [];
  if (kind === 'enum') return [...common.slice(0, 4), { in: [] }];
  if (kind === 'id') return [...common, ...nullable];
  if (kind === 'string') {
    return [
      ...common,
      ...nullable,
      { contains: String(mid).slice(1, 3) },
      { contains: String(mid).toUpperCase() },
      { eq: mid, ne: low },
    ];
  }
  return [
    ...common,
    ...nullable,
    { lt: mid },
    { lte: mid },
    { gt: mid },
    { gte: mid },
    { between: { from: low, to: high } },
    { between: { from: high, to: low } },
    { gt: low, lt: high },
  ];
}

/** A small deterministic generator (mulberry32), so a failing where can be replayed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random where over a list's value fields (relations get a where of their own kinds), nested
 * with and / or / not up to `maxDepth`.
 */
export function randomWhere(
  next: () => number,
  cases: (field: string) => Record<string, unknown>[],
  fields: string[],
  depth = 1,
  maxDepth = 4,
): Record<string, unknown> {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const roll = next();
  if (depth >= maxDepth || roll < 0.4) {
    const field = pick(fields);
    return { [field]: pick(cases(field)) };
  }
  if (roll < 0.6) return { not: randomWhere(next, cases, fields, depth + 1, maxDepth) };
  const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => randomWhere(next, cases, fields, depth + 1, maxDepth));
  return roll < 0.8 ? { and: parts } : { or: parts };
}

export interface Page {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  items: { id: string }[];
}

/** Every id of a list read page by page, by cursor or by offset. */
export async function walk(fetch: (page: Record<string, unknown>) => Promise<Page>, limit: number, by: 'cursor' | 'offset') {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await fetch(by === 'cursor' ? { limit, after } : { limit, offset: seen.length });
    seen.push(...page.items.map((i) => i.id));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}
