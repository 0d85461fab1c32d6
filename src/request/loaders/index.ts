import type { EntityManager } from '../../db/orm.js';
import type { ReadScope } from '../../db/one-trip.js';
import { Store } from '../../entities/store.entity.js';
import type DataLoader from 'dataloader';
import type { Member } from '../../entities/member.entity.js';
import { byId, groupedBy } from './loader-kit.js';
import { channelsOfMembers, membersById, type ListedChannel } from './lean.js';
import { createLoyaltyLoaders } from './loyalty.loaders.js';
import { createCardLoaders } from './card.loaders.js';

type LoyaltyLoaders = ReturnType<typeof createLoyaltyLoaders>;

/**
 * Per-request batch loaders: every relation a list shows goes through one of these, so a page of
 * members costs the same number of statements whatever its size. Each is made when first asked
 * for (a read of one member uses one of some twenty; making them all cost more than its SQL).
 *
 * The ORM loaders ask for the request's EntityManager when they first run, and the lean ones read
 * where `reads` says (db/one-trip.ts ReadScope): on that EntityManager once there is one, else as
 * one message with the merchant, so a query whose reads are all lean never forks one.
 */
class RequestLoaders {
  #storeById?: DataLoader<string, Store | null>;
  #memberById?: DataLoader<string, Member | null>;
  #channelsByMemberId?: DataLoader<string, ListedChannel[]>;
  #loyalty?: LoyaltyLoaders;
  #cards?: ReturnType<typeof createCardLoaders>;

  constructor(
    private readonly em: () => EntityManager,
    private readonly reads: () => ReadScope,
  ) {}

  get storeById() {
    return (this.#storeById ??= byId((ids) => this.em().find(Store, { id: { $in: ids } })));
  }
  // The hottest reads: lean SQL (lean.ts), on the request's transaction or one message of their own.
  get memberById() {
    return (this.#memberById ??= byId((ids) => membersById(this.reads(), ids)));
  }
  get channelsByMemberId() {
    return (this.#channelsByMemberId ??= groupedBy(
      (memberIds) => channelsOfMembers(this.reads(), memberIds),
      (channel) => channel.memberId,
    ));
  }
  private get loyalty(): LoyaltyLoaders {
    return (this.#loyalty ??= createLoyaltyLoaders(this.em));
  }
  get pointsBalanceByMemberId() {
    return this.loyalty.pointsBalanceByMemberId;
  }
  get experienceBalanceByMemberId() {
    return this.loyalty.experienceBalanceByMemberId;
  }
  get gradeTable() {
    return this.loyalty.gradeTable;
  }
  get opsByTaskId() {
    return this.loyalty.opsByTaskId;
  }
  get cards() {
    return (this.#cards ??= createCardLoaders(this.em));
  }
}

/**
 * The loaders of a request: `em` gives its EntityManager (asked for when an ORM loader first runs),
 * `reads` where its lean reads run (the EntityManager itself when not given).
 */
export function createLoaders(em: EntityManager | (() => EntityManager), reads?: () => ReadScope): Loaders {
  const emOf = typeof em === 'function' ? em : () => em;
  return new RequestLoaders(emOf, reads ?? emOf);
}

export type Loaders = RequestLoaders;
