import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';

/**
 * What one order (per member and order number) spent and earned in points, and what of it was
 * given back. Updated only inside the ledger statements, under the row's lock.
 */
@Entity({ tableName: 'points_order' })
export class PointsOrder extends MerchantOwned {
  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'text' })
  orderNo!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  spent!: string;

  /** Spent points given back by revokes and by the return. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  spentReversed!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  earned!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  earnedReversed!: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  consumeFingerprint: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  consumedAt: Date | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  returnedSpent: string | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  returnedEarned: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  returnedAt: Date | null = null;
}
