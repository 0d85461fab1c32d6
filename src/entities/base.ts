import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Columns every merchant-owned row has. Foreign keys are plain uuid columns rather than ORM
 * relations: lists resolve related rows through per-request DataLoaders, which keeps the number of
 * SQL statements per page constant and makes accidental lazy loading impossible.
 */
export abstract class MerchantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
