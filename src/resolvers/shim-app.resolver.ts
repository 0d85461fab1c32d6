import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ShimAppStatus, Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { CreateShimAppInput, CreateShimAppPayload, ShimApp, ShimAppPayload } from '../schema/shim-app.types.js';
import * as shimApps from '../services/shim-app.service.js';
import { payload } from './payload.js';

@Resolver()
export class ShimAppResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => [ShimApp], { description: 'Credentials of the legacy-contract callers, revoked ones included.' })
  shimApps(@Ctx() ctx: RequestContext) {
    return shimApps.listShimApps(ctx);
  }

  @Query(() => String, { description: "The merchant's public key (PEM) that verifies partner-openapi response signatures." })
  async shimSigningPublicKey(@Ctx() ctx: RequestContext) {
    return shimApps.signingPublicKey(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CreateShimAppPayload)
  createShimApp(@Ctx() ctx: RequestContext, @Arg('input', () => CreateShimAppInput) input: CreateShimAppInput) {
    return payload(() => shimApps.createShimApp(ctx, input));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ShimAppPayload, { description: 'Open or (temporarily) close an app.' })
  setShimAppStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ShimAppStatus) status: ShimAppStatus,
  ) {
    return payload(async () => ({ app: await shimApps.setShimAppStatus(ctx, { id, status }) }));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ShimAppPayload)
  revokeShimApp(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return payload(async () => ({ app: await shimApps.revokeShimApp(ctx, id) }));
  }
}
