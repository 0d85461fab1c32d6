import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../request/context.js';
import { OrgType } from '../domain/member.enums.js';
import { Store } from '../entities/store.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { fields, parseInput } from './validation.js';
import { resolveRef } from './refs.js';

const storeSchema = z.object({
  code: fields.code,
  name: fields.shortText,
  address: z.string().trim().max(500).nullish(),
  phone: z.string().trim().max(40).nullish(),
  area: z.string().trim().max(100).nullish(),
  contact: z.string().trim().max(100).nullish(),
  orgType: z.nativeEnum(OrgType).nullish(),
});
export type CreateStoreData = z.input<typeof storeSchema>;

export async function createStore(ctx: RequestContext, input: CreateStoreData): Promise<Store> {
  const { em } = ctx;
  const data = parseInput(storeSchema, input);
  const store = em.create(Store, {
    merchantId: ctx.principal.merchantId,
    code: data.code,
    name: data.name,
    address: data.address ?? null,
    phone: data.phone ?? null,
    area: data.area ?? null,
    contact: data.contact ?? null,
    orgType: data.orgType ?? OrgType.STORE,
  });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      em.clear();
      throw new BusinessError(ErrorCode.DUPLICATE_STORE_CODE, `Store code ${data.code} is taken.`, 'code');
    }
    throw error;
  }
  return store;
}

export async function listStores(ctx: RequestContext): Promise<Store[]> {
  return ctx.em.find(Store, {}, { orderBy: { code: 'asc' } });
}

export async function findStoreByCode(ctx: RequestContext, code: string): Promise<Store | null> {
  return ctx.em.findOne(Store, { code: code.trim() });
}

/** The uuid of the store a uuid or numeric id names, or null. */
export const storeIdOf = (ctx: RequestContext, ref: string) => resolveRef(ctx.em, Store, ref);
