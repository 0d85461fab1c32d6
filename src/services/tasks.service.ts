import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { LedgerSource } from '../domain/loyalty-codes.js';
import { decideSubmission, MAX_TIMES, periodWindow, type RefusalReason, type SubmissionCode } from '../domain/task-rules.js';
import { ExperienceBalance } from '../entities/experience.entity.js';
import type { Grade } from '../entities/grade.entity.js';
import type { MemberStatus } from '../domain/member.enums.js';
import { TaskCompletion, TaskConfig } from '../entities/task.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { applyLedgerChange, type LedgerName } from './ledger-statement.js';
import { fingerprintOf, ledgerFields, requireMemberId } from './ledger-outcome.js';
import { bindIdempotencyKey, KeyedOperation } from './idempotency.js';
import { assertMemberAllows, MemberAction } from './member-status.js';
import { listGrades } from './grades.service.js';
import { opSchema, toRuleConfig } from './task-config.service.js';
import { parseInput } from './validation.js';

const submitSchema = z.object({
  memberId: z.string(),
  op: opSchema,
  target: z.string().trim().min(1, 'A target must not be empty.').max(200).nullish(),
  times: z.number().int().min(1, `times is 1 to ${MAX_TIMES}.`).max(MAX_TIMES, `times is 1 to ${MAX_TIMES}.`).nullish(),
  idempotencyKey: ledgerFields.idempotencyKey.nullish(),
  now: z.date().nullish(),
});
export type SubmitTaskData = z.input<typeof submitSchema>;

export interface SubmitTaskResult {
  code: SubmissionCode;
  refusalReason: RefusalReason | null;
  task: TaskConfig | null;
  completionsCounted: number;
  points: string;
  experience: string;
  /** The member's points and experience after this submission (legacy newCpoint / newScore). */
  pointsBalance: string;
  experienceBalance: string;
  grade: Grade | null;
  grades: Grade[];
  replayed: boolean;
}

interface Head {
  time_zone: string;
  member_id: string | null;
  member_status: MemberStatus | null;
  task_id: string | null;
  grade_level: number;
  points_current: string;
  exp_current: string;
}

/** Everything a submission needs to know up front, in one statement. */
async function loadHead(em: EntityManager, memberId: string, op: string): Promise<Head> {
  const [head] = await em.execute<Head[]>(
    `select m.time_zone, mm.id as member_id, mm.status as member_status,
            (select task_id from task_op where op = :op) as task_id,
            coalesce(xb.grade_level, 0) as grade_level, coalesce(pb.current, 0) as points_current, coalesce(xb.current, 0) as exp_current
       from merchant m
       left join member mm on mm.id = :member
       left join exp_balance xb on xb.member_id = :member
       left join points_balance pb on pb.member_id = :member`,
    { member: memberId, op },
  );
  return head!;
}

/** The member's counters for this task: in the current period (whole history for NONE) and for ever. */
async function loadCounters(
  em: EntityManager,
  memberId: string,
  taskId: string,
  window: { start: Date; end: Date } | null,
  target: string | null,
) {
  const [row] = await em.execute<{ in_period: number; total: number; points: string; exp: string; target_done: boolean }[]>(
    `select coalesce(sum(completions) filter (where inside), 0)::int as in_period,
            coalesce(sum(completions), 0)::int as total,
            coalesce(sum(points) filter (where inside), 0) as points,
            coalesce(sum(experience) filter (where inside), 0) as exp,
            coalesce(bool_or(target = :target) filter (where inside), false) as target_done
       from (select *, occurred_at >= :start::timestamptz and occurred_at < :end::timestamptz as inside
               from task_completion where member_id = :member and task_id = :task) c`,
    {
      member: memberId,
      task: taskId,
      target,
      start: window?.start.toISOString() ?? '-infinity',
      end: window?.end.toISOString() ?? 'infinity',
    },
  );
  return {
    completionsInPeriod: row!.in_period,
    completionsTotal: row!.total,
    pointsAwardedInPeriod: String(row!.points),
    expAwardedInPeriod: String(row!.exp),
    targetAlreadyDoneInPeriod: row!.target_done,
  };
}

async function award(
  ctx: RequestContext,
  em: EntityManager,
  ledger: LedgerName,
  memberId: string,
  amount: string,
  task: TaskConfig,
) {
  if (new Decimal(amount).isZero()) return null;
  const outcome = await applyLedgerChange(em, {
    ledger,
    memberId,
    earnedDelta: amount,
    usedDelta: '0',
    fields: { source: LedgerSource.TASK, description: task.name, credentialId: ctx.principal.credentialId },
  });
  if (!outcome.entry) throw new Error(`task award to ${ledger} of member ${memberId} was not applied`);
  return outcome;
}

/**
 * Submits a task completion (cpoint-inner task/submit): maps the op to a task, applies every rule
 * through the pure engine in domain/task-rules.ts, awards points and experience through the
 * ledgers (the grade follows) and logs the completion. Submissions of one member for one task are
 * serialised by an advisory lock, so two at once cannot both pass a per-period limit.
 */
