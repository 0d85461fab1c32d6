import { z } from 'zod';
import { ApiKeyRole } from '../../domain/access.enums.js';
import {
  CpointGradesDocument,
  CpointSetTaskConfigDocument,
  CpointTaskConfigsDocument,
  type CpointTaskFieldsFragment,
  type StepEntryInput,
  type TaskPeriodUnit,
} from '../../generated/graphql.js';
import { legacyInt, legacyNumber, optionalLegacyText } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import type { ShimRoute } from '../common/shim-router.js';
import { epochSeconds, flag, nonNegativeAmount } from './params.js';

const R_FLAG: readonly TaskPeriodUnit[] = ['NONE', 'DAY', 'WEEK'];
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** `{from: amount}` as the document shows step tables (`{1:10,2:20}`), amounts as numbers. */
const stepObject = (steps: readonly { from: number; amount: string }[]) =>
  Object.fromEntries(steps.map((s) => [String(s.from), legacyNumber(s.amount)]));

/** `-1` (the document's "no limit") is null. */
const limitOrNone = (value: string | number | null) =>
  value === null ? -1 : typeof value === 'number' ? value : legacyNumber(value);

function taskView(task: CpointTaskFieldsFragment) {
  return {
    id: task.number,
    name: task.name,
    desc: task.description ?? '',
    score: legacyNumber(task.experience),
    cpoint: legacyNumber(task.points),
    step_score: stepObject(task.experienceSteps),
    step_cpoint: stepObject(task.pointsSteps),
    status: task.enabled ? 0 : 1,
    s_time: epochSeconds(task.startAt),
    e_time: epochSeconds(task.endAt),
    s_grade: task.minGrade ?? -1,
    e_grade: task.maxGrade ?? -1,
    batch: task.batch ? 1 : 0,
    repeat: task.repeatable ? 1 : 0,
    r_flag: R_FLAG.indexOf(task.periodUnit),
    r_ratio: task.periodRatio,
    r_count: limitOrNone(task.maxCompletionsPerPeriod),
    r_cpoint: limitOrNone(task.pointsCapPerPeriod),
    r_score: limitOrNone(task.experienceCapPerPeriod),
    r_filter: task.dedupeByTarget ? 1 : 0,
    r_step: task.stepResetsEachPeriod ? 1 : 0,
    op: task.ops.join(','),
    u_time: epochSeconds(task.updatedAt) || 0,
  };
}

const numberOrNone = z.union([z.number(), z.literal(-1)]);
const taskOutput = z.object({
  id: z.number(),
  name: z.string(),
  desc: z.string(),
  score: z.number(),
  cpoint: z.number(),
  step_score: z.record(z.string(), z.number()),
  step_cpoint: z.record(z.string(), z.number()),
  status: z.union([z.literal(0), z.literal(1)]).describe('0 open, 1 closed'),
  s_time: z.union([z.number(), z.literal('')]).describe("epoch seconds; '' none"),
  e_time: z.union([z.number(), z.literal('')]).describe("epoch seconds; '' none"),
  s_grade: numberOrNone,
  e_grade: numberOrNone,
  batch: z.number(),
  repeat: z.number(),
  r_flag: z.number().describe('0 none, 1 day, 2 week'),
  r_ratio: z.number(),
  r_count: numberOrNone,
  r_cpoint: numberOrNone,
  r_score: numberOrNone,
  r_filter: z.number(),
  r_step: z.number(),
  op: z.string().describe('ours: the op names that submit the task, comma-separated'),
  u_time: z.number(),
});

/** cnf/taskCnfList: every task with every knob, by id. */
export const taskCnfList: ShimRoute<Record<string, never>> = {
  path: '/cnf/taskCnfList',
  transaction: 'read',
  summary: 'Every task config (taskConfigs), with every taskCnfUpdate knob and its op names.',
  input: z.object({}),
  output: z.array(taskOutput),
  async handle(call) {
    return (await call.run(CpointTaskConfigsDocument, {})).taskConfigs.map(taskView);
  },
};

/** cnf/gradeCnfList: `{level: threshold}`. */
export const gradeCnfList: ShimRoute<Record<string, never>> = {
  path: '/cnf/gradeCnfList',
  transaction: 'read',
  summary: 'The grade ladder (grades) as {level: experience threshold}.',
  input: z.object({}),
  output: z.record(z.string(), z.number()),
  async handle(call) {
    const grades = (await call.run(CpointGradesDocument, {})).grades;
    return Object.fromEntries(grades.map((g) => [String(g.level), legacyNumber(g.threshold)]));
  },
};

/**
 * A step table: the document's text `'1:2,20:40.5'` (from the 1st completion 2 each, from the
 * 20th 40.5 each), or the `{1: 2, 20: 40.5}` object taskCnfList answers; '' or absent is none.
 */
const stepTable = z
  .union([z.string(), z.record(z.string(), z.union([z.string(), z.number()]))], {
    error: "must look like '1:2,20:40.5'",
  })
  .optional()
  .transform((value, ctx): StepEntryInput[] => {
    if (value === undefined) return [];
    const pairs =
      typeof value === 'string'
        ? value.trim() === ''
          ? []
          : value.split(',').map((entry) => entry.split(':').map((part) => part.trim()))
        : Object.entries(value).map(([from, amount]) => [from.trim(), String(amount).trim()]);
    const steps: StepEntryInput[] = [];
    for (const pair of pairs) {
      const [from, amount] = pair;
      if (pair.length !== 2 || !/^\d{1,9}$/.test(from!) || Number(from) < 1 || !AMOUNT.test(amount!)) {
        ctx.addIssue({
          code: 'custom',
          message: `'${pair.join(':')}' is not 'from:amount' (from 1 or more, amount with at most 2 decimals)`,
        });
        return z.NEVER;
      }
      steps.push({ from: Number(from), amount: amount! });
    }
    return steps;
  });

