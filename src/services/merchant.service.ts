import { z } from 'zod';
import { scopeToMerchant, type Orm } from '../db/orm.js';
import { ApiKeyRole, ShimContract } from '../domain/access.enums.js';
import { Merchant, MerchantWechat } from '../entities/merchant.entity.js';
import { Store } from '../entities/store.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { sealContext, sealText } from '../db/secret-box.js';
import { operatorContext, type AppDeps, type RequestContext } from '../request/context.js';
import { createApiKey } from './api-key.service.js';
import { createShimApp } from './shim-app.service.js';
import { createStore, type CreateStoreData } from './store.service.js';
import { createStaffUser, saveStaffRole } from './staff.service.js';
import { randomBytes } from 'node:crypto';
import { Permission } from '../domain/access.enums.js';

/** The contracts whose shims accept an app marked for unsigned development use. */
export const DEMO_SHIM_CONTRACTS = [
  ShimContract.PARTNER_OPENAPI,
  ShimContract.ERP_MEMBER_POINTS,
  ShimContract.CPOINT_INNER,
  ShimContract.MEMBERS_REST,
];

export interface DemoShimApp {
  contract: ShimContract;
  appKey: string;
  partnerId: string | null;
  secret: string | null;
}
import { fields, isUuid, parseInput } from './validation.js';

const merchantSchema = z.object({
  name: fields.shortText,
  timeZone: z
    .string()
    .default('Asia/Shanghai')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'Not an IANA time zone (for example Asia/Shanghai).'),
});

/**
 * Creates a merchant. Operator-level: the caller's EntityManager is scoped to the new merchant
 * before the insert, so the row-level security check on `merchant` accepts it.
 */
export async function createMerchant(orm: Orm, input: { name: string; timeZone?: string }): Promise<Merchant> {
  const data = parseInput(merchantSchema, input);
  const merchant = new Merchant();
  const em = scopeToMerchant(orm.em.fork(), merchant.id);
  merchant.name = data.name;
  merchant.timeZone = data.timeZone;
  await em.persist(merchant).flush();
  return merchant;
}

/**
 * The request context of an operator command (CLI, bootstrap) for an existing merchant: the same
 * services run as they would for an ADMIN key of that merchant, under row-level security.
 */
export async function merchantContext(deps: AppDeps, merchantId: string): Promise<RequestContext> {
  const ctx = operatorContext(deps, merchantId);
  const found = isUuid(merchantId) ? await ctx.em.findOne(Merchant, { id: merchantId }) : null;
  if (!found) throw new BusinessError(ErrorCode.NOT_FOUND, `No merchant with id ${merchantId}.`, 'merchant');
  return ctx;
}

/** The caller's own merchant. */
export async function currentMerchant(ctx: RequestContext): Promise<Merchant> {
  return ctx.em.findOneOrFail(Merchant, { id: ctx.principal.merchantId });
}

/**
 * On an empty database, creates a demo merchant with one store and an admin API key, so a newcomer
 * can query straight away. Returns null when any merchant exists already. `countMerchants` must see
 * all merchants (the operator connection, not the app role).
 */
export async function ensureDemoMerchant(
  deps: AppDeps,
  countMerchants: () => Promise<number>,
): Promise<{
  merchant: Merchant;
  store: Store;
  apiKey: string;
  shimApps: DemoShimApp[];
  cardManage: { username: string; password: string };
} | null> {
  if ((await countMerchants()) > 0) return null;
  const merchant = await createMerchant(deps.orm, { name: 'Demo Merchant' });
  const ctx = operatorContext(deps, merchant.id);
  const demoStore: CreateStoreData = { code: 'S001', name: 'Demo Store', orgType: 3 };
  const store = await createStore(ctx, demoStore);
  const { secret } = await createApiKey(ctx, { name: 'demo admin key', role: ApiKeyRole.ADMIN });
  // One development app per legacy contract, accepting unsigned requests, so the shims can be
  // tried with curl at once. Not for production: see docs/shims.
  const shimApps: DemoShimApp[] = [];
  for (const contract of DEMO_SHIM_CONTRACTS) {
    const created = await createShimApp(
      ctx,
      { contract, name: `demo ${contract}`, appKey: `demo-${contract}`, allowUnsigned: true },
      // The platform creates the demo merchant, as the operator would.
      { byOperator: true },
    );
    shimApps.push({ contract, appKey: created.app.appKey, partnerId: created.app.partnerId, secret: created.secret });
  }
  // card-manage (the store app) logs in as a staff user: one with the card permissions, at the store.
  const role = await saveStaffRole(ctx, {
    name: 'demo card staff',
    permissions: [Permission.CARD_OPERATE, Permission.CARD_REFUND, Permission.COUPON_OPERATE],
  });
  const cardManage = { username: 'demo', password: randomBytes(9).toString('base64url') };
  await createStaffUser(ctx, { ...cardManage, roleId: role.id, storeIds: [store.id] });
  return { merchant, store, apiKey: secret, shimApps, cardManage };
}

const profileSchema = z.object({
  fullName: fields.shortText.nullish(),
  wechatAppId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A WeChat app id is 1 to 64 letters, digits, _ or -.')
    .nullish(),
  wechatOriginId: z.string().trim().min(1, 'Must not be empty.').max(64, 'At most 64 characters.').nullish(),
  wechatAppSecret: z.string().trim().min(1, 'Must not be empty.').max(128, 'At most 128 characters.').nullish(),
});
export type MerchantProfileData = z.input<typeof profileSchema>;

/** The merchant's WeChat app as stored (secret sealed), or an empty one. */
export async function merchantWechat(ctx: RequestContext): Promise<MerchantWechat> {
  const found = await ctx.em.findOne(MerchantWechat, { merchantId: ctx.principal.merchantId });
  if (found) return found;
  const empty = new MerchantWechat();
  empty.merchantId = ctx.principal.merchantId;
  return empty;
}

/**
 * Sets the merchant's legal name and WeChat official-account app. The app secret is sealed with
 * the row's merchant as context (secret-box.ts) and never answered again.
 */
export async function setMerchantProfile(ctx: RequestContext, input: MerchantProfileData): Promise<Merchant> {
  const data = parseInput(profileSchema, input);
  const merchantId = ctx.principal.merchantId;
  return ctx.em.transactional(async (em) => {
    const merchant = await em.findOneOrFail(Merchant, { id: merchantId });
    if (data.fullName !== undefined) merchant.fullName = data.fullName;
    const touchesWechat = [data.wechatAppId, data.wechatOriginId, data.wechatAppSecret].some((v) => v !== undefined);
    if (touchesWechat) {
      let wechat = await em.findOne(MerchantWechat, { merchantId });
      if (!wechat) wechat = em.create(MerchantWechat, { merchantId });
      if (data.wechatAppId !== undefined) wechat.appId = data.wechatAppId;
      if (data.wechatOriginId !== undefined) wechat.originId = data.wechatOriginId;
      if (data.wechatAppSecret !== undefined) {
        wechat.appSecret =
          data.wechatAppSecret === null ? null : sealText(data.wechatAppSecret, sealContext.wechatAppSecret(merchantId));
      }
    }
    await em.flush();
    return merchant;
  });
}
