import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Per-merchant loyalty settings; a merchant without a row uses the defaults below. */
@Entity({ tableName: 'loyalty_settings' })
export class LoyaltySettings {
  @PrimaryKey({ type: 'uuid' })
  merchantId!: string;

  /** Points per one unit of money (e.g. per yuan) when a change is given as money. */
  @Property({ type: 'decimal', precision: 12, scale: 4 })
  moneyToPointsRate: Opt<string> = '1.0000';

  /** Decimal places kept when converting money to points (0-2); the rest is cut off, never rounded up. */
  @Property({ type: 'smallint' })
  pointsScale: Opt<number> = 0;

  /** Points a member earns for each new member created with them as referrer (0: none). */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  referralBonusPoints: Opt<string> = '0.00';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
