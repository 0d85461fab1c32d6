import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';

/** A staff role: the menus a back-office shows and the permissions the API enforces. */
@Entity({ tableName: 'staff_role' })
export class StaffRole extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text[]' })
  menus: Opt<string[]> = [];

  /** Permission names (see Permission); only these are enforced. */
  @Property({ type: 'text[]' })
  permissions: Opt<string[]> = [];
}

/** A person who logs in to a merchant's back office. */
@Entity({ tableName: 'staff_user' })
export class StaffUser extends MerchantOwned {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  /** Lower-case; unique within the merchant. */
  @Property({ type: 'text' })
  username!: string;

  /** scrypt hash of the password as it arrives (MD5 hex in the legacy contract). */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'text', nullable: true })
  realName: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  avatarUrl: string | null = null;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'uuid', nullable: true })
  roleId: string | null = null;

  @Property({ type: 'integer' })
  loginCount: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastLoginIp: string | null = null;
}