export async function submitTask(ctx: RequestContext, input: SubmitTaskData): Promise<SubmitTaskResult> {
  const { idempotencyKey, now: at, ...data } = parseInput(submitSchema, input);
  requireMemberId(data.memberId);
  if (at && !ctx.config.ALLOW_CLOCK_OVERRIDE) {
    throw new BusinessError(
      ErrorCode.INVALID_INPUT,
      'now may only be given to a server started with ALLOW_CLOCK_OVERRIDE (tests).',
      'now',
    );
  }
  const now = at ?? new Date();
  const fingerprint = idempotencyKey ? fingerprintOf('submitTask', data) : null;
  const result = await ctx.em.transactional(async (em): Promise<Omit<SubmitTaskResult, 'grade' | 'grades'>> => {
    const head = await loadHead(em, data.memberId, data.op);
    if (!head.member_id) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${data.memberId}.`, 'memberId');
    const unchanged = {
      completionsCounted: 0,
      points: '0.00',
      experience: '0.00',
      pointsBalance: head.points_current,
      experienceBalance: head.exp_current,
      replayed: false,
    };
    if (idempotencyKey) {
      const replay = await claimKey(em, idempotencyKey, fingerprint!);
      if (replay) return { ...unchanged, ...replay, task: await em.findOne(TaskConfig, { id: replay.taskId }) };
    }
    // After the replay: a retry of a submission made before a suspension still answers as it did.
    assertMemberAllows(head.member_status!, MemberAction.EARN);
    if (!head.task_id) return { ...unchanged, code: 'NO_TASK', refusalReason: null, task: null };
    const task = await em.findOneOrFail(TaskConfig, { id: head.task_id });
    const config = toRuleConfig(task);
    await em.execute(`select pg_advisory_xact_lock(app_lock_key('task', app_merchant_id(), :key))`, {
      key: `${data.memberId}:${task.id}`,
    });
    const window = config.periodUnit === 'NONE' ? null : periodWindow(now, config.periodUnit, config.periodRatio, head.time_zone);
    const target = data.target ?? null;
    const decision = decideSubmission({
      config,
      now,
      timeZone: head.time_zone,
      memberGrade: head.grade_level,
      times: data.times ?? 1,
      target,
      counters: await loadCounters(em, data.memberId, task.id, window, target),
    });
    if (decision.code === 'REFUSED') return { ...unchanged, code: 'REFUSED', refusalReason: decision.reason, task };
    const points = await award(ctx, em, 'points', data.memberId, decision.points, task);
    const exp = await award(ctx, em, 'experience', data.memberId, decision.exp, task);
    const completion = em.create(TaskCompletion, {
      id: randomUUID(),
      merchantId: ctx.principal.merchantId,
      memberId: data.memberId,
      taskId: task.id,
      target,
      completions: decision.completionsCounted,
      points: decision.points,
      experience: decision.exp,
      pointsAfter: points?.balance?.current ?? head.points_current,
      experienceAfter: exp?.balance?.current ?? head.exp_current,
      occurredAt: now,
      pointsEntryId: points?.entry?.id ?? null,
      expEntryId: exp?.entry?.id ?? null,
      idempotencyKey: idempotencyKey ?? null,
      requestFingerprint: fingerprint,
      createdAt: new Date(),
    });
    await em.flush();
    return {
      code: 'DONE',
      refusalReason: null,
      task,
      completionsCounted: completion.completions,
      points: completion.points,
      experience: completion.experience,
      pointsBalance: completion.pointsAfter,
      experienceBalance: completion.experienceAfter,
      replayed: false,
    };
  });
  // Read after the write, not through the request's loaders (they are refreshed when the mutation ends).
  const [grades, balance] = await Promise.all([
    listGrades(ctx),
    ctx.em.findOne(ExperienceBalance, { memberId: data.memberId }, { refresh: true }),
  ]);
  return { ...result, grades, grade: grades.find((g) => g.level === balance?.gradeLevel) ?? null };
}

/**
 * Claims an idempotency key for this transaction: IN_FLIGHT while another submission holds it,
 * the stored answer for a retry, KEY_REUSED for other content under the same key.
 */
async function claimKey(em: EntityManager, key: string, fingerprint: string) {
  await bindIdempotencyKey(em, key, KeyedOperation.SUBMIT_TASK);
  const [lock] = await em.execute<{ acquired: boolean }[]>(
    `select pg_try_advisory_xact_lock(app_lock_key('task_completion', app_merchant_id(), :key)) as acquired`,
    { key },
  );
  if (!lock?.acquired) {
    throw new BusinessError(
      ErrorCode.IDEMPOTENCY_IN_FLIGHT,
      'The same submission is still being processed; retry in a moment.',
      'idempotencyKey',
    );
  }
  const prior = await em.findOne(TaskCompletion, { idempotencyKey: key });
  if (!prior) return null;
  if (prior.requestFingerprint !== fingerprint) {
    throw new BusinessError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was already used for a different submission.',
      'idempotencyKey',
    );
  }
  return {
    code: 'DONE' as const,
    refusalReason: null,
    taskId: prior.taskId,
    completionsCounted: prior.completions,
    points: prior.points,
    experience: prior.experience,
    pointsBalance: prior.pointsAfter,
    experienceBalance: prior.experienceAfter,
    replayed: true,
  };
}
