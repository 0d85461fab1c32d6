import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import { permissionsOf } from '../request/principal.js';
import type { RequestContext } from '../request/context.js';
import { Store } from '../schema/merchant.types.js';
import {
  CountPayload,
  CreateStaffUserInput,
  StaffLoginInput,
  StaffLoginPayload,
  StaffRole,
  StaffRoleInput,
  StaffRolePayload,
  StaffUser,
  StaffUserPayload,
  UpdateStaffUserInput,
  Viewer,
} from '../schema/staff.types.js';
import * as auth from '../services/staff-auth.service.js';
import * as staff from '../services/staff.service.js';
import { loadAll, payload } from './payload.js';

@Resolver(() => StaffUser)
export class StaffResolver {
  @Mutation(() => StaffLoginPayload, {
    description: 'Public: the one operation an anonymous caller may run (legacy manage/user/login).',
  })
  staffLogin(@Ctx() ctx: RequestContext, @Arg('input', () => StaffLoginInput) input: StaffLoginInput) {
    return payload(() => auth.staffLogin(ctx, input));
  }

  @Mutation(() => Boolean, { description: "Ends the calling staff token's session; false for API keys." })
  staffLogout(@Ctx() ctx: RequestContext) {
    return auth.staffLogout(ctx);
  }

  @Query(() => Viewer, { description: 'The caller: staff user, role and permissions (legacy manage/user/info).' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const { staffUserId, kind } = ctx.principal;
    return {
      kind: kind ?? 'apiKey',
      permissions: [...permissionsOf(ctx.principal)],
      staffUser: staffUserId ? await ctx.loaders.cards.staffUserById.load(staffUserId) : null,
    };
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Query(() => [StaffUser])
  staffUsers(@Ctx() ctx: RequestContext) {
    return staff.listStaffUsers(ctx);
  }

  @Query(() => [StaffRole])
  staffRoles(@Ctx() ctx: RequestContext) {
    return staff.listStaffRoles(ctx);
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffRolePayload, { description: 'Creates a role, or replaces one when id is given.' })
  saveStaffRole(@Ctx() ctx: RequestContext, @Arg('input', () => StaffRoleInput) input: StaffRoleInput) {
    return payload(async () => ({
      staffRole: await staff.saveStaffRole(ctx, { ...input, menus: input.menus ?? [], permissions: input.permissions ?? [] }),
    }));
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffUserPayload)
  createStaffUser(@Ctx() ctx: RequestContext, @Arg('input', () => CreateStaffUserInput) input: CreateStaffUserInput) {
    return payload(async () => ({ staffUser: await staff.createStaffUser(ctx, input) }));
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffUserPayload, { description: 'Deactivating a user ends their sessions.' })
  updateStaffUser(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateStaffUserInput) input: UpdateStaffUserInput) {
    return payload(async () => ({ staffUser: await staff.updateStaffUser(ctx, input) }));
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffUserPayload, { description: 'Sets a password and ends every session of the user.' })
  setStaffPassword(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('password', () => String) password: string) {
    return payload(async () => ({ staffUser: await staff.setStaffPassword(ctx, { id, password }) }));
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => CountPayload, { description: 'Ends every session of a staff user; answers how many.' })
  revokeStaffSessions(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return payload(async () => ({
      count: await staff.revokeStaffUserSessions(ctx, id),
    }));
  }

  @FieldResolver(() => StaffRole, { nullable: true })
  role(@Root() user: StaffUser, @Ctx() ctx: RequestContext) {
    return user.roleId ? ctx.loaders.cards.staffRoleById.load(user.roleId) : null;
  }

  @FieldResolver(() => [Store], { description: 'Stores the user acts for; empty: all.' })
  async stores(@Root() user: StaffUser, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.cards.storeIdsByStaffUser.load(user.id);
    return loadAll(ctx.loaders.storeById, ids);
  }
}
