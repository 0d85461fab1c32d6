import DataLoader from 'dataloader';
import type { EntityManager } from '../db/orm.js';
import { MemberChannel } from '../entities/member-channel.entity.js';
import { Member } from '../entities/member.entity.js';
import { Store } from '../entities/store.entity.js';
import { createLoyaltyLoaders } from './loyalty-loaders.js';
import { createCardLoaders } from './card-loaders.js';

/** Builds a loader that fetches rows by id in one statement and answers in the order asked. */
function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Builds a loader that fetches all children of many parents in one statement. */
function groupedBy<T>(fetch: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await fetch([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request batch loaders: every relation a list shows goes through one of these, so a page of
 * members costs the same number of statements whatever its size.
 */
export function createLoaders(em: EntityManager) {
  return {
    storeById: byId((ids) => em.find(Store, { id: { $in: ids } })),
    memberById: byId((ids) => em.find(Member, { id: { $in: ids } })),
    channelsByMemberId: groupedBy(
      (memberIds) => em.find(MemberChannel, { memberId: { $in: memberIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (channel) => channel.memberId,
    ),
    ...createLoyaltyLoaders(em),
    cards: createCardLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
