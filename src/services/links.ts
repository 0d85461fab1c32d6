import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { UUIDS, type Link } from '../request/data/links.js';
import { isUuid } from './validation.js';

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
