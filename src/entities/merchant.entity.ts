import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A tenant. Every other row belongs to exactly one merchant. */
@Entity({ tableName: 'merchant' })
export class Merchant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** IANA zone used to render legacy timestamps and to cut daily / weekly periods. */
  @Property({ type: 'text' })
  timeZone: Opt<string> = 'Asia/Shanghai';

  @Property({ type: 'json' })
  settings: Opt<Record<string, unknown>> = {};

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
