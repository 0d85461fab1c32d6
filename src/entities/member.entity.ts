import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { MemberStatus, Sex } from '../domain/member.enums.js';

export interface DeliveryAddress {
  address: string;
  recipient: string | null;
  phone: string | null;
}

@Entity({ tableName: 'member' })
export class Member extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  /** Member code / card number, unique per merchant. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text', nullable: true })
  mobile: string | null = null;

  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Property({ type: 'text', nullable: true })
  nickname: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text' })
  sex: Opt<Sex> = Sex.UNKNOWN;

  /** Calendar date, kept as `YYYY-MM-DD` so no time zone can shift it. */
  @Property({ type: 'date', nullable: true })
  birthday: string | null = null;

  @Property({ type: 'text', nullable: true })
  idCardNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'json' })
  deliveryAddresses: Opt<DeliveryAddress[]> = [];

  @Property({ type: 'text', nullable: true })
  avatarUrl: string | null = null;

  @Property({ type: 'datetime' })
  registeredAt: Opt<Date> = new Date();

  @Property({ type: 'uuid', nullable: true })
  registerStoreId: string | null = null;

  @Property({ type: 'text' })
  status: Opt<MemberStatus> = MemberStatus.ACTIVE;

  @Property({ type: 'datetime', nullable: true })
  sinceAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'text[]' })
  labels: Opt<string[]> = [];

  @Property({ type: 'uuid', nullable: true })
  referrerId: string | null = null;
}
