import type { Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { LedgerBalance, LedgerEntry } from './ledger-base.js';

/** Experience (经验, legacy cpoint-inner `score`): drives the grade. */
@Entity({ tableName: 'exp_balance' })
export class ExperienceBalance extends LedgerBalance {
  /** Level of the highest grade whose threshold `current` reaches; 0 when below every grade. */
  @Property({ type: 'smallint' })
  gradeLevel: Opt<number> = 0;
}

@Entity({ tableName: 'exp_entry' })
export class ExperienceEntry extends LedgerEntry {}
