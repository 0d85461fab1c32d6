import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { LoyaltySettings } from '../entities/loyalty-settings.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { parseInput } from './validation.js';

const settingsSchema = z.object({
  moneyToPointsRate: z
    .string()
    .trim()
    // abort: the refinement below must not see text that is not a decimal (Decimal would throw).
    .regex(/^\d{1,8}(\.\d{1,4})?$/, {
      message: 'A rate is a decimal with at most 8 digits before the point and 4 after.',
      abort: true,
    })
    .refine((v) => new Decimal(v).gt(0), 'The rate must be more than 0.'),
  pointsScale: z.number().int().min(0, 'pointsScale is 0, 1 or 2.').max(2, 'pointsScale is 0, 1 or 2.'),
  referralBonusPoints: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, 'A referral bonus is a non-negative decimal with at most 2 places.')
    .nullish(),
});
export type LoyaltySettingsData = z.input<typeof settingsSchema>;

/** The merchant's settings, or the defaults (rate 1, whole points) when it never set any. */
export async function getLoyaltySettings(ctx: RequestContext): Promise<LoyaltySettings> {
  const { merchantId } = ctx.principal;
  const found = await ctx.em.findOne(LoyaltySettings, { merchantId });
  if (found) return found;
  const defaults = new LoyaltySettings();
  defaults.merchantId = merchantId;
  return defaults;
}

export async function setLoyaltySettings(ctx: RequestContext, input: LoyaltySettingsData): Promise<LoyaltySettings> {
  const data = parseInput(settingsSchema, input);
  // An omitted referral bonus keeps the stored one (0 for a merchant without settings).
  await ctx.em.execute(
    `insert into loyalty_settings (merchant_id, money_to_points_rate, points_scale, referral_bonus_points)
     values (:merchant, :rate, :scale, coalesce(:bonus::numeric, 0))
     on conflict (merchant_id) do update set money_to_points_rate = excluded.money_to_points_rate,
       points_scale = excluded.points_scale,
       referral_bonus_points = coalesce(:bonus::numeric, loyalty_settings.referral_bonus_points), updated_at = now()`,
    {
      merchant: ctx.principal.merchantId,
      rate: data.moneyToPointsRate,
      scale: data.pointsScale,
      bonus: data.referralBonusPoints ?? null,
    },
  );
  return ctx.em.findOneOrFail(LoyaltySettings, { merchantId: ctx.principal.merchantId }, { refresh: true });
}

/**
 * Points for an amount of money: money x rate, cut (never rounded up) to the merchant's points
 * scale, so a member is never credited a fraction they did not earn: 12.99 yuan at rate 1 and
 * scale 0 is 12 points.
 */
export async function moneyToPoints(ctx: RequestContext, money: string): Promise<string> {
  const settings = await getLoyaltySettings(ctx);
  const points = new Decimal(money).times(settings.moneyToPointsRate).toDecimalPlaces(settings.pointsScale, Decimal.ROUND_DOWN);
  if (points.lte(0)) {
    throw new BusinessError(
      ErrorCode.INVALID_INPUT,
      `${money} converts to no points at rate ${settings.moneyToPointsRate}.`,
      'money',
    );
  }
  return points.toFixed(2);
}
