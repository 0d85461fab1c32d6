import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { CardType } from '../domain/card.enums.js';

/** A kind of card a merchant offers (legacy "membership card"); members hold MemberCards of it. */
@Entity({ tableName: 'card_template' })
export class CardTemplate extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  colour: string | null = null;

  @Property({ type: 'text', nullable: true })
  logoUrl: string | null = null;

  /** Rich text (HTML) as the back office sends it. */
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Property({ type: 'smallint' })
  type!: CardType;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
