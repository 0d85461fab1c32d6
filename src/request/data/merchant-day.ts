import type { EntityManager } from '../../db/orm.js';

/** Today's date in the calling merchant's time zone, as SQL (coupon validity is by local day). */
export const MERCHANT_TODAY = `(now() at time zone (select time_zone from merchant where id = app_merchant_id()))::date`;

/** Today in the merchant's time zone, `yyyy-mm-dd`. */
export async function merchantToday(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ today: string }[]>(`select ${MERCHANT_TODAY}::text as today`);
  return row!.today;
}
