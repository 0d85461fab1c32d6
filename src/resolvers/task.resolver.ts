import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LEGACY_SUBMISSION_CODE, parseStepTable } from '../domain/task-rules.js';
import type { TaskConfig as TaskConfigRow } from '../entities/task.entity.js';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import {
  SetTaskConfigInput,
  StepEntry,
  SubmitTaskInput,
  SubmitTaskPayload,
  TaskConfig,
  TaskConfigPayload,
} from '../schema/task.types.js';
import { listTaskConfigs, setTaskConfig } from '../services/task-config.service.js';
import { submitTask } from '../services/tasks.service.js';
import { payload } from './payload.js';

@Resolver(() => TaskConfig)
export class TaskResolver {
  @Query(() => [TaskConfig], { description: 'Every task, by number (cpoint-inner taskCnfList).' })
  taskConfigs(@Ctx() ctx: RequestContext) {
    return listTaskConfigs(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => TaskConfigPayload, {
    description: 'Create or replace a task by number, with its op names (cpoint-inner taskCnfUpdate).',
  })
  setTaskConfig(@Ctx() ctx: RequestContext, @Arg('input', () => SetTaskConfigInput) input: SetTaskConfigInput) {
    return payload(async () => ({ task: await setTaskConfig(ctx, input) }));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => SubmitTaskPayload, { description: 'A member did an op: apply the task rules and award points and experience.' })
  submitTask(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitTaskInput) input: SubmitTaskInput) {
    return payload(async () => {
      const result = await submitTask(ctx, input);
      return { ...result, legacyCode: LEGACY_SUBMISSION_CODE[result.code] };
    });
  }

  @FieldResolver(() => [String], { description: 'Op names that submit this task.' })
  ops(@Root() task: TaskConfigRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.opsByTaskId.load(task.id);
  }

  @FieldResolver(() => [StepEntry], { description: 'step_cpoint; empty = flat points.' })
  pointsSteps(@Root() task: TaskConfigRow) {
    return parseStepTable(task.pointsSteps);
  }

  @FieldResolver(() => [StepEntry], { description: 'step_score; empty = flat experience.' })
  experienceSteps(@Root() task: TaskConfigRow) {
    return parseStepTable(task.experienceSteps);
  }
}
