import { z } from 'zod';
import { legacyInt } from '../common/legacy-format.js';
import { legacyLong, legacyMoney } from '../common/legacy-json.js';
import { ActivityStatus, CardChannel, CardType, RechargeEventStatus, RechargeEventType } from '../../domain/card.enums.js';

export { legacyDateTime } from '../common/legacy-format.js';
export { legacyLong, legacyMoney };

/** The older routes' time style: ISO-8601 in UTC with a `+0000` offset (`2019-12-13T03:07:27.000+0000`). */
export function isoTime(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  return new Date(value).toISOString().replace('Z', '+0000');
}

/** Epoch milliseconds, as 6.2's `detail` writes times. */
export const epochMs = (value: Date | string | null | undefined): number | null => (value ? new Date(value).getTime() : null);

/** A money amount, or null when the platform has none (the document writes `null`). */
export const moneyOrNull = (amount: string | null | undefined) => (amount == null ? null : legacyMoney(amount));

/** The document's numbers for the schema's enums. */
export const cardTypeNo = (type: keyof typeof CardType) => CardType[type];
export const channelNo = (channel: keyof typeof CardChannel) => CardChannel[channel];
export const eventTypeNo = (type: keyof typeof RechargeEventType) => RechargeEventType[type];
export const eventStatusNo = (status: keyof typeof RechargeEventStatus) => RechargeEventStatus[status];
export const activityStatusNo = (status: keyof typeof ActivityStatus) => ActivityStatus[status];

/** `3,4`: numeric ids joined as the document's `storeIds`. */
export const idList = (rows: readonly { numericId: number }[]) => rows.map((r) => r.numericId).join(',');

/** A positive numeric id (cardId, eventId, userId...): a number or digits. */
export const legacyId = legacyInt.refine((v) => v >= 1, 'must be a positive id').transform(String);

/** A 13-digit epoch in milliseconds (startTime, endTime). */
export const legacyEpochMs = z
  .union(
    [
      z.number().int(),
      z
        .string()
        .trim()
        .regex(/^\d{1,15}$/, 'must be epoch milliseconds'),
    ],
    {
      error: 'must be epoch milliseconds',
    },
  )
  .transform((v) => new Date(Number(v)))
  .refine((d) => !Number.isNaN(d.getTime()), 'must be epoch milliseconds');

/** The document's page parameters: pageNum from 1, pageSize 14 unless given (at most 100). */
export const pageFields = {
  pageNum: legacyInt
    .refine((v) => v >= 1, 'must be 1 or more')
    .optional()
    .default(1),
  pageSize: legacyInt
    .refine((v) => v >= 1 && v <= 100, 'must be between 1 and 100')
    .optional()
    .default(14),
};

export const pageOf = (input: { pageNum: number; pageSize: number }) => ({
  offset: (input.pageNum - 1) * input.pageSize,
  limit: input.pageSize,
});

/** A phone as the document sends it (text or a number); empty means "not given". */
export const optionalPhone = z
  .union([z.string(), z.number()], { error: 'must be a phone number' })
  .transform((v) => String(v).trim())
  .optional()
  .transform((v) => (v ? v : undefined));

export const requiredPhone = z
  .union([z.string(), z.number()], { error: (i) => (i.input === undefined ? 'is required' : 'must be a phone number') })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\+?\d{5,20}$/, 'must be a phone number of 5 to 20 digits'));

/** Optional text: empty means "not given". */
export const optionalText = z
  .union([z.string(), z.number()], { error: 'must be a string' })
  .transform((v) => String(v).trim())
  .optional()
  .transform((v) => (v ? v : undefined));

export const requiredText = (what: string) =>
  z
    .union([z.string(), z.number()], { error: (i) => (i.input === undefined ? 'is required' : `must be ${what}`) })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, 'is required'));
