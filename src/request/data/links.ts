import type { EntityManager } from '../../db/orm.js';

/**
 * A list of uuids as one parameter: MikroORM spreads an array parameter into a list of values, so
 * the ids travel as one comma-separated string and become an array in SQL.
 */
export const UUIDS = `string_to_array(?, ',')::uuid[]`;

/** The link tables of the card domain: an owner row linked to many rows of another table. */
export const LINKS = {
  cardTemplateStores: { table: 'card_template_store', owner: 'card_template_id', target: 'store_id' },
  couponTemplateStores: { table: 'coupon_template_store', owner: 'coupon_template_id', target: 'store_id' },
  staffUserStores: { table: 'staff_user_store', owner: 'staff_user_id', target: 'store_id' },
  rechargeEventCards: { table: 'recharge_event_card', owner: 'recharge_event_id', target: 'card_template_id' },
} as const;
export type Link = (typeof LINKS)[keyof typeof LINKS];

/** The targets linked to each owner, in one statement (DataLoaders batch through this). */
export async function linkedIds(em: EntityManager, link: Link, ownerIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ owner: string; target: string }[]>(
    `select ${link.owner} as owner, ${link.target} as target from ${link.table} where ${link.owner} = any(${UUIDS}) order by ${link.target}`,
    [ownerIds.join(',')],
  );
  const map = new Map<string, string[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows) map.get(row.owner)?.push(row.target);
  return map;
}
