import { Migration } from '@mikro-orm/migrations';

/**
 * Orderings of the lists that gained a where (issue 12): grade changes, points orders and the
 * event delivery log can now be read across every member of a merchant, newest first, by cursor.
 * Their older indexes lead with member_id (one member's history) or serve the delivery relay;
 * these lead with merchant_id and hold the ordering key then id, all ascending like the other
 * lists' (m20261127-200), so a page and a cursor page are a range read in either direction.
 */
export class ListFilterIndexesMigration extends Migration {
  override name = 'm20261127-320-list-filter-indexes';

  override up(): void {
    // seq is unique: grade history orders by it alone, as the ledgers do.
    this.addSql(`create index grade_change_merchant_seq_idx on grade_change (merchant_id, seq);`);
    this.addSql(`create index points_order_created_order_idx on points_order (merchant_id, created_at, id);`);
    // seq is the event's: deliveries of one event to several subscriptions share it.
    this.addSql(`create index event_delivery_seq_order_idx on event_delivery (merchant_id, seq, id);`);
  }
}
