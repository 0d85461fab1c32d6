import { BigIntType, type Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LedgerBusinessType, LedgerDirection, LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import type { OrgType } from '../domain/member.enums.js';

/**
 * A member's cached balance in one ledger: `current = totalEarned - used`, each the sum of one
 * column of the member's entries. Written only by the single-statement ledger change in
 * services/ledger-statement.ts; the ORM only reads it.
 */
export abstract class LedgerBalance {
  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  merchantId!: string;

  /** Amounts are NUMERIC(14,2), read as strings so no float ever touches them. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  current: Opt<string> = '0.00';

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  totalEarned: Opt<string> = '0.00';

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  used: Opt<string> = '0.00';

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}

/** One append-only ledger entry. The app role may insert and read these, never change them. */
export abstract class LedgerEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Insertion order; entries of one member are numbered while its balance row is locked. */
  @Property({ type: new BigIntType('string') })
  seq!: Opt<string>;

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'text' })
  direction!: LedgerDirection;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  /** Effect on the balance's totalEarned (negative for a reversal of an earning). */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  earnedDelta!: string;

  /** Effect on the balance's used (negative for a refund of a spending). */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  usedDelta!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  balanceAfter!: string;

  @Property({ type: 'text' })
  source!: LedgerSource;

  @Property({ type: 'text', nullable: true })
  operationType: PointsOperationType | null = null;

  @Property({ type: 'text', nullable: true })
  businessType: LedgerBusinessType | null = null;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'text', nullable: true })
  remark: string | null = null;

  @Property({ type: 'text', nullable: true })
  orderNo: string | null = null;

  @Property({ type: 'text', nullable: true })
  activityCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  operatorName: string | null = null;

  @Property({ type: 'text', nullable: true })
  operatorId: string | null = null;

  @Property({ type: 'text', nullable: true })
  orgCode: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  orgType: OrgType | null = null;

  @Property({ type: 'uuid', nullable: true })
  storeId: string | null = null;

  /** The API key that wrote the entry, for audit. */
  @Property({ type: 'uuid', nullable: true })
  credentialId: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  requestFingerprint: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
