import { createHash } from 'node:crypto';
import { isLosslessNumber, parse } from 'lossless-json';
import { expect } from 'vitest';
import { CreateStaffUserDocument, SaveStaffRoleDocument, type Permission } from '../../src/generated/graphql.js';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { ok } from '../cards/support.js';

export const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export interface CmResponse {
  status: number;
  /** The body as JSON.parse reads it (what a browser client gets). */
  json: any;
  /** The body with every number kept as written (LosslessNumber), to check money and long numbers. */
  exact: any;
  text: string;
  contentType: string | null;
}

export interface CmCallOptions {
  /** Send JSON instead of the form the legacy app sends. */
  json?: boolean;
  /** The merchant whose address is called (default: the client's). */
  merchant?: string;
  headers?: Record<string, string>;
  /** A raw body, sent as it is (with `json`: as application/json). */
  raw?: string;
  method?: string;
}

/** A card-manage caller of one merchant's address `/web/m/<merchant>/manage` (or another base). */
export function cardManageClient(app: TestApp, merchantId: string, baseOf = (m: string) => `${app.url}/web/m/${m}/manage`) {
  return async function call(path: string, params: Record<string, unknown> = {}, opts: CmCallOptions = {}): Promise<CmResponse> {
    const body =
      opts.raw ??
      (opts.json
        ? JSON.stringify(params)
        : new URLSearchParams(
            Object.entries(params)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]): [string, string] => [k, String(v)]),
          ).toString());
    const res = await fetch(`${baseOf(opts.merchant ?? merchantId)}${path}`, {
      method: opts.method ?? 'POST',
      headers: { 'content-type': opts.json ? 'application/json' : 'application/x-www-form-urlencoded', ...opts.headers },
      ...(opts.method && opts.method !== 'POST' ? {} : { body }),
    });
    const text = await res.text();
    let json: unknown = null;
    let exact: unknown = null;
    try {
      json = JSON.parse(text);
      exact = parse(text);
    } catch {
      // Left null: the assertions on json say what was expected.
    }
    return { status: res.status, json, exact, text, contentType: res.headers.get('content-type') };
  };
}

export type CmCall = ReturnType<typeof cardManageClient>;

/**
 * What a field of a documented answer holds. `?kind` also allows null; `null` is exactly null.
 * - int: a whole JSON number (ids, types, statuses, counts)
 * - long: a whole JSON number at most 2^53 - 1 (card, order and coupon numbers)
 * - money: a JSON number written with exactly two decimals (`200.00`)
 * - any: anything (checked by the test itself)
 * - str: a string; iso: `2019-12-13T03:07:27.000+0000`; local: `2020-02-13 13:38:53`
 */
export type Kind =
  | 'any'
  | 'int'
  | 'long'
  | 'money'
  | 'str'
  | 'iso'
  | 'local'
  | '?int'
  | '?long'
  | '?money'
  | '?str'
  | '?iso'
  | '?local'
  | null
  | Shape
  | [Kind];
