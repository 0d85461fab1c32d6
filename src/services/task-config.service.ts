import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { formatStepTable, parseStepTable, StepTableError, type TaskConfig as RuleConfig } from '../domain/task-rules.js';
import { TaskConfig, TaskOp } from '../entities/task.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { fields, parseInput } from './validation.js';

const nonNegative = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'A non-negative decimal with at most 2 places.');
const stepsSchema = z.array(z.object({ from: z.number().int(), amount: z.string().trim() })).max(100, 'At most 100 steps.');
export const opSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'An op is 1 to 64 letters, digits, _ . : or -.');

const configSchema = z
  .object({
    number: z.number().int().min(1, 'A task number is 1 or more.').max(2_000_000_000),
    name: fields.shortText,
    description: z.string().trim().max(1000).nullish(),
    ops: z.array(opSchema).max(20, 'At most 20 ops per task.'),
    points: nonNegative,
    experience: nonNegative,
    pointsSteps: stepsSchema.nullish(),
    experienceSteps: stepsSchema.nullish(),
    enabled: z.boolean(),
    startAt: z.date().nullish(),
    endAt: z.date().nullish(),
    minGrade: z.number().int().min(0).max(999).nullish(),
    maxGrade: z.number().int().min(0).max(999).nullish(),
    batch: z.boolean().nullish(),
    repeatable: z.boolean().nullish(),
    periodUnit: z.enum(['NONE', 'DAY', 'WEEK']).nullish(),
    periodRatio: z.number().int().min(1, 'A period ratio is 1 or more.').max(366).nullish(),
    maxCompletionsPerPeriod: z.number().int().min(0).nullish(),
    pointsCapPerPeriod: nonNegative.nullish(),
    experienceCapPerPeriod: nonNegative.nullish(),
    dedupeByTarget: z.boolean().nullish(),
    stepResetsEachPeriod: z.boolean().nullish(),
  })
  .superRefine((c, issue) => {
    if (c.startAt && c.endAt && c.endAt < c.startAt)
      issue.addIssue({ code: 'custom', message: 'endAt is before startAt.', path: ['endAt'] });
    if (c.minGrade != null && c.maxGrade != null && c.maxGrade < c.minGrade) {
      issue.addIssue({ code: 'custom', message: 'maxGrade is below minGrade.', path: ['maxGrade'] });
    }
    for (const key of ['pointsSteps', 'experienceSteps'] as const) {
      try {
        parseStepTable(formatStepTable(c[key] ?? []));
      } catch (error) {
        if (!(error instanceof StepTableError)) throw error;
        issue.addIssue({ code: 'custom', message: error.message, path: [key] });
      }
    }
  });
export type TaskConfigData = z.input<typeof configSchema>;

const money = (v: string | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));

/**
 * Creates or replaces the task with this number (cpoint-inner taskCnfUpdate) and the ops that
 * map to it. An op already mapped to another task is refused rather than moved, so one merchant
 * admin cannot silently re-route another task's submissions.
 */
export async function setTaskConfig(ctx: RequestContext, input: TaskConfigData): Promise<TaskConfig> {
  const c = parseInput(configSchema, input);
  const ops = [...new Set(c.ops)];
  try {
    return await ctx.em.transactional(async (em) => {
      const task =
        (await em.findOne(TaskConfig, { number: c.number })) ??
        em.create(TaskConfig, {
          merchantId: ctx.principal.merchantId,
          number: c.number,
          name: c.name,
          points: '0',
          experience: '0',
        });
      em.assign(task, {
        name: c.name,
        description: c.description ?? null,
        points: money(c.points)!,
        experience: money(c.experience)!,
        pointsSteps: formatStepTable(parseStepTable(formatStepTable(c.pointsSteps ?? []))),
        experienceSteps: formatStepTable(parseStepTable(formatStepTable(c.experienceSteps ?? []))),
        enabled: c.enabled,
        startAt: c.startAt ?? null,
        endAt: c.endAt ?? null,
        minGrade: c.minGrade ?? null,
        maxGrade: c.maxGrade ?? null,
        batch: c.batch ?? true,
        repeatable: c.repeatable ?? true,
        periodUnit: c.periodUnit ?? 'NONE',
        periodRatio: c.periodRatio ?? 1,
        maxCompletionsPerPeriod: c.maxCompletionsPerPeriod ?? null,
        pointsCapPerPeriod: money(c.pointsCapPerPeriod),
        experienceCapPerPeriod: money(c.experienceCapPerPeriod),
        dedupeByTarget: c.dedupeByTarget ?? false,
        stepResetsEachPeriod: c.stepResetsEachPeriod ?? false,
      });
      await em.flush();
      const taken = ops.length ? await em.find(TaskOp, { op: { $in: ops }, taskId: { $ne: task.id } }) : [];
      if (taken.length) throw new BusinessError(ErrorCode.TASK_OP_TAKEN, `Op ${taken[0]!.op} belongs to another task.`, 'ops');
      await em.nativeDelete(TaskOp, { taskId: task.id });
      for (const op of ops) em.create(TaskOp, { merchantId: ctx.principal.merchantId, op, taskId: task.id });
      await em.flush();
      return task;
    });
  } catch (error) {
    // Two admins mapping the same op at once: the primary key decides, the loser gets the error.
    if (error instanceof UniqueConstraintViolationException && /task_op/.test(error.message)) {
      throw new BusinessError(ErrorCode.TASK_OP_TAKEN, 'One of the ops belongs to another task.', 'ops');
    }
    throw error;
  }
}

export function listTaskConfigs(ctx: RequestContext): Promise<TaskConfig[]> {
  return ctx.em.find(TaskConfig, {}, { orderBy: { number: 'asc' } });
}

/** The stored task as the pure rule engine sees it. */
export function toRuleConfig(task: TaskConfig): RuleConfig {
  return {
    points: task.points,
    exp: task.experience,
    pointsSteps: parseStepTable(task.pointsSteps),
    expSteps: parseStepTable(task.experienceSteps),
    status: task.enabled ? 'ENABLED' : 'DISABLED',
    startAt: task.startAt,
    endAt: task.endAt,
    minGrade: task.minGrade,
    maxGrade: task.maxGrade,
    batch: task.batch,
    repeatable: task.repeatable,
    periodUnit: task.periodUnit,
    periodRatio: task.periodRatio,
    maxCompletionsPerPeriod: task.maxCompletionsPerPeriod,
    pointsCapPerPeriod: task.pointsCapPerPeriod,
    expCapPerPeriod: task.experienceCapPerPeriod,
    dedupeByTarget: task.dedupeByTarget,
    stepResetsEachPeriod: task.stepResetsEachPeriod,
  };
}
