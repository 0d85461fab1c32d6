import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A tenant. Every other row belongs to exactly one merchant. */
@Entity({ tableName: 'merchant' })
export class Merchant {
  /** Stable number legacy clients name this row by (card-manage's ids); unique per merchant. */
  @Property({ type: new BigIntType('number'), autoincrement: true })
  numericId!: Opt<number>;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** IANA zone used to render legacy timestamps and to cut daily / weekly periods. */
  @Property({ type: 'text' })
  timeZone: Opt<string> = 'Asia/Shanghai';

  /** The legal name (members-rest `merchant.fullName`). */
  @Property({ type: 'text', nullable: true })
  fullName: string | null = null;

  @Property({ type: 'json' })
  settings: Opt<Record<string, unknown>> = {};

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** The merchant's WeChat official-account app: members-rest OAuth look-ups and pairing use it. */
@Entity({ tableName: 'merchant_wechat' })
export class MerchantWechat {
  @PrimaryKey({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'text', nullable: true })
  appId: string | null = null;

  /** The official account's original id (`gh_…`), members-rest `merchant.weixin.originID`. */
  @Property({ type: 'text', nullable: true })
  originId: string | null = null;

  /** Sealed (secret-box.ts, context `sealContext.wechatAppSecret`). */
  @Property({ type: 'text', nullable: true, hidden: true })
  appSecret: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
