import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { OrgType } from '../domain/member.enums.js';
import { Store } from '../entities/store.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { fields, parseInput } from './validation.js';

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

export async function createStore(em: EntityManager, merchantId: string, input: CreateStoreData): Promise<Store> {
  const data = parseInput(storeSchema, input);
  const store = em.create(Store, {
    merchantId,
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

export async function listStores(em: EntityManager): Promise<Store[]> {
  return em.find(Store, {}, { orderBy: { code: 'asc' } });
}

export async function findStoreByCode(em: EntityManager, code: string): Promise<Store | null> {
  return em.findOne(Store, { code: code.trim() });
}
