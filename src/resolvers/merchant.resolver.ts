import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, ApiKeyRole } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import {
  ApiKey,
  ApiKeyPayload,
  CreateApiKeyPayload,
  CreateStoreInput,
  Merchant,
  MerchantPayload,
  MerchantProfileInput,
  MerchantWechat,
  Store,
  StorePayload,
} from '../schema/merchant.types.js';
import * as apiKeys from '../services/api-key.service.js';
import * as merchants from '../services/merchant.service.js';
import * as stores from '../services/store.service.js';
import { payload } from './payload.js';

@Resolver(() => Merchant)
export class MerchantResolver {
  @Query(() => Merchant, { description: "The calling key's merchant." })
  merchant(@Ctx() ctx: RequestContext) {
    return merchants.currentMerchant(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => MerchantPayload, { description: 'Legal name and WeChat app (members-rest); omitted fields keep their value.' })
  setMerchantProfile(@Ctx() ctx: RequestContext, @Arg('input', () => MerchantProfileInput) input: MerchantProfileInput) {
    return payload(async () => ({ merchant: await merchants.setMerchantProfile(ctx, input) }));
  }

  @FieldResolver(() => MerchantWechat)
  async wechat(@Root() _merchant: Merchant, @Ctx() ctx: RequestContext): Promise<MerchantWechat> {
    const wechat = await merchants.merchantWechat(ctx);
    return { appId: wechat.appId, originId: wechat.originId, appSecretSet: wechat.appSecret !== null };
  }

  @Query(() => [Store])
  stores(@Ctx() ctx: RequestContext) {
    return stores.listStores(ctx);
  }

  @Query(() => Store, { nullable: true })
  async store(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The id or the numericId.' }) id: string) {
    const uuid = await stores.storeIdOf(ctx, id);
    return uuid ? ctx.loaders.storeById.load(uuid) : null;
  }

  @Query(() => Store, { nullable: true, description: 'By store code (storeNumber, registerStoreCode, orgCode).' })
  storeByCode(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return stores.findStoreByCode(ctx, code);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => StorePayload)
  createStore(@Ctx() ctx: RequestContext, @Arg('input', () => CreateStoreInput) input: CreateStoreInput) {
    return payload(async () => ({ store: await stores.createStore(ctx, input) }));
  }

  @Authorized(Permission.ADMIN)
  @Query(() => [ApiKey])
  apiKeys(@Ctx() ctx: RequestContext) {
    return apiKeys.listApiKeys(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'The secret is in the payload, once.' })
  createApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
    @Arg('role', () => ApiKeyRole) role: ApiKeyRole,
  ) {
    return payload(() => apiKeys.createApiKey(ctx, { name, role }));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ApiKeyPayload)
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return payload(async () => ({ apiKey: await apiKeys.revokeApiKey(ctx, id) }));
  }
}
