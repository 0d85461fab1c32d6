import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { isUuid } from './validation.js';

/**
 * A list of uuids as one parameter: MikroORM spreads an array parameter into a list of values, so
 * the ids travel as one comma-separated string and become an array in SQL.
 */
export const UUIDS = `string_to_array(?, ',')::uuid[]`;

/** Fails with STORE_NOT_FOUND unless every id is a store of the caller's merchant. */
export async function requireStores(em: EntityManager, ids: readonly string[], field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  const bad = unique.find((id) => !isUuid(id));
  const found = bad
    ? []
    : await em.execute<{ id: string }[]>(`select id from store where id = any(${UUIDS})`, [unique.join(',')]);
  if (bad || found.length !== unique.length) {
    const missing = bad ?? unique.find((id) => !found.some((row) => row.id === id));
    throw new BusinessError(ErrorCode.STORE_NOT_FOUND, `No store with id ${missing}.`, field);
  }
  return unique;
}

/** The link tables of this domain: an owner row linked to many rows of another table. */
export const LINKS = {
  cardTemplateStores: { table: 'card_template_store', owner: 'card_template_id', target: 'store_id' },
  couponTemplateStores: { table: 'coupon_template_store', owner: 'coupon_template_id', target: 'store_id' },
  staffUserStores: { table: 'staff_user_store', owner: 'staff_user_id', target: 'store_id' },
  rechargeEventCards: { table: 'recharge_event_card', owner: 'recharge_event_id', target: 'card_template_id' },
} as const;
export type Link = (typeof LINKS)[keyof typeof LINKS];

/** Replaces an owner's links (callers validate the targets first). */
export async function replaceLinks(em: EntityManager, link: Link, ownerId: string, targetIds: readonly string[]): Promise<void> {
  await em.execute(`delete from ${link.table} where ${link.owner} = ?`, [ownerId]);
  if (targetIds.length) {
    await em.execute(
      `insert into ${link.table} (merchant_id, ${link.owner}, ${link.target}) select app_merchant_id(), ?, unnest(${UUIDS})`,
      [ownerId, targetIds.join(',')],
    );
  }
}

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
