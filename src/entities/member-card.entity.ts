import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { MONEY } from './record-base.js';

/**
 * A member's card. `capital` and `bonus` are cached sums of the remaining amounts of the card's
 * recharges; the totals feed the invoiceable amount. Only the card services change them, under a
 * lock on this row.
 */
@Entity({ tableName: 'member_card' })
export class MemberCard extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  cardTemplateId!: string;

  @Property({ type: 'text' })
  cardNo!: string;

  /** A number minted before card numbers had to be JSON-safe; it still finds the card. */
  @Property({ type: 'text', nullable: true })
  previousCardNo: string | null = null;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'uuid', nullable: true })
  openStoreId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  openedByStaffUserId: string | null = null;

  @Property(MONEY())
  capital: Opt<string> = '0.00';

  @Property(MONEY())
  bonus: Opt<string> = '0.00';

  @Property(MONEY())
  totalCapitalRecharged: Opt<string> = '0.00';

  @Property(MONEY())
  totalCapitalRefunded: Opt<string> = '0.00';

  @Property(MONEY())
  totalInvoiced: Opt<string> = '0.00';
}