export interface Shape {
  [key: string]: Kind;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/;
const LOCAL = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

function checkKind(value: unknown, kind: Kind, at: string): void {
  if (kind === null) {
    expect(value, at).toBeNull();
    return;
  }
  if (Array.isArray(kind)) {
    expect(Array.isArray(value), `${at}: an array`).toBe(true);
    const [item] = kind;
    (value as unknown[]).forEach((v, i) => checkKind(v, item, `${at}[${i}]`));
    return;
  }
  if (typeof kind === 'object') {
    expectShape(value, kind, at);
    return;
  }
  if (kind === 'any') return;
  if (kind.startsWith('?')) {
    if (value === null) return;
    kind = kind.slice(1) as Kind;
  }
  const numberText = isLosslessNumber(value) ? value.value : null;
  switch (kind) {
    case 'int':
      expect(numberText, `${at}: a whole number, got ${JSON.stringify(value)}`).toMatch(/^-?\d+$/);
      break;
    case 'long':
      expect(numberText, `${at}: a whole number, got ${JSON.stringify(value)}`).toMatch(/^\d+$/);
      expect(BigInt(numberText!) <= BigInt(Number.MAX_SAFE_INTEGER), `${at}: at most 2^53 - 1`).toBe(true);
      break;
    case 'money':
      expect(numberText, `${at}: money with two decimals, got ${JSON.stringify(value)}`).toMatch(/^-?\d+\.\d{2}$/);
      break;
    case 'str':
      expect(typeof value, `${at}: a string`).toBe('string');
      break;
    case 'iso':
      expect(value, `${at}: ISO time with +0000`).toMatch(ISO);
      break;
    case 'local':
      expect(value, `${at}: yyyy-MM-dd HH:mm:ss`).toMatch(LOCAL);
      break;
    default:
      throw new Error(`unknown kind ${String(kind)}`);
  }
}

/**
 * Checks a value read with lossless-json against a documented shape: exactly the document's keys,
 * in the document's order, each of its kind.
 */
export function expectShape(value: unknown, shape: Shape, at = 'data'): void {
  expect(value !== null && typeof value === 'object' && !Array.isArray(value), `${at}: an object`).toBe(true);
  expect(Object.keys(value as object), `${at}: keys`).toEqual(Object.keys(shape));
  for (const [key, kind] of Object.entries(shape)) checkKind((value as Record<string, unknown>)[key], kind, `${at}.${key}`);
}

/** The envelope of a success with data: `{errCode: 0, result: 0, time, data}` and, for lists, the paging fields. */
export function expectSuccess(res: CmResponse, data: Kind, paging?: { total: number; pageNum?: number; pageSize?: number }) {
  expect(res.status).toBe(200);
  expect(res.json, res.text).toMatchObject({ errCode: 0, result: 0 });
  const keys = ['errCode', 'result', 'time', 'data', ...(paging ? ['total', 'pages', 'pageNum', 'pageSize'] : [])];
  expect(Object.keys(res.json)).toEqual(keys);
  checkKind(res.exact.time, 'long', 'time');
  expect(Math.abs(res.json.time - Date.now())).toBeLessThan(60_000);
  checkKind(res.exact.data, data, 'data');
  if (paging) {
    const pageSize = paging.pageSize ?? 14;
    for (const key of ['total', 'pages', 'pageNum', 'pageSize']) checkKind(res.exact[key], 'int', key);
    expect(res.json).toMatchObject({
      total: paging.total,
      pages: Math.ceil(paging.total / pageSize),
      pageNum: paging.pageNum ?? 1,
      pageSize,
    });
  }
}

/** The envelope of a success that answers a message only: `{errCode: 0, result: 0, msg, time}`, as 3.3's example. */
export function expectDone(res: CmResponse, msg: string) {
  expect(res.status).toBe(200);
  expect(res.json, res.text).toEqual({ errCode: 0, result: 0, msg, time: expect.any(Number) });
  checkKind(res.exact.time, 'long', 'time');
}

/** A failure: HTTP 200, `{errCode, result, msg, time}` with result = errCode, no stack, no data. */
export function expectFailure(res: CmResponse, errCode: number, msgContains?: string) {
  expect(res.status, res.text).toBe(200);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(res.json, res.text).toEqual({ errCode, result: errCode, msg: expect.any(String), time: expect.any(Number) });
  if (msgContains) expect(res.json.msg).toContain(msgContains);
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

// The documents' answers, field by field (card-manage.md; docs/shims/card-manage.md says where a
// field is always null here).

export const STORE_VO: Shape = { id: 'int', name: 'str', address: '?str', area: '?str', phone: '?str', linkman: '?str' };

export const EVENT_VO: Shape = {
  id: 'int',
  title: 'str',
  summary: '?str',
  rechargeMoney: 'money',
  sendMoney: 'money',
  targetId: '?int',
  adminId: null,
  type: 'int',
  status: 'int',
  created: 'iso',
  targetName: '?str',
};

/** 6.1 (card) and 8.3: the card with its holder. */
export const CARD_DETAIL: Shape = {
  id: 'int',
  membershipCardId: 'int',
  userId: 'int',
  qrcodeType: '?int',
  phone: 'str',
  balance: 'money',
  created: 'local',
  cardNo: 'long',
  title: 'str',
  summary: '?str',
  colour: '?str',
  logo: '?str',
  type: 'int',
  storeIds: '?str',
  grade: '?str',
  summaryGrade: '?str',
  capital: '?money',
  send: '?money',
  code: null,
  avatar: '?str',
  nickname: '?str',
};

/**
 * A staff user of its own role (`roleName`) with `permissions`, logged in through 2.1: its token.
 * (tests/cards' staffToken gives every user the one role "all".)
 */
export async function staffWithRole(
  app: TestApp,
  merchant: TestMerchant,
  roleName: string,
  permissions: Permission[],
  username: string,
  menus: string[] = [],
): Promise<string> {
  const role = await ok(app, merchant.adminKey, SaveStaffRoleDocument, { input: { name: roleName, permissions, menus } });
  await ok(app, merchant.adminKey, CreateStaffUserDocument, {
    input: { username, password: 'secret-pass', roleId: role.staffRole.id, storeIds: [merchant.store.id] },
  });
  const res = await cardManageClient(app, merchant.id)('/user/login', { username, password: md5('secret-pass'), client: 1 });
  expect(res.json.errCode, res.text).toBe(0);
  return res.json.data as string;
}

/** The numeric id legacy clients name a row by (`cardId`, `eventId`, `userId`...). */
export async function numericIdOf(app: TestApp, table: string, id: string): Promise<number> {
  const rows = await app.ownerOrm.em.fork().execute(`select numeric_id from "${table}" where id = ?`, [id]);
  return Number(rows[0].numeric_id);
}

/** One value of a row, read through the owner connection (assertions across merchants). */
export async function sqlValue<T = unknown>(app: TestApp, sql: string, params: unknown[] = []): Promise<T> {
  const rows = await app.ownerOrm.em.fork().execute(sql, params);
  return Object.values(rows[0] ?? {})[0] as T;
}
