import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { OrgType } from '../domain/member.enums.js';

@Entity({ tableName: 'store' })
export class Store extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  area: string | null = null;

  @Property({ type: 'text', nullable: true })
  contact: string | null = null;

  @Property({ type: 'smallint' })
  orgType: Opt<OrgType> = OrgType.STORE;
}
