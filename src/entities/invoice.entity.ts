import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MONEY, MerchantRecord } from './record-base.js';

/** An invoice issued against a card's recharged capital. */
@Entity({ tableName: 'invoice' })
export class Invoice extends MerchantRecord {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'uuid' })
  memberCardId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property(MONEY())
  amount!: string;

  @Property({ type: 'text', nullable: true })
  imageUrl: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  storeId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  staffUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
