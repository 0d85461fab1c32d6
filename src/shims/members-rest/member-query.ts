import { z } from 'zod';
import { epoch, STATUS_FROM_REST } from './member-view.js';

/** The Mongo-style operators the document shows, and their siblings; nothing else reaches SQL. */
const OPERATORS = { $lt: 'lt', $lte: 'lte', $gt: 'gt', $gte: 'gte', $ne: 'ne', $in: 'in', $nin: 'notIn' } as const;
type Operator = keyof typeof OPERATORS;
const OPERATOR_LIST = Object.keys(OPERATORS).join(' ');
const MAX_LIST = 100;

export interface Comparison<T> {
  eq?: T;
  ne?: T;
  lt?: T;
  lte?: T;
  gt?: T;
  gte?: T;
  in?: T[];
  notIn?: T[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A field compared by value (`?point=100`, `{"point": 100}`) or by operators
 * (`{"point": {"$lt": 10025, "$gte": 0}}`). An unknown operator (`$where`, `$regex`) is refused
 * here, with the list of known ones.
 */
function comparison<T>(field: string, value: z.ZodType<T>) {
  return z.unknown().transform((input, ctx): Comparison<T> => {
    const parse = (v: unknown, path: string): T | undefined => {
      const parsed = value.safeParse(v);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: `${path}: ${parsed.error.issues[0]!.message}` });
      return undefined;
    };
    if (!isPlainObject(input)) return { eq: parse(input, field) };
    const out: Comparison<T> = {};
    for (const [op, operand] of Object.entries(input)) {
      if (!(op in OPERATORS)) {
        ctx.addIssue({ code: 'custom', message: `${field}: unknown operator ${op}; use ${OPERATOR_LIST}` });
        continue;
      }
      const key = OPERATORS[op as Operator];
      if (key === 'in' || key === 'notIn') {
        if (!Array.isArray(operand) || operand.length > MAX_LIST) {
          ctx.addIssue({ code: 'custom', message: `${field}.${op}: must be an array of at most ${MAX_LIST} values` });
          continue;
        }
        out[key] = operand.map((v, i) => parse(v, `${field}.${op}.${i}`)) as T[];
      } else out[key] = parse(operand, `${field}.${op}`);
    }
    return out;
  });
}

const number = z.union(
  [
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/),
  ],
  { error: 'must be a number' },
);
const points = number.transform((v) => String(v)).pipe(z.string().regex(/^-?\d{1,14}(\.\d{1,2})?$/, 'has at most 2 decimals'));
const level = number.transform((v) => Number(v)).pipe(z.number().int('must be a whole grade level'));
const instant = epoch.transform((d) => d.toISOString());
const text = z.union([z.string(), z.number()], { error: 'must be text' }).transform((v) => String(v).trim());
const count = (name: string, fallback: number, max: number) =>
  z
    .union([z.number(), z.string().trim().regex(/^\d+$/, `${name} must be a whole number`)])
    .transform((v) => Number(v))
    .pipe(
      z
        .number()
        .int()
        .min(name === 'limit' ? 1 : 0, `${name} is at least ${name === 'limit' ? 1 : 0}`)
        .max(max),
    )
    .default(fallback);

export const QUERY_FIELDS = [
  'name',
  'code',
  'email',
  'phone',
  'status',
  'point',
  'level',
  'sinceAt',
  'dueAt',
  'skip',
  'limit',
  'id',
  'weixin.refresh_token',
];

/**
 * GET /members query: every field the document queries by, and nothing else: an unknown field
 * (`$where`, `$or`, `password`) is a 400 that names the known ones. `limit` is capped by the
 * server's page size (MAX_PAGE_SIZE) in the GraphQL list.
 */
export const memberQuery = z.strictObject(
  {
    name: text.optional(),
    code: text.optional(),
    email: text.optional(),
    phone: text.optional(),
    status: z
      .enum(Object.keys(STATUS_FROM_REST) as [keyof typeof STATUS_FROM_REST], {
        error: 'must be active, suspend, expired or removed',
      })
      .optional(),
    point: comparison('point', points).optional(),
    level: comparison('level', level).optional(),
    sinceAt: comparison('sinceAt', instant).optional(),
    dueAt: comparison('dueAt', instant).optional(),
    skip: count('skip', 0, 1_000_000),
    limit: count('limit', 10, 10_000),
    id: text.optional(),
    'weixin.refresh_token': text.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown query field ${issue.keys.join(', ')}; query by ${QUERY_FIELDS.join(', ')}`
        : undefined,
  },
);
export type MemberQuery = z.output<typeof memberQuery>;
