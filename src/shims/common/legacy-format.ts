import { z } from 'zod';

/**
 * One formatter per time zone: making an Intl.DateTimeFormat costs tens of microseconds (it loads
 * the zone and locale data), and a shim answer formats several times. Zones are the merchants'
 * few IANA names (validated when a merchant is made), so the map stays small.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `yyyy-MM-dd HH:mm:ss` in the merchant's time zone, the legacy contracts' time format. */
export function legacyDateTime(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return '';
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(value))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Parses a legacy `yyyy-MM-dd HH:mm:ss` (or date-only) given in the merchant's zone. */
export function parseLegacyDateTime(text: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const asUtc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  // The zone's offset at that instant (twice, to settle across a DST change).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - (new Date(legacyDateTime(new Date(guess), timeZone) + 'Z').getTime() - guess);
  return new Date(guess);
}

/** The message of a legacy field that is missing, or of another type than it accepts. */
const missingOr = (wrongType: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : wrongType);

/** The largest whole number a legacy field takes: GraphQL's Int (32 bits) is what it becomes. */
const INT_MAX = 2_147_483_647;

/** Legacy callers send numbers as numbers or as strings ('8'); both mean the same. */
export const legacyInt = z
  .union(
    [
      z.number().int(),
      z
        .string()
        .trim()
        .regex(/^-?\d+$/, 'must be a whole number'),
    ],
    { error: missingOr('must be a whole number') },
  )
  .transform((v) => Number(v))
  .refine((v) => Math.abs(v) <= INT_MAX, `must be at most ${INT_MAX}`);

/** Amounts with up to two decimals, as a number or a string; kept as a string for exactness. */
export const legacyAmount = z
  .union([z.number(), z.string().trim()], { error: missingOr('must be an amount with at most 2 decimals') })
  .transform((v) => String(v))
  .refine((v) => /^-?\d{1,13}(\.\d{1,2})?$/.test(v), 'must be an amount with at most 2 decimals');

/** A string field that legacy callers may send as a number, or empty for "not given". */
export const legacyText = z
  .union([z.string(), z.number()], { error: missingOr('must be a string') })
  .transform((v) => String(v).trim());

export const optionalLegacyText = legacyText.optional().transform((v) => (v === '' ? undefined : v));

/** Legacy amounts are shown as plain numbers: "12.50" becomes 12.5, "8.00" becomes 8. */
export function legacyNumber(amount: string | null | undefined): number {
  return amount == null ? 0 : Number(amount);
}
