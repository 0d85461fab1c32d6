import { Decimal } from 'decimal.js';
import { sql, type RawBuilder } from 'kysely';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import { isUuid, likeContains } from '../validation.js';

/**
 * The filter language's compiler: a `<Thing>Where` input (schema/filter.types.ts) becomes one SQL
 * condition. Field names come only from a list's fixed catalogue (never from the input's text);
 * every value is a bind parameter; the size of a where is checked while it compiles, which is
 * before any statement is sent, so a refused where costs the database nothing.
 */

/** The value types a field can have; each accepts its own operators (schema/filter.types.ts). */
export type FieldKind = 'string' | 'id' | 'int' | 'decimal' | 'datetime' | 'date' | 'enum' | 'labels';

export interface ValueField {
  kind: FieldKind;
  /** The field's SQL expression over the list's row alias; written here, never taken from input. */
  expression: (alias: string) => string;
  /** The parameters' PostgreSQL type when not the kind's own (an enum stored as smallint). */
  type?: string;
  /**
   * Labels only: the same labels as text `,a,b,`, trigram-indexed (migration m20261127-341), which
   * `contains` also asks so that an index can serve it under row-level security.
   */
  searchExpression?: (alias: string) => string;
}

/**
 * A related row filtered with its own list's where input (a ledger entry's `member`): `exists`
 * over `from`, which joins the related row, aliased `inner`, to the outer row `outer`.
 */
export interface RelationField {
  kind: 'relation';
  catalogue: () => Catalogue;
  from: (outer: string, inner: string) => string;
}

export type FieldSpec = ValueField | RelationField;

/** The fields one list may be filtered on, by their GraphQL name. */
export type Catalogue = Readonly<Record<string, FieldSpec>>;

export const FILTER_LIMITS = {
  /** Nesting of and / or / not (a where with only fields has depth 1). */
  depth: 5,
  /** Field conditions and combinators in one where, counted over the whole tree. */
  nodes: 100,
  /** Values in one `in` / `nin` / labels `contains` list. */
  values: 100,
} as const;

/** A where input: its list's fields, each with an operator input, and the combinators. */
export interface WhereInput {
  and?: WhereInput[] | null;
  or?: WhereInput[] | null;
  not?: WhereInput | null;
  [field: string]: unknown;
}

/** Operators of one field; which ones a field offers depends on its kind. */
interface OperatorInput {
  eq?: unknown;
  ne?: unknown;
  in?: unknown[] | null;
  nin?: unknown[] | null;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  between?: { from: unknown; to: unknown } | null;
  contains?: unknown;
  isNull?: boolean | null;
}

const refuse = (message: string, field: string) => new BusinessError(ErrorCode.INVALID_INPUT, message, field);

/** The PostgreSQL type each kind's parameters are cast to (so an index on the column applies). */
const CAST: Record<Exclude<FieldKind, 'labels'>, string> = {
  string: 'text',
  id: 'uuid',
  int: 'int',
  decimal: 'numeric',
  datetime: 'timestamptz',
  date: 'date',
  enum: 'text',
};

/** Checks one value of a field and returns it as it is bound. */
function value(kind: FieldKind, v: unknown, path: string): unknown {
  switch (kind) {
    case 'id':
      if (typeof v !== 'string' || !isUuid(v)) throw refuse(`${path}: "${String(v)}" is not an id.`, path);
      return v;
    case 'int':
      if (!Number.isSafeInteger(v)) throw refuse(`${path}: ${String(v)} is not an integer.`, path);
      return v;
    case 'decimal': {
      const text = String(v).trim();
      if (!/^-?\d{1,14}(\.\d{1,2})?$/.test(text)) throw refuse(`${path}: ${text} is not a decimal with at most 2 places.`, path);
      return new Decimal(text).toFixed(2);
    }
    case 'datetime':
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw refuse(`${path}: not a valid instant.`, path);
      return v;
    case 'date':
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw refuse(`${path}: not a date (YYYY-MM-DD).`, path);
      return v;
    case 'enum':
      // GraphQL has already checked the value against the enum; numeric enums arrive as numbers.
      if (typeof v !== 'string' && !Number.isSafeInteger(v)) throw refuse(`${path}: not a value of this field.`, path);
      return v;
    default:
      if (typeof v !== 'string') throw refuse(`${path}: not a string.`, path);
      return v;
  }
}

function list(kind: FieldKind, values: unknown[], path: string): unknown[] {
  if (values.length > FILTER_LIMITS.values) throw refuse(`${path}: At most ${FILTER_LIMITS.values} values in a list.`, path);
  return values.map((v, i) => value(kind, v, `${path}.${i}`));
}

const ORDERED: Partial<Record<keyof OperatorInput, string>> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };
const ORDERED_KINDS = new Set<FieldKind>(['int', 'decimal', 'datetime', 'date']);

/**
 * The conditions of one field's operator input, all of which must hold. `ne` and `nin` also
 * match a row without the value (NULL): "not 5" includes "none"; every other operator needs one.
 */
