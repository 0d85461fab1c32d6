import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the orderings the filter language offers (services/filters/): each list's ordering
 * key, then id, leading with merchant_id as every list is one merchant's, so that a page and a
 * cursor page ("after this row", a row comparison on the same columns) are a range read of the
 * index, at any depth, in either direction.
 *
 * Pages order by (key, id) in one direction, both ascending or both descending. An index read
 * forwards or backwards gives exactly that only when its columns share one direction, so the
 * older (merchant_id, registered_at desc, id) / (merchant_id, created_at desc, id) indexes,
 * which gave neither order, are replaced by all-ascending ones.
 */
export class FilterIndexesMigration extends Migration {
  override name = 'm20261127-200-filter-indexes';

  override up(): void {
    this.addSql(`drop index member_registered_at_idx;`);
    this.addSql(`create index member_registered_order_idx on member (merchant_id, registered_at, id);`);
    this.addSql(`create index member_name_order_idx on member (merchant_id, name, id);`);
    this.addSql(`create index member_mobile_order_idx on member (merchant_id, mobile, id);`);
    this.addSql(`create index member_code_order_idx on member (merchant_id, code, id);`);
    // seq is unique: the ledgers order by it alone.
    this.addSql(`create index points_entry_merchant_seq_idx on points_entry (merchant_id, seq);`);
    this.addSql(`create index exp_entry_merchant_seq_idx on exp_entry (merchant_id, seq);`);
    this.addSql(`create index coupon_created_order_idx on coupon (merchant_id, created_at, id);`);
    for (const table of ['card_recharge', 'card_spend', 'card_refund', 'invoice']) {
      this.addSql(`drop index ${table}_created_idx;`);
      this.addSql(`create index ${table}_created_order_idx on ${table} (merchant_id, created_at, id);`);
    }
  }
}
