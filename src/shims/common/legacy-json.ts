import { Decimal } from 'decimal.js';
import type { Response } from 'express';
import { LosslessNumber, stringify } from 'lossless-json';

/**
 * JSON as the legacy documents write it, where `JSON.stringify` cannot: money as a number with two
 * decimals (`200.00`, not `200`) and long numeric identifiers as numbers, both exactly as text.
 * Values of these two kinds are LosslessNumbers; `sendLegacyJson` writes them verbatim.
 */

/** Money as a JSON number with two decimals, exact: `legacyMoney('200')` is written `200.00`. */
export function legacyMoney(amount: Decimal.Value | null | undefined): LosslessNumber {
  return new LosslessNumber(new Decimal(amount ?? 0).toFixed(2));
}

/**
 * A long numeric identifier (card, order or coupon number, a numeric id) as a JSON number. The
 * platform mints these within 2^53 so that a browser reading them with `JSON.parse` gets them
 * exactly; the text is written as stored either way.
 */
export function legacyLong(value: string | number | bigint): LosslessNumber {
  const text = String(value);
  if (!/^-?\d+$/.test(text)) throw new TypeError(`not a whole number: ${text}`);
  return new LosslessNumber(text);
}

/** The JSON text of a body that may hold {@link legacyMoney} and {@link legacyLong} values. */
export function legacyJsonText(body: unknown): string {
  return stringify(body) ?? 'null';
}

/**
 * Answers with JSON text in one socket write. Express's `res.json` and `res.send` turn the text
 * into a Buffer first, after which Node writes the headers and the body as two chunks (a writev,
 * which costs more than the JSON itself on a busy machine); a string with its length goes out
 * with its headers in a single write. Node leaves the body out of answers to HEAD.
 */
export function sendJsonText(res: Response, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** Answers with plain JSON (no {@link legacyMoney} or {@link legacyLong} values): see {@link sendJsonText}. */
export function sendJson(res: Response, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** Answers with a body that may hold {@link legacyMoney} and {@link legacyLong} values. */
export function sendLegacyJson(res: Response, status: number, body: unknown): void {
  sendJsonText(res, status, legacyJsonText(body));
}
