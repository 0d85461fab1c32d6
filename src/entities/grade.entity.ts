import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { GradeChangeReason } from '../domain/loyalty-codes.js';

/** One rung of a merchant's grade ladder (cpoint-inner gradeCnfList, partner ruleCode / ruleName). */
@Entity({ tableName: 'grade' })
export class Grade extends MerchantOwned {
  /** Order of the grade, 1 = lowest; legacy cpoint-inner grade number. */
  @Property({ type: 'smallint' })
  level!: number;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Experience from which a member holds this grade. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  threshold!: string;
}

/** A member's grade moved; append-only history. */
@Entity({ tableName: 'grade_change' })
export class GradeChange {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: new BigIntType('string') })
  seq!: Opt<string>;

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'smallint' })
  fromLevel!: number;

  @Property({ type: 'smallint' })
  toLevel!: number;

  /** The member's experience when the grade changed. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  experience!: string;

  @Property({ type: 'text' })
  reason!: GradeChangeReason;

  @Property({ type: 'uuid', nullable: true })
  expEntryId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
