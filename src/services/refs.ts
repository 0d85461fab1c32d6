import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.js';
import { isUuid } from './validation.js';

/**
 * How a row can be named: its uuid, or its numeric id (`numericId`, the number legacy clients such
 * as card-manage hold: `cardId: 4`). Both are resolved within the caller's merchant like every
 * read (row-level security), so another merchant's number names nothing.
 */
export type RowRef = { id: string } | { numericId: number };

/** The where-clause for a uuid or a numeric id; null when the text can name no row. */
export function rowRef(ref: string | number | null | undefined): RowRef | null {
  if (ref == null) return null;
  const text = String(ref).trim();
  if (isUuid(text)) return { id: text };
  if (/^[1-9]\d{0,15}$/.test(text) && Number.isSafeInteger(Number(text))) return { numericId: Number(text) };
  return null;
}

/** The uuid a reference names, or null: a uuid as it is, a numeric id by one indexed lookup. */
export async function resolveRef<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ref: string | null | undefined,
): Promise<string | null> {
  const where = rowRef(ref);
  if (!where) return null;
  if ('id' in where) return where.id;
  const row = await em.findOne(entity, where as never, { fields: ['id'] as never });
  return row?.id ?? null;
}
