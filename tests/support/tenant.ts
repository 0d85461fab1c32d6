import type { Orm } from '../../src/db/orm.js';

/**
 * Every row of one merchant in every merchant-owned table (any table with a merchant_id column,
 * plus the merchant row itself), read through the owner connection. Comparing two snapshots
 * proves that nothing of that merchant changed, including in tables added after this was written.
 */
export async function snapshotMerchant(ownerOrm: Orm, merchantId: string): Promise<Record<string, unknown[]>> {
  const em = ownerOrm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns
     where column_name = 'merchant_id' and table_schema = current_schema() order by table_name`,
  );
  const snapshot: Record<string, unknown[]> = {
    merchant: await em.execute('select * from merchant where id = ?', [merchantId]),
  };
  for (const { table_name } of tables) {
    snapshot[table_name] = await em.execute(`select * from "${table_name}" where merchant_id = ? order by 1`, [merchantId]);
  }
  return snapshot;
}
