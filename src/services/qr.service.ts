import { createHmac, timingSafeEqual } from 'node:crypto';
import { Coupon } from '../entities/coupon.entity.js';
import { MemberCard } from '../entities/member-card.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { qrKey } from '../request/data/card-settings-row.js';
import { QrKind } from '../domain/card.enums.js';
import { isPreSafeNumber } from '../domain/safe-number.js';

const VERSION = 'MG1';
const TAGS: Record<QrKind, string> = { [QrKind.CARD]: 'C', [QrKind.COUPON]: 'K' };
const KINDS = new Map(Object.entries(TAGS).map(([kind, tag]) => [tag, kind as QrKind]));

/** 128 bits of HMAC-SHA256 over the payload, base64url: short enough for a small QR code. */
const signature = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 16);

/**
 * QR content for a card or coupon: `MG1.<C|K>.<id>.<signature>`, signed with the merchant's own
 * key (card_settings.qr_key), so it cannot be forged or altered and never verifies for another
 * merchant.
 */
export function signQr(key: Buffer, kind: QrKind, id: string): string {
  const payload = `${VERSION}.${TAGS[kind]}.${id}`;
  return `${payload}.${signature(key, payload).toString('base64url')}`;
}

/** The kind and id a content names, or null when it is not one this key signed. */
export function verifyQr(key: Buffer, content: string): { kind: QrKind; id: string } | null {
  const parts = content.trim().split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const kind = KINDS.get(parts[1]!);
  // Compared as text: base64 decoding ignores the spare bits of the last character, so comparing
  // decoded bytes would accept altered spellings of a valid signature.
  const given = Buffer.from(parts[3]!);
  const expected = Buffer.from(signature(key, parts.slice(0, 3).join('.')).toString('base64url'));
  if (!kind || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { kind, id: parts[2]! };
}

/**
 * Scans a QR content: which kind it is and the card or coupon it names. Our signed contents are
 * verified (anything forged is refused); a plain number names a card by its number or, failing
 * that, a coupon by its code, as legacy systems print them.
 */
export async function scanQr(
  ctx: RequestContext,
  content: string,
): Promise<{ kind: QrKind; card: MemberCard | null; coupon: Coupon | null }> {
  const invalid = new BusinessError(ErrorCode.QR_INVALID, 'This QR code is not valid here.', 'content');
  const text = content.trim();
  // A plain number, as legacy systems print on cards and coupons: a card number, else a coupon code.
  if (/^\d{6,20}$/.test(text)) {
    const pre = isPreSafeNumber(text);
    const card = await ctx.em.findOne(MemberCard, pre ? { previousCardNo: text } : { cardNo: text });
    if (card) return { kind: QrKind.CARD, card, coupon: null };
    const coupon = await ctx.em.findOne(Coupon, pre ? { previousCode: text } : { code: text });
    if (coupon) return { kind: QrKind.COUPON, card: null, coupon };
    throw invalid;
  }
  const found = verifyQr(await qrKey(ctx.em), text);
  if (!found) throw invalid;
  if (found.kind === QrKind.CARD) {
    const card = await ctx.em.findOne(MemberCard, { id: found.id });
    if (!card) throw invalid;
    return { kind: found.kind, card, coupon: null };
  }
  const coupon = await ctx.em.findOne(Coupon, { id: found.id });
  if (!coupon) throw invalid;
  return { kind: found.kind, card: null, coupon };
}