/** The last second a date can name here (9999-12-31T23:59:59Z); further is no date at all. */
const EPOCH_MAX = 253_402_300_799;

/** `s_time` / `e_time`: epoch seconds, or '' (the default) for none. */
const epochOrNone = z
  .union(
    [z.literal(''), z.null(), legacyInt.pipe(z.number().min(0, 'must be epoch seconds').max(EPOCH_MAX, 'must be epoch seconds'))],
    {
      error: "must be epoch seconds or ''",
    },
  )
  .optional()
  .transform((v) => (v === '' || v === null || v === undefined ? null : new Date(v * 1000).toISOString()));

/** A grade bound: -1 (the default) for none. */
const gradeOrNone = legacyInt
  .pipe(z.number().min(-1, 'must be -1 (none) or a grade level').max(999, 'must be at most 999'))
  .optional()
  .transform((v) => (v === undefined || v === -1 ? null : v));

/** A per-period cap: -1 (the default) for none. */
const amountOrNone = z
  .union([z.literal(-1), z.literal('-1'), nonNegativeAmount], {
    error: 'must be -1 (no limit) or an amount with at most 2 decimals',
  })
  .optional()
  .transform((v) => (v === undefined || v === -1 || v === '-1' ? null : v));

const opList = z
  .union([z.string(), z.array(z.string())], { error: "must be op names, comma-separated ('share,invite')" })
  .optional()
  .transform((v) => {
    const ops = (typeof v === 'string' ? v.split(',') : (v ?? [])).map((op) => op.trim()).filter(Boolean);
    return ops.length ? ops : undefined;
  });

const updateInput = z.object({
  id: legacyInt.pipe(z.number().min(1, 'is 1 or more')),
  score: nonNegativeAmount,
  cpoint: nonNegativeAmount,
  step_score: stepTable,
  step_cpoint: stepTable,
  status: flag,
  s_time: epochOrNone,
  e_time: epochOrNone,
  s_grade: gradeOrNone,
  e_grade: gradeOrNone,
  batch: flag.optional().default(1),
  repeat: flag.optional().default(1),
  r_flag: legacyInt
    .pipe(z.union([z.literal(0), z.literal(1), z.literal(2)], { error: 'must be 0, 1 or 2' }))
    .optional()
    .default(0),
  r_ratio: legacyInt.pipe(z.number().min(0, 'must be 0 or more')).optional().default(0),
  r_count: legacyInt
    .pipe(z.number().min(-1, 'must be -1 (no limit) or a count'))
    .optional()
    .transform((v) => (v === undefined || v === -1 ? null : v)),
  r_cpoint: amountOrNone,
  r_score: amountOrNone,
  r_filter: flag.optional().default(0),
  r_step: flag.optional().default(0),
  // Ours: the document has no name, description or op for a task.
  name: optionalLegacyText,
  desc: optionalLegacyText,
  op: opList,
});

/**
 * cnf/taskCnfUpdate: creates or replaces task `id` with every knob of the document (absent optional
 * knobs take the document's defaults). `name`, `desc` and `op` are ours and keep the task's
 * current values when absent (a new task is named `任务<id>` and has no op until one is given).
 */
export const taskCnfUpdate: ShimRoute<z.output<typeof updateInput>> = {
  path: '/cnf/taskCnfUpdate',
  summary:
    'Create or replace task id (setTaskConfig) with every knob; optional name, desc and op (comma-separated op names) keep the current values when absent.',
  input: updateInput,
  output: z.object({}),
  role: ApiKeyRole.ADMIN,
  async handle(call, input) {
    const current = (await call.run(CpointTaskConfigsDocument, {})).taskConfigs.find((t) => t.number === input.id);
    unwrapPayload(
      (
        await call.run(CpointSetTaskConfigDocument, {
          input: {
            number: input.id,
            name: input.name ?? current?.name ?? `任务${input.id}`,
            description: input.desc ?? current?.description ?? null,
            ops: input.op ?? current?.ops ?? [],
            experience: input.score,
            points: input.cpoint,
            experienceSteps: input.step_score,
            pointsSteps: input.step_cpoint,
            enabled: input.status === 0,
            startAt: input.s_time,
            endAt: input.e_time,
            minGrade: input.s_grade,
            maxGrade: input.e_grade,
            batch: input.batch === 1,
            repeatable: input.repeat === 1,
            periodUnit: R_FLAG[input.r_flag],
            // The document's default ratio is 0; a period is at least one day or week.
            periodRatio: Math.max(input.r_ratio, 1),
            maxCompletionsPerPeriod: input.r_count,
            pointsCapPerPeriod: input.r_cpoint,
            experienceCapPerPeriod: input.r_score,
            dedupeByTarget: input.r_filter === 1,
            stepResetsEachPeriod: input.r_step === 1,
          },
        })
      ).setTaskConfig,
    );
    return {};
  },
};
