import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Columns of an append-only, merchant-owned record (refunds, invoices): written once, never updated. */
export abstract class MerchantRecord {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/** NUMERIC(14,2) money, read and written as a string so no amount ever passes through a float. A fresh
 * object per property: MikroORM writes into the options it is given. */
export const MONEY = () => ({ type: 'decimal', precision: 14, scale: 2 }) as const;
