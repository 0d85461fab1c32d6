import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { StaffRole, StaffUser } from '../entities/staff.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { credentialsChanged } from '../request/credential-cache.js';
import { Permission } from '../domain/access.enums.js';
import { fields, isUuid, parseInput } from './validation.js';
import { LINKS } from '../request/data/links.js';
import { replaceLinks, requireStores } from './links.js';
import { hashPassword, normalizeSecret } from './password.js';
import { revokeStaffSessions } from './staff-auth.service.js';

const roleSchema = z.object({
  name: z.string().trim().min(1).max(100),
  menus: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  permissions: z.array(z.nativeEnum(Permission)).max(50).default([]),
});

const profile = {
  realName: z.string().trim().max(100).nullish(),
  phone: fields.mobile.nullish(),
  email: fields.email.nullish(),
  avatarUrl: z.string().trim().max(2048).nullish(),
  roleId: z.string().nullish(),
  storeIds: z.array(z.string()).max(500).nullish(),
  active: z.boolean().nullish(),
};
const password = z.string().min(6, 'A password has at least 6 characters.').max(200);
const createUserSchema = z.object({
  ...profile,
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.@-]{2,64}$/, 'A username is 2 to 64 letters, digits, _ . @ or -.'),
  password,
});
const updateUserSchema = z.object({ ...profile, id: z.string() });

export type CreateStaffUserData = z.input<typeof createUserSchema>;
export type UpdateStaffUserData = z.input<typeof updateUserSchema>;

async function requireRole(em: EntityManager, id: string, field = 'roleId'): Promise<StaffRole> {
  const role = isUuid(id) ? await em.findOne(StaffRole, { id }) : null;
  if (!role) throw new BusinessError(ErrorCode.STAFF_ROLE_NOT_FOUND, `No staff role with id ${id}.`, field);
  return role;
}

export async function requireStaffUser(em: EntityManager, id: string, field = 'id'): Promise<StaffUser> {
  const user = isUuid(id) ? await em.findOne(StaffUser, { id }) : null;
  if (!user) throw new BusinessError(ErrorCode.STAFF_USER_NOT_FOUND, `No staff user with id ${id}.`, field);
  return user;
}

/** Runs a write and turns a unique-index violation into the business error the caller can act on. */
async function unique<T>(run: () => Promise<T>, error: () => BusinessError): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw error();
    throw e;
  }
}

export async function saveStaffRole(
  ctx: RequestContext,
  input: z.input<typeof roleSchema> & { id?: string | null },
): Promise<StaffRole> {
  const data = parseInput(roleSchema, input);
  const dup = () => new BusinessError(ErrorCode.DUPLICATE_ROLE_NAME, `A role named ${data.name} exists.`, 'name');
  return unique(
    () =>
      ctx.em.transactional(async (em) => {
        const role = input.id
          ? await requireRole(em, input.id, 'id')
          : em.create(StaffRole, { merchantId: ctx.principal.merchantId, name: data.name });
        em.assign(role, data);
        await em.flush();
        // A role's permissions are part of every cached staff session that has it.
        if (input.id) credentialsChanged();
        return role;
      }),
    dup,
  );
}

async function applyLinks(em: EntityManager, user: StaffUser, data: { roleId?: string | null; storeIds?: string[] | null }) {
  if (data.roleId !== undefined) user.roleId = data.roleId ? (await requireRole(em, data.roleId)).id : null;
  if (data.storeIds) await replaceLinks(em, LINKS.staffUserStores, user.id, await requireStores(em, data.storeIds, 'storeIds'));
}

export async function createStaffUser(ctx: RequestContext, input: CreateStaffUserData): Promise<StaffUser> {
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(normalizeSecret(data.password), ctx.config.SCRYPT_N);
  const dup = () => new BusinessError(ErrorCode.DUPLICATE_USERNAME, `The username ${data.username} is taken.`, 'username');
  return unique(
    () =>
      ctx.em.transactional(async (em) => {
        const user = em.create(StaffUser, {
          merchantId: ctx.principal.merchantId,
          username: data.username,
          passwordHash,
          realName: data.realName ?? null,
          phone: data.phone ?? null,
          email: data.email ?? null,
          avatarUrl: data.avatarUrl ?? null,
          active: data.active ?? true,
        });
        await em.flush();
        await applyLinks(em, user, data);
        await em.flush();
        return user;
      }),
    dup,
  );
}

/** Profile, role, stores and active flag. Deactivating a user ends all their sessions at once. */
export async function updateStaffUser(ctx: RequestContext, input: UpdateStaffUserData): Promise<StaffUser> {
  const data = parseInput(updateUserSchema, input);
  return ctx.em.transactional(async (em) => {
    const user = await requireStaffUser(em, data.id);
    for (const key of ['realName', 'phone', 'email', 'avatarUrl'] as const) {
      if (data[key] !== undefined) user[key] = data[key] ?? null;
    }
    if (data.active != null) user.active = data.active;
    await applyLinks(em, user, data);
    await em.flush();
    if (data.active === false) await revokeStaffSessions(em, user.id);
    // The role (its permissions) and the active flag are part of the user's cached sessions.
    if (data.roleId !== undefined || data.active != null) credentialsChanged();
    return user;
  });
}

/** Sets a new password and ends every session of the user, so a leaked token dies with the old password. */
export async function setStaffPassword(ctx: RequestContext, input: { id: string; password: string }): Promise<StaffUser> {
  const { id } = input;
  const secret = parseInput(password, input.password);
  const passwordHash = await hashPassword(normalizeSecret(secret), ctx.config.SCRYPT_N);
  return ctx.em.transactional(async (em) => {
    const user = await requireStaffUser(em, id);
    user.passwordHash = passwordHash;
    await em.flush();
    await revokeStaffSessions(em, user.id);
    return user;
  });
}

/** Ends every live session of a staff user (a lost phone, a leaver). Returns how many. */
export async function revokeStaffUserSessions(ctx: RequestContext, staffUserId: string): Promise<number> {
  const user = await requireStaffUser(ctx.em, staffUserId);
  return revokeStaffSessions(ctx.em, user.id);
}

export async function listStaffUsers(ctx: RequestContext): Promise<StaffUser[]> {
  return ctx.em.find(StaffUser, {}, { orderBy: { username: 'asc' } });
}

export async function listStaffRoles(ctx: RequestContext): Promise<StaffRole[]> {
  return ctx.em.find(StaffRole, {}, { orderBy: { name: 'asc' } });
}
