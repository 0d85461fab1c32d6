import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PeriodUnit } from '../domain/task-rules.js';
import { MerchantOwned } from './base.js';

/** A task (cpoint-inner taskCnfUpdate): every knob, in the names of domain/task-rules.ts. */
@Entity({ tableName: 'task_config' })
export class TaskConfig extends MerchantOwned {
  /** The merchant's own task number (legacy integer `id`). */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  points!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  experience!: string;

  /** Step table in the legacy notation ('1:2,20:40.5'); '' = flat amount. */
  @Property({ type: 'text' })
  pointsSteps: Opt<string> = '';

  @Property({ type: 'text' })
  experienceSteps: Opt<string> = '';

  @Property({ type: 'boolean' })
  enabled: Opt<boolean> = true;

  @Property({ type: 'datetime', nullable: true })
  startAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endAt: Date | null = null;

  @Property({ type: 'smallint', nullable: true })
  minGrade: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  maxGrade: number | null = null;

  @Property({ type: 'boolean' })
  batch: Opt<boolean> = true;

  @Property({ type: 'boolean' })
  repeatable: Opt<boolean> = true;

  @Property({ type: 'text' })
  periodUnit: Opt<PeriodUnit> = 'NONE';

  @Property({ type: 'integer' })
  periodRatio: Opt<number> = 1;

  @Property({ type: 'integer', nullable: true })
  maxCompletionsPerPeriod: number | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  pointsCapPerPeriod: string | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  experienceCapPerPeriod: string | null = null;

  @Property({ type: 'boolean' })
  dedupeByTarget: Opt<boolean> = false;

  @Property({ type: 'boolean' })
  stepResetsEachPeriod: Opt<boolean> = false;
}

/** Maps an op name a client submits (e.g. `share`) to a task. */
@Entity({ tableName: 'task_op' })
export class TaskOp {
  @PrimaryKey({ type: 'uuid' })
  merchantId!: string;

  @PrimaryKey({ type: 'text' })
  op!: string;

  @Property({ type: 'uuid' })
  taskId!: string;
}

/** One accepted submission: the counters of every rule are sums over these rows. */
@Entity({ tableName: 'task_completion' })
export class TaskCompletion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  taskId!: string;

  @Property({ type: 'text', nullable: true })
  target: string | null = null;

  @Property({ type: 'integer' })
  completions!: number;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  points!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  experience!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  pointsAfter!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  experienceAfter!: string;

  /** When the completion counts (the submission's clock), which decides its period. */
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  pointsEntryId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  expEntryId: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  requestFingerprint: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
