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

/** The zone's offset from UTC (ms) at an instant, read from Intl: exact, but 5 µs a call. */
function offsetByIntl(timeZone: string, at: number): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  // Years before 100 would be read as 19xx by Date.UTC; no legacy time is that old, but be exact.
  const wallFixed = +parts.year! < 100 ? new Date(wall).setUTCFullYear(+parts.year!) : wall;
  return wallFixed - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * Offsets by zone and quarter hour. An answer formats several times (a partner member: its
 * registration and each channel's two times), and formatToParts cost more than the rest of the
 * shim's own work. Offsets change only at a zone's transitions, which the tz database puts at
 * whole minutes: a quarter hour whose first and last millisecond share an offset has that offset
 * throughout (no zone changes twice within 15 minutes); one with a transition inside (NaN here)
 * is computed exactly for each instant. At most OFFSETS_MAX quarters are kept per zone.
 */
const QUARTER_HOUR = 15 * 60_000;
const OFFSETS_MAX = 10_000;
const offsets = new Map<string, Map<number, number>>();

function zoneOffset(timeZone: string, at: number): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(at / QUARTER_HOUR);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const first = offsetByIntl(timeZone, quarter * QUARTER_HOUR);
    offset = first === offsetByIntl(timeZone, (quarter + 1) * QUARTER_HOUR - 1) ? first : NaN;
    if (zone.size >= OFFSETS_MAX) zone.clear();
    zone.set(quarter, offset);
  }
  return Number.isNaN(offset) ? offsetByIntl(timeZone, at) : offset;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `yyyy-MM-dd HH:mm:ss` in the merchant's time zone, the legacy contracts' time format. */
export function legacyDateTime(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return '';
  const at = new Date(value).getTime();
  // The wall clock in the zone, read with the UTC getters of the instant shifted by the offset.
  const wall = new Date(at + zoneOffset(timeZone, at));
  return `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())} ${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`;
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
