import type { EntityManager } from '../../db/orm.js';
import { Store } from '../../entities/store.entity.js';
import { byId, groupedBy } from './loader-kit.js';
import { channelsOfMembers, membersById } from './lean.js';
import { createLoyaltyLoaders } from './loyalty.loaders.js';
import { createCardLoaders } from './card.loaders.js';

/**
 * Per-request batch loaders: every relation a list shows goes through one of these, so a page of
 * members costs the same number of statements whatever its size.
 */
export function createLoaders(em: EntityManager) {
  return {
    storeById: byId((ids) => em.find(Store, { id: { $in: ids } })),
    // The hottest reads: lean SQL (lean.ts), on the request's transaction or one message of their own.
    memberById: byId((ids) => membersById(em, ids)),
    channelsByMemberId: groupedBy(
      (memberIds) => channelsOfMembers(em, memberIds),
      (channel) => channel.memberId,
    ),
    ...createLoyaltyLoaders(em),
    cards: createCardLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
