import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the orderings the filter language offers (services/filters/): each list's ordering
 * key, then id, leading with merchant_id as every list is one merchant's, so that a page and a
 * cursor page ("after this row") are a range read of the index, at any depth.
 * Already there: member (merchant_id, registered_at desc, id), card records (merchant_id,
 * created_at desc, id), balances' rank indexes (membersByLoyalty).
 */
export class FilterIndexesMigration extends Migration {
  override name = 'm20261127-200-filter-indexes';

  override up(): void {
    this.addSql(`create index member_name_order_idx on member (merchant_id, name, id);`);
    this.addSql(`create index member_mobile_order_idx on member (merchant_id, mobile, id);`);
    this.addSql(`create index member_code_order_idx on member (merchant_id, code, id);`);
    this.addSql(`create index points_entry_merchant_seq_idx on points_entry (merchant_id, seq desc);`);
    this.addSql(`create index exp_entry_merchant_seq_idx on exp_entry (merchant_id, seq desc);`);
    this.addSql(`create index coupon_created_order_idx on coupon (merchant_id, created_at desc, id);`);
  }
}