function fieldConditions(spec: ValueField, ops: OperatorInput, alias: string, path: string): RawBuilder<boolean>[] {
  const column = sql.raw(`(${spec.expression(alias)})`);
  const out: RawBuilder<boolean>[] = [];
  if (spec.kind === 'labels') {
    if (ops.contains == null) return out;
    const labels = list('string', ops.contains as unknown[], `${path}.contains`) as string[];
    // Each label as `,label,` in the text form: implied by the exact test below (so the answer is
    // the same), and what a trigram index can find under row-level security, where `@>` cannot.
    if (spec.searchExpression) {
      const search = sql.raw(`(${spec.searchExpression(alias)})`);
      for (const label of labels) out.push(sql<boolean>`${search} ~~~* ${likeContains(`,${label},`)}`);
    }
    out.push(sql<boolean>`${column} @> ${labels}::text[]`);
    return out;
  }
  const cast = sql.raw(spec.type ?? CAST[spec.kind]);
  const param = (v: unknown, at: string) => sql`${value(spec.kind, v, at)}::${cast}`;
  const array = (vs: unknown[], at: string) => sql`${list(spec.kind, vs, at)}::${cast}[]`;
  for (const [op, v] of Object.entries(ops) as [keyof OperatorInput, unknown][]) {
    if (v == null) continue;
    const at = `${path}.${op}`;
    if (op === 'eq') out.push(sql<boolean>`${column} = ${param(v, at)}`);
    else if (op === 'ne') out.push(sql<boolean>`${column} is distinct from ${param(v, at)}`);
    else if (op === 'in') out.push(sql<boolean>`${column} = any(${array(v as unknown[], at)})`);
    else if (op === 'nin') out.push(sql<boolean>`(${column} is null or not (${column} = any(${array(v as unknown[], at)})))`);
    else if (op === 'isNull') out.push(v ? sql<boolean>`${column} is null` : sql<boolean>`${column} is not null`);
    else if (op === 'contains' && spec.kind === 'string') {
      // Matched literally: % _ and \ in the text are escaped, so they match themselves. `~~~*` is
      // ILIKE declared leakproof, which a trigram index can serve under row-level security
      // (migration m20261127-310); the pattern is always a parameter on its right.
      out.push(sql<boolean>`${column} ~~~* ${likeContains(value('string', v, at) as string)}`);
    } else if (ORDERED[op] && ORDERED_KINDS.has(spec.kind)) {
      out.push(sql<boolean>`${column} ${sql.raw(ORDERED[op])} ${param(v, at)}`);
    } else if (op === 'between' && ORDERED_KINDS.has(spec.kind)) {
      const range = v as { from: unknown; to: unknown };
      out.push(sql<boolean>`${column} between ${param(range.from, `${at}.from`)} and ${param(range.to, `${at}.to`)}`);
    } else throw refuse(`${at}: not an operator of this field.`, at);
  }
  return out;
}

const and = (conditions: RawBuilder<boolean>[]) =>
  conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`;
const or = (conditions: RawBuilder<boolean>[]) =>
  conditions.length ? sql<boolean>`(${sql.join(conditions, sql` or `)})` : sql<boolean>`false`;

/**
 * One where input as a condition on rows aliased `alias`: every field condition and every
 * combinator given must hold (`and: []` holds, `or: []` never does). Refuses, with
 * INVALID_INPUT (BAD_USER_INPUT in GraphQL), a where nested deeper than FILTER_LIMITS.depth, with
 * more than FILTER_LIMITS.nodes conditions, a list over FILTER_LIMITS.values, a field not in the
 * catalogue or a value of the wrong type.
 */
export function compileWhere(catalogue: Catalogue, where: object | null | undefined, alias: string): RawBuilder<boolean> {
  let nodes = 0;
  const walk = (fields: Catalogue, w: WhereInput, row: string, depth: number, path: string): RawBuilder<boolean> => {
    if (depth > FILTER_LIMITS.depth) throw refuse(`${path}: a where nests at most ${FILTER_LIMITS.depth} levels deep.`, path);
    const conditions: RawBuilder<boolean>[] = [];
    for (const [key, input] of Object.entries(w)) {
      if (input == null) continue;
      if (++nodes > FILTER_LIMITS.nodes) throw refuse(`A where holds at most ${FILTER_LIMITS.nodes} conditions.`, path);
      const at = `${path}.${key}`;
      if (key === 'and' || key === 'or') {
        const parts = (input as WhereInput[]).map((part, i) => walk(fields, part, row, depth + 1, `${at}.${i}`));
        conditions.push(key === 'and' ? and(parts) : or(parts));
      } else if (key === 'not') {
        conditions.push(sql<boolean>`not coalesce(${walk(fields, input as WhereInput, row, depth + 1, at)}, false)`);
      } else {
        const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
        if (!spec) throw refuse(`${at}: not a field of this list.`, at);
        if (spec.kind === 'relation') {
          // Aliases by depth: a relation inside a relation never shadows its outer row.
          const inner = `${alias}_r${depth}`;
          const related = walk(spec.catalogue(), input as WhereInput, inner, depth + 1, at);
          conditions.push(sql<boolean>`exists (select 1 from ${sql.raw(spec.from(row, inner))} and ${related})`);
        } else conditions.push(...fieldConditions(spec, input as OperatorInput, row, at));
      }
    }
    return and(conditions);
  };
  return where ? walk(catalogue, where as WhereInput, alias, 1, 'where') : sql<boolean>`true`;
}

/** Several conditions that must all hold (a list's `where` beside its legacy `filter`). */
export const allOf = and;

/**
 * Whether a where input names no field but these (through and / or / not; a relation counts as
 * its own field): aggregates answer such a where from their day totals, which keep those keys.
 */
export function usesOnly(where: object | null | undefined, fields: readonly string[]): boolean {
  if (!where) return true;
  return Object.entries(where).every(([key, value]) => {
    if (value == null) return true;
    // `or: []` matches nothing: a condition of its own, whatever the fields.
    if (key === 'or' && !(value as object[]).length) return false;
    if (key === 'and' || key === 'or') return (value as object[]).every((part) => usesOnly(part, fields));
    if (key === 'not') return usesOnly(value as object, fields);
    return fields.includes(key);
  });
}
