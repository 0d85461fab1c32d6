import { Entity } from '@mikro-orm/decorators/legacy';
import { LedgerBalance, LedgerEntry } from './ledger-base.js';

/** Points (积分 / c-points): what a member can spend. */
@Entity({ tableName: 'points_balance' })
export class PointsBalance extends LedgerBalance {}

@Entity({ tableName: 'points_entry' })
export class PointsEntry extends LedgerEntry {}
