import type { EntityManager } from '../db/orm.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { LINKS, linkedIds } from '../request/data/links.js';
import { requireStores } from './links.js';

/**
 * The store an operation happens at. A staff user acts for the stores linked to them (none linked:
 * every store); when they act for exactly one, it is used without being named. An API key must
 * name the store.
 */
export async function resolveStore(
  ctx: RequestContext,
  em: EntityManager,
  storeId: string | null | undefined,
  field = 'storeId',
): Promise<string> {
  const allowed = ctx.principal.staffUserId
    ? ((await linkedIds(em, LINKS.staffUserStores, [ctx.principal.staffUserId])).get(ctx.principal.staffUserId) ?? [])
    : [];
  if (!storeId) {
    if (allowed.length === 1) return allowed[0]!;
    throw new BusinessError(ErrorCode.STORE_REQUIRED, 'Name the store this happens at.', field);
  }
  const [store] = await requireStores(em, [storeId], field);
  if (allowed.length && !allowed.includes(store!)) {
    throw new BusinessError(ErrorCode.STORE_NOT_ALLOWED, 'This staff user does not act for that store.', field);
  }
  return store!;
}

/**
 * A store recorded where one is optional (opening a card, a refund, an invoice): a named store is
 * checked, a staff user with one store records it, otherwise none.
 */
export async function optionalStore(ctx: RequestContext, storeId: string | null | undefined): Promise<string | null> {
  if (!storeId && !ctx.principal.staffUserId) return null;
  try {
    return await resolveStore(ctx, ctx.em, storeId);
  } catch (error) {
    if (error instanceof BusinessError && error.code === ErrorCode.STORE_REQUIRED) return null;
    throw error;
  }
}

/** Who did it, for the record: the staff user behind the token, or null for an API key. */
export const actorStaffId = (ctx: RequestContext): string | null => ctx.principal.staffUserId ?? null;
