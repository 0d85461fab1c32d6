import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar.js';
import { Grade } from './grade.types.js';
import { TaskPeriodUnit, TaskRefusalReason, TaskSubmissionCode } from '../domain/loyalty-codes.js';
import { DateTime } from './scalars.js';
import { CommandPayload, MutationPayload } from './generic.types.js';

@ObjectType({ description: "One step: from the `from`-th completion on, each earns `amount` (legacy '1:2,20:40.5')." })
export class StepEntry {
  @Field(() => Int)
  from!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}

@InputType()
export class StepEntryInput {
  @Field(() => Int)
  from!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}

@ObjectType({ description: 'A task (cpoint-inner taskCnfUpdate / taskCnfList); legacy knob names in the descriptions.' })
export class TaskConfig {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The merchant's task number (legacy id)." })
  number!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DecimalScalar, { description: 'cpoint: points per completion.' })
  points!: string;

  @Field(() => DecimalScalar, { description: 'score: experience per completion.' })
  experience!: string;

  @Field(() => Boolean, { description: 'status (inverted: legacy 0 = enabled).' })
  enabled!: boolean;

  @Field(() => DateTime, { nullable: true, description: 's_time, inclusive.' })
  startAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'e_time, inclusive.' })
  endAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 's_grade, inclusive.' })
  minGrade!: number | null;

  @Field(() => Int, { nullable: true, description: 'e_grade, inclusive.' })
  maxGrade!: number | null;

  @Field(() => Boolean, { description: 'batch: may one submission carry times > 1.' })
  batch!: boolean;

  @Field(() => Boolean, { description: 'repeat.' })
  repeatable!: boolean;

  @Field(() => TaskPeriodUnit, { description: 'r_flag.' })
  periodUnit!: TaskPeriodUnit;

  @Field(() => Int, { description: 'r_ratio: a period is this many units.' })
  periodRatio!: number;

  @Field(() => Int, { nullable: true, description: 'r_count; null = unlimited.' })
  maxCompletionsPerPeriod!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'r_cpoint; null = unlimited.' })
  pointsCapPerPeriod!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'r_score; null = unlimited.' })
  experienceCapPerPeriod!: string | null;

  @Field(() => Boolean, { description: 'r_filter: one completion per target per period.' })
  dedupeByTarget!: boolean;

  @Field(() => Boolean, { description: 'r_step: step counting restarts each period.' })
  stepResetsEachPeriod!: boolean;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@InputType({ description: 'Creates or replaces the task with this number. Omitted knobs take the legacy defaults.' })
export class SetTaskConfigInput {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { description: 'Op names that submit this task (e.g. share); replaces the previous list.' })
  ops!: string[];

  @Field(() => DecimalScalar)
  points!: string;

  @Field(() => DecimalScalar)
  experience!: string;

  @Field(() => [StepEntryInput], { nullable: true })
  pointsSteps?: StepEntryInput[] | null;

  @Field(() => [StepEntryInput], { nullable: true })
  experienceSteps?: StepEntryInput[] | null;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => DateTime, { nullable: true })
  startAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  endAt?: Date | null;

  @Field(() => Int, { nullable: true })
  minGrade?: number | null;

  @Field(() => Int, { nullable: true })
  maxGrade?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  batch?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  repeatable?: boolean | null;

  @Field(() => TaskPeriodUnit, { nullable: true, description: 'Default NONE.' })
  periodUnit?: TaskPeriodUnit | null;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  periodRatio?: number | null;

  @Field(() => Int, { nullable: true })
  maxCompletionsPerPeriod?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  pointsCapPerPeriod?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  experienceCapPerPeriod?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  dedupeByTarget?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  stepResetsEachPeriod?: boolean | null;
}

@ObjectType()
export class TaskConfigPayload extends MutationPayload {
  @Field(() => TaskConfig, { nullable: true })
  task?: TaskConfig | null;
}

@InputType()
export class SubmitTaskInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: 'The op name mapped to a task (e.g. share).' })
  op!: string;

  @Field(() => String, { nullable: true, description: 'What the action was on; tasks that de-duplicate by target require it.' })
  target?: string | null;

  @Field(() => Int, { nullable: true, description: 'Completions at once, 1-1000; default 1.' })
  times?: number | null;

  @Field(() => String, { nullable: true, description: 'Makes an accepted submission safe to retry.' })
  idempotencyKey?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Tests only: refused unless the server runs with ALLOW_CLOCK_OVERRIDE.' })
  now?: Date | null;
}

@ObjectType()
export class SubmitTaskPayload extends CommandPayload {
  @Field(() => TaskSubmissionCode, { nullable: true })
  code?: TaskSubmissionCode | null;

  @Field(() => Int, { nullable: true, description: 'Legacy code: 0 done, 1 a rule refused, 2 no task for the op.' })
  legacyCode?: number | null;

  @Field(() => TaskRefusalReason, { nullable: true })
  refusalReason?: TaskRefusalReason | null;

  @Field(() => TaskConfig, { nullable: true })
  task?: TaskConfig | null;

  @Field(() => Int, { nullable: true })
  completionsCounted?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points awarded now (legacy cpoint).' })
  points?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Experience awarded now (legacy score).' })
  experience?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Member's points after (legacy newCpoint)." })
  pointsBalance?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Member's experience after (legacy newScore)." })
  experienceBalance?: string | null;

  @Field(() => Grade, { nullable: true })
  grade?: Grade | null;

  @Field(() => [Grade], { nullable: true, description: 'The grade table (legacy grades).' })
  grades?: Grade[] | null;
}
