import type { EntityManager } from '../../db/orm.js';
import type { ReadScope } from '../../db/one-trip.js';
import { Store } from '../../entities/store.entity.js';
import { byId, groupedBy } from './loader-kit.js';
import { channelsOfMembers, membersById } from './lean.js';
import { createLoyaltyLoaders } from './loyalty.loaders.js';
import { createCardLoaders } from './card.loaders.js';

/**
 * Per-request batch loaders: every relation a list shows goes through one of these, so a page of
 * members costs the same number of statements whatever its size.
 *
 * Given an EntityManager, everything reads through it. Given functions (request/context.ts), the
 * ORM loaders ask for the request's EntityManager when they first run (it is forked then) and the
 * lean ones read where `reads` says: on that EntityManager once there is one, else as one message
 * with the merchant (db/one-trip.ts), so a query whose reads are all lean never forks one.
 */
export function createLoaders(em: EntityManager | (() => EntityManager), reads?: () => ReadScope) {
  const emOf = typeof em === 'function' ? em : () => em;
  const readScope = reads ?? emOf;
  return {
    storeById: byId((ids) => emOf().find(Store, { id: { $in: ids } })),
    // The hottest reads: lean SQL (lean.ts), on the request's transaction or one message of their own.
    memberById: byId((ids) => membersById(readScope(), ids)),
    channelsByMemberId: groupedBy(
      (memberIds) => channelsOfMembers(readScope(), memberIds),
      (channel) => channel.memberId,
    ),
    ...createLoyaltyLoaders(emOf),
    cards: createCardLoaders(emOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
